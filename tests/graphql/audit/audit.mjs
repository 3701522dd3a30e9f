// Runs graphql-http's GraphQL-over-HTTP audit against a running Chorus and prints the
// results as JSON lines: node audit.mjs <graphql url> <bearer token>
import { auditServer } from "graphql-http";

const [url, token] = process.argv.slice(2);
// Chorus answers 401 without a token, so every audit request carries one.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers || {});
  headers.set("authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
const results = await auditServer({ url, fetchFn });
for (const result of results) {
  const reason = result.status === "ok" ? "" : result.reason;
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason }));
}
