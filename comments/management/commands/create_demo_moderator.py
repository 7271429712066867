"""``manage.py create_demo_moderator``: the demo's moderator account (make demo).
For local demos only; it prints the credentials it sets."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from comments.roles import MODERATORS, ORIGINAL_VIEWERS, ensure_groups


class Command(BaseCommand):
    help = "Create (or reset) the demo moderator account and print its credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="moderator")
        parser.add_argument("--password", default="moderator-demo-2026")

    def handle(self, *args, username: str, password: str, **options):
        ensure_groups()
        user, created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.is_staff = True
        user.save()
        user.groups.add(
            Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS)
        )
        # Removal requests too, when the takedowns app has made its group (it may not be
        # installed): the demo moderator can walk the whole flow.
        handlers = Group.objects.filter(name="takedown_handlers").first()
        if handlers:
            user.groups.add(handlers)
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} demo moderator — username: {username}  password: {password}"
            )
        )
