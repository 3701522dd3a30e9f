"""Seats an advisory board holds on a governance board, and who fills the rotating ones.

``eligibility`` and ``rotation`` are the pure rules (standard library only, no database,
no clock), so every promise about fairness can be tested exhaustively; the rest of the
package loads their facts and stores the choices with their explanations.
"""
