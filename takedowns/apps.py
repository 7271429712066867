"""The takedowns app's configuration: its groups after every migrate, the hook that keeps
connection data of new comments, and the system check of the sender key."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TakedownsConfig(AppConfig):
    name = "takedowns"
    verbose_name = _("削除の申出")

    def ready(self) -> None:
        from comments.signals import comment_submitted

        from . import checks  # noqa: F401  (registers the system check)
        from .receivers import store_sender_record
        from .roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self, dispatch_uid="takedowns.ensure_groups")
        comment_submitted.connect(store_sender_record, dispatch_uid="takedowns.sender_record")
