"""Webhook delivery over HTTP: the sender and the worker loop that drives the queue."""
