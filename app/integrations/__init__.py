"""Adapters to the world outside the database: file storage, webhooks, notifications."""
