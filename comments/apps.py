"""The comments app's configuration; it keeps the moderator groups after every migrate."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("コメントとモデレーション")

    def ready(self) -> None:
        from .roles import ensure_groups

        # After auth has created the permissions (its handler runs first: auth is
        # listed before this app in INSTALLED_APPS).
        post_migrate.connect(ensure_groups, sender=self, dispatch_uid="comments.ensure_groups")
