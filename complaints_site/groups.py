"""Permission groups kept in step with their permissions (each app's roles module lists
its groups; its post_migrate handler calls sync_groups)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def sync_groups(group_permissions: Mapping[str, Sequence[tuple[str, str]]]) -> None:
    """Create each group and give it its (app_label, codename) permissions; a permission
    not (yet) created is skipped, and permissions a group already has are kept."""
    from django.contrib.auth.models import Group, Permission

    for name, perms in group_permissions.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [
            Permission.objects.filter(content_type__app_label=app, codename=codename).first()
            for app, codename in perms
        ]
        group.permissions.add(*[p for p in wanted if p is not None])
