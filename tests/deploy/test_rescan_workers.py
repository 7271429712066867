"""A full rescan shared by two real ``manage.py db_worker`` processes: every public comment
is scanned exactly once, none twice, none skipped, and one audit row has the totals.

The database is a file (SQLite) or the PostgreSQL test database, reached by the workers
and by small ``manage.py shell`` scripts; the test only reads it. Nothing is timed: the
test waits (up to a bound) for the run to finish, then checks what the chunks recorded.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .servers import ROOT, manage, server_env

SETUP = """
from django.core.management import call_command
from comments.services import comment_import
from posts.models import Post
call_command("generate_demo_data", posts=3, comments=500, scanned_every=0, quiet_progress=True)
posts = list(Post.objects.filter(slug__startswith="demo-"))
for i in range(40):  # in the middle of the id range: they name the person saved below
    comment_import(post=posts[i % 3], body=f"受付の鈴木 一郎は最悪だ（{i}）")
call_command("generate_demo_data", posts=6, comments=500, scanned_every=0, quiet_progress=True)
"""

SAVE_PERSON = """
from comments.services import protected_person_save
protected_person_save(name="鈴木 一郎", aliases=[], roles=["受付"])
"""

REPORT = """
import json
from django_tasks_db.models import DBTaskResult
from comments.models import Comment, ModerationAction, RescanChunk, RescanRun
from comments.policy import PUBLIC_STATUSES
print(json.dumps({
    "runs": list(RescanRun.objects.values("chunk_count", "chunks_done", "scanned", "requeued")),
    "chunks": list(RescanChunk.objects.order_by("first_pk").values(
        "first_pk", "last_pk", "scanned", "requeued", "worker", "finished_at")),
    "rescan_rows": [row.data for row in ModerationAction.objects.filter(action="rescan")],
    "requeued_ids": list(ModerationAction.objects.filter(action="requeue", reason_code="rescan")
                         .values_list("comment_id", flat=True)),
    "naming_ids": list(Comment.objects.filter(body__contains="鈴木").values_list("pk", flat=True)),
    "tasks": list(DBTaskResult.objects.values("task_path", "status", "worker_ids")),
}, default=str))
"""

PUBLIC_IDS = """
from comments.models import Comment
from comments.policy import PUBLIC_STATUSES
print(list(Comment.objects.filter(status__in=PUBLIC_STATUSES).order_by("pk")
           .values_list("pk", flat=True)))
"""


def _shell_json(env: dict[str, str], script: str):
    """Run a script in `manage.py shell`; its JSON is the last line printed."""
    return json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])


def _run_finished(database_url: str) -> bool:
    sql = "SELECT COUNT(*) FROM comments_rescanrun WHERE finished_at IS NOT NULL"
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=10) as db:
            return db.execute(sql).fetchone()[0] > 0
    import psycopg  # the shared database is not the test database: connect to it directly

    with psycopg.connect(database_url) as db:
        return db.execute(sql).fetchone()[0] > 0


class Worker:
    def __init__(self, env: dict[str, str], name: str, log: Path):
        self.name = name
        self.log = log
        self._log_file = log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--queue-name",
                "default",
                "--interval",
                "0.1",
                "--no-startup-delay",
                "--no-reload",
                "--worker-id",
                name,
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )

    def wait_started(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
            if "Starting worker" in self.log.read_text():
                return
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


def test_two_db_workers_share_a_full_rescan_and_scan_every_comment_once(
    shared_database_url, tmp_path
):
    # 200 ids a chunk: 3,040 comments make 16 chunks, enough for both workers to get some.
    env = server_env(shared_database_url, COMMENTS_RESCAN_CHUNK_SIZE="200")
    manage(env, "shell", "-c", SETUP)
    public_ids = _shell_json(env, PUBLIC_IDS)
    assert len(public_ids) == 3040

    workers = [Worker(env, name, tmp_path / f"{name}.log") for name in ("worker-a", "worker-b")]
    try:
        for worker in workers:
            worker.wait_started()
        # Saving a protected person enqueues the rescan, as in production.
        manage(env, "shell", "-c", SAVE_PERSON)
        deadline = time.monotonic() + 300
        while not _run_finished(shared_database_url):
            assert time.monotonic() < deadline, "the rescan did not finish within 300 s"
            for worker in workers:
                assert worker.process.poll() is None, worker.log.read_text()[-3000:]
            time.sleep(0.5)
    finally:
        for worker in workers:
            worker.stop()

    report = _shell_json(env, REPORT)
    chunks = report["chunks"]

    # One run, all of its chunks done, and ONE audit row with the totals.
    assert report["runs"] == [
        {"chunk_count": len(chunks), "chunks_done": len(chunks), "scanned": 3040, "requeued": 40}
    ]
    assert report["rescan_rows"] == [{"scanned": 3040, "requeued": 40, "chunks": len(chunks)}]

    # The chunks tile the id range: no comment between two chunks, none in two.
    assert chunks[0]["first_pk"] == public_ids[0]
    assert chunks[-1]["last_pk"] == public_ids[-1]
    for chunk, following in zip(chunks, chunks[1:], strict=False):
        assert following["first_pk"] == chunk["last_pk"] + 1
    # Each chunk scanned exactly the public comments of its range: every comment once.
    for chunk in chunks:
        in_range = [pk for pk in public_ids if chunk["first_pk"] <= pk <= chunk["last_pk"]]
        assert chunk["scanned"] == len(in_range), chunk
        assert chunk["finished_at"] is not None
    assert sum(chunk["scanned"] for chunk in chunks) == len(public_ids)

    # Every naming comment went back to the queue once; nothing else did.
    assert sorted(report["requeued_ids"]) == sorted(report["naming_ids"])

    # The planner task and one task per chunk, each run once and successfully; both
    # worker processes took chunks.
    tasks = report["tasks"]
    chunk_tasks = [t for t in tasks if t["task_path"].endswith(".rescan_chunk")]
    assert len(chunk_tasks) == len(chunks) == 16
    assert len(tasks) == len(chunks) + 1
    assert all(t["status"] == "SUCCESSFUL" and len(t["worker_ids"]) == 1 for t in tasks)
    assert {chunk["worker"] for chunk in chunks} == {"worker-a", "worker-b"}
