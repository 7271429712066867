"""The detector table: every personal-data detector, in the order the scanner runs them.

A detector is ``detect(views) -> list[Finding]`` (see ``views.Views``), plus the flags
that must hold for it to run at all (``requires``: ``Views.has_*`` properties).
To add a category or a new way of writing one, write a function over the view it needs,
put its validator beside it, and add one ``Detector`` line here.  Order matters only for
ties: overlapping findings with equal score and length keep the earlier detector's.
Findings of category ``numbers.BLOCK`` claim a span for "known not personal data" and are
dropped after overlap resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import address, contact, dates, numbers, romaji
from .model import Finding
from .names import extra_names, masked_names, role_kana_names, romaji_names, sudachi_names
from .views import Views


@dataclass(frozen=True, slots=True)
class Detector:
    name: str
    detect: Callable[[Views], list[Finding]]
    requires: tuple[str, ...] = ()  # Views flags (has_…), all must be true

    def applies(self, views: Views) -> bool:
        for flag in self.requires:  # a plain loop: this runs 16 times per comment
            if not getattr(views, flag):
                return False
        return True


def _protected(views: Views) -> list[Finding]:
    return views.registry.find(views.original, views.loose, views.normalized)


def _dates_after_names(views: Views) -> list[Finding]:
    people = [f for f in views.found if f.category == "PERSON"]
    return dates.dates_after_names(views.digits, views.original, people)


DETECTORS: tuple[Detector, ...] = (
    Detector("links", lambda v: contact.links(v.normalized)),
    Detector("emails", lambda v: contact.emails(v.joined)),
    Detector("handles", lambda v: contact.handles(v.normalized)),
    Detector("number_chains", lambda v: numbers.chains(v.digits), ("has_digits",)),
    Detector("identifiers", lambda v: numbers.identifiers(v.digits), ("has_digits",)),
    Detector("bank_accounts", lambda v: numbers.bank_accounts(v.digits), ("has_digits",)),
    Detector("postal_codes", lambda v: numbers.postal_codes(v.digits), ("has_digits",)),
    Detector("birthdates", lambda v: dates.birthdates(v.digits), ("has_digits",)),
    Detector("addresses", lambda v: address.addresses(v.digits), ("has_digits",)),
    Detector(
        "romaji_addresses", lambda v: romaji.addresses(v.normalized), ("has_digits", "has_latin")
    ),
    Detector("sudachi_names", lambda v: sudachi_names(v.normalized, v.tokens), ("has_cjk",)),
    Detector("role_kana_names", lambda v: role_kana_names(v.normalized), ("has_cjk", "has_no")),
    Detector("masked_names", lambda v: masked_names(v.normalized), ("has_cjk", "has_mask")),
    Detector("extra_names", lambda v: extra_names(v.normalized), ("has_cjk",)),
    Detector("romaji_names", lambda v: romaji_names(v.normalized), ("has_latin",)),
    Detector("romaji_cued_names", lambda v: romaji.names(v.normalized), ("has_latin",)),
    Detector("protected_persons", _protected, ("has_protected",)),
    # Reads the names found above: 木下 進 S52.3.8 is a date of birth.
    Detector("dates_after_names", _dates_after_names, ("has_people", "has_digits")),
)
