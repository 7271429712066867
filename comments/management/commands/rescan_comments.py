"""``manage.py rescan_comments``: rescan every public comment against the registry now,
with progress and a summary (the same service the background task runs)."""

import sys

from django.core.management.base import BaseCommand

from comments.services import rescan_public_comments


class Command(BaseCommand):
    help = (
        "Rescan every published or redacted comment against the current protected-person "
        "registry; comments that now name or attack a protected person go back to the queue."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size: int, **options):
        err = self.stderr
        interactive = getattr(err, "isatty", lambda: False)() or err is sys.stderr

        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            bar = "#" * filled + "-" * (width - filled)
            err.write(f"\r[{bar}] {done}/{total}", ending="" if interactive else "\n")
            err.flush()

        summary = rescan_public_comments(batch_size=max(1, batch_size), progress=progress)
        if summary["scanned"]:
            err.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"再スキャン完了: {summary['scanned']} 件を確認し、"
                f"{summary['requeued']} 件を確認待ちに戻しました。"
            )
        )
