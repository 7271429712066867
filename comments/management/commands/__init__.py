"""Commands: demo moderator, idempotency-key pruning, full rescan."""
