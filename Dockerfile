# syntax=docker/dockerfile:1
# Build a wheel-installed virtualenv, then copy only that into a slim runtime image.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY alembic ./alembic
RUN python -m venv /opt/chorus && /opt/chorus/bin/pip install .

FROM python:3.11-slim
ENV PATH=/opt/chorus/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CHORUS_DATA_DIR=/data
RUN useradd --system --uid 10001 --home-dir /data --create-home chorus
COPY --from=build /opt/chorus /opt/chorus
USER chorus
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"]
CMD ["chorus", "serve", "--host", "0.0.0.0", "--port", "8000"]
