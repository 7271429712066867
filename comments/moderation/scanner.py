"""Scanner(config).scan(text): the pipeline.

text -> Views (normalised, digits, joined, loose, tokens; lazily)
     -> every Detector of detectors.DETECTORS whose flags hold -> candidates
     -> resolve(): merge same-category overlaps, best wins, blocks dropped
     -> protected keys attached
     -> harassment: candidates -> suppressors -> target linking (harassment.py)
         -> nothing confident? review signals (review.py)
         -> risk: hold | review | publish
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import learned, numbers
from .detectors import DETECTORS
from .harassment import HarassmentDetector
from .learned import load_model
from .model import Finding, ProtectedPerson, ReviewSignal, ScanResult
from .namedata import name_data
from .names import tokenizer
from .registry import Registry, is_role_phrase
from .review import review_signals, threat_signals
from .views import Views

_log = logging.getLogger(__name__)
LEARNED_RULE = "review.learned_harassment"
# Suppressors that mean "abuse words, but condemned or reported" and the learned score's
# threshold when one of them dropped a candidate (measured on the training corpus).
CONDEMNING = frozenset({"quoted", "reported_speech", "feared_incitement"})
CONDEMNED_THRESHOLD = 0.8


@dataclass(frozen=True, slots=True)
class ScannerConfig:
    protected: tuple[ProtectedPerson, ...] = ()
    # The learned harassment score as a review signal (learned.py); off only for training
    # and for measuring the rules alone.
    learned: bool = True

    @classmethod
    def from_protected_json(cls, data: Mapping[str, Any]) -> ScannerConfig:
        """Read the protected.json shape: {"protected": [{"name", "aliases", "note"}]}.

        Each alias is sorted by its form: '@…' is a handle, a phrase built on a role
        noun (当該オペレーター, 担当の店員) is a role, anything else a name alias.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("protected", []), list):
            raise ValueError('expected {"protected": [{"name": ..., "aliases": [...]}, ...]}')
        people = []
        for i, entry in enumerate(data.get("protected") or []):
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                continue
            names: list[str] = []
            handles: list[str] = [h for h in entry.get("handles") or [] if isinstance(h, str)]
            roles: list[str] = [r for r in entry.get("roles") or [] if isinstance(r, str)]
            for alias in entry.get("aliases") or []:
                if not isinstance(alias, str) or not alias.strip():
                    continue
                alias = alias.strip()
                if alias[0] in "@＠":
                    handles.append(alias)
                elif is_role_phrase(alias):
                    roles.append(alias)
                else:
                    names.append(alias)
            key = entry.get("key", entry.get("id", i))
            people.append(
                ProtectedPerson(entry["name"], tuple(names), tuple(handles), tuple(roles), key)
            )
        return cls(tuple(people))


class Scanner:
    def __init__(self, config: ScannerConfig | None = None) -> None:
        self.config = config or ScannerConfig()
        tokenizer()  # load the dictionary now, not on the first comment
        name_data()  # and the name dataset
        self.registry = Registry(self.config.protected)
        self.harassment = HarassmentDetector(self.registry.roles)
        self.model = load_model() if self.config.learned else None

    def scan(self, text: str) -> ScanResult:
        """Scan one text; never raises. A detector bug holds the text instead (fail closed)."""
        if not isinstance(text, str):
            text = str(text)
        text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
        try:
            return self._scan(text)
        except Exception:  # a bug must not publish unread text, nor crash a request
            _log.exception("scanner failed; holding the text for a moderator")
            return ScanResult(text, failed=True)

    def _scan(self, text: str) -> ScanResult:
        result = ScanResult(text)
        if not text.strip():
            return result
        views = Views(text, self.registry)
        for detector in DETECTORS:
            if detector.applies(views):
                views.found += detector.detect(views)
        result.findings = self._attach_keys(text, resolve(views.found))
        dropped: list[str] = []
        if views.may_harass:
            result.harassment = self.harassment.find(text, views.joined, result.findings, dropped)
        if not result.hold:
            result.review_signals = review_signals(
                views, result.findings, lambda: self.harassment.persons(views.joined, [])
            )
        elif not result.harassment and views.has_cjk:
            # held for personal data: a veiled threat or a push to go there is still shown
            # (and counted as harassment), as the learned score's signal is below
            result.review_signals = threat_signals(
                views, lambda: self.harassment.persons(views.joined, result.findings)
            )
        # The learned score reads every text the rules found no harassment in, held ones
        # too: personal data posted with abuse in words no rule knows is still harassment,
        # and the moderator deciding on the data should see it.
        if self.model is not None and not result.harassment:
            score = self.model.score_features(self._features(views, result.findings))
            threshold = self.model.threshold
            if CONDEMNING.intersection(dropped):
                # the rules read abuse words here and dropped them as quoted, reported or
                # feared ("「死ね」ってコメント、引く"): the score sees the same words, so it
                # must be surer to overrule them
                threshold = max(threshold, CONDEMNED_THRESHOLD)
            if score >= threshold:
                signal = ReviewSignal(
                    0, len(text), "learned_harassment", round(score, 3), LEARNED_RULE
                )
                result.review_signals = [*result.review_signals, signal]
        return result

    def _features(self, views: Views, findings: list[Finding]) -> list[str]:
        joined = views.joined.text
        return learned.features(joined, views.tokens, learned.target_cues(joined, findings))

    def features(self, text: str) -> tuple[ScanResult, list[str]]:
        """The rules' result and the learned model's features of one text (for training)."""
        result = self.scan(text)
        views = Views(text, self.registry)
        return result, self._features(views, result.findings)

    def _attach_keys(self, text: str, findings: list[Finding]) -> list[Finding]:
        if not self.registry.forms:
            return findings
        out = []
        for f in findings:
            if f.protected_key is None and f.category in ("PERSON", "ACCOUNT"):
                key = self.registry.key_for(text[f.start : f.end].lstrip("@＠"))
                if key is not None:
                    f = Finding(f.start, f.end, f.category, f.score, f.rule, key)
            out.append(f)
        return out

    def scan_many(self, texts: Iterable[str]) -> list[ScanResult]:
        return [self.scan(t) for t in texts]


def resolve(candidates: list[Finding]) -> list[Finding]:
    """Non-overlapping findings: same-category overlaps merge, otherwise the best wins."""
    merged: list[Finding] = []
    for f in sorted(candidates, key=lambda f: (f.category, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last is not None and last.category == f.category and f.start < last.end:
            merged[-1] = Finding(
                last.start,
                max(last.end, f.end),
                last.category,
                max(last.score, f.score),
                last.rule if last.score >= f.score else f.rule,
                last.protected_key if last.protected_key is not None else f.protected_key,
            )
        else:
            merged.append(f)
    # An e-mail address holds a handle-like local part (taro.y21 あっと …): the address wins.
    emails = [f for f in merged if f.category == "EMAIL"]
    if emails:
        merged = [
            f
            for f in merged
            if f.category == "EMAIL"
            or not any(
                e.start <= f.start and f.end <= e.end and e.end - e.start > f.end - f.start
                for e in emails
            )
        ]
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(merged, key=lambda f: (-f.score, -(f.end - f.start), f.start)):
        if f.end <= f.start:
            continue
        if any(f.start < b and a < f.end for a, b in taken):
            continue
        taken.append((f.start, f.end))
        chosen.append(f)
    return sorted((f for f in chosen if f.category != numbers.BLOCK), key=lambda f: f.start)


@functools.cache
def get_default_scanner() -> Scanner:
    """A scanner with no protected persons, built once per process."""
    return Scanner()
