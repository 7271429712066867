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
from collections.abc import Iterator

from .kana import fold_romaji as fold
from .model import Finding
from .namedata import name_data
from .names import _latin_proper_noun as _proper_noun
from .names import is_name_word, is_public_romaji
from .normalize import View
from .numbers import BLOCK
from .vocab import alternation, words

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
    r"|ward office|town hall|clinic|store|shop|salon|restaurant|cafe|café|hospital|hotel"
    r"|office|studio|gym|venue|company|business|本社|本店|支店|所在地)[^.\n]{0,20}$",
    re.IGNORECASE,
)
_BUSINESS_AFTER = re.compile(
    r"^[^.\n]{0,20}(?:opening hours|open daily|open \d|hours:|営業時間|定休)", re.IGNORECASE
)
_PRIVATE_NEAR = re.compile(
    r"\b(?:lives?|living|home|house|apartment|flat|moved|stays?|staying|works? at|workplace)\b"
    r"|\b(?:my|his|her|their) (?:office|work)\b|自宅|実家|住んで|職場|勤務先",
    re.IGNORECASE,
)


@functools.cache
def _places() -> frozenset[str]:
    return frozenset(fold(w) for w in words("romaji_places"))


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


# --- names ---------------------------------------------------------------------------------
# A romaji word that reads as a Japanese name is only the weak review.romaji_name signal
# alone; these cues make it a PERSON:
# - an honorific glued with a hyphen: Tanaka-san, Emily Carter-san, Nishikawa-sensei (any
#   capitalised name, foreign ones too, unless a place, company or romaji kin/role word);
# - a self-introduction: "my name is …", "I'm Ken Ito from …", "Hi, this is Maria Santos";
# - "<Name> from the desk/class", "the dentist <Name>", "<Name> is a liar": here the word
#   must be a Japanese family or given name of the name data, not an English word.

_CAP = r"[A-Z][a-z]+(?:'[A-Z]?[a-z]+)?"
_RUN = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"
_HONORIFIC_NAME = re.compile(
    rf"(?<![\w@/.#-])(?P<n>{_RUN}|[a-z]{{3,}})-(?i:san|sama|kun|chan|sensei|senpai|sempai|dono)"
    r"(?![A-Za-z])"
)
_INTRODUCED = re.compile(
    rf"(?i:\bmy name is|\bmy name's|\bname's)[ ]+(?P<n>{_RUN})"
    rf"|(?i:\bI'm|\bI am)[ ]+(?P<f>{_RUN})(?=,?[ ]+(?:from|speaking|here)\b)"
    rf"|(?i:\bhi|\bhello|\bhey|\bhiya)[,!]?[ ]+(?i:this is)[ ]+(?P<t>{_RUN})"
    rf"|(?i:\bthis is)[ ]+(?P<h>{_RUN})(?=,?[ ]+(?:from|speaking|here)\b)"
    rf"|^(?i:this is)[ ]+(?P<s>{_RUN})"
)
_ROLE_NAME = re.compile(
    r"(?i:\b(?:the|my|our|his|her|their|your|that|this)[ ](?:[a-z\-]+[ ]){0,2}?"
    rf"{alternation('english_role_nouns')})[ ,]+(?P<n>{_CAP}(?:[ ]{_CAP})?)"
)
_FROM_NAME = re.compile(
    rf"(?P<n>{_CAP}(?:[ ]{_CAP})?)[ ]from[ ](?:the|my|our|his|her|their|your|class|work"
    r"|school|accounting|sales|HR|IT|next door|upstairs|downstairs)\b"
)
_INSULTED = re.compile(
    rf"(?P<n>{_CAP}(?:[ ]{_CAP})?)[ ](?:is|was|'s|is such|is just|was such)[ ]"
    r"(?:(?:a|an|such|the|just|literally|really|total|complete|fucking|real|biggest|huge"
    rf"|absolute|damn|lying|little|fat|old|creepy|stupid)[ ]){{0,3}}"
    rf"(?i:{alternation('english_insults')})s?\b"
)
_NOT_NAME = frozenset(words("romaji_not_name_words"))


