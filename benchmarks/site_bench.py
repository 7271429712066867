"""Site benchmark: replies/s through the whole submit path, and thread page timings.

    .venv/bin/python benchmarks/site_bench.py [--comments 1000]

Runs against a throwaway SQLite database (or DATABASE_URL if set to a scratch
database: it is migrated and filled). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = [
    "サポートの待ち時間が長すぎる。改善してほしい。",
    "担当者の説明は丁寧だったけど、結局解決しなかった。",
    "私も同じ経験があります。窓口で三回たらい回しにされました。",
    "連絡先は090-1234-5678です",  # held: a phone number
    "ブログ主はさっさと消えろ",  # held: harassment at a person
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-thread", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=1000)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="site-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ.setdefault("DJANGO_DEBUG", "true")  # serve static files without collectstatic
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "complaints_site.settings")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from comments.services import comment_submit
    from posts.services import post_create

    call_command("migrate", verbosity=0)
    post = post_create(slug=f"bench-{int(time.time())}", title="ベンチマーク", body="本文")

    started = time.perf_counter()
    parent = None
    held = 0
    for i in range(args.comments):
        comment = comment_submit(
            post=post,
            body=SAMPLES[i % len(SAMPLES)],
            parent_id=parent.pk if parent and i % 4 else None,
            client_ip=f"198.51.100.{i % 250}",
        )
        held += comment.status == "pending"
        if comment.status == "published":
            parent = comment
    elapsed = time.perf_counter() - started
    print(f"database        {connection.vendor}")
    print(
        f"submit          {args.comments} replies in {elapsed:.2f} s = "
        f"{args.comments / elapsed:,.0f} replies/s (scan + validate + store + audit); "
        f"{held} held"
    )

    client = Client()

    def first_page(target, label: str) -> float:
        timings = []
        for _ in range(5):
            with CaptureQueriesContext(connection) as queries:
                t = time.perf_counter()
                response = client.get(target.get_absolute_url())
                timings.append(time.perf_counter() - t)
            assert response.status_code == 200
        median = statistics.median(timings)
        print(
            f"thread page     {label}: first page median {median * 1000:.0f} ms, "
            f"{len(queries)} queries, {len(response.content) / 1024:.0f} KiB"
        )
        return median

    first_page(post, f"{args.comments} comments")
    # The paginated thread: a 10,000-reply thread's first page against a 100-reply one
    # (target: under 300 KB and within 3x the time). Rows are inserted directly: the
    # submit path was measured above.
    from comments.models import PATH_SEGMENT, Comment

    sizes = {}
    for n in (100, args.big_thread):
        big = post_create(slug=f"bench-{n}-{int(time.time())}", title="長いスレッド", body="本文")
        made = Comment.objects.bulk_create(
            Comment(
                post=big,
                body=SAMPLES[i % 3],
                public_body=SAMPLES[i % 3],
                status="published",
                depth=0 if i % 4 == 0 else 1,
            )
            for i in range(n)
        )
        root = ""
        for c in made:
            own = f"{c.pk:0{PATH_SEGMENT}d}"
            if c.depth == 0:
                root = own
                c.path = own
            else:
                c.path = root + own
                c.parent_id = int(root)
        Comment.objects.bulk_update(made, ["path", "parent_id"], batch_size=1000)
        sizes[n] = first_page(big, f"{n:,} replies")
    print(
        f"ratio           {args.big_thread:,} vs 100 replies: "
        f"{sizes[args.big_thread] / sizes[100]:.1f}x"
    )


if __name__ == "__main__":
    main()
