"""Normalised views of a comment, each with a map back to ORIGINAL offsets.

A ``View`` is a string plus, for every character, the original span it came from.
Detectors search a view and report ``view.span(a, b)``, so findings always refer to
the text as the user typed it, whatever was folded, joined or dropped on the way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .fastre import searching

# One-to-one folds applied after NFKC (length preserving, so maps stay valid).
_FOLD = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2500": "-",
        "\u2501": "-",
        "\uff70": "ー",
        "\t": " ",
        "\r": "\n",
        "\u3000": " ",
        "\u00a0": " ",
    }
)
_FOLD_ANY = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")
# Characters NFKC leaves alone but that only hide data: zero-width, bidi, BOM, soft hyphen,
# and the keycap frame (0️⃣ = 0 + U+FE0F + U+20E3: the digit keeps the frame in its span).
_INVISIBLE = re.compile(
    r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\u20e3]"
)
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]|[^\x00-\uffff]"
)
_NFKC_CACHE: dict[str, str] = {}
# Name-kanji variants NFKC keeps apart (山﨑, 𠮷田, 髙橋): read as their common forms, so the
# dictionary and the name rules know them (the offsets still point at the original).
_VARIANTS = {"﨑": "崎", "𠮷": "吉", "髙": "高", "德": "徳", "濵": "濱", "邉": "辺", "邊": "辺"}
_VARIANT = re.compile("[" + "".join(_VARIANTS) + "]")


@dataclass(slots=True)
class View:
    text: str
    starts: list[int]  # original start of each character
    ends: list[int]  # original end (exclusive) of each character

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of view[a:b] (b > a)."""
        return self.starts[a], self.ends[b - 1]


def _identity(text: str) -> View:
    n = len(text)
    return View(text, list(range(n)), list(range(1, n + 1)))


def _nfkc(ch: str) -> str:
    out = _NFKC_CACHE.get(ch)
    if out is None:
        cat = unicodedata.category(ch)
        if ch == "\n" or ch == "\t" or ch == "\r":
            out = ch
        elif cat in ("Cf", "Cc", "Cs", "Co", "Cn") or _INVISIBLE.match(ch):
            out = ""
        else:
            out = _VARIANTS.get(ch) or unicodedata.normalize("NFKC", ch)
        if len(_NFKC_CACHE) < 50_000:
            _NFKC_CACHE[ch] = out
    return out


class _NfkcTable(dict):
    """str.translate table: code point -> _nfkc(character), filled on first use."""

    def __missing__(self, code: int) -> str:
        out = _nfkc(chr(code))
        if len(self) < 50_000:
            self[code] = out
        return out


class _ComplexTable(dict):
    """str.translate table: "" for a character whose _nfkc is one non-combining character
    (the per-character loop of normalize keeps it in place, one to one), else "x"."""

    def __missing__(self, code: int) -> str:
        out = _nfkc(chr(code))
        flag = "" if len(out) == 1 and not unicodedata.combining(out) else "x"
        if len(self) < 50_000:
            self[code] = flag
        return flag


_NFKC_TABLE = _NfkcTable()
_COMPLEX_TABLE = _ComplexTable()


def normalize(text: str) -> View:
    """NFKC per character, invisible characters dropped, combining marks composed."""
    if (
        unicodedata.is_normalized("NFKC", text)
        and not _INVISIBLE.search(text)
        and not _CONTROL.search(text)
        and not _VARIANT.search(text)
    ):
        return _map_translate(_identity(text))
    if not text.translate(_COMPLEX_TABLE):
        # Every character folds to exactly one (full-width forms, ｶﾀｶﾅ without marks): the
        # loop below would keep offsets one to one, so translate in C instead.
        n = len(text)
        return _map_translate(
            View(text.translate(_NFKC_TABLE), list(range(n)), list(range(1, n + 1)))
        )
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        out = _nfkc(ch)
        if not out:
            if ends and unicodedata.category(ch) in ("Mn", "Me"):
                ends[-1] = i + 1
            continue
        if unicodedata.combining(out[0]) and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + out)
            if len(composed) == 1:
                chars[-1] = composed
            ends[-1] = i + 1  # uncomposable marks are noise: fold them into the base
            continue
        for c in out:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    return _map_translate(View("".join(chars), starts, ends))


def _map_translate(view: View) -> View:
    if _FOLD_ANY.search(view.text):  # translate is slow on non-ASCII text: only when needed
        view.text = view.text.translate(_FOLD)
    return view


