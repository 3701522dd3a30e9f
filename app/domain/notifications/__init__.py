"""Messages to people: templates, the outgoing-message queue and its delivery log,
preferences applied as each message comes due, and the print queue for post."""
