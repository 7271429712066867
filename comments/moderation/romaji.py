"""Personal data written in romaji inside English or romaji sentences.

Addresses (2-14-3 Kamisugi, Aoba-ku, Sendai; Kamata 3-12-7, Ota-ku; Room 203, 1-2-3
Nishi-Shinjuku, Shinjuku-ku): block numbers and a town word, then place words, at least
one of them a ward, city, town or district by its suffix (-ku, -shi, -cho, -machi, -gun,
-mura, -ken, -to, -fu; or Ward, City, Prefecture) or a known prefecture or city
(``vocab/romaji_places.txt``).  A postal code after it is left to ``numbers.postal_codes``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .model import Finding
from .normalize import View
from .numbers import BLOCK
from .vocab import words

# --- addresses -----------------------------------------------------------------------------

_UP = "A-Z\u00c0-\u00de"
_LO = "a-z\u00df-\u017f"
# A capitalised (or all-capitals) word, hyphenated parts allowed: Nishi-Shinjuku, AOBA-KU.
_WORD = rf"[{_UP}](?:[{_LO}]+|[{_UP}]+)(?:-[{_UP}{_LO}]+)*"
_BLOCK = (
    r"(?:\d{1,2}-?(?:chome|chōme|CHOME)(?:,?\s?\d{1,4}(?:-\d{1,4}){0,2})?"
    r"|\d{1,4}(?:-\d{1,4}){1,3}(?![\d\-]))"
)
_SEP = r"(?:,\s?|\s)"
_ROOM = r"(?:(?:Room|Rm\.?|Apt\.?|Apartment|Unit|Flat|#)\s?\d{1,4}[A-Z]?,?\s)"
_ROMAJI_ADDRESS = re.compile(
    rf"(?<![\w\-/.:#])(?P<room>{_ROOM})?"
    rf"(?:(?P<no>{_BLOCK}),?\s(?P<words>{_WORD}(?:{_SEP}{_WORD}){{1,4}})"
    rf"|(?P<town>{_WORD})\s(?P<no2>{_BLOCK}),?\s?(?P<words2>{_WORD}(?:{_SEP}{_WORD}){{0,3}}))"
)
_WORD_AT = re.compile(_WORD)
_SUFFIX = re.compile(
    r"-(?:ku|shi|cho|chō|machi|gun|mura|son|ken|to|fu|dō|do)$|^(?:ward|city|prefecture|pref"
    r"|town|village|district)$",
    re.IGNORECASE,
)
# Numbers that are not block numbers: Route 1-2, Exit 3-1, a score (won 3-1).
_NOT_BLOCK_BEFORE = re.compile(
    r"(?:route|rt\.?|exit|gate|platform|track|line|no\.?|ver\.?|version|chapter|score|scored"
    r"|won|lost|beat|beaten|drew|draw|tied|lead|led|record|round|vs\.?|game|match|final"
    r"|page|pp?\.|vol\.?|section|sec\.|season|episode|ep\.?|floor|level|stage|size)"
    r"[\s:]*$",
    re.IGNORECASE,
)
_NOT_TOWN = frozenset(
    "route exit gate platform track line chapter score round game match room apt unit "
    "flat no ver version page vol volume season episode ep level floor".split()
)
# A company's published address (head office, HQ) is not personal data.
_BUSINESS_BEFORE = re.compile(
    r"(?:head\s?office|headquarters?|\bHQ\b|main office|branch|registered office|city hall"
    r"|ward office|town hall|本社|本店|支店|所在地)[^.\n]{0,20}$",
    re.IGNORECASE,
)
_BUSINESS_AFTER = re.compile(r"^[^.\n]{0,20}(?:opening hours|open daily|営業時間|定休)", re.I)
_PRIVATE_NEAR = re.compile(r"\b(?:my|his|her|their|lives?|living|home|moved)\b", re.I)


@functools.cache
def _places() -> frozenset[str]:
    return frozenset(fold(w) for w in words("romaji_places"))


def fold(word: str) -> str:
    """Lower case, macrons dropped, long vowels shortened: Tōkyō, Toukyou → tokyo."""
    plain = unicodedata.normalize("NFD", word)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    for long, short in (("ou", "o"), ("oo", "o"), ("oh", "o"), ("uu", "u")):
        plain = plain.replace(long, short)
    return plain


def _is_place(word: str) -> tuple[bool, bool]:
    """(a place word, by its suffix) for one word of an address."""
    if _SUFFIX.search(word):
        return True, True
    return fold(word) in _places(), False


def _address_end(text: str, m: re.Match[str]) -> int | None:
    """End of the address in m (its last place word), or None when it is not one."""
    block = m.group("no") or m.group("no2")
    parts = re.findall(r"\d+", block)
    if block[0] == "0" or re.fullmatch(r"\d{3}-\d{4}", block):
        return None  # a phone (03-…) or a postal code, not block numbers
    if len(parts[0]) == 4 and parts[0][:2] in ("19", "20") and int(parts[1]) <= 12:
        return None  # a date: 2024-05-01
    group = "words" if m.group("no") else "words2"
    first = 1 if m.group("no") else 0  # block first: the first word is the town
    if m.group("town") and m.group("town").lower() in _NOT_TOWN:
        return None
    if _NOT_BLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    end, suffixed = None, False
    for i, w in enumerate(_WORD_AT.finditer(text, m.start(group), m.end(group))):
        place, by_suffix = _is_place(w.group())
        if i >= first and place:
            end, suffixed = w.end(), suffixed or by_suffix
    chome = "chome" in block.lower() or "chōme" in block.lower()
    if end is None or (len(parts) < 3 and not chome and not suffixed):
        return None  # 1-2 and a known city only: too often a score or a route
    return end


def addresses(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    if "-" not in text and "chome" not in text.lower():
        return out
    for m in _ROMAJI_ADDRESS.finditer(text):
        end = _address_end(text, m)
        if end is None:
            continue
        s, e = view.span(m.start(), end)
        before = text[max(0, m.start() - 40) : m.start()]
        business = _BUSINESS_BEFORE.search(before) or _BUSINESS_AFTER.match(text[end : end + 40])
        if business and not _PRIVATE_NEAR.search(before[-20:]):
            out.append(Finding(s, e, BLOCK, 0.9, "address.business"))
        else:
            out.append(Finding(s, e, "ADDRESS", 0.85, "address.romaji"))
    return out
