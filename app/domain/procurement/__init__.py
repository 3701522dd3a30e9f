"""Procurement evaluation panels: lots, bidders, questions, conflicts, sealed scoring,
moderation and the trail."""
