"""``manage.py prune_idempotency_keys``: delete API idempotency keys past their lifetime.
Run it daily (cron or a systemd timer)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from comments.idempotency import KEY_TTL, idempotency_keys_expire


class Command(BaseCommand):
    help = "Forget API Idempotency-Keys older than their lifetime (24 h); run it daily (cron)."

    def handle(self, *args, **options):
        removed = idempotency_keys_expire(before=timezone.now() - KEY_TTL)
        self.stdout.write(self.style.SUCCESS(f"Removed {removed} expired idempotency keys."))
