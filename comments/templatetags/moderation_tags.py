"""Template filters for the workspace: category and status labels, dict lookups.
Labels come from comments.kinds; no queries here."""

from django import template
from django.utils.translation import gettext as _

from comments.kinds import category_label as _category_label
from comments.kinds import reason_label as _reason_label

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


@register.filter
def reason_label(code: str) -> str:
    """The audit log's reason codes in Japanese (several may be joined by commas)."""
    return _reason_label(code)


@register.filter
def action_summary(action) -> str:
    """Counts an automatic row carries (a rescan's scanned/requeued, a post scan's findings)."""
    data = action.data or {}
    if action.action == "rescan":
        return _("%(scanned)s 件を再スキャン、%(requeued)s 件を確認待ちに戻した") % {
            "scanned": data.get("scanned", 0),
            "requeued": data.get("requeued", 0),
        }
    if action.action == "post_scan":
        return _("%(n)s 件の検出") % {"n": data.get("findings", 0)}
    return ""
