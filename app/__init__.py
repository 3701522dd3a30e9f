"""Chorus: the API backend for lived-experience advisory boards."""
