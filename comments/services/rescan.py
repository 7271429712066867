from __future__ import annotations

from collections.abc import Callable

from django.db import transaction

from .. import policy
from ..models import Comment, Finding, ModerationAction
from ..moderation import Scanner
from ..scanning import get_scanner
from .reports import requeue
from .submit import PUBLIC_STATUSES, findings_summary, store_findings


def comment_rescan(*, comment: Comment, scanner: Scanner) -> bool:
    """Re-scan what readers see; re-queue the comment if it now touches a protected person."""
    result = scanner.scan(comment.public_body)
    verdict = policy.decide(premoderate=False, result=result)
    if not verdict.protected_keys:
        return False
    with transaction.atomic():
        if not requeue(
            comment=comment,
            priority=policy.PRIORITY_URGENT,
            reason_code="rescan",
            data={"findings": findings_summary(verdict)},
        ):
            return False
        # Offsets refer to the text that was scanned; for a redacted comment that is
        # the public text, so the suggestions are recomputed on the original instead.
        if comment.status == Comment.Status.REDACTED:
            verdict = policy.decide(premoderate=False, result=scanner.scan(comment.body))
        Finding.objects.filter(comment=comment).delete()
        store_findings(comment=comment, findings=verdict.findings)
    return True


def rescan_public_comments(
    *, batch_size: int = 500, progress: Callable[[int, int], None] | None = None
) -> dict:
    """Rescan every public comment against the current registry."""
    scanner = get_scanner()
    queryset = Comment.objects.filter(status__in=PUBLIC_STATUSES).only(
        "pk", "status", "body", "public_body"
    )
    total = queryset.count()
    scanned = requeued = 0
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk).order_by("pk")[:batch_size])
        if not batch:
            break
        for comment in batch:
            requeued += comment_rescan(comment=comment, scanner=scanner)
            scanned += 1
        last_pk = batch[-1].pk
        if progress:
            progress(scanned, total)
    ModerationAction.objects.create(
        action=ModerationAction.Action.RESCAN,
        data={"scanned": scanned, "requeued": requeued},
    )
    return {"scanned": scanned, "requeued": requeued}
