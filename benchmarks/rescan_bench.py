"""Time of a full rescan per 50,000 comments: in one process (``manage.py rescan_comments``),
then split into chunk tasks shared by one and by two ``manage.py db_worker`` processes.

    .venv/bin/python benchmarks/rescan_bench.py --database-url postgres://…/empty_db
    .venv/bin/python benchmarks/rescan_bench.py                      # a SQLite file in /tmp

The database (an empty scratch one; filled once, reused by later runs) gets ``--comments``
published comments with distinct texts (through ``comment_import``, no scan) and one
protected person. The time of a run is the database's own: from the run's creation
(planning) to its last chunk's finish, with the workers already started and idle. The
three kinds of run are interleaved ``--repeat`` times. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def manage(env, *args) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    return result.stdout


def start_workers(env, count: int, logs: Path) -> list[subprocess.Popen]:
    workers = []
    for n in range(count):
        log = (logs / f"worker-{n}.log").open("w")
        workers.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "manage.py",
                    "db_worker",
                    "--queue-name",
                    "default",
                    "--interval",
                    "0.1",
                    "--no-startup-delay",
                    "--no-reload",
                    "--worker-id",
                    f"bench-{n}",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if all("Starting worker" in (logs / f"worker-{n}.log").read_text() for n in range(count)):
            return workers
        time.sleep(0.1)
    raise RuntimeError("the workers did not start")


def stop(workers) -> None:
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.wait(timeout=60)


SENTENCES = [
    "窓口で一時間以上待たされました。",
    "説明が担当者ごとに違っていて困りました。",
    "返金の手続きに三か月かかりました。",
    "電話がまったく繋がりません。",
    "解約の書類を何度も送り直すよう言われました。",
    "対応してくれた方は丁寧でしたが、仕組みに問題があると思います。",
    "消費生活センターに相談したら話が進みました。",
    "店舗の受付では本社に聞いてくれと言われるだけでした。",
    "請求書の金額が契約と違っていました。",
    "メールで問い合わせても定型文しか返ってきません。",
    "同じ経験をした人がこんなにいるとは思いませんでした。",
    "改善を約束されましたが、何も変わっていません。",
]


def fill(count: int) -> None:
    """``count`` published comments with distinct texts (the scanner's tokenizer keeps a
    small cache, so repeated texts would time the cache), through comment_import."""
    import random

    from comments.services import comment_import
    from posts.services import post_create

    rng = random.Random(50_000)
    per_post = 1000
    for n in range(0, count, per_post):
        post = post_create(
            slug=f"rescan-bench-{n // per_post}-{rng.randrange(10**9)}",
            title=f"再スキャン計測用の投稿 {n // per_post}",
            body="窓口の対応についての投稿です。",
        )
        for i in range(min(per_post, count - n)):
            text = (
                "".join(rng.sample(SENTENCES, 2))
                + f"（{n + i + 1}件目の報告、{rng.randrange(1, 28)}日）"
            )
            comment_import(post=post, body=text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default="")
    parser.add_argument("--comments", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the three runs")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rescan-bench-"))
    url = args.database_url or f"sqlite:///{scratch / 'bench.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(DATABASE_URL=url, DJANGO_SECRET_KEY="bench-only", DJANGO_LOG_LEVEL="WARNING")
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "complaints_site.settings")
    import django

    django.setup()
    from django.db import connection

    from comments.models import Comment, RescanRun

    manage(env, "migrate", "--noinput", "-v", "0")
    started = time.monotonic()
    if Comment.objects.count() < args.comments:  # a database filled by an earlier run is reused
        fill(args.comments - Comment.objects.count())
        manage(env, "shell", "-c", "from comments.services import protected_person_save; "
               "protected_person_save(name='鈴木 一郎', aliases=['すずき いちろう'])")  # fmt: skip
        # The save enqueued a rescan; dropped here so that each run below is timed alone.
        manage(env, "shell", "-c", "from django_tasks_db.models import DBTaskResult; "
               "DBTaskResult.objects.all().delete()")  # fmt: skip
    total = Comment.objects.count()
    print(f"database        {connection.vendor} ({total} public comments, made in "
          f"{time.monotonic() - started:.0f} s)")  # fmt: skip
    scale = 50_000 / total

    def last_run() -> int:
        return RescanRun.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    def report(label: str, run) -> None:
        seconds = (run.finished_at - run.created_at).total_seconds()
        shares = sorted(run.chunks.values_list("worker", flat=True))
        per_worker = {w: shares.count(w) for w in dict.fromkeys(shares)}
        print(f"{label:<15} {seconds:.1f} s for {run.scanned} in {run.chunk_count} chunks "
              f"= {seconds * scale:.1f} s per 50,000; chunks per worker "
              f"{list(per_worker.values())}")  # fmt: skip

    for _round in range(args.repeat):  # interleaved, so that other load hits all alike
        before = last_run()
        manage(env, "rescan_comments")
        report("one process", RescanRun.objects.get(pk__gt=before))

        for count in (1, 2):
            workers = start_workers(env, count, scratch)
            before = last_run()
            try:
                manage(env, "rescan_comments", "--enqueue")
                deadline = time.monotonic() + 1800
                while not RescanRun.objects.filter(
                    pk__gt=before, finished_at__isnull=False
                ).exists():
                    if time.monotonic() > deadline:
                        raise RuntimeError("the rescan did not finish")
                    time.sleep(0.2)
            finally:
                stop(workers)
            label = f"{count} db_worker{'s' if count > 1 else ''}"
            report(label, RescanRun.objects.get(pk__gt=before))


if __name__ == "__main__":
    main()
