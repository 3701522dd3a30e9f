"""Recruitment and succession: opportunities, applications and referrals, coaching and
shadowing (issue 15, items 6 and 8)."""
