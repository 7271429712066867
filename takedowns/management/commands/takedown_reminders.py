"""``manage.py takedown_reminders``: e-mail handlers about removal requests due within a
day (once per deadline). Run hourly with the retention jobs (deploy/systemd/)."""

from django.core.management.base import BaseCommand

from takedowns.services import takedown_remind_due


class Command(BaseCommand):
    help = "Remind handlers of removal requests whose deadline is less than a day away."

    def handle(self, *args, **options):
        count = takedown_remind_due()
        self.stdout.write(self.style.SUCCESS(f"Reminded handlers of {count} requests."))
