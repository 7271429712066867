"""Rescans: public comments checked again against the current protected-person registry,
re-queued when the policy says so; also the background task that runs a full rescan."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.tasks import task

from .. import policy
from ..models import Comment, Finding
from ..moderation import Scanner
from ..policy import PUBLIC_STATUSES
from ..scanning import get_scanner
from .audit import audit_rescan, findings_summary
from .findings import store_findings
from .requeue import requeue


def _verdict(scanner: Scanner, text: str) -> policy.Verdict:
    return policy.decide(premoderate=False, result=scanner.scan(text), config=policy.current())


def comment_rescan(*, comment: Comment, scanner: Scanner) -> bool:
    """Re-scan what readers see; re-queue the comment if the policy says so."""
    verdict = _verdict(scanner, comment.public_body)
    if not policy.rescan_requeues(verdict):
        return False
    with transaction.atomic():
        if not requeue(
            comment=comment,
            priority=policy.PRIORITY_URGENT,
            reason_code="rescan",
            data={"findings": findings_summary(verdict.findings)},
        ):
            return False
        # Offsets refer to the text that was scanned; for a redacted comment that is
        # the public text, so the suggestions are recomputed on the original instead.
        if comment.status == Comment.Status.REDACTED:
            verdict = _verdict(scanner, comment.body)
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
    audit_rescan(scanned=scanned, requeued=requeued)
    return {"scanned": scanned, "requeued": requeued}


@task()
def rescan_published() -> dict:
    """Background rescan (django.tasks; ``manage.py db_worker`` runs it)."""
    return rescan_public_comments()
