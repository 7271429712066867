"""The one place that decides whether a new reply is published or held."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from .moderation import ScanResult

# Queue priority: lower is decided first.
PRIORITY_URGENT = 0  # threats, death wishes, anything touching a protected person
PRIORITY_HARASSMENT = 10
PRIORITY_PERSONAL = 20
PRIORITY_REPORTED = 30
PRIORITY_PREMODERATED = 50
PRIORITY_NONE = 100

URGENT_KINDS = frozenset({"threat", "death_wish", "incitement"})


@dataclass(frozen=True)
class FindingData:
    kind: str  # "personal" or "harassment"
    category: str
    start: int
    end: int
    score: float
    rule: str
    protected_key: int | None = None


@dataclass(frozen=True)
class Verdict:
    hold: bool
    priority: int
    findings: tuple[FindingData, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    @property
    def protected_keys(self) -> set[int]:
        return {f.protected_key for f in self.findings if f.protected_key is not None}


def findings_from_scan(result: ScanResult) -> tuple[FindingData, ...]:
    personal = [
        FindingData("personal", f.category, f.start, f.end, f.score, f.rule, _key(f.protected_key))
        for f in result.findings
    ]
    harassment = [
        FindingData(
            "harassment", h.kind.upper(), h.start, h.end, h.score, h.rule, _key(h.protected_key)
        )
        for h in result.harassment
        if h.end > h.start
    ]
    return tuple(sorted(personal + harassment, key=lambda f: (f.start, f.end)))


def _key(value) -> int | None:
    return value if isinstance(value, int) else None


def priority_for(findings: tuple[FindingData, ...]) -> int:
    if any(f.protected_key is not None for f in findings) or any(
        f.kind == "harassment" and f.category.lower() in URGENT_KINDS for f in findings
    ):
        return PRIORITY_URGENT
    if any(f.kind == "harassment" for f in findings):
        return PRIORITY_HARASSMENT
    if findings:
        return PRIORITY_PERSONAL
    return PRIORITY_NONE


def decide(*, premoderate: bool, result: ScanResult) -> Verdict:
    """Publish when the scanner found nothing; hold otherwise, or always under premoderation."""
    findings = findings_from_scan(result)
    if result.hold or findings:
        return Verdict(
            hold=True, priority=priority_for(findings), findings=findings, reasons=("scanner",)
        )
    if premoderate or settings.COMMENTS_PREMODERATE:
        return Verdict(hold=True, priority=PRIORITY_PREMODERATED, reasons=("premoderation",))
    return Verdict(hold=False, priority=PRIORITY_NONE)
