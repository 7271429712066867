"""Dates of birth: a date is personal data only when the words around it say 'born'.

Dates of events (2012年4月5日午後4時, 平成24年4月5日付) stay clean because nothing
about birth is said next to them.
"""

from __future__ import annotations

import re

from .fastre import searching
from .lexicon import BIRTH_AFTER, BIRTH_BEFORE
from .model import Finding
from .normalize import View

_ERA = r"(?:明治|大正|昭和|平成|令和)"
_FULL_DATE = (
    rf"(?:(?:19|20)\d{{2}}|{_ERA}\s?\d{{1,2}})\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日"
    r"|(?<!\d)(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?![\d/.\-])"
    r"|(?<![A-Za-z0-9])[MTSHRmtshr]\.?\s?\d{1,2}[./\-]\d{1,2}[./\-]\d{1,2}(?![\d./\-])"
    r"|(?<!\d)\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?!\d)"
)
# A two-digit year ('91年6月3日, 98/04/12, 89.11.23): a date of birth only with a birth
# word next to it (never from an age or a profile nearby).
_SHORT_DATE = (
    r"(?<![\d'’])['’]?\d{2}\s?年\s?(?:1[0-2]|0?[1-9])\s?月\s?(?:3[01]|[12]\d|0?[1-9])\s?日"
    r"|(?<![\d/.\-:'’vV])['’]?\d{2}(?P<sep>[/.\-])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9])(?![\d/.\-])"
    r"(?!\s?(?:版|系|ver|Ver))"
)
# English dates with a month name: May 6, 1991 / 6 May 1991 / 6th of May 1991.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_EN_DATE = (
    rf"(?<![A-Za-z]){_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH},?\s(?:19|20)\d{{2}}(?!\d)"
)
_PARTIAL_DATE = (
    rf"(?:(?:19|20)\d{{2}}|{_ERA}\s?\d{{1,2}})\s?年\s?\d{{1,2}}\s?月(?!\s?\d)"
    r"|(?<![\d年/.])\d{1,2}\s?月\s?\d{1,2}\s?日"
)
# 3/14 without a year: a birthday only with a birth word right before it.
_SLASH_DAY = r"(?<![\d/.\-])(?<!\d:)(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/.:\-])"
_DATE = searching(
    rf"(?P<full>{_FULL_DATE}|{_EN_DATE})|(?P<short>{_SHORT_DATE})"
    rf"|(?P<part>{_PARTIAL_DATE})|(?P<slash>{_SLASH_DAY})"
)
_AFTER = re.compile(BIRTH_AFTER)
_EN_MONTH = re.compile(_MONTH)
_BEFORE = re.compile(BIRTH_BEFORE)
_CLAUSE_END = re.compile(r"[。！？!?\n]")
_PROFILE_AFTER = re.compile(r"\s?(?:って|と)?\s?(?:プロフ|プロフィール)")
_AGE_NEAR = re.compile(r"(?<![\d.])\d{1,2}歳(?!以|未|から|まで|児|の子)")
_FULL = re.compile(_FULL_DATE)
_NAME_GAP = re.compile(r"[\s、,（(]{1,3}")


def dates_after_names(view: View, original: str, names: list[Finding]) -> list[Finding]:
    """木下 進 S52.3.8, 佐藤 愛子、1969年4月2日: a full date right after a person's name."""
    out: list[Finding] = []
    if not names:
        return out
    for m in _FULL.finditer(view.text):
        s, e = view.span(m.start(), m.end())
        if any(f.end <= s and _NAME_GAP.fullmatch(original, f.end, s) for f in names):
            out.append(Finding(s, e, "BIRTHDATE", 0.8, "birthdate.after_name"))
    return out


def birthdates(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    if not any(c in text for c in "年月/.-") and not _EN_MONTH.search(text):
        return out
    for m in _DATE.finditer(text):
        a, b = m.start(), m.end()
        after = _AFTER.match(text, b)
        window = text[max(0, a - 30) : a]
        cut = list(_CLAUSE_END.finditer(window))
        if cut:
            window = window[cut[-1].end() :]
        before = any(
            not re.match(r"[ァ-ヴ一-龥]", window[w.end() :])  # 誕生日プレゼント, 誕生日会
            for w in _BEFORE.finditer(window)
        )
        follows = text[b : b + 6]
        noun_after = re.match(r"\s?(?:の|が|は|、)?\s?(?:生年月日|誕生日|生まれ)", follows)
        # 2004/8/21 ってプロフに / …で20歳: a full date with a profile or an age next to it
        age = m.group("full") and (
            _PROFILE_AFTER.match(text, b) or _AGE_NEAR.search(text, b, min(len(text), b + 40))
        )
        if not (after or before or noun_after or age):
            continue
        if m.group("slash") and not before:
            continue
        if m.group("short") and not (before or after or noun_after):
            continue
        score = 0.92 if m.group("full") else 0.85 if m.group("short") else 0.8
        s, e = view.span(a, b)
        out.append(Finding(s, e, "BIRTHDATE", score, "birthdate"))
    return out
