"""Cut a text into segments at finding boundaries, for highlighting in the workspace."""

from __future__ import annotations

from dataclasses import dataclass, field

from .kinds import REVIEW, category_label


@dataclass
class Segment:
    start: int
    end: int
    text: str
    categories: list[str] = field(default_factory=list)

    @property
    def labels(self) -> str:
        return "・".join(category_label(c) for c in self.categories)


def segments(text: str, findings) -> list[Segment]:
    """A review signal over the whole text (the learned score) points nowhere in it: it is
    listed with the findings, not drawn over every word."""
    cuts = {0, len(text)}
    spans = []
    for f in findings:
        start, end = max(0, f.start), min(len(text), f.end)
        if getattr(f, "kind", None) == REVIEW and start == 0 and end == len(text):
            continue
        if start < end:
            cuts.update((start, end))
            spans.append((start, end, f.category))
    points = sorted(cuts)
    result = []
    for start, end in zip(points, points[1:], strict=False):
        cats = sorted({c for s, e, c in spans if s <= start and end <= e})
        result.append(Segment(start, end, text[start:end], cats))
    return result
