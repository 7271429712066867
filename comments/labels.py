"""Japanese labels for finding categories, shared by the workspace, API docs and templates."""

from __future__ import annotations

from .moderation import CATEGORY_LABELS

HARASSMENT_LABELS = {
    "INSULT": "侮辱",
    "DEATH_WISH": "死ね等",
    "THREAT": "脅迫",
    "SEXUAL": "性的嫌がらせ",
    "DEMEANING": "見下し",
    "INCITEMENT": "晒し・特定の扇動",
}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category) or HARASSMENT_LABELS.get(category) or category


def all_categories() -> list[tuple[str, str]]:
    return [(c, category_label(c)) for c in (*CATEGORY_LABELS, *HARASSMENT_LABELS)]
