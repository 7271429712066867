from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from posts.models import Post

from .. import policy
from ..client import client_hash
from ..exceptions import ReportThrottled
from ..models import Comment, ModerationAction, Report
from ..scanning import scan_text
from .submit import PUBLIC_STATUSES

# A client may file this many reports per hour across the site.
REPORTS_PER_HOUR = 20


def report_threshold(comment: Comment) -> int:
    """Fewer reports re-queue a comment that names a protected person."""
    names_protected = bool(scan_text(comment.public_body).protected_keys)
    if names_protected:
        return settings.COMMENTS_REPORT_THRESHOLD_PROTECTED
    return settings.COMMENTS_REPORT_THRESHOLD


def comment_report(
    *, comment_id: int, reporter=None, client_ip: str | None = None, reason: str, note: str = ""
) -> Report:
    if reason not in Report.Reason.values:
        raise ValidationError({"reason": _("通報の理由を一覧から選んでください。")})
    note = (note or "").strip()
    if len(note) > 500:
        raise ValidationError({"note": _("補足は500文字以内で入力してください。")})
    visible = Comment.objects.filter(
        pk=comment_id, status__in=PUBLIC_STATUSES, post__in=Post.objects.visible()
    )
    found = visible.only("pk", "public_body").first()
    if found is None:
        raise Comment.DoesNotExist
    threshold = report_threshold(found)  # a scan: done before any row is locked
    hashed = client_hash(client_ip)
    same_client = Q(reporter=reporter) if reporter is not None else Q(client_hash=hashed)
    if reporter is None and not hashed:
        same_client = Q(pk__in=[])

    with transaction.atomic():
        # The comment's row lock serialises reports on it, so the duplicate check and
        # the threshold count see each other (PostgreSQL; SQLite serialises writers).
        comment = visible.select_for_update().first()
        if comment is None:
            raise Comment.DoesNotExist
        if Report.objects.filter(same_client, comment=comment, resolved_at__isnull=True).exists():
            raise ReportThrottled
        hour_ago = timezone.now() - timedelta(hours=1)
        recent = Report.objects.filter(same_client, created_at__gte=hour_ago).count()
        if recent >= REPORTS_PER_HOUR:
            raise ReportThrottled
        report = Report.objects.create(
            comment=comment, reporter=reporter, client_hash=hashed, reason=reason, note=note
        )
        # Who reported stays on the Report row only; the audit log names no reporter.
        ModerationAction.objects.create(
            comment=comment,
            actor=None,
            action=ModerationAction.Action.REPORT,
            from_status=comment.status,
            to_status=comment.status,
            reason_code=reason,
            data={"report": report.pk},
        )
        open_reports = Report.objects.filter(comment=comment, resolved_at__isnull=True).count()
        if open_reports >= threshold:
            requeue(
                comment=comment,
                priority=policy.PRIORITY_REPORTED,
                reason_code="reports",
                data={"open_reports": open_reports, "threshold": threshold},
            )
    return report


def requeue(*, comment: Comment, priority: int, reason_code: str, data: dict) -> bool:
    """Send a public comment back to the queue (system action). False if it already moved."""
    before = comment.status
    moved = Comment.objects.filter(pk=comment.pk, status__in=PUBLIC_STATUSES).update(
        status=Comment.Status.PENDING,
        public_body="",
        priority=priority,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if moved:
        ModerationAction.objects.create(
            comment=comment,
            actor=None,
            action=ModerationAction.Action.REQUEUE,
            from_status=before,
            to_status=Comment.Status.PENDING,
            reason_code=reason_code,
            data=data,
        )
    return bool(moved)
