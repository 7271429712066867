"""The public text of a comment: each personal-data span replaced by its label."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .model import CATEGORY_LABELS, Finding


def _span(f: Finding | Mapping[str, Any]) -> tuple[int, int, str]:
    if isinstance(f, Finding):
        return f.start, f.end, f.category
    return int(f["start"]), int(f["end"]), str(f["category"])


def redact(
    text: str,
    findings: Iterable[Finding | Mapping[str, Any]],
    labels: Mapping[str, str] | None = None,
) -> str:
    """Replace every span by 〔label〕; overlapping or touching spans become one.

    ``labels`` adds or overrides labels by category (the site labels harassment spans);
    categories it lacks use the scanner's own labels.

    A merged run of one category keeps one label; a run mixing categories gets the
    label of its longest member.  Spans outside the text are clipped, empty ones
    ignored.  Text outside the spans is returned unchanged and in order.
    """
    spans = sorted(
        (max(0, s), min(len(text), e), c)
        for s, e, c in map(_span, findings)
        if min(len(text), e) > max(0, s)
    )
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(spans):
        start, end, _ = spans[i]
        members = [spans[i]]
        i += 1
        while i < len(spans) and spans[i][0] <= end:
            end = max(end, spans[i][1])
            members.append(spans[i])
            i += 1
        longest = max(members, key=lambda m: m[1] - m[0])[2]
        out.append(text[pos:start])
        label = (labels or {}).get(longest) or CATEGORY_LABELS.get(longest, "個人情報")
        out.append(f"〔{label}〕")
        pos = end
    out.append(text[pos:])
    return "".join(out)
