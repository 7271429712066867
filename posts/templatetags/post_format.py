"""Template filters for a post's body: split it into the seed's sections."""

from django import template

from posts.seeding import SECTION_BREAK

register = template.Library()


@register.filter
def sections(body: str) -> list[str]:
    """A post body split at its section breaks (the seed's ■ markers)."""
    return [part for part in body.split(SECTION_BREAK) if part.strip()]
