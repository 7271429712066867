"""The protected-person registry: validated saves and deletes; a change enqueues a rescan
of public comments once it commits."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import ProtectedPerson
from ..validation import has_control_characters
from .rescan import rescan_published

ITEM_MAX = 100


def _refuse_control(value: str, field: str, *, multiline: bool = False) -> None:
    # NUL cannot be stored in PostgreSQL text: refuse it here, not with a 500 there.
    if has_control_characters(value, multiline=multiline):
        raise ValidationError({field: _("使用できない文字（制御文字）が含まれています。")})


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
        _refuse_control(value, field)
        if len(value) > ITEM_MAX:
            # Cutting it would register (and match) a different name than the one given.
            raise ValidationError(
                {field: _("各項目は%(limit)s文字以内で入力してください。") % {"limit": ITEM_MAX}}
            )
        if value and value not in cleaned:
            cleaned.append(value)
    return cleaned


def _enqueue_rescan() -> None:
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
    _refuse_control(name, "name")
    _refuse_control(note or "", "note", multiline=True)
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
