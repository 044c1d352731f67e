"""Reminders: what is due when (pure planning) and the ledger that makes each post happen once."""
