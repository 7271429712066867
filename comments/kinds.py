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
REVIEW = "review"  # weak signals (the scanner's review tier): a moderator looks first
REVIEW_PREFIX = "REVIEW_"

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
# Japanese labels of the scanner's review signals (ScanResult.review_signals); a signal
# without a label here still shows, as 要確認.
REVIEW_LABELS: dict[str, str] = {
    "call_to_act": "要確認：行動の呼びかけ",
    "whereabouts": "要確認：居場所・家族への言及",
    "digit_run": "要確認：不自然な数字の並び",
    "learned_harassment": "要確認：嫌がらせの可能性",
    "romaji_name": "要確認：ローマ字の人名",
}
REVIEW_FALLBACK_LABEL = "要確認"

# Harassment that may turn into harm offline: decided before anything else.
URGENT_HARASSMENT = frozenset({"threat", "death_wish", "incitement"})
# Kinds whose default reject reason is 脅迫・危害の予告 rather than 誹謗中傷.
THREATENING = frozenset({"threat", "death_wish"})
# What readers see in place of abusive words a moderator masked (one neutral label:
# naming the kind would repeat the abuse).
HARASSMENT_REDACTION_LABEL = "不適切な表現"


# Why a moderator rejects a comment: code → label (codes are stored in the audit log).
REJECT_REASONS = {
    "personal_data": gettext_lazy("個人情報"),
    "harassment": gettext_lazy("誹謗中傷・嫌がらせ"),
    "threat": gettext_lazy("脅迫・危害の予告"),
    "spam": gettext_lazy("スパム・宣伝"),
    "off_topic": gettext_lazy("無関係な内容"),
    "other": gettext_lazy("その他"),
}
# A comment removed on a removal request (the takedowns app): not offered in the
# moderators' reject list, shown to readers as a tombstone 「申出により非表示」.
TAKEDOWN_REASON = "takedown"
ALL_REJECT_REASONS = {**REJECT_REASONS, TAKEDOWN_REASON: gettext_lazy("削除の申出")}


@dataclass(frozen=True)
class Category:
    code: str  # as stored on Finding.category: "PHONE", "DEATH_WISH"
    kind: str  # Finding.Kind value: "personal" or "harassment"
    label: str
    urgent: bool
    redaction_label: str  # what readers see in place of a masked span
    reject_reason: str  # the default REJECT_REASONS code when this is the strongest finding


def harassment_code(kind: str) -> str:
    """The stored category of a scanner harassment kind: death_wish → DEATH_WISH."""
    return kind.upper()


def review_code(signal: str) -> str:
    """The stored category of a review signal: call_to_act → REVIEW_CALL_TO_ACT."""
    return f"{REVIEW_PREFIX}{signal.upper()}"


def _build() -> dict[str, Category]:
    table = {}
    for code in CATEGORIES:
        label = CATEGORY_LABELS.get(code, "")
        table[code] = Category(code, PERSONAL, label, False, label, "personal_data")
    for kind in HARASSMENT_KINDS:
        code = harassment_code(kind)
        table[code] = Category(
            code,
            HARASSMENT,
            HARASSMENT_LABELS.get(kind, ""),
            urgent=kind in URGENT_HARASSMENT,
            redaction_label=HARASSMENT_REDACTION_LABEL,
            reject_reason="threat" if kind in THREATENING else "harassment",
        )
    for signal, label in REVIEW_LABELS.items():
        code = review_code(signal)
        table[code] = Category(code, REVIEW, label, False, "", "other")
    return table


CATEGORY_TABLE: dict[str, Category] = _build()


def category_label(code: str) -> str:
    entry = CATEGORY_TABLE.get(code)
    if entry and entry.label:
        return entry.label
    return REVIEW_FALLBACK_LABEL if code.startswith(REVIEW_PREFIX) else code


def all_categories() -> list[tuple[str, str]]:
    """(code, label) for every category, personal data first, in the scanner's order."""
    return [(c.code, category_label(c.code)) for c in CATEGORY_TABLE.values()]


def is_personal_category(code: str) -> bool:
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.kind == PERSONAL


def is_urgent(code: str) -> bool:
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.urgent


def is_redactable(code: str) -> bool:
    """Personal data and abusive words can be masked; review signals only point."""
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.kind in (PERSONAL, HARASSMENT)


def is_harassment_category(code: str) -> bool:
    entry = CATEGORY_TABLE.get(code)
    return entry is not None and entry.kind == HARASSMENT


REDACTION_LABELS: dict[str, str] = {
    c.code: c.redaction_label for c in CATEGORY_TABLE.values() if c.redaction_label
}


# Labels of the reason codes the audit log keeps (ModerationAction.reason_code); several
# codes may be joined by commas. Codes without a label show as they are.
REASON_LABELS: dict[str, str] = {
    "scanner": "スキャナーの検出",
    "scanner_failed": "スキャナーの失敗（未確認・本文を必ず読むこと）",
    "premoderation": "事前確認",
    "sanction": "制裁（事前確認）",
    "review": "要確認のシグナル",
    "import": "取り込み",
    "reports": "通報が閾値に達した",
    "rescan": "再スキャン",
    "not_harassment": "誹謗中傷ではない",
    "surge": "同じ対象への集中",
    "manual": "モデレーターの判断",
    "suspend": "一時停止",
    "ban": "投稿禁止",
    "premoderate": "事前確認",
    **{code: str(label) for code, label in REJECT_REASONS.items()},
}


def reason_label(code: str) -> str:
    return "・".join(REASON_LABELS.get(c, c) for c in (code or "").split(",") if c)
