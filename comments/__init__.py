"""Threaded replies to posts, their scanning and moderation: the queue, decisions,
reports, the protected-person registry and the append-only audit log."""
