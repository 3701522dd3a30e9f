"""Equality monitoring: questions, a person's own answers, aggregate reports."""
