"""The author's self-check: what would make a draft wait, before it is sent. Runs the same
validation and scanner as posting; stores nothing and logs nothing of the text."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from .. import policy
from ..kinds import PERSONAL, category_label
from ..masking import mask
from ..scanning import scan_text
from ..validation import clean_body


@dataclass(frozen=True)
class CheckFinding:
    start: int
    end: int
    category: str
    label: str
    kind: str  # "personal" or "harassment"

    @property
    def slice(self) -> str:
        """For the template's slice filter: the finding's text in the draft."""
        return f"{self.start}:{self.end}"


@dataclass(frozen=True)
class CheckResult:
    text: str  # the draft as it would be stored (trimmed, newlines unified)
    risk: str  # "publish" or "hold" (and "review" once the scanner grades weak signals)
    findings: tuple[CheckFinding, ...]
    masked: str  # personal data replaced by its labels; abuse is not masked for the author

    @property
    def has_harassment(self) -> bool:
        return any(f.kind != PERSONAL for f in self.findings)


def comment_check(*, body: str) -> CheckResult:
    """Validate and scan a draft. Raises ValidationError like comment_submit (body only)."""
    try:
        text = clean_body(body)
    except ValidationError as exc:
        raise ValidationError({"body": exc.error_list}) from None
    result = scan_text(text)
    findings = policy.findings_from_scan(result)
    # Rules that depend on the post, the author or the queue (pre-moderation, sanctions)
    # are not applied: the check answers what the text itself would cause.
    risk = getattr(result, "risk", None) or ("hold" if result.hold else "publish")
    personal = [
        {"start": f.start, "end": f.end, "category": f.category}
        for f in findings
        if f.kind == PERSONAL
    ]
    return CheckResult(
        text=text,
        risk=str(risk),
        findings=tuple(
            CheckFinding(f.start, f.end, f.category, category_label(f.category), f.kind)
            for f in findings
        ),
        masked=mask(text, personal),
    )
