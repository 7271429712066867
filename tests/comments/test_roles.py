"""The groups exist after migrate with exactly the permissions the site relies on."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from comments.roles import MODERATORS, ORIGINAL_VIEWERS

pytestmark = pytest.mark.django_db


def perms(name: str) -> set[str]:
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_groups_are_created_by_migrate_with_least_privilege():
    assert "moderate_comment" in perms(MODERATORS)
    assert "view_original" not in perms(MODERATORS)
    assert not any(p.startswith(("change_", "delete_", "add_")) for p in perms(MODERATORS))
    assert perms(ORIGINAL_VIEWERS) == {"view_original"}


def test_demo_moderator_command_prints_credentials_and_grants_both_groups():
    out = StringIO()
    call_command("create_demo_moderator", stdout=out)
    assert "username: moderator" in out.getvalue() and "password:" in out.getvalue()
    user = get_user_model().objects.get(username="moderator")
    assert user.has_perm("comments.moderate_comment") and user.has_perm("comments.view_original")
    call_command("create_demo_moderator", stdout=StringIO())  # running it again is fine
    assert get_user_model().objects.filter(username="moderator").count() == 1
