from django import template

from comments.labels import category_label as _category_label

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def category_label(category: str) -> str:
    return _category_label(category)
