"""Authentication: who a caller is, proven by tokens and passwords."""
