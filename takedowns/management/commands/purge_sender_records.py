"""``manage.py purge_sender_records``: erase connection data past its retention
(TAKEDOWNS_SENDER_RETENTION_DAYS). Run hourly with the retention jobs (deploy/systemd/)."""

from django.core.management.base import BaseCommand

from takedowns.services import sender_records_purge


class Command(BaseCommand):
    help = "Erase sender records (encrypted connection data) past their retention period."

    def handle(self, *args, **options):
        removed = sender_records_purge()
        self.stdout.write(self.style.SUCCESS(f"Purged {removed} expired sender records."))
