"""Messages shown next to what they concern (a comment on the post page, the decision
form of an item) instead of at the top of the page.

A placed message is a Django message whose ``extra_tags`` name its place
(``place:c<comment id>``, ``place:decision``, ``place:shortcuts``); a page takes the
messages of the places it shows and leaves the rest to the page's general message area
(base.html).
"""

from __future__ import annotations

from django.contrib import messages

PLACE_PREFIX = "place:"
DECISION = "decision"
SHORTCUTS = "shortcuts"


def comment_place(comment_id: int) -> str:
    return f"c{comment_id}"


def notify(request, level: int, text: str, *, place: str = "") -> None:
    """Add a message, to be shown at `place` when the next page shows it."""
    messages.add_message(request, level, text, extra_tags=f"{PLACE_PREFIX}{place}" if place else "")


def place_of(message) -> str:
    for tag in (message.extra_tags or "").split():
        if tag.startswith(PLACE_PREFIX):
            return tag.removeprefix(PLACE_PREFIX)
    return ""


def split_messages(request, places) -> tuple[list, dict[str, list]]:
    """(messages for the general area, {place: messages}) for the places this page shows."""
    general: list = []
    placed: dict[str, list] = {}
    for message in messages.get_messages(request):
        place = place_of(message)
        if place and place in places:
            placed.setdefault(place, []).append(message)
        else:
            general.append(message)
    return general, placed