def derive(view: View, edits: Iterable[tuple[int, int, str]]) -> View:
    """Replace view[a:b] by repl for each (sorted, disjoint) edit."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    vs, ve = view.starts, view.ends
    for a, b, repl in edits:
        if a < pos:
            continue
        parts.append(view.text[pos:a])
        starts.extend(vs[pos:a])
        ends.extend(ve[pos:a])
        if repl:
            o_start, o_end = vs[a], ve[b - 1]
            parts.append(repl)
            starts.extend([o_start] * len(repl))
            ends.extend([o_end] * len(repl))
        pos = b
    if pos == 0:
        return view
    parts.append(view.text[pos:])
    starts.extend(vs[pos:])
    ends.extend(ve[pos:])
    return View("".join(parts), starts, ends)


def drop(view: View, pattern: re.Pattern[str]) -> View:
    """Remove every match of pattern (used to join spaced-out text)."""
    return derive(view, ((m.start(), m.end(), "") for m in pattern.finditer(view.text)))


def substitute(view: View, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> View:
    return derive(view, ((m.start(), m.end(), repl(m)) for m in pattern.finditer(view.text)))


# --- digits --------------------------------------------------------------------------

_KANJI_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
_KANJI_DIGIT.update({"六": "6", "七": "7", "八": "8", "九": "9"})
_READINGS = {
    "0": "ゼロ ぜろ レイ れい マル まる",
    "1": "イチ いち",
    "2": "ニー にー ニイ にい ニ に",
    "3": "サン さん",
    "4": "ヨン よん ヨ よ",
    "5": "ゴー ごー ゴオ ごお ゴ ご",
    "6": "ロク ろく",
    "7": "ナナ なな",
    "8": "ハチ はち",
    "9": "キュウ きゅう キュー きゅー ク く",
}
_READING_DIGIT = {w: d for d, words in _READINGS.items() for w in words.split()}
_TOKEN = "|".join(sorted(_READING_DIGIT, key=len, reverse=True))
_RSEP = r"(?:[\s、,・\-ー.]|の)"
# A run of at least eight spoken digits: a phone or card number read aloud.
_READING_RUN = re.compile(rf"(?:{_TOKEN})(?:{_RSEP}{{0,2}}(?:{_TOKEN})){{7,}}")
_READING_TOKEN = re.compile(_TOKEN)
_HIRA_ONLY = re.compile(r"[ぁ-ゖー\s、,・\-.]+")
_READING_LABEL = re.compile(r"電話|でんわ|携帯|ケータイ|けいたい|番号|TEL|tel|連絡先")
# Spoken digits mixed with written ones (ゼロ9ゼロ 1234 5678): only readings of two kana
# or more take part, so a particle (に, ご, く) next to a number is never read as a digit.
_LONG_TOKEN = "|".join(sorted((w for w in _READING_DIGIT if len(w) >= 2), key=len, reverse=True))
_MIXED_RUN = re.compile(rf"(?:{_LONG_TOKEN}|[0-9])(?:{_RSEP}{{0,2}}(?:{_LONG_TOKEN}|[0-9])){{7,}}")
_MIXED_TOKEN = re.compile(rf"{_LONG_TOKEN}|[0-9]")
# ○/◯ stand for 〇 inside a run that holds two kanji digits or more (○九○の一二三四…);
# の/ノ (with spaces around) between groups is a hyphen.
_KANJI_RUN = re.compile(
    r"[〇零一二三四五六七八九○◯](?:(?:[\s・\-、.,]|[のノ]){0,3}[〇零一二三四五六七八九○◯]){3,}"
)
_CIRCLES = "○◯"
# Kanji digits MIXED with written ones in one number (〇九〇・12三四・5六七八,
# 〇三（三四五六）七八九〇): a run starting with 0/〇, holding a kanji digit, ten digits or more.
_MIXED_KANJI_RUN = re.compile(
    r"(?<![0-9〇零一二三四五六七八九十百千万])[〇0](?:(?:[\s・\-、.,ー()~〜]){0,2}[〇零一二三四五六七八九0-9]){9,10}"
    r"(?![0-9〇零一二三四五六七八九十百千万年月日歳円])"
)
# の or an ellipsis as filler between phone groups (090の…1234の5678): a hyphen.
_NO_GROUPS = re.compile(
    r"(?<![0-9])0[0-9]{1,4}(の(?:\.{2,3})?)[0-9]{1,4}(の(?:\.{2,3})?)[0-9]{3,4}(?![0-9])"
)
# Digits spaced one by one (0 9 0 ー 1 2 3 4 ー 5 6 7 8, 〒1 2 3 - 4 5 6 7): six single
# digits or more, each followed by one or two spaces or a dash between spaces.
_SPACED_DIGITS = re.compile(r"(?<![0-9])[0-9](?:(?: {1,2}| {0,2}[-ー] {0,2})[0-9](?![0-9])){5,}")
_SPACED_SEP = re.compile(r" {0,2}[-ー] {0,2}| {1,2}")
# 一 or ー written as a hyphen between digit groups (090一1234一5678).
# ー or 〜 with a space on each side is one too (090 ー 1234 ー 5678).
_DASH_BETWEEN = re.compile(r"(?<=\d)[一ー~〜](?=\d)|(?<=\d )[ー~〜](?= \d)")
# Block numbers in kanji joined by の after a town (博多駅前三の十二の八): 3-12-8.
_KANJI_NO_BLOCKS = searching(
    r"(?<=[一-龥々ヶ])([一二三四五六七八九十]{1,3})の([一二三四五六七八九十]{1,3})"
    r"(?:の([一二三四五六七八九十]{1,3}))(?![一二三四五六七八九十年月日丁番号歳])"
)
# Two kanji blocks joined by の right after a chome (五丁目十八の三): 18-3.
_KANJI_NO_AFTER_CHOME = re.compile(
    r"(?<=丁目)(\s?)([一二三四五六七八九十]{1,3})の([一二三四五六七八九十]{1,3})"
    r"(?![一二三四五六七八九十年月日丁番号歳])"
)
# Kanji numbers before a counter: 二月十四日, 一丁目, 平成元年.
_KANJI_COUNT = re.compile(
    r"(?:[〇一二三四五六七八九十]{1,4}|元)(?=年|月|日|丁目|番(?!町|街|館|組|目|手|台|地区)|号|歳)"
)


def kanji_number(s: str) -> str:
    if s == "元":
        return "1"
    if "十" not in s:
        return "".join(_KANJI_DIGIT.get(c, c) for c in s)
    tens, _, ones = s.partition("十")
    value = (int(_KANJI_DIGIT.get(tens, "1")) if tens else 1) * 10
    if ones:
        value += int(_KANJI_DIGIT.get(ones[-1], "0"))
    return str(value)


_PARTICLE_TAIL = ("に", "よ", "ご", "く", "し")
_WORD_CHAR = re.compile(r"[一-龥ぁ-ゖァ-ヴ]")


def _spoken(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """Edits turning a run of spoken digits into digits (の between groups: a hyphen)."""
    base, run = m.start(), m.group()
    tokens = list(_READING_TOKEN.finditer(run))
    nxt = m.string[m.end() : m.end() + 1]
    if (
        tokens[-1].group() in _PARTICLE_TAIL
        and tokens[-1].start() == tokens[-2].end()
        and _WORD_CHAR.match(nxt)
    ):
        tokens.pop()  # ナナに今から: the last に is a particle, not a 2
    edits = [(base + t.start(), base + t.end(), _READING_DIGIT[t.group()]) for t in tokens]
    edits += [(base + i, base + i + 1, "-") for i, c in enumerate(run) if c == "の"]
    edits.sort()
    return edits


def digit_view(view: View) -> View:
    """Kanji and spoken digits read as ASCII digits, 一/ー between digits as hyphens."""
    text = view.text
    if text.isascii():
        return view
    edits = _spoken_edits(text)
    edits += _kanji_edits(text)
    if edits:
        edits.sort()
        view = derive(view, edits)
    if "一" in view.text or "ー" in view.text or "~" in view.text or "〜" in view.text:
        view = substitute(view, _DASH_BETWEEN, lambda m: "-")
    if "の" in view.text:
        nos = [(m.start(g), m.end(g), "-") for m in _NO_GROUPS.finditer(view.text) for g in (1, 2)]
        if nos:
            view = derive(view, nos)
    return view


def join_spaced_digits(view: View) -> View:
    """0 9 0 ー 1 2 3 4 → 090-1234: one space between single digits is dropped, a dash
    between them is a hyphen, two spaces stay one space (a group boundary)."""
    if " " not in view.text:
        return view
    edits: list[tuple[int, int, str]] = []
    for m in _SPACED_DIGITS.finditer(view.text):
        run, base = m.group(), m.start()
        for sep in _SPACED_SEP.finditer(run):
            gap = sep.group()
            repl = "-" if gap.strip() else ("" if gap == " " else " ")
            if repl != gap:
                edits.append((base + sep.start(), base + sep.end(), repl))
    return derive(view, edits) if edits else view


def _spoken_edits(text: str) -> list[tuple[int, int, str]]:
    """Spoken readings (ゼロキューゼロ, ぜろはちぜろ) and readings mixed with digits (ゼロ9ゼロ)."""
    edits: list[tuple[int, int, str]] = []
    spoken: list[tuple[int, int]] = []
    for m in _READING_RUN.finditer(text):
        if (
            _HIRA_ONLY.fullmatch(m.group())
            and len(_READING_TOKEN.findall(m.group())) < 10
            and not _READING_LABEL.search(text, max(0, m.start() - 20), m.start())
        ):
            continue  # ordinary hiragana words: nine readings or a phone label first
        edits.extend(_spoken(m))
        spoken.append((m.start(), m.end()))
    for m in _MIXED_RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spoken):
            continue
        toks = list(_MIXED_TOKEN.finditer(m.group()))
        if all(t.group().isdigit() for t in toks):
            continue
        base = m.start()
        edits.extend(
            (base + t.start(), base + t.end(), _READING_DIGIT[t.group()])
            for t in toks
            if not t.group().isdigit()
        )
        run = m.group()
        edits.extend((base + i, base + i + 1, "-") for i, c in enumerate(run) if c == "の")
    return edits


def _kanji_edits(text: str) -> list[tuple[int, int, str]]:
    """Kanji digits (〇九〇, 三の十二の八, 二丁目十二の五, 十二番) read as ASCII digits."""
    edits: list[tuple[int, int, str]] = []
    for m in _KANJI_RUN.finditer(text):
        base, run = m.start(), m.group()
        if sum(c in _KANJI_DIGIT for c in run) < 2:
            continue  # ○○○○: a mask, not a number
        edits.extend(
            (base + i, base + i + 1, _KANJI_DIGIT.get(c, "0" if c in _CIRCLES else "-"))
            for i, c in enumerate(run)
            if c in _KANJI_DIGIT or c in _CIRCLES or c == "の" or c == "ノ"
        )
    for m in _MIXED_KANJI_RUN.finditer(text):
        run = m.group()
        if not any(c in _KANJI_DIGIT for c in run):
            continue  # all written: nothing to read
        base = m.start()
        edits.extend(
            (base + i, base + i + 1, _KANJI_DIGIT[c])
            for i, c in enumerate(run)
            if c in _KANJI_DIGIT
        )
    for m in _KANJI_NO_BLOCKS.finditer(text):
        for g in (1, 2, 3):
            edits.append((m.start(g), m.end(g), kanji_number(m.group(g))))
        edits.append((m.end(1), m.end(1) + 1, "-"))
        edits.append((m.end(2), m.end(2) + 1, "-"))
    for m in _KANJI_NO_AFTER_CHOME.finditer(text):
        edits.append((m.start(2), m.end(2), kanji_number(m.group(2))))
        edits.append((m.end(2), m.end(2) + 1, "-"))
        edits.append((m.start(3), m.end(3), kanji_number(m.group(3))))
    for m in _KANJI_COUNT.finditer(text):
        edits.append((m.start(), m.end(), kanji_number(m.group())))
    return edits


# --- loose view for name matching -----------------------------------------------------

_KATA_TO_HIRA = str.maketrans({chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)})
_LOOSE_DROP = re.compile(r"[\s._\-・·'’]+")


_KATAKANA = re.compile("[\u30a1-\u30f6]")


def kata_to_hira(s: str) -> str:
    return s.translate(_KATA_TO_HIRA) if _KATAKANA.search(s) else s


def loose_key(s: str) -> str:
    """The comparison key of a name: lower case, hiragana, no spaces or dots."""
    return _LOOSE_DROP.sub("", kata_to_hira(unicodedata.normalize("NFKC", s)).lower())


def loose_view(view: View) -> View:
    v = drop(view, _LOOSE_DROP)
    return View(
        kata_to_hira(v.text).lower() if not v.text.isascii() else v.text.lower(), v.starts, v.ends
    )


# Runs of single characters separated by single spaces (ブ ロ グ 主, し ね): join them.
_SPACED = re.compile(r"(?<!\S)\S(?: \S(?!\S))+")
_SPACE = re.compile(r" ")


def joined_view(view: View) -> View:
    edits = []
    for m in _SPACED.finditer(view.text):
        base = m.start()
        edits.extend((base + s.start(), base + s.end(), "") for s in _SPACE.finditer(m.group()))
    return derive(view, edits) if edits else view
