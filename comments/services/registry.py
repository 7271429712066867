from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import ProtectedPerson


def _clean_list(values, field: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = values.splitlines()
    if not isinstance(values, list | tuple):
        raise ValidationError({field: _("文字列のリストで指定してください。")})
    cleaned = []
    for value in values:
        if not isinstance(value, str):
            raise ValidationError({field: _("文字列のリストで指定してください。")})
        value = value.strip()
        if value and value not in cleaned:
            cleaned.append(value[:100])
    return cleaned


def _enqueue_rescan() -> None:
    from ..tasks import rescan_published

    rescan_published.enqueue()


@transaction.atomic
def protected_person_save(
    *,
    person: ProtectedPerson | None = None,
    name: str,
    aliases=None,
    handles=None,
    roles=None,
    note: str = "",
    active: bool = True,
) -> ProtectedPerson:
    """Create or update a registry entry and rescan public comments once it commits."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("名前を入力してください。")})
    if len(name) > 100:
        raise ValidationError({"name": _("名前は100文字以内で入力してください。")})
    person = person or ProtectedPerson()
    person.name = name
    person.aliases = _clean_list(aliases, "aliases")
    person.handles = _clean_list(handles, "handles")
    person.roles = _clean_list(roles, "roles")
    person.note = note or ""
    person.active = bool(active)
    person.save()
    transaction.on_commit(_enqueue_rescan)
    return person


@transaction.atomic
def protected_person_delete(*, person: ProtectedPerson) -> None:
    person.delete()
