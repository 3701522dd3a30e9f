"""Webhooks: endpoints administrators register, and the queue that delivers events to them."""
