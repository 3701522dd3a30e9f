"""Email: the SMTP sender and the loop that sends queued messages."""
