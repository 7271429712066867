"""Idempotency-Key handling for API writes: a retried POST returns the first result.

A client sends ``Idempotency-Key: <random string>`` with a POST. The key is claimed
(one row, unique on scope + key) in the SAME transaction that performs the write and
stores its response, so:

- a retry after success finds the stored response and replays it, creating nothing;
- two concurrent retries cannot both create: the second INSERT of the claim waits
  for the first transaction (PostgreSQL unique index, SQLite write lock), then fails
  and replays the committed response;
- a failed or crashed write rolls the claim back with it, so the retry runs again.

Only successful results are remembered; a refused request (400) stores nothing, so
the client may correct it and retry with the same key. The stored body is what the API
returned (for comments: the public text only, never a held original). Keys live for
``KEY_TTL``; after that the same key starts a new request.

A replay never shows text readers can no longer see: when moderation changed the
comment since (redacted, rejected, purged), the replayed ``body`` and ``status`` are the
comment's current public ones.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Comment, IdempotencyKey

KEY_MAX_LENGTH = 255
KEY_TTL = timedelta(hours=24)


class IdempotencyKeyReused(Exception):
    """The key was already used for a different request (422)."""

    code = "idempotency_key_reused"

    def __init__(self) -> None:
        super().__init__(
            _(
                "この Idempotency-Key は別の内容のリクエストですでに使われています。"
                "新しいリクエストには新しいキーを使ってください。"
            )
        )


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict
    replayed: bool = False


def idempotency_scope(*, user=None, client_hash: str = "") -> str:
    """Whose keys these are: the account when signed in, else the hashed client address."""
    if user is not None and getattr(user, "is_authenticated", False):
        return f"user:{user.pk}"
    return f"client:{client_hash}"


def request_fingerprint(*, method: str, path: str, payload: dict) -> str:
    """SHA-256 of what the request asks for; the same key with another payload is refused."""
    canonical = json.dumps(
        {"method": method.upper(), "path": path, "payload": payload},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _replay(row: IdempotencyKey, fingerprint: str) -> Outcome:
    if row.fingerprint != fingerprint:
        raise IdempotencyKeyReused
    body, comment = row.response_body, row.comment
    if comment is not None and isinstance(body, dict) and body.get("body") != comment.public_body:
        body = {**body, "body": comment.public_body, "status": comment.status}
    return Outcome(status=row.response_status, body=body, replayed=True)


def _lookup(*, scope: str, key: str):
    return IdempotencyKey.objects.select_related("comment").filter(scope=scope, key=key)


def idempotent_create(
    *,
    scope: str,
    key: str,
    fingerprint: str,
    create: Callable[[], tuple[int, dict, Comment | None]],
) -> Outcome:
    """Run ``create`` at most once per (scope, key) and remember its response.

    ``create`` performs the write (one service call) and returns (status, body, comment).
    Raises IdempotencyKeyReused when the key was used for a different payload.
    """
    row = _lookup(scope=scope, key=key).first()
    if row is not None and row.created_at < timezone.now() - KEY_TTL:
        row.delete()  # expired: this is a new request
    elif row is not None:  # the common retry: answered without taking any lock
        return _replay(row, fingerprint)
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: losing the race must not spoil the rest
                claim = IdempotencyKey.objects.create(scope=scope, key=key, fingerprint=fingerprint)
        except IntegrityError:
            claim = None  # a concurrent request with the same key committed first
        if claim is not None:
            status, body, comment = create()
            claim.response_status, claim.response_body, claim.comment = status, body, comment
            claim.save(update_fields=["response_status", "response_body", "comment"])
    if claim is None:
        return _replay(_lookup(scope=scope, key=key).get(), fingerprint)
    return Outcome(status=status, body=body)


@transaction.atomic
def idempotency_forget_comment(*, comment_id: int) -> int:
    """Drop stored answers that quote a comment (for comment_purge: erasure reaches here too).

    A later replay then answers with the id and the comment's current (empty) text only.
    """
    return IdempotencyKey.objects.filter(comment_id=comment_id).update(
        response_body={"id": comment_id}
    )


@transaction.atomic
def idempotency_keys_expire(*, before: datetime) -> int:
    """Forget keys claimed before ``before`` (retries are expected within hours, not weeks)."""
    deleted, _detail = IdempotencyKey.objects.filter(created_at__lt=before).delete()
    return deleted
