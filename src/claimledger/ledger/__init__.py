"""Ledger stage: Claims -> Ledger (events, figures, reuse, policies, checks)."""
