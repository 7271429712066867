"""The hook on comment submission (``comments.signals.comment_submitted``): keep the
encrypted connection data. Runs inside the submission's transaction; never logs the
address. When the feature is off it does nothing."""

from __future__ import annotations

from .services.sender import sender_record_store


def store_sender_record(sender, *, comment_id: int, client_ip: str | None, at, **kwargs) -> None:
    sender_record_store(comment_id=comment_id, client_ip=client_ip, at=at)
