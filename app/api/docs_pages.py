"""/docs (Swagger UI) and GraphiQL with every asset served by Chorus, none from a CDN, so
both work on a network without the internet and the CSP names no other host.

Swagger UI's files come from the ``fastapi-offline`` package. GraphiQL's are vendored in
``app/static/graphiql`` (the npm packages strawberry's page loads from unpkg, byte for
byte: the page keeps strawberry's Subresource Integrity hashes, so a changed file is
refused by the browser). ``LICENSES.txt`` there names the versions and their licences.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

from app.api.headers import page

SWAGGER_ASSETS = "/docs-assets"
GRAPHIQL_ASSETS = "/graphql-assets"
_SWAGGER_FILES = Path(fastapi_offline.__file__).parent / "static"
_GRAPHIQL_FILES = Path(__file__).parents[1] / "static" / "graphiql"


def install_swagger(app: FastAPI, docs_url: str = "/docs") -> None:
    app.mount(SWAGGER_ASSETS, StaticFiles(directory=_SWAGGER_FILES), name="docs-assets")
    redirect_url = app.swagger_ui_oauth2_redirect_url or f"{docs_url}/oauth2-redirect"

    # Both pages are the same for every request: made once, with their script hashes.
    ui_page = get_swagger_ui_html(
        openapi_url=app.openapi_url or "/openapi.json",
        title=f"{app.title} - Swagger UI",
        oauth2_redirect_url=redirect_url,
        swagger_js_url=f"{SWAGGER_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{SWAGGER_ASSETS}/favicon.png",
        swagger_ui_parameters=app.swagger_ui_parameters,
    )
    ui = bytes(ui_page.body).decode()
    redirect = bytes(get_swagger_ui_oauth2_redirect_html().body).decode()

    @app.get(docs_url, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return page(ui)

    @app.get(redirect_url, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return page(redirect)


def install_graphiql_assets(app: FastAPI) -> str:
    """Mount GraphiQL's files; returns the page that loads them."""
    app.mount(GRAPHIQL_ASSETS, StaticFiles(directory=_GRAPHIQL_FILES), name="graphql-assets")
    return (_GRAPHIQL_FILES / "index.html").read_text(encoding="utf-8")
