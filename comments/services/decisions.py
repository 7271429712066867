"""Moderator decisions, in three steps: lock the row and check the version; compute the
new texts (a pure function, ``compute_outcome``, testable without a database); apply
them and write one audit row. Each decision is one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import policy, selectors
from ..exceptions import (
    InvalidTransition,
    ModerationConflict,
    OriginalRestricted,
    UnresolvedHarassment,
)
from ..idempotency import idempotency_forget_comment
from ..kinds import ALL_REJECT_REASONS
from ..masking import mask
from ..models import ANONYMOUS_NAME, Comment, Finding, ModerationAction, Report
from ..transitions import UNDOABLE, next_status
from ..validation import clean_dismissals, clean_spans
from .audit import audit_decision, audit_override

Action = ModerationAction.Action
Status = Comment.Status
VIEW_ORIGINAL = "comments.view_original"


@dataclass(frozen=True)
class Current:
    """What a decision needs to know of a comment, as plain data."""

    status: str
    body: str
    public_body: str
    author_name: str
    # For a restore: the latest decision (action, from_status, to_status), if any.
    last_decision: tuple[str, str, str] | None = None
    # Spans of the latest redaction (None: never redacted) and the scanner's suggestions.
    last_redaction: list[dict] | None = None
    suggested: tuple[dict, ...] = ()
    # Harassment findings nobody has dismissed yet: (finding id, start, end).
    open_harassment: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class Outcome:
    status: str
    body: str
    public_body: str
    author_name: str
    data: dict


def compute_outcome(
    current: Current,
    *,
    decision: str,
    blind: bool,
    spans: list[dict] | None = None,
    dismiss: frozenset[int] = frozenset(),
) -> Outcome:
    """The status and texts a decision leads to. Raises InvalidTransition,
    OriginalRestricted, UnresolvedHarassment or ValidationError; touches nothing.

    ``dismiss`` names harassment findings the moderator judges wrong in this decision.
    """
    open_ids = {fid for fid, _start, _end in current.open_harassment}
    if dismiss - open_ids:
        raise ValidationError(
            {"dismiss": _("取り下げできるのは、このコメントの未解決の誹謗中傷の検出だけです。")}
        )
    restore_to = None
    if decision == Action.RESTORE:
        last = current.last_decision
        if last is None or last[0] not in UNDOABLE or last[2] != current.status:
            raise InvalidTransition(current=current.status, action=decision)
        restore_to = last[1]
    after = next_status(current.status, decision, restore_to=restore_to)
    if policy.blind_decision_refused(
        blind=blind, after=after, redact_with_own_spans=decision == Action.REDACT and bool(spans)
    ):
        raise OriginalRestricted

    body, public_body, author_name = current.body, current.public_body, current.author_name
    data: dict = {}
    previous = (
        list(current.last_redaction)
        if current.last_redaction is not None
        else list(current.suggested)
    )
    if after == Status.PUBLISHED:
        public_body = body
    elif after == Status.REDACTED:
        if decision == Action.REDACT and not blind:
            chosen = clean_spans(body, spans) if spans is not None else list(current.suggested)
            if not chosen:
                raise ValidationError({"spans": _("伏せ字にする範囲がありません。")})
        else:  # a blind moderator re-publishes the last redaction; a restore returns to it
            chosen = previous
        public_body = mask(body, chosen)
        data["spans"] = chosen
    elif after in (Status.PENDING, Status.REJECTED):
        public_body = ""
    elif after == Status.PURGED:
        body = public_body = ""
        author_name = ANONYMOUS_NAME
        data["purged"] = True
    unresolved = policy.unresolved_harassment(
        after=after,
        open_findings=[f for f in current.open_harassment if f[0] not in dismiss],
        spans=data.get("spans"),
    )
    if unresolved:
        raise UnresolvedHarassment(finding_ids=unresolved)
    if dismiss:
        data["dismissed"] = sorted(dismiss)
    return Outcome(after, body, public_body, author_name, data)


def _lock(comment_id: int, version: int) -> Comment:
    # The row lock serialises deciders on PostgreSQL; the version check in the UPDATE of
    # _apply is what protects SQLite, where select_for_update is a no-op.
    comment = Comment.objects.select_for_update().get(pk=comment_id)
    if comment.version != version:
        raise ModerationConflict(comment_id=comment.pk, current_version=comment.version)
    return comment


def _current(comment: Comment, decision: str) -> Current:
    needs_spans = decision in (Action.REDACT, Action.RESTORE)
    last = selectors.last_undoable_decision(comment) if decision == Action.RESTORE else None
    return Current(
        status=comment.status,
        body=comment.body,
        public_body=comment.public_body,
        author_name=comment.author_name,
        last_decision=(last.action, last.from_status, last.to_status) if last else None,
        last_redaction=selectors.last_redaction_spans(comment) if needs_spans else None,
        suggested=tuple(selectors.suggested_spans(comment)) if needs_spans else (),
        open_harassment=tuple(selectors.open_harassment(comment)),
    )


def _blind(actor, comment: Comment) -> bool:
    if actor is None or actor.has_perm(VIEW_ORIGINAL):  # the system, or a senior moderator
        return False
    return policy.original_hidden_from_moderator(
        may_see_original=False, was_redacted=selectors.was_redacted(comment)
    )


def _apply(
    comment: Comment,
    *,
    version: int,
    outcome: Outcome,
    actor,
    decision: str,
    reason_code: str,
    reason: str,
    dismiss: frozenset[int] = frozenset(),
    dismiss_note: str = "",
) -> None:
    before, now = comment.status, timezone.now()
    moved = Comment.objects.filter(pk=comment.pk, version=version, status=before).update(
        status=outcome.status,
        body=outcome.body,
        public_body=outcome.public_body,
        author_name=outcome.author_name,
        version=F("version") + 1,
        updated_at=now,
    )
    if moved != 1:
        current = Comment.objects.filter(pk=comment.pk).values_list("version", flat=True).first()
        raise ModerationConflict(comment_id=comment.pk, current_version=current)
    if outcome.status == Status.PURGED:
        # Legal erasure: the text goes everywhere, the audit row stays without content.
        Finding.objects.filter(comment=comment).delete()
        Report.objects.filter(comment=comment).update(note="", resolved_at=now)
        idempotency_forget_comment(comment_id=comment.pk)
    elif decision != Action.RESTORE:
        Report.objects.filter(comment=comment, resolved_at__isnull=True).update(resolved_at=now)
    if dismiss:
        Finding.objects.filter(comment=comment, pk__in=dismiss).update(
            dismissed_at=now, dismissed_by=actor, dismiss_note=dismiss_note
        )
        audit_override(
            comment=comment, actor=actor, finding_ids=sorted(dismiss), note=dismiss_note, at=now
        )
    audit_decision(
        comment=comment,
        actor=actor,
        action=decision,
        from_status=before,
        to_status=outcome.status,
        reason_code=reason_code,
        reason=reason,
        data=outcome.data,
        at=now,
    )


def _decide(
    *,
    comment_id: int,
    version: int,
    actor,
    decision: str,
    reason_code: str = "",
    reason: str = "",
    spans: list[dict] | None = None,
    dismiss=None,
    dismiss_note: str = "",
) -> Comment:
    dismissed, note = clean_dismissals(dismiss, dismiss_note)
    with transaction.atomic():
        comment = _lock(comment_id, version)
        outcome = compute_outcome(
            _current(comment, decision),
            decision=decision,
            blind=_blind(actor, comment),
            spans=spans,
            dismiss=dismissed,
        )
        _apply(
            comment,
            version=version,
            outcome=outcome,
            actor=actor,
            decision=decision,
            reason_code=reason_code,
            reason=reason,
            dismiss=dismissed,
            dismiss_note=note,
        )
    comment.refresh_from_db()
    return comment


def comment_approve(
    *,
    comment_id: int,
    version: int,
    actor,
    reason: str = "",
    dismiss: list[int] | None = None,
    dismiss_note: str = "",
) -> Comment:
    """Publish as written. Open harassment findings must be dismissed (with a note)."""
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Action.APPROVE,
        reason=reason,
        dismiss=dismiss,
        dismiss_note=dismiss_note,
    )


def comment_redact(
    *,
    comment_id: int,
    version: int,
    actor,
    spans: list[dict] | None = None,
    reason: str = "",
    dismiss: list[int] | None = None,
    dismiss_note: str = "",
) -> Comment:
    """Publish with spans masked; open harassment findings must be masked or dismissed."""
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Action.REDACT,
        spans=spans,
        reason=reason,
        dismiss=dismiss,
        dismiss_note=dismiss_note,
    )


def comment_reject(
    *, comment_id: int, version: int, actor, reason_code: str, reason: str = ""
) -> Comment:
    if reason_code not in ALL_REJECT_REASONS:
        raise ValidationError(
            {"reason_code": _("却下の理由を一覧から選んでください。")}, code="invalid_reason"
        )
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Action.REJECT,
        reason_code=reason_code,
        reason=reason,
    )


def comment_restore(
    *,
    comment_id: int,
    version: int,
    actor,
    reason: str = "",
    dismiss: list[int] | None = None,
    dismiss_note: str = "",
) -> Comment:
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Action.RESTORE,
        reason=reason,
        dismiss=dismiss,
        dismiss_note=dismiss_note,
    )


def comment_purge(*, comment_id: int, version: int, actor, reason: str = "") -> Comment:
    return _decide(
        comment_id=comment_id, version=version, actor=actor, decision=Action.PURGE, reason=reason
    )


@transaction.atomic
def comment_review_acknowledge(*, comment_id: int, actor, note: str = "") -> int:
    """A moderator looked at a comment published with review signals and leaves it up:
    the signals are closed (an audited override). Returns how many were closed."""
    comment = Comment.objects.select_for_update().get(pk=comment_id)
    now = timezone.now()
    ids = list(
        comment.findings.filter(kind=Finding.Kind.REVIEW, dismissed_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    if not ids:
        return 0
    note = (note or "").strip()[:1000] or _("確認済み（公開のまま）")
    Finding.objects.filter(pk__in=ids).update(
        dismissed_at=now, dismissed_by=actor, dismiss_note=note
    )
    audit_override(comment=comment, actor=actor, finding_ids=ids, note=note, at=now)
    return len(ids)
