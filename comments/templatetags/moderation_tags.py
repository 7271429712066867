"""Template filters for the workspace: category and status labels, dict lookups.
Labels come from comments.kinds; no queries here."""

from django import template

from comments.kinds import category_label as _category_label

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def category_label(category: str) -> str:
    return _category_label(category)


@register.filter
def status_label(value: str) -> str:
    from comments.models import Comment

    try:
        return str(Comment.Status(value).label)
    except ValueError:
        return value or "—"
