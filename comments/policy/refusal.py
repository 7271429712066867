"""What is refused outright instead of held: a flagged display name."""

from __future__ import annotations


def display_name_refused(*, chosen: bool, flagged: bool) -> bool:
    """A display name shows at once and no moderator sees it first, so a chosen name the
    scanner would hold is refused (with a form error); the default 匿名 never is."""
    return chosen and flagged
