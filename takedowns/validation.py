"""Cleaning of free text and targets sent by requesters, authors and handlers: per-field
Japanese messages, no queries (which comments exist is asked in services)."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TARGETS = 20
_COMMENT_REF = re.compile(r"^#?\s*(\d{1,19})$")


def clean_text(raw, *, label: str, max_length: int, multiline: bool = True) -> str:
    """Stripped text; raises ValidationError with a message naming the field."""
    text = raw if isinstance(raw, str) else ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ValidationError(_("%(label)sを入力してください。") % {"label": label}, "required")
    if _CONTROL.search(text) or (not multiline and ("\n" in text or "\t" in text)):
        raise ValidationError(
            _("%(label)sに使用できない文字が含まれています。") % {"label": label}, "control"
        )
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)sは%(n)s文字以内で入力してください。") % {"label": label, "n": max_length},
            "too_long",
        )
    return text


def clean_email(raw) -> str:
    text = clean_text(raw, label=_("メールアドレス"), max_length=254, multiline=False)
    try:
        validate_email(text)
    except ValidationError:
        raise ValidationError(
            _("メールアドレスの形式が正しくありません（例: name@example.jp）。"), "invalid_email"
        ) from None
    return text


def clean_choice(raw, *, choices, label: str) -> str:
    if raw not in dict(choices):
        raise ValidationError(_("%(label)sを選んでください。") % {"label": label}, "choice")
    return raw


def parse_comment_refs(raw: str) -> list[int]:
    """「#12, 15」 → [12, 15] (the form's text field); raises on anything else."""
    ids = []
    for part in re.split(r"[,、，\s]+", raw or ""):
        if not part:
            continue
        match = _COMMENT_REF.match(part)
        if not match:
            raise ValidationError(
                _("返信の番号は「#12, #15」のように数字で入力してください。"), "comment_ref"
            )
        ids.append(int(match.group(1)))
    return ids


def clean_target_shapes(targets) -> list[tuple[str, object]]:
    """[("comment", 12), ("post", "slug")] from the API's list; duplicates dropped."""
    if not isinstance(targets, list) or not targets:
        raise ValidationError(
            _("削除を求める返信または投稿を1件以上指定してください。"), "required"
        )
    if len(targets) > MAX_TARGETS:
        raise ValidationError(
            _("一度に指定できる対象は%(n)s件までです。") % {"n": MAX_TARGETS}, "too_many"
        )
    seen: list[tuple[str, object]] = []
    for item in targets:
        if not isinstance(item, dict) or len(item) != 1:
            raise ValidationError(
                _('対象は {"comment": 番号} か {"post": スラッグ} で指定してください。'),
                "target_shape",
            )
        ((kind, value),) = item.items()
        ok = (kind == "comment" and isinstance(value, int) and not isinstance(value, bool)) or (
            kind == "post" and isinstance(value, str) and 0 < len(value) <= 100
        )
        if not ok:
            raise ValidationError(
                _('対象は {"comment": 番号} か {"post": スラッグ} で指定してください。'),
                "target_shape",
            )
        if (kind, value) not in seen:
            seen.append((kind, value))
    return seen
