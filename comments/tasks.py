"""Background work through django.tasks (the django-tasks-db backend in production)."""

from __future__ import annotations

from django.tasks import task


@task()
def rescan_published() -> dict:
    from .services import rescan_public_comments

    return rescan_public_comments()
