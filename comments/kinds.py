"""The vocabulary of findings: every category the scanner emits, its Japanese label,
its kind (personal data or harassment) and whether it is urgent. Defined once here.

The scanner's own lists (``CATEGORIES``, ``HARASSMENT_KINDS``) stay the source of what
can be found; this module only maps them for the Django side. No queries, no policy.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from .moderation import CATEGORIES, CATEGORY_LABELS, HARASSMENT_KINDS

PERSONAL = "personal"
HARASSMENT = "harassment"

# Japanese labels of the scanner's harassment kinds (its personal-data labels live in
# the scanner, which needs them to write 〔電話番号〕-style redactions).
HARASSMENT_LABELS: dict[str, str] = {
    "insult": "侮辱",
    "death_wish": "死ね等",
    "threat": "脅迫",
    "sexual": "性的嫌がらせ",
    "demeaning": "見下し",
    "incitement": "晒し・特定の扇動",
}
# Harassment that may turn into harm offline: decided before anything else.
URGENT_HARASSMENT = frozenset({"threat", "death_wish", "incitement"})


# Why a moderator rejects a comment: code → label (codes are stored in the audit log).
REJECT_REASONS = {
    "personal_data": gettext_lazy("個人情報"),
    "harassment": gettext_lazy("誹謗中傷・嫌がらせ"),
    "threat": gettext_lazy("脅迫・危害の予告"),
    "spam": gettext_lazy("スパム・宣伝"),
    "off_topic": gettext_lazy("無関係な内容"),
    "other": gettext_lazy("その他"),
}


@dataclass(frozen=True)
class Category:
    code: str  # as stored on Finding.category: "PHONE", "DEATH_WISH"
    kind: str  # Finding.Kind value: "personal" or "harassment"
    label: str
    urgent: bool


def harassment_code(kind: str) -> str:
    """The stored category of a scanner harassment kind: death_wish → DEATH_WISH."""
    return kind.upper()


def _build() -> dict[str, Category]:
    table = {
        code: Category(code, PERSONAL, CATEGORY_LABELS.get(code, ""), urgent=False)
        for code in CATEGORIES
    }
    for kind in HARASSMENT_KINDS:
        code = harassment_code(kind)
        table[code] = Category(
            code, HARASSMENT, HARASSMENT_LABELS.get(kind, ""), urgent=kind in URGENT_HARASSMENT
        )
    return table


CATEGORY_TABLE: dict[str, Category] = _build()


def category_label(code: str) -> str:
    entry = CATEGORY_TABLE.get(code)
    return entry.label if entry and entry.label else code


def all_categories() -> list[tuple[str, str]]:
    """(code, label) for every category, personal data first, in the scanner's order."""
    return [(c.code, category_label(c.code)) for c in CATEGORY_TABLE.values()]


def is_personal_category(code: str) -> bool:
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.kind == PERSONAL


def is_urgent(code: str) -> bool:
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.urgent
