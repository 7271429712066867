"""Harassment is never published by accident: open harassment findings block any decision
that would make the text public, unless masked by the redaction or dismissed with a
reason. Also the default reject reason: the kind of the strongest finding."""

from __future__ import annotations

from collections.abc import Iterable

from ..kinds import CATEGORY_TABLE, HARASSMENT
from .visibility import PUBLIC_STATUSES, Status


def _covered(start: int, end: int, spans: Iterable[dict]) -> bool:
    """Every character of start..end lies inside the union of the spans."""
    pos = start
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if span["start"] > pos:
            break
        pos = max(pos, span["end"])
        if pos >= end:
            return True
    return pos >= end


def unresolved_harassment(
    *, after: str, open_findings: Iterable[tuple[int, int, int]], spans: list[dict] | None
) -> list[int]:
    """Ids of open (undismissed) harassment findings, given as (id, start, end), that a
    decision leading to ``after`` would show to readers. Empty means it may proceed."""
    if after not in PUBLIC_STATUSES:
        return []
    if after == Status.REDACTED:
        return [fid for fid, start, end in open_findings if not _covered(start, end, spans or [])]
    return [fid for fid, _start, _end in open_findings]


def default_reject_reason(categories: Iterable[str]) -> str:
    """The reject reason preselected for a held comment: threats over other harassment
    over personal data; "other" when nothing was found (e.g. pre-moderation)."""
    entries = [CATEGORY_TABLE[c] for c in categories if c in CATEGORY_TABLE]
    if not entries:
        return "other"
    rank = {"threat": 0, "harassment": 1, "personal_data": 2}
    harassment_first = sorted(
        entries, key=lambda e: (e.kind != HARASSMENT, rank.get(e.reject_reason, 3))
    )
    return harassment_first[0].reject_reason
