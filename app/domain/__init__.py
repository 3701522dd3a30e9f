"""The rules of Chorus. Knows nothing of HTTP or GraphQL."""
