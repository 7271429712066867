"""``manage.py load_seeds``: load the seed thread from seeds/ (idempotent), through
posts.services and comments.services."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from comments.services import comment_import
from posts.models import Post
from posts.seeding import parse_seed
from posts.services import post_create


def seed_slug(path: Path) -> str:
    # "000_8dd5b116ae2bfc3a.txt" -> "8dd5b116ae2bfc3a": the ordinal only sorts files.
    stem = path.stem
    prefix, _, rest = stem.partition("_")
    return (rest if prefix.isdigit() and rest else stem).lower()[:100]


class Command(BaseCommand):
    help = "Load every seeds/*.txt (Blogger page dumps) as a post and its thread; idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", type=Path, default=settings.BASE_DIR / "seeds", help="Folder of *.txt seeds."
        )

    def handle(self, *args, dir: Path, **options) -> None:
        files = sorted(dir.glob("*.txt"))
        if not files:
            raise CommandError(f"No seed files (*.txt) in {dir}.")
        for path in files:
            slug = seed_slug(path)
            if Post.objects.filter(slug=slug).exists():
                self.stdout.write(f"{path.name}: post '{slug}' already exists, nothing created.")
                continue
            seed = parse_seed(path.read_text(encoding="utf-8"))
            with transaction.atomic():
                start = timezone.now() - timedelta(minutes=seed.comment_count + 1)
                post = post_create(slug=slug, title=seed.title, body=seed.body, published_at=start)
                created = 0
                for comment in seed.comments:
                    created += 1
                    top = comment_import(
                        post=post, body=comment.body, created_at=start + timedelta(minutes=created)
                    )
                    for reply in comment.replies:
                        created += 1
                        comment_import(
                            post=post,
                            body=reply.body,
                            parent=top,
                            created_at=start + timedelta(minutes=created),
                        )
            self.stdout.write(
                self.style.SUCCESS(
                    f"{path.name}: created post '{slug}' ({post.title}) with {created} comments "
                    f"({len(seed.comments)} top-level, {created - len(seed.comments)} replies)."
                )
            )
