"""Plain data the scanner takes in (configuration) and gives back (results)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CATEGORIES = (
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "POSTAL_CODE",
    "PERSON",
    "ACCOUNT",
    "ID_NUMBER",
    "CARD",
    "BANK_ACCOUNT",
    "BIRTHDATE",
)

CATEGORY_LABELS: dict[str, str] = {
    "PHONE": "電話番号",
    "EMAIL": "メールアドレス",
    "ADDRESS": "住所",
    "POSTAL_CODE": "郵便番号",
    "PERSON": "氏名",
    "ACCOUNT": "アカウント",
    "ID_NUMBER": "個人番号等",
    "CARD": "カード番号",
    "BANK_ACCOUNT": "口座番号",
    "BIRTHDATE": "生年月日",
}

# Every harassment kind the scanner can emit (abuse.KINDS has one pattern for each).
HARASSMENT_KINDS = ("insult", "death_wish", "threat", "sexual", "demeaning", "incitement")


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of personal data, in original offsets."""

    start: int
    end: int
    category: str
    score: float
    rule: str
    protected_key: str | int | None = None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.protected_key is None:
            del d["protected_key"]
        return d


@dataclass(frozen=True, slots=True)
class HarassmentFinding:
    """Abusive words (start..end) aimed at a target, in original offsets."""

    start: int
    end: int
    kind: str
    words: tuple[str, ...]
    target: str | None
    target_start: int | None
    target_end: int | None
    score: float
    rule: str
    protected_key: str | int | None = None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["words"] = list(self.words)
        return d


@dataclass(frozen=True, slots=True)
class ReviewSignal:
    """A weak but real signal (review tier): why a moderator should look before publishing.

    Not personal data and not a span to redact: ``start``/``end`` (original offsets) only
    show the moderator where to look.
    """

    start: int
    end: int
    signal: str  # call_to_act, whereabouts, digit_run, romaji_name, learned_harassment
    score: float
    rule: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# Review signals that mark a text as likely harassment (ScanResult.is_harassment). Not
# call_to_act: on the 16,800 training comments it fired 3 times, never on harassment.
HARASSMENT_SIGNALS = frozenset({"learned_harassment", "whereabouts"})

# The three outcomes of a scan, from least to most confident.
RISKS = ("publish", "review", "hold")


@dataclass(frozen=True, slots=True)
class ProtectedPerson:
    """A person the site shields: name, name aliases, handles and role phrases."""

    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    key: str | int | None = None

    @property
    def ident(self) -> str | int:
        return self.key if self.key is not None else self.name


@dataclass(slots=True)
class ScanResult:
    text: str
    findings: list[Finding] = field(default_factory=list)
    harassment: list[HarassmentFinding] = field(default_factory=list)
    # Set when a detector failed on this text: the text is held unread (fail closed).
    failed: bool = False
    # Weak signals (see review.py): the rules' only when nothing confident was found; the
    # learned harassment score's whenever the rules found no harassment.
    review_signals: list[ReviewSignal] = field(default_factory=list)

    @property
    def is_harassment(self) -> bool:
        """Harassment found by the rules (``harassment``), or a review signal shaped like it:
        the learned score, a veiled threat about a person's whereabouts."""
        return bool(self.harassment) or any(
            r.signal in HARASSMENT_SIGNALS for r in self.review_signals
        )

    @property
    def hold(self) -> bool:
        """Confident findings (or a failed scan): the ``hold`` outcome.  Review signals do
        not count here; ``risk`` tells the three outcomes apart."""
        return bool(self.findings) or bool(self.harassment) or self.failed

    @property
    def risk(self) -> str:
        """``hold`` (confident findings), ``review`` (weak signals only) or ``publish``."""
        if self.hold:
            return "hold"
        return "review" if self.review_signals else "publish"

    @property
    def target(self) -> str | None:
        return self.harassment[0].target if self.harassment else None

    @property
    def protected_keys(self) -> set[str | int]:
        keys = {f.protected_key for f in self.findings if f.protected_key is not None}
        keys.update(h.protected_key for h in self.harassment if h.protected_key is not None)
        return keys

    def as_dict(self) -> dict[str, Any]:
        return {
            "spans": [
                {k: v for k, v in f.as_dict().items() if k != "protected_key"}
                for f in self.findings
            ],
            "harassment": self.is_harassment,
            # The CLI contract: true for both review and hold, so existing tools hold both.
            "hold": self.risk != "publish",
            "target": self.target,
            "harassment_findings": [h.as_dict() for h in self.harassment],
            "risk": self.risk,
            "review_signals": [r.as_dict() for r in self.review_signals],
        }
