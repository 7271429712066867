"""Rescans: public comments checked again against the current protected-person registry,
re-queued when the policy says so.

A full rescan is one ``RescanRun`` split into ``RescanChunk`` rows, contiguous pk ranges
of ``COMMENTS_RESCAN_CHUNK_SIZE`` ids covering every public comment. In the background
(``rescan_published``, enqueued when the registry changes) each chunk is its own task, so
any number of ``manage.py db_worker`` processes share the work; ``manage.py
rescan_comments`` runs the same chunks one after the other in its own process.

The totals: each chunk adds its counts to the run as it finishes, and the chunk that
finishes last writes the ONE audit row with the totals (``audit_rescan``). We chose that
over one audit row per chunk because the audit log is read by moderators, for whom a
rescan is one event ("N comments checked, M sent back"): a 50,000-comment rescan would
otherwise add a hundred rows that say nothing alone and whose sum is the only figure
anyone wants. The per-chunk counts (and which worker ran each) stay on ``RescanChunk``
for operators.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, Min
from django.tasks import TaskContext, task
from django.utils import timezone

from .. import policy
from ..models import Comment, Finding, RescanChunk, RescanRun
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


def _public_comments():
    return Comment.objects.filter(status__in=PUBLIC_STATUSES)


def _finish(run: RescanRun) -> None:
    run.finished_at = timezone.now()
    run.save(update_fields=["finished_at"])
    audit_rescan(scanned=run.scanned, requeued=run.requeued, chunks=run.chunk_count)


@transaction.atomic
def rescan_plan(*, chunk_size: int | None = None) -> RescanRun:
    """A new run over every public comment: contiguous pk ranges of ``chunk_size`` ids
    from the lowest public id to the highest, so that no public comment falls between
    two chunks. A run with nothing to scan finishes (and is audited) at once."""
    size = max(1, chunk_size or settings.COMMENTS_RESCAN_CHUNK_SIZE)
    bounds = _public_comments().aggregate(low=Min("pk"), high=Max("pk"))
    low, high = bounds["low"], bounds["high"]
    starts = range(low, high + 1, size) if low is not None else range(0)
    run = RescanRun.objects.create(chunk_count=len(starts))
    RescanChunk.objects.bulk_create(
        RescanChunk(run=run, first_pk=start, last_pk=min(start + size - 1, high))
        for start in starts
    )
    if not starts:
        _finish(run)
    return run


def rescan_chunk_run(
    *,
    chunk_id: int,
    worker: str = "",
    scanner: Scanner | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Rescan the public comments of one chunk, unless it was already claimed; add its
    counts to the run, and write the run's audit row when it is the last chunk to finish.

    ``progress`` is called with the number scanned so far in this chunk, after each batch.
    """
    claimed = RescanChunk.objects.filter(pk=chunk_id, started_at__isnull=True).update(
        started_at=timezone.now(), worker=worker[:100]
    )
    if not claimed:  # delivered twice, or run by hand meanwhile: never scan twice
        return {"chunk": chunk_id, "skipped": True, "scanned": 0, "requeued": 0}
    chunk = RescanChunk.objects.get(pk=chunk_id)
    scanner = scanner or get_scanner()
    queryset = (
        _public_comments()
        .filter(pk__lte=chunk.last_pk)
        .only("pk", "status", "body", "public_body")
        .order_by("pk")
    )
    scanned = requeued = 0
    last_pk = chunk.first_pk - 1
    while True:
        batch = list(queryset.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            break
        for comment in batch:
            requeued += comment_rescan(comment=comment, scanner=scanner)
            scanned += 1
        last_pk = batch[-1].pk
        if progress:
            progress(scanned)
    with transaction.atomic():
        # The run's row is updated first: on PostgreSQL that row lock orders chunks that
        # finish at the same moment, so exactly one of them sees the last count.
        RescanRun.objects.filter(pk=chunk.run_id).update(
            chunks_done=F("chunks_done") + 1,
            scanned=F("scanned") + scanned,
            requeued=F("requeued") + requeued,
        )
        RescanChunk.objects.filter(pk=chunk.pk).update(
            scanned=scanned, requeued=requeued, finished_at=timezone.now()
        )
        run = RescanRun.objects.get(pk=chunk.run_id)
        if run.chunks_done == run.chunk_count and run.finished_at is None:
            _finish(run)
    return {"chunk": chunk_id, "skipped": False, "scanned": scanned, "requeued": requeued}


@task(takes_context=True)
def rescan_chunk(context: TaskContext, chunk_id: int) -> dict:
    """One chunk of a background rescan (``manage.py db_worker`` runs it)."""
    worker_ids = context.task_result.worker_ids
    return rescan_chunk_run(chunk_id=chunk_id, worker=worker_ids[-1] if worker_ids else "")


@transaction.atomic
def rescan_enqueue(*, chunk_size: int | None = None) -> RescanRun:
    """Plan a full rescan and enqueue one task per chunk, in one transaction: the run,
    its chunks and their tasks appear together, for every worker to take from."""
    run = rescan_plan(chunk_size=chunk_size)
    for chunk_id in run.chunks.values_list("pk", flat=True):
        rescan_chunk.enqueue(chunk_id=chunk_id)
    return run


@task()
def rescan_published() -> dict:
    """Background rescan after a registry change: split into chunk tasks for the workers."""
    run = rescan_enqueue()
    return {"run": run.pk, "chunks": run.chunk_count}


def rescan_public_comments(
    *, batch_size: int | None = None, progress: Callable[[int, int], None] | None = None
) -> dict:
    """Rescan every public comment in this process, chunk after chunk (``batch_size`` ids
    a chunk): the same chunks, counts and audit row as the background tasks."""
    run = rescan_plan(chunk_size=batch_size)
    total = _public_comments().count()
    scanner = get_scanner()
    worker = f"rescan_comments:{os.getpid()}"
    done = 0
    for chunk_id in run.chunks.values_list("pk", flat=True):

        def report(scanned_in_chunk: int, before: int = done) -> None:
            if progress:
                progress(before + scanned_in_chunk, max(total, before + scanned_in_chunk))

        done += rescan_chunk_run(
            chunk_id=chunk_id, worker=worker, scanner=scanner, progress=report
        )["scanned"]
    run.refresh_from_db()
    return {"scanned": run.scanned, "requeued": run.requeued}
