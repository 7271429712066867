"""``manage.py rescan_comments``: rescan every public comment against the registry now,
with progress and a summary, or (``--enqueue``) split into chunk tasks for the
``db_worker`` processes to share (the same chunks and audit row either way)."""

import sys

from django.core.management.base import BaseCommand

from comments.services import rescan_enqueue, rescan_public_comments


class Command(BaseCommand):
    help = (
        "Rescan every published or redacted comment against the current protected-person "
        "registry; comments that now name or attack a protected person go back to the queue."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=None,
            help="Comment ids per chunk (default: COMMENTS_RESCAN_CHUNK_SIZE, 500).",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Do not scan here: enqueue one task per chunk for `manage.py db_worker`.",
        )

    def handle(self, *args, batch_size: int | None, enqueue: bool, **options):
        chunk_size = max(1, batch_size) if batch_size else None
        if enqueue:
            run = rescan_enqueue(chunk_size=chunk_size)
            self.stdout.write(
                self.style.SUCCESS(
                    f"再スキャン #{run.pk}: {run.chunk_count} 個のタスクを登録しました"
                    "（db_worker が実行します）。"
                )
            )
            return
        err = self.stderr
        interactive = getattr(err, "isatty", lambda: False)() or err is sys.stderr

        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            bar = "#" * filled + "-" * (width - filled)
            err.write(f"\r[{bar}] {done}/{total}", ending="" if interactive else "\n")
            err.flush()

        summary = rescan_public_comments(batch_size=chunk_size, progress=progress)
        if summary["scanned"]:
            err.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"再スキャン完了: {summary['scanned']} 件を確認し、"
                f"{summary['requeued']} 件を確認待ちに戻しました。"
            )
        )
