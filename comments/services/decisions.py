"""Moderator decisions: each one transaction, a version check, one audit row."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..exceptions import InvalidTransition, ModerationConflict, OriginalRestricted
from ..idempotency import idempotency_forget_comment
from ..models import ANONYMOUS_NAME, Comment, Finding, ModerationAction, Report
from ..moderation import CATEGORY_LABELS, redact
from ..transitions import Decision, next_status

Action = ModerationAction.Action
Status = Comment.Status

REJECT_REASONS = {
    "personal_data": gettext_lazy("個人情報"),
    "harassment": gettext_lazy("誹謗中傷・嫌がらせ"),
    "threat": gettext_lazy("脅迫・危害の予告"),
    "spam": gettext_lazy("スパム・宣伝"),
    "off_topic": gettext_lazy("無関係な内容"),
    "other": gettext_lazy("その他"),
}
_UNDOABLE = (Action.APPROVE, Action.REDACT, Action.REJECT)


def _offset(value) -> int:
    """An integer offset: int("3") and 3.0 pass; 0.5, true, NaN and Infinity do not
    (int() would truncate the first two and raise OverflowError on the last)."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def clean_spans(body: str, spans: Iterable[dict]) -> list[dict]:
    """Validate moderator-chosen spans against the original text."""
    cleaned = []
    for index, span in enumerate(spans):
        try:
            start, end = _offset(span["start"]), _offset(span["end"])
        except (KeyError, TypeError, ValueError, OverflowError):
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲に start と end（整数）が必要です。")
                    % {"n": index + 1}
                }
            ) from None
        if not 0 <= start < end <= len(body):
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲（%(start)s–%(end)s）が本文の外にあります。")
                    % {"n": index + 1, "start": start, "end": end}
                }
            )
        category = str(span.get("category") or "PERSON")
        if category not in CATEGORY_LABELS:
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲の種類「%(category)s」は使えません。")
                    % {"n": index + 1, "category": category}
                }
            )
        cleaned.append({"start": start, "end": end, "category": category})
    return sorted(cleaned, key=lambda s: (s["start"], s["end"]))


def suggested_spans(comment: Comment) -> list[dict]:
    return [
        {"start": f.start, "end": f.end, "category": f.category}
        for f in comment.findings.filter(kind=Finding.Kind.PERSONAL).order_by("start")
    ]


def _last_redaction_spans(comment: Comment) -> list[dict]:
    last = comment.actions.filter(action=Action.REDACT).order_by("-created_at", "-id").first()
    return list((last.data or {}).get("spans", [])) if last else suggested_spans(comment)


def _original_hidden_from(actor, comment: Comment) -> bool:
    if actor is None or actor.has_perm("comments.view_original"):
        return False
    return comment.actions.filter(action=Action.REDACT).exists()


def _decide(
    *,
    comment_id: int,
    version: int,
    actor,
    decision: Decision,
    reason_code: str = "",
    reason: str = "",
    spans: list[dict] | None = None,
) -> Comment:
    with transaction.atomic():
        # The row lock serialises deciders on PostgreSQL; the version check in the
        # UPDATE below is what protects SQLite, where select_for_update is a no-op.
        comment = Comment.objects.select_for_update().get(pk=comment_id)
        if comment.version != version:
            raise ModerationConflict(comment_id=comment.pk, current_version=comment.version)
        before = comment.status
        restore_to = None
        if decision is Decision.RESTORE:
            last = (
                comment.actions.filter(action__in=(*_UNDOABLE, Action.RESTORE, Action.REQUEUE))
                .order_by("-created_at", "-id")
                .first()
            )
            if last is None or last.action not in _UNDOABLE or last.to_status != before:
                raise InvalidTransition(current=before, action=decision)
            restore_to = last.from_status
        after = next_status(before, decision, restore_to=restore_to)
        # A moderator who may not read a redacted comment's original must not publish it
        # unread either: no approve, no restore to published, no spans of their own.
        blind = _original_hidden_from(actor, comment)
        if blind and (after == Status.PUBLISHED or (decision is Decision.REDACT and spans)):
            raise OriginalRestricted

        data: dict = {}
        body, public_body, author_name = comment.body, comment.public_body, comment.author_name
        if after == Status.PUBLISHED:
            public_body = body
        elif after == Status.REDACTED:
            if decision is Decision.REDACT and blind:
                spans = _last_redaction_spans(comment)
            elif decision is Decision.REDACT:
                spans = clean_spans(body, spans) if spans is not None else suggested_spans(comment)
                if not spans:
                    raise ValidationError({"spans": _("伏せ字にする範囲がありません。")})
            else:
                spans = _last_redaction_spans(comment)
            public_body = redact(body, spans)
            data["spans"] = spans
        elif after in (Status.PENDING, Status.REJECTED):
            public_body = ""
        elif after == Status.PURGED:
            body = public_body = ""
            author_name = ANONYMOUS_NAME
            data["purged"] = True

        now = timezone.now()
        moved = Comment.objects.filter(pk=comment.pk, version=version, status=before).update(
            status=after,
            body=body,
            public_body=public_body,
            author_name=author_name,
            version=F("version") + 1,
            updated_at=now,
        )
        if moved != 1:
            current = (
                Comment.objects.filter(pk=comment.pk).values_list("version", flat=True).first()
            )
            raise ModerationConflict(comment_id=comment.pk, current_version=current)
        open_reports = Report.objects.filter(comment=comment, resolved_at__isnull=True)
        if after == Status.PURGED:
            # Legal erasure: the text goes everywhere, the audit row stays without content.
            Finding.objects.filter(comment=comment).delete()
            Report.objects.filter(comment=comment).update(note="", resolved_at=now)
            idempotency_forget_comment(comment_id=comment.pk)
        elif decision is not Decision.RESTORE:
            open_reports.update(resolved_at=now)
        ModerationAction.objects.create(
            comment=comment,
            actor=actor,
            action=Action(decision.value),
            from_status=before,
            to_status=after,
            reason_code=reason_code,
            reason=reason,
            data=data,
            created_at=now,
        )
    comment.refresh_from_db()
    return comment


def comment_approve(*, comment_id: int, version: int, actor, reason: str = "") -> Comment:
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Decision.APPROVE,
        reason=reason,
    )


def comment_redact(
    *, comment_id: int, version: int, actor, spans: list[dict] | None = None, reason: str = ""
) -> Comment:
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Decision.REDACT,
        spans=spans,
        reason=reason,
    )


def comment_reject(
    *, comment_id: int, version: int, actor, reason_code: str, reason: str = ""
) -> Comment:
    if reason_code not in REJECT_REASONS:
        raise ValidationError(
            {"reason_code": _("却下の理由を一覧から選んでください。")}, code="invalid_reason"
        )
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Decision.REJECT,
        reason_code=reason_code,
        reason=reason,
    )


def comment_restore(*, comment_id: int, version: int, actor, reason: str = "") -> Comment:
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Decision.RESTORE,
        reason=reason,
    )


def comment_purge(*, comment_id: int, version: int, actor, reason: str = "") -> Comment:
    return _decide(
        comment_id=comment_id,
        version=version,
        actor=actor,
        decision=Decision.PURGE,
        reason=reason,
    )
