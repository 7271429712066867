"""Who may read what: readers in the thread, and moderators with or without
``comments.view_original`` (the "blind moderator" rule)."""

from __future__ import annotations

from enum import StrEnum

from ..models import Comment

Status = Comment.Status
# The permissions behind the rules: deciding on comments, and reading (or erasing) originals.
MODERATE = "comments.moderate_comment"
VIEW_ORIGINAL = "comments.view_original"
# What readers see: the public text of these, never the original.
PUBLIC_STATUSES = (Status.PUBLISHED, Status.REDACTED)


class ReaderView(StrEnum):
    PUBLIC = "public"  # the public text
    OWN_PENDING = "own_pending"  # the author's own held reply, shown to them with its status
    PLACEHOLDER = "placeholder"  # hidden, but a visible reply hangs under it
    HIDDEN = "hidden"


def reader_view(
    *, status: str, own: bool, shows_below: bool, tombstone: bool = False
) -> ReaderView:
    """``tombstone``: removed on a removal request, which readers are always told of."""
    if status in PUBLIC_STATUSES:
        return ReaderView.PUBLIC
    if status == Status.PENDING and own:
        return ReaderView.OWN_PENDING
    if shows_below or (tombstone and status == Status.REJECTED):
        return ReaderView.PLACEHOLDER
    return ReaderView.HIDDEN


def original_visible(*, status: str, was_redacted: bool, may_see_original: bool) -> bool:
    """Whether a moderator may read a comment's original text.

    Originals of redacted comments are for comments.view_original only, also once a
    report or a rescan sends them back to the queue. Every moderator reads the original
    of a held comment that was never redacted: deciding on it is their job.
    """
    if may_see_original:
        return True
    return status == Status.PENDING and not was_redacted


def original_hidden_from_moderator(*, may_see_original: bool, was_redacted: bool) -> bool:
    """A "blind" moderator: one who may not read this comment's original."""
    return not may_see_original and was_redacted


def blind_decision_refused(*, blind: bool, after: str, redact_with_own_spans: bool) -> bool:
    """A blind moderator must not publish an original unread either: no approve, no
    restore to published, and no redaction spans of their own."""
    return blind and (after == Status.PUBLISHED or redact_with_own_spans)


def may_purge(*, may_see_original: bool) -> bool:
    """Legal erasure is for moderators who may also read originals."""
    return may_see_original


def may_edit(*, is_author: bool, status: str, age, config) -> bool:
    """Authors edit their own reply within the window, while it is held or public."""
    return is_author and status in (Status.PENDING, *PUBLIC_STATUSES) and age <= config.edit_window


def may_delete(*, is_author: bool, status: str) -> bool:
    """Authors delete their own reply at any time (a tombstone keeps the thread's shape)."""
    return is_author and status in (Status.PENDING, *PUBLIC_STATUSES)
