"""Adding a protected person rescans public comments through django.tasks."""

from io import StringIO

import pytest
from django.core.management import call_command

from comments.models import Comment, ModerationAction, RescanRun
from comments.services import (
    protected_person_save,
    rescan_chunk_run,
    rescan_enqueue,
    rescan_plan,
)
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_adding_a_protected_person_requeues_comments_that_name_them(
    post, django_capture_on_commit_callbacks
):
    naming = CommentFactory(post=post, body="あの受付の鈴木 一郎って人が悪い")
    harmless = CommentFactory(post=post, body="受付の対応は丁寧だった")
    with django_capture_on_commit_callbacks(execute=True):
        protected_person_save(name="鈴木 一郎", aliases=["すずき いちろう"], roles=["当該受付係"])
    naming.refresh_from_db()
    harmless.refresh_from_db()
    assert naming.status == Comment.Status.PENDING and naming.public_body == ""
    assert naming.findings.filter(protected_person__name="鈴木 一郎").exists()
    assert harmless.status == Comment.Status.PUBLISHED
    requeue = ModerationAction.objects.get(comment=naming, action="requeue")
    assert requeue.reason_code == "rescan" and requeue.actor is None
    assert ModerationAction.objects.filter(action="rescan").exists()


def test_rescan_command_prints_a_summary(post):
    CommentFactory(post=post, body="担当の田中太郎はクビにしろ")
    protected_person_save(name="田中 太郎", aliases=["タナカタロウ"])
    out = StringIO()
    call_command("rescan_comments", stdout=out, stderr=StringIO())
    text = out.getvalue()
    assert "1" in text and "再スキャン" in text


# --- A full rescan in chunks (pk ranges), shared by task workers ------------------------------


def _names_suzuki(post, n: int):
    return CommentFactory.create_batch(n, post=post, body="あの受付の鈴木 一郎って人が悪い")


def test_chunks_are_contiguous_pk_ranges_from_the_lowest_to_the_highest_public_id(post):
    held_first = CommentFactory(post=post, status=Comment.Status.PENDING)
    public = CommentFactory.create_batch(7, post=post)
    CommentFactory(post=post, status=Comment.Status.REJECTED)  # after the last public id
    run = rescan_plan(chunk_size=3)
    chunks = list(run.chunks.order_by("first_pk").values_list("first_pk", "last_pk"))
    assert chunks[0][0] == public[0].pk and chunks[0][0] > held_first.pk
    assert chunks[-1][1] == public[-1].pk
    for (_first, last), (next_first, _next_last) in zip(chunks, chunks[1:], strict=False):
        assert next_first == last + 1  # no id falls between two chunks
    assert all(last - first + 1 <= 3 for first, last in chunks)
    assert run.chunk_count == len(chunks) == 3
    assert not ModerationAction.objects.filter(action="rescan").exists()  # planned only


def test_background_rescan_runs_one_task_per_chunk_and_audits_the_totals_once(
    post, settings, django_capture_on_commit_callbacks
):
    settings.COMMENTS_RESCAN_CHUNK_SIZE = 2
    naming = _names_suzuki(post, 3)
    CommentFactory.create_batch(4, post=post, body="受付の対応は丁寧だった")
    with django_capture_on_commit_callbacks(execute=True):
        protected_person_save(name="鈴木 一郎", aliases=[], roles=[])
    run = RescanRun.objects.get()
    assert run.chunk_count == 4 and run.chunks_done == 4 and run.finished_at is not None
    assert (run.scanned, run.requeued) == (7, 3)
    assert sum(run.chunks.values_list("scanned", flat=True)) == 7
    assert all(c.worker and c.finished_at for c in run.chunks.all())
    rows = ModerationAction.objects.filter(action="rescan")
    assert [r.data for r in rows] == [{"scanned": 7, "requeued": 3, "chunks": 4}]
    for comment in naming:
        assert ModerationAction.objects.filter(comment=comment, action="requeue").count() == 1


def test_the_audit_row_is_written_by_the_last_chunk_whatever_the_order(post):
    _names_suzuki(post, 2)
    CommentFactory.create_batch(3, post=post)
    protected_person_save(name="鈴木 一郎", aliases=[], roles=[])  # its task is not run here
    run = rescan_plan(chunk_size=2)
    chunk_ids = list(run.chunks.order_by("-first_pk").values_list("pk", flat=True))
    for chunk_id in chunk_ids[:-1]:
        assert rescan_chunk_run(chunk_id=chunk_id)["skipped"] is False
        assert not ModerationAction.objects.filter(action="rescan").exists()
    rescan_chunk_run(chunk_id=chunk_ids[-1])
    row = ModerationAction.objects.get(action="rescan")
    assert row.data == {"scanned": 5, "requeued": 2, "chunks": 3}


def test_a_chunk_delivered_twice_is_scanned_once(post):
    _names_suzuki(post, 1)
    CommentFactory(post=post)
    protected_person_save(name="鈴木 一郎", aliases=[], roles=[])
    run = rescan_plan(chunk_size=10)
    (chunk_id,) = run.chunks.values_list("pk", flat=True)
    first = rescan_chunk_run(chunk_id=chunk_id, worker="a")
    again = rescan_chunk_run(chunk_id=chunk_id, worker="b")
    assert (first["skipped"], first["scanned"]) == (False, 2)
    assert (again["skipped"], again["scanned"]) == (True, 0)
    run.refresh_from_db()
    assert (run.chunks_done, run.scanned, run.requeued) == (1, 2, 1)
    assert run.chunks.get().worker == "a"
    assert ModerationAction.objects.filter(action="rescan").count() == 1


def test_a_rescan_with_nothing_public_is_audited_at_once(post):
    CommentFactory(post=post, status=Comment.Status.PENDING)
    run = rescan_enqueue()
    assert run.chunk_count == 0 and run.finished_at is not None
    assert ModerationAction.objects.get(action="rescan").data == {
        "scanned": 0,
        "requeued": 0,
        "chunks": 0,
    }


def test_rescan_command_can_enqueue_chunk_tasks_instead(post):
    CommentFactory.create_batch(3, post=post)
    out = StringIO()
    # Tests run tasks inline (ImmediateBackend); under db_worker they are shared.
    call_command("rescan_comments", "--enqueue", "--batch-size", "2", stdout=out)
    assert "2 個のタスク" in out.getvalue()
    assert ModerationAction.objects.get(action="rescan").data["scanned"] == 3
