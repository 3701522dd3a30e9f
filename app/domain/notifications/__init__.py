"""Messages to people: templates, the outgoing-message queue and its delivery log."""
