"""The public text of a redacted comment: the scanner's ``redact`` with the site's labels
(personal data reads 〔電話番号〕…, masked abusive words read 〔不適切な表現〕)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .kinds import REDACTION_LABELS
from .moderation import redact


def mask(text: str, spans: Iterable[Mapping[str, Any]]) -> str:
    return redact(text, spans, labels=REDACTION_LABELS)
