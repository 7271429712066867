"""The one writer of the audit log: one small keyword-only function per event.

Nothing else creates ``ModerationAction`` rows (a test keeps it that way). Each function
runs inside its caller's transaction. ``data`` keeps offsets, categories and counts,
never a copy of personal data; who reported stays on the Report row, never here.
"""

from __future__ import annotations

from datetime import datetime

from ..models import Comment, ModerationAction, Premoderation, Report, Sanction
from ..policy import FindingData, Verdict

Action = ModerationAction.Action


def findings_summary(findings: tuple[FindingData, ...]) -> list[dict]:
    """What the audit log keeps of findings: offsets and categories, never the text."""
    return [
        {"start": f.start, "end": f.end, "category": f.category, "rule": f.rule} for f in findings
    ]


def audit_submission(*, comment: Comment, verdict: Verdict) -> ModerationAction:
    """The system published a new reply at once, or held it for a moderator."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=None,
        action=Action.HOLD if verdict.hold else Action.PUBLISH,
        from_status="",
        to_status=comment.status,
        reason_code=",".join(verdict.reasons),
        data={"findings": findings_summary(verdict.findings)},
    )


def audit_import(*, comment: Comment) -> ModerationAction:
    """A comment imported as published (seed data the site already showed)."""
    return ModerationAction.objects.create(
        comment=comment, action=Action.PUBLISH, to_status=comment.status, reason_code="import"
    )


def audit_decision(
    *,
    comment: Comment,
    actor,
    action: str,
    from_status: str,
    to_status: str,
    reason_code: str = "",
    reason: str = "",
    data: dict | None = None,
    at: datetime,
) -> ModerationAction:
    """A moderator's decision: approve, redact, reject, restore or purge."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=actor,
        action=Action(action),
        from_status=from_status,
        to_status=to_status,
        reason_code=reason_code,
        reason=reason,
        data=data or {},
        created_at=at,
    )


def audit_override(
    *, comment: Comment, actor, finding_ids: list[int], note: str, at: datetime
) -> ModerationAction:
    """A moderator dismissed harassment findings as wrong (「誹謗中傷ではない」)."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=actor,
        action=Action.OVERRIDE,
        from_status=comment.status,
        to_status=comment.status,
        reason_code="not_harassment",
        reason=note,
        data={"findings": finding_ids},
        created_at=at,
    )


def audit_report(*, comment: Comment, report: Report) -> ModerationAction:
    """A reader's report; the row names the report, never the reporter."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=None,
        action=Action.REPORT,
        from_status=comment.status,
        to_status=comment.status,
        reason_code=report.reason,
        data={"report": report.pk},
    )


def audit_requeue(
    *, comment: Comment, from_status: str, to_status: str, reason_code: str, data: dict
) -> ModerationAction:
    """The system sent a public comment back to the queue (reports or a rescan)."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=None,
        action=Action.REQUEUE,
        from_status=from_status,
        to_status=to_status,
        reason_code=reason_code,
        data=data,
    )


def audit_rescan(*, scanned: int, requeued: int, chunks: int = 1) -> ModerationAction:
    """A rescan of every public comment against the current registry finished (all its
    chunks: the totals, written once by the last chunk, see services/rescan.py)."""
    return ModerationAction.objects.create(
        action=Action.RESCAN, data={"scanned": scanned, "requeued": requeued, "chunks": chunks}
    )


def audit_post_scan(*, post, findings: int) -> ModerationAction:
    """A post was scanned on save and something was found (posts are never held)."""
    return ModerationAction.objects.create(
        post=post, action=Action.POST_SCAN, data={"findings": findings}
    )


def audit_sanction(*, sanction: Sanction, actor) -> ModerationAction:
    """A moderator sanctioned the author of a comment (the row names the sanction only)."""
    return ModerationAction.objects.create(
        comment=sanction.comment,
        actor=actor,
        action=Action.SANCTION,
        reason_code=sanction.kind,
        reason=sanction.reason,
        data={
            "sanction": sanction.pk,
            "expires_at": sanction.expires_at.isoformat() if sanction.expires_at else None,
        },
        created_at=sanction.created_at,
    )


def audit_sanction_lift(*, sanction: Sanction, actor) -> ModerationAction:
    return ModerationAction.objects.create(
        comment=sanction.comment,
        actor=actor,
        action=Action.SANCTION_LIFT,
        reason_code=sanction.kind,
        reason=sanction.lift_reason,
        data={"sanction": sanction.pk},
        created_at=sanction.lifted_at,
    )


_PREMODERATION_EVENTS = {
    "start": Action.PREMOD_START,
    "end": Action.PREMOD_END,
    "extend": Action.PREMOD_EXTEND,
}


def audit_premoderation(
    *, period: Premoderation, actor, event: str, data: dict, note: str = ""
) -> ModerationAction:
    """A post's pre-moderation started (surge or manual), ended early, or was extended."""
    return ModerationAction.objects.create(
        post_id=period.post_id,
        actor=actor,
        action=_PREMODERATION_EVENTS[event],
        reason_code=period.reason,
        reason=note or period.note,
        data={
            "period": period.pk,
            "until": period.until.isoformat() if period.until else None,
            **data,
        },
    )


def audit_author_edit(*, comment: Comment, from_status: str, verdict: Verdict) -> ModerationAction:
    """The author replaced their text; it was scanned again (the old text is kept privately)."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=None,
        action=Action.AUTHOR_EDIT,
        from_status=from_status,
        to_status=comment.status,
        reason_code=",".join(verdict.reasons),
        data={"findings": findings_summary(verdict.findings)},
    )


def audit_author_delete(*, comment: Comment, from_status: str) -> ModerationAction:
    """The author took their reply down; a tombstone keeps the thread's shape."""
    return ModerationAction.objects.create(
        comment=comment,
        actor=None,
        action=Action.AUTHOR_DELETE,
        from_status=from_status,
        to_status=comment.status,
    )
