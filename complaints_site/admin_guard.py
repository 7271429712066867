"""What the admin may reveal, for every ModelAdmin of the project.

Moderators without ``comments.view_original`` must not read a comment's original text
(``Comment.body``) in the admin, nor learn it indirectly: a changelist filters on any
field named in the URL (``?body__regex=^090``), so a masked phone number could be read
back digit by digit. Who reported a comment (``Report.reporter``) and client hashes are
shown to superusers only.

``GuardedAdmin`` (mix it into every ModelAdmin) therefore, for a user who may not see
a field:
- leaves it out of the change form, read-only fields, list columns, filters and search;
- refuses (400, as Django does for any lookup it does not allow) every URL lookup that
  reaches it, also through relations (``?comment__body__contains=``,
  ``?reporter__username=``);
- and, for users without view_original, accepts only the lookups that the declared
  filters and date hierarchy produce: ``?status__exact=``, ``?post__id__exact=``,
  ``?created_at__gte=`` — no free-form ``?id__exact=N&...`` probing and no
  ``__regex``/``__contains`` even on a filtered field.
Ordering (``?o=``) only ever names list columns, and restricted fields are never columns.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db.models.constants import LOOKUP_SEP

VIEW_ORIGINAL = "comments.view_original"
# The lookups Django's own list filters and date hierarchy put in the URL; never
# contains, regex, startswith and the like, which can read a value back piece by piece.
FILTER_LOOKUPS = {"exact", "isnull", "in", "gte", "gt", "lte", "lt", "year", "month", "day"}

# (app_label, model_name, field): the original text, for view_original holders only.
ORIGINAL_TEXT = {("comments", "comment", "body")}
# Who reported, and keyed client hashes: superusers only.
IDENTITY = {
    ("comments", "report", "reporter"),
    ("comments", "report", "client_hash"),
    ("comments", "comment", "client_hash"),
}


def hidden_fields(request) -> set[tuple[str, str, str]]:
    user = request.user
    hidden = set() if user.is_superuser else set(IDENTITY)
    if not user.has_perm(VIEW_ORIGINAL):
        hidden |= ORIGINAL_TEXT
    return hidden


def _walk(model, lookup: str):
    """The model fields a lookup path goes through, in order (transforms and lookups dropped)."""
    fields = []
    for part in lookup.split(LOOKUP_SEP):
        if part == "pk":
            part = model._meta.pk.name
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            break
        fields.append((model, field))
        if not field.is_relation or field.related_model is None:
            break
        model = field.related_model
    return fields


def _key(model, field) -> tuple[str, str, str]:
    return (model._meta.app_label, model._meta.model_name, field.name)


def touches(model, lookup: str, hidden: set) -> bool:
    return any(_key(m, f) in hidden for m, f in _walk(model, lookup))


def _filter_name(item) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
        return item[0]
    return None  # a SimpleListFilter class: its parameter is not a model lookup


class GuardedAdmin:
    """Mix into a ModelAdmin (before admin.ModelAdmin). See the module docstring."""

    def _hidden(self, request) -> set:
        return hidden_fields(request)

    def _visible(self, request, names):
        hidden = self._hidden(request)
        return [
            name
            for name in names
            if not (isinstance(name, str) and touches(self.model, name.lstrip("^=@"), hidden))
        ]

    def lookup_allowed(self, lookup, value, request):
        if touches(self.model, lookup, self._hidden(request)):
            return False
        if request.user.has_perm(VIEW_ORIGINAL):
            return super().lookup_allowed(lookup, value, request)
        return self._declared(lookup, request)

    def _declared(self, lookup: str, request) -> bool:
        """Only what a declared filter or the date hierarchy puts in the URL."""
        path = _walk(self.model, lookup)
        if not path:
            return False
        names = {_filter_name(item) for item in self.get_list_filter(request)}
        names.add(self.date_hierarchy)
        first = path[0][1]
        if first.name not in names:
            return False
        # The field itself, or a relation's primary key (post__id__exact): nothing further.
        if not (len(path) == 1 or (len(path) == 2 and path[1][1].primary_key)):
            return False
        return set(lookup.split(LOOKUP_SEP)[len(path) :]) <= FILTER_LOOKUPS

    def get_search_fields(self, request):
        return self._visible(request, super().get_search_fields(request))

    def get_list_filter(self, request):
        hidden = self._hidden(request)
        return [
            item
            for item in super().get_list_filter(request)
            if not ((name := _filter_name(item)) and touches(self.model, name, hidden))
        ]

    def get_list_display(self, request):
        return self._visible(request, super().get_list_display(request))

    def get_sortable_by(self, request):
        return self._visible(request, super().get_sortable_by(request))

    def get_fields(self, request, obj=None):
        return self._visible(request, super().get_fields(request, obj))

    def get_readonly_fields(self, request, obj=None):
        return self._visible(request, super().get_readonly_fields(request, obj))

    def get_exclude(self, request, obj=None):
        hidden = self._hidden(request)
        mine = [f.name for f in self.model._meta.fields if _key(self.model, f) in hidden]
        return list(super().get_exclude(request, obj) or []) + mine
