"""Readers' reports: one per client and comment, rate-limited, audited without naming the
reporter; past the policy's threshold the comment goes back to the queue."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from posts.models import Post

from .. import policy
from ..client import client_hash
from ..exceptions import ReportThrottled
from ..models import Comment, Report
from ..policy import PUBLIC_STATUSES
from ..scanning import scan_text
from .audit import audit_report
from .requeue import requeue

__all__ = ["comment_report", "requeue"]


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
    config = policy.current()
    # A scan: done before any row is locked.
    names_protected = bool(scan_text(found.public_body).protected_keys)
    threshold = policy.report_threshold(names_protected=names_protected, config=config)
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
        if policy.report_rate_exceeded(reports_last_hour=recent, config=config):
            raise ReportThrottled
        report = Report.objects.create(
            comment=comment, reporter=reporter, client_hash=hashed, reason=reason, note=note
        )
        audit_report(comment=comment, report=report)
        open_reports = Report.objects.filter(comment=comment, resolved_at__isnull=True).count()
        if policy.reports_requeue(open_reports=open_reports, threshold=threshold):
            requeue(
                comment=comment,
                priority=policy.PRIORITY_REPORTED,
                reason_code="reports",
                data={"open_reports": open_reports, "threshold": threshold},
            )
    return report
