"""A board's public record: the opt-in, the public page and its Atom feed."""