def _trim(text: str, a: int, b: int, keep: str) -> tuple[int, int] | None:
    """The name words of text[a:b]: cut at the first stop word from the end kept (keep:
    'right' keeps the last words, 'left' the first), None if nothing is left."""
    ws = list(re.finditer(r"\S+", text[a:b]))
    if keep == "right":
        ws.reverse()
    kept = []
    for w in ws:
        if w.group().lower() in _NOT_NAME:
            break
        kept.append(w)
    if not kept:
        return None
    lo, hi = min(w.start() for w in kept), max(w.end() for w in kept)
    return a + lo, a + hi


def _not_a_person(name: str) -> bool:
    """A place, company or public figure (Tokyo, Toyota, Ohtani), when the name is one word;
    a public figure's full name too."""
    parts = name.split()
    if is_public_romaji(name):
        return True
    if len(parts) > 1:
        return False
    word = parts[0]
    return fold(word) in _places() or (_proper_noun(word) and not is_name_word(word))


def _japanese_name(word: str) -> bool:
    """A Japanese family or given name of the name data, not an English word."""
    return (
        word.lower() not in _NOT_NAME
        and not name_data().is_english(word)
        and is_name_word(word) is not None
    )


def _honorific_names(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Tanaka-san, Emily Carter-san, nishikawa-sensei: the name before the honorific."""
    for m in _HONORIFIC_NAME.finditer(text):
        a, b = m.span("n")
        if text[a].islower():
            if not _japanese_name(text[a:b].capitalize()):
                continue
        else:
            span = _trim(text, a, b, "right")
            if span is None:
                continue
            a, b = span
        if not _not_a_person(text[a:b]):
            yield a, b, 0.85, "person.romaji_honorific"


def _introduced_names(text: str) -> Iterator[tuple[int, int, float, str]]:
    """my name is Yuki Tanaka, I'm Ken Ito from …, Hi, this is Maria Santos."""
    for m in _INTRODUCED.finditer(text):
        group = next(g for g in ("n", "f", "t", "s", "h") if m.group(g))
        span = _trim(text, *m.span(group), "left")
        if span is None or _not_a_person(text[span[0] : span[1]]):
            continue
        parts = text[span[0] : span[1]].split()
        if group == "s" and not all(_japanese_name(p) for p in parts):
            continue  # This is Tokyo Tower: with no greeting, only a Japanese name counts
        if group == "t" and len(parts) == 1 and not _japanese_name(parts[0]):
            continue  # Hi, this is Japan: a lone word needs to be a Japanese name
        yield span[0], span[1], 0.8, "person.romaji_intro"


def _cued_names(text: str) -> Iterator[tuple[int, int, float, str]]:
    """the dentist Sato, Nakamura from the front desk, Suzuki is a liar: a Japanese name."""
    for regex, keep in ((_ROLE_NAME, "left"), (_FROM_NAME, "right"), (_INSULTED, "right")):
        for m in regex.finditer(text):
            span = _trim(text, *m.span("n"), keep)
            if span is None:
                continue
            parts = text[span[0] : span[1]].split()
            if not all(_japanese_name(p) for p in parts) or _not_a_person(" ".join(parts)):
                continue
            yield span[0], span[1], 0.75, "person.romaji_cued"


def names(view: View) -> list[Finding]:
    """Romaji and foreign names in English sentences marked by a cue (see above)."""
    text = view.text
    out: list[Finding] = []
    if not any(c.isupper() for c in text) and "-" not in text:
        return out
    for finder in (_honorific_names, _introduced_names, _cued_names):
        for a, b, score, rule in finder(text):
            s, e = view.span(a, b)
            out.append(Finding(s, e, "PERSON", score, rule))
    return out
