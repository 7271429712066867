"""Publish or hold a new text, and how urgently a held one is decided.

Input is the scanner's result and the post's and site's premoderation flags; output a
``Verdict``. Categories and their urgency come from ``comments.kinds``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kinds import HARASSMENT, PERSONAL, REVIEW, harassment_code, is_urgent, review_code
from ..moderation import ScanResult
from .config import PolicySettings

# Queue priority: lower is decided first.
PRIORITY_URGENT = 0  # threats, death wishes, incitement, anything touching a protected person
PRIORITY_HARASSMENT = 10
PRIORITY_PERSONAL = 20
PRIORITY_REPORTED = 30
PRIORITY_REVIEW = 40  # weak signals only (要確認): after confident findings and reports
PRIORITY_PREMODERATED = 50
PRIORITY_NONE = 100


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
    # Who the held text aims at, as written (harassment targets, names, handles); kept in
    # memory only, to count pile-ons (stored as keys, never as text).
    targets: tuple[str, ...] = ()

    @property
    def protected_keys(self) -> set[int]:
        return {f.protected_key for f in self.findings if f.protected_key is not None}


def findings_from_scan(result: ScanResult) -> tuple[FindingData, ...]:
    personal = [
        FindingData(PERSONAL, f.category, f.start, f.end, f.score, f.rule, _key(f.protected_key))
        for f in result.findings
    ]
    harassment = [
        FindingData(
            HARASSMENT,
            harassment_code(h.kind),
            h.start,
            h.end,
            h.score,
            h.rule,
            _key(h.protected_key),
        )
        for h in result.harassment
        if h.end > h.start
    ]
    review = [
        FindingData(REVIEW, review_code(r.signal), r.start, r.end, r.score, r.rule)
        for r in getattr(result, "review_signals", ())
        if r.end > r.start
    ]
    return tuple(sorted(personal + harassment + review, key=lambda f: (f.start, f.end)))


# Finding categories that name a person (their text identifies a target).
NAMING = frozenset({"PERSON", "ACCOUNT"})


def targets_of(result: ScanResult) -> tuple[str, ...]:
    named = [result.text[f.start : f.end] for f in result.findings if f.category in NAMING]
    aimed = [h.target for h in result.harassment if h.target]
    return tuple(dict.fromkeys(aimed + named))


def _key(value) -> int | None:
    # Registry keys are ProtectedPerson ids; a name key (CLI use) links to no row.
    return value if isinstance(value, int) else None


def priority_for(findings: tuple[FindingData, ...]) -> int:
    if any(f.protected_key is not None or is_urgent(f.category) for f in findings):
        return PRIORITY_URGENT
    if any(f.kind == HARASSMENT for f in findings):
        return PRIORITY_HARASSMENT
    if any(f.kind == PERSONAL for f in findings):
        return PRIORITY_PERSONAL
    if findings:
        return PRIORITY_REVIEW
    return PRIORITY_NONE


def decide(
    *, premoderate: bool, result: ScanResult, config: PolicySettings, sanctioned: bool = False
) -> Verdict:
    """Publish when the scanner found nothing; hold otherwise, or always under
    pre-moderation (the post's, the site's) or an author's pre-moderation sanction."""
    findings = findings_from_scan(result)
    confident = tuple(f for f in findings if f.kind != REVIEW)
    if getattr(result, "failed", False) and not confident:
        # A detector failed: the text was not read. Held first in the queue, with a reason
        # that tells the moderator nothing was checked (no findings to go by).
        return Verdict(hold=True, priority=PRIORITY_URGENT, reasons=("scanner_failed",))
    if result.hold or confident:
        return Verdict(
            hold=True,
            priority=priority_for(findings),
            findings=findings,
            reasons=("scanner",),
            targets=targets_of(result),
        )
    if premoderate or config.premoderate_site:
        return Verdict(
            hold=True, priority=PRIORITY_PREMODERATED, findings=findings, reasons=("premoderation",)
        )
    if sanctioned:
        return Verdict(
            hold=True, priority=PRIORITY_PREMODERATED, findings=findings, reasons=("sanction",)
        )
    if findings:  # weak signals only: the review tier
        return Verdict(
            hold=config.review_tier == "hold",
            priority=PRIORITY_REVIEW,
            findings=findings,
            reasons=("review",),
        )
    return Verdict(hold=False, priority=PRIORITY_NONE)
