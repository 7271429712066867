"""Checks on submitted input shared by the reply form, the API and the services:
bodies, display names, ids and redaction spans. Raises ValidationError; stores nothing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .kinds import is_redactable
from .models import ANONYMOUS_NAME

# C0/C1 controls and DEL, except tab and newline (which readers legitimately type).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
NAME_MAX = 50
# The largest id either database stores (signed 64-bit).
MAX_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(raw: str | None) -> int | None:
    """A row id from a query or form value, or None: str.isdigit() also accepts "²"
    (which int() refuses) and digits beyond the database's integer range."""
    if raw is None or not _ASCII_DIGITS.fullmatch(raw):
        return None
    value = int(raw)
    return value if 0 < value <= MAX_ID else None


def has_control_characters(text: str, *, multiline: bool = False) -> bool:
    """NUL and other controls; tab and newline count only in single-line values."""
    return bool(_CONTROL.search(text)) or (not multiline and ("\n" in text or "\t" in text))


# Characters that show nothing: zero-width spaces and joiners, the BOM, bidi controls.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u00ad\u180e]")
# Direction overrides and isolates reorder what readers see (a name that reads backwards).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _visible(text: str) -> bool:
    """Whether anything but whitespace and invisible formatting characters remains."""
    return bool(
        "".join(
            ch
            for ch in _INVISIBLE.sub("", text)
            if not ch.isspace() and unicodedata.category(ch) != "Cf"
        )
    )


def clean_body(raw: str | None) -> str:
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ValidationError(_("本文を入力してください。"), code="required")
    if not _visible(text):
        raise ValidationError(
            _("本文に表示される文字がありません（ゼロ幅文字などの見えない文字だけです）。"),
            code="invisible",
        )
    if "\x00" in text:
        raise ValidationError(_("本文に使用できない文字（NUL）が含まれています。"), code="nul")
    if _CONTROL.search(text):
        raise ValidationError(
            _("本文に使用できない制御文字が含まれています（改行とタブは使えます）。"),
            code="control_character",
        )
    limit = settings.COMMENTS_MAX_LENGTH
    if len(text) > limit:
        raise ValidationError(
            _("本文は%(limit)s文字以内で入力してください（現在%(length)s文字）。")
            % {"limit": limit, "length": len(text)},
            code="max_length",
        )
    return text


def clean_author_name(raw: str | None) -> str:
    name = (raw or "").strip()
    if not name:
        return ANONYMOUS_NAME
    if _CONTROL.search(name) or "\n" in name or "\t" in name:
        raise ValidationError(
            _("名前に使用できない文字が含まれています。"), code="control_character"
        )
    if _BIDI.search(name) or _INVISIBLE.search(name) or not _visible(name):
        # A name must read as it shows: no direction overrides, no invisible characters.
        raise ValidationError(
            _("表示名に文字の向きを変える制御文字や見えない文字（ゼロ幅文字など）は使えません。"),
            code="invisible_character",
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            _("名前は%(limit)s文字以内で入力してください。") % {"limit": NAME_MAX},
            code="max_length",
        )
    return name


def _offset(value) -> int:
    """An integer offset: int("3") and 3.0 pass; 0.5, true, NaN and Infinity do not
    (int() would truncate the first two and raise OverflowError on the last)."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def clean_spans(body: str, spans: Iterable[dict]) -> list[dict]:
    """Validate moderator-chosen redaction spans against the original text: personal
    data, or abusive words (a harassment category) masked as 〔不適切な表現〕."""
    cleaned = []
    for index, span in enumerate(spans):
        try:
            start, end = _offset(span["start"]), _offset(span["end"])
        except (KeyError, TypeError, ValueError, OverflowError):
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲に start と end（整数）が必要です。")
                    % {"n": index + 1}
                }
            ) from None
        if not 0 <= start < end <= len(body):
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲（%(start)s–%(end)s）が本文の外にあります。")
                    % {"n": index + 1, "start": start, "end": end}
                }
            )
        category = str(span.get("category") or "PERSON")
        if not is_redactable(category):
            raise ValidationError(
                {
                    "spans": _("%(n)s番目の範囲の種類「%(category)s」は使えません。")
                    % {"n": index + 1, "category": category}
                }
            )
        cleaned.append({"start": start, "end": end, "category": category})
    return sorted(cleaned, key=lambda s: (s["start"], s["end"]))


def clean_dismissals(ids, note: str) -> tuple[frozenset[int], str]:
    """Harassment findings a moderator dismisses (「誹謗中傷ではない」): ids and a note."""
    if not ids:
        return frozenset(), (note or "").strip()
    if not isinstance(ids, list | tuple | set | frozenset):
        raise ValidationError({"dismiss": _("取り下げる検出のIDをリストで指定してください。")})
    cleaned = set()
    for value in ids:
        found = parse_id(str(value)) if not isinstance(value, bool) else None
        if found is None:
            raise ValidationError({"dismiss": _("検出のIDが正しくありません。")})
        cleaned.add(found)
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            {"dismiss_note": _("誹謗中傷ではないと判断した理由を入力してください。")}
        )
    if len(note) > 1000 or has_control_characters(note, multiline=True):
        raise ValidationError({"dismiss_note": _("理由は1000文字以内の文章で入力してください。")})
    return frozenset(cleaned), note
