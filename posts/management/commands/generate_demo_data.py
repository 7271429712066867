"""Posts and threads at scale for load tests and benchmarks, through the services only.

Most replies go in with comments.services.comment_import (stored as published, no
scan: fast), every ``--scanned-every``-th with comment_submit (scanned like a real
reply, so some are held). Deterministic for a given --seed; slugs are ``demo-<n>``
and existing ones are skipped, so running it twice adds nothing.
"""

from __future__ import annotations

import random
import sys

from django.core.management.base import BaseCommand

from comments.services import comment_import, comment_submit
from posts.models import Post
from posts.services import post_create

COMPANIES = ["通信会社", "宅配業者", "家電量販店", "保険会社", "電力会社", "航空会社"]
REPLIES = [
    "同じ対応をされました。窓口の説明が毎回違います。",
    "返金まで三か月かかりました。改善してほしいです。",
    "サポートに電話しても繋がらないのは本当に困ります。",
    "うちも解約の手続きで何度も書類を求められました。",
    "対応してくれた方は丁寧でしたが、仕組みが悪いと思います。",
    "消費生活センターに相談したら話が進みました。",
    "担当者の電話番号は090-{a:04d}-{b:04d}です",  # personal data: held when scanned
]


def progress(done: int, total: int, label: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


class Command(BaseCommand):
    help = "Create demo posts (demo-<n>) with threaded replies at scale; idempotent per slug."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=20)
        parser.add_argument("--comments", type=int, default=100, help="Replies per post.")
        parser.add_argument("--scanned-every", type=int, default=10)
        parser.add_argument("--seed", type=int, default=9)
        parser.add_argument("--quiet-progress", action="store_true")

    def handle(self, *args, posts, comments, scanned_every, seed, quiet_progress, **options):
        rng = random.Random(seed)
        made_posts = made_comments = 0
        total = posts * comments
        for n in range(posts):
            slug = f"demo-{n}"
            if Post.objects.filter(slug=slug).exists():
                continue
            company = rng.choice(COMPANIES)
            post = post_create(
                slug=slug,
                title=f"{company}の対応について（{n}）",
                body=f"{company}の窓口で長時間待たされ、説明も二転三転しました。",
            )
            made_posts += 1
            thread = []
            for i in range(comments):
                parent = rng.choice(thread) if thread and rng.random() < 0.6 else None
                if parent is not None and parent.depth >= 6:
                    parent = None
                text = rng.choice(REPLIES).format(a=rng.randint(0, 9999), b=rng.randint(0, 9999))
                if scanned_every and i % scanned_every == 0:
                    comment = comment_submit(
                        post=post, body=text, parent_id=parent.pk if parent else None
                    )
                else:
                    if "090-" in text:
                        text = REPLIES[0]
                    comment = comment_import(post=post, body=text, parent=parent)
                if comment.status == "published":
                    thread.append(comment)
                made_comments += 1
                if not quiet_progress and (made_comments % 50 == 0 or made_comments == total):
                    progress(made_comments, total, "replies")
        self.stdout.write(
            self.style.SUCCESS(f"Created {made_posts} posts, {made_comments} comments")
        )
