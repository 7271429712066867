"""A moderator's own workspace settings (not moderation: no audit row)."""

from __future__ import annotations

from django.db import transaction

from ..models import ModeratorPreference


@transaction.atomic
def moderator_preference_set(*, user, single_key_shortcuts: bool) -> ModeratorPreference:
    preference, _created = ModeratorPreference.objects.update_or_create(
        user=user, defaults={"single_key_shortcuts": single_key_shortcuts}
    )
    return preference
