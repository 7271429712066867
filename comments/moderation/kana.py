"""Kana and romaji conversions for names (Hepburn with common Kunrei/wāpuro variants)."""

from __future__ import annotations

import re
import unicodedata

from .normalize import kata_to_hira

_ROWS = {
    "": "あいうえお",
    "k": "かきくけこ",
    "s": "さしすせそ",
    "t": "たちつてと",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "m": "まみむめも",
    "y": "や_ゆ_よ",
    "r": "らりるれろ",
    "w": "わ___を",
    "g": "がぎぐげご",
    "z": "ざじずぜぞ",
    "d": "だぢづでど",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
}
_ROMA_TO_KANA: dict[str, str] = {}
for _c, _row in _ROWS.items():
    for _v, _k in zip("aiueo", _row, strict=True):
        if _k != "_":
            _ROMA_TO_KANA[_c + _v] = _k
_ROMA_TO_KANA.update(
    {
        "shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ", "si": "し", "ti": "ち",
        "tu": "つ", "hu": "ふ", "zi": "じ", "di": "ぢ", "du": "づ", "n'": "ん", "wo": "を",
        "va": "ゔぁ", "vi": "ゔぃ", "vu": "ゔ", "ve": "ゔぇ", "vo": "ゔぉ", "je": "じぇ",
        "she": "しぇ", "che": "ちぇ", "fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ",
    }
)  # fmt: skip
_YOON_HEADS = (
    "k き g ぎ n に h ひ m み r り b び p ぴ sh し ch ち j じ "
    "ky き gy ぎ ny に hy ひ my み ry り by び py ぴ sy し ty ち zy じ jy じ cy ち"
).split()
for _c, _i in zip(_YOON_HEADS[::2], _YOON_HEADS[1::2], strict=True):
    for _v, _s in (("a", "ゃ"), ("u", "ゅ"), ("o", "ょ")):
        key = (_c if len(_c) == 2 or _c in "j" else _c + "y") + _v
        _ROMA_TO_KANA.setdefault(key, _i + _s)
_ROMA_KEYS = sorted(_ROMA_TO_KANA, key=len, reverse=True)
_ROMA = re.compile("|".join(_ROMA_KEYS))
_VOWELS = "aiueo"


def romaji_to_hiragana(word: str) -> str | None:
    """Hiragana for a romaji word, or None when it is not plausible Japanese romaji."""
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        ch = w[i]
        if ch == "n" and (i + 1 == len(w) or w[i + 1] not in _VOWELS + "y'"):
            out.append("ん")
            i += 1
            continue
        if ch == "m" and i + 1 < len(w) and w[i + 1] in "bmp":
            out.append("ん")
            i += 1
            continue
        if i + 1 < len(w) and ch == w[i + 1] and ch not in _VOWELS + "n":
            out.append("っ")
            i += 1
            continue
        if ch == "h" and out and i + 1 < len(w) and w[i + 1] not in _VOWELS + "y":
            out.append("う")  # 'oh' as a long o (Ohno)
            i += 1
            continue
        if ch == "h" and i + 1 == len(w) and i > 0 and w[i - 1] == "o":
            out.append("う")  # a final 'oh' (Satoh, Itoh)
            i += 1
            continue
        m = _ROMA.match(w, i)
        if not m:
            return None
        out.append(_ROMA_TO_KANA[m.group()])
        i = m.end()
    return "".join(out)


# --- kana to romaji ---------------------------------------------------------------------

_KANA_TO_ROMA: dict[str, str] = {}
for _r, _k in sorted(_ROMA_TO_KANA.items(), key=lambda kv: len(kv[0])):
    if _k not in _KANA_TO_ROMA or _r in ("shi", "chi", "tsu", "fu", "ji"):
        _KANA_TO_ROMA[_k] = _r
_HEPBURN = (
    "しゃ sha しゅ shu しょ sho ちゃ cha ちゅ chu ちょ cho じゃ ja じゅ ju じょ jo を o".split()
)
for _k, _r in zip(_HEPBURN[::2], _HEPBURN[1::2], strict=True):
    _KANA_TO_ROMA[_k] = _r
_KANA_TO_ROMA["ん"] = "n"
_KANA_KEYS = re.compile("|".join(sorted(_KANA_TO_ROMA, key=len, reverse=True)))


def hiragana_to_romaji(kana: str) -> str | None:
    """Hepburn romaji of a kana word (long vowels as written: takahashi, satou)."""
    kana = kata_to_hira(kana).replace("ー", "")
    out: list[str] = []
    i = 0
    double = False
    while i < len(kana):
        if kana[i] == "っ":
            double = True
            i += 1
            continue
        m = _KANA_KEYS.match(kana, i)
        if not m:
            return None
        r = _KANA_TO_ROMA[m.group()]
        if double:
            r = ("t" if r.startswith("ch") else r[0]) + r
            double = False
        out.append(r)
        i = m.end()
    return "".join(out)


def romaji_variants(romaji: str) -> set[str]:
    """Spellings people use for one name: satou / sato / satoh, shi / si, tsu / tu."""
    forms = {romaji}
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u"), ("ou", "oh"), ("ei", "e")):
        forms |= {f.replace(long, short) for f in forms}
    for hep, kun in (("shi", "si"), ("chi", "ti"), ("tsu", "tu"), ("fu", "hu"), ("ji", "zi")):
        forms |= {f.replace(hep, kun) for f in forms}
    return {f for f in forms if len(f) >= 3}


def fold_romaji(word: str) -> str:
    """Lower case, macrons dropped, long vowels shortened: Tōkyō, Toukyou, Ohtani → tokyo,
    otani (for comparing romaji words with a list, not for reading them)."""
    plain = unicodedata.normalize("NFD", word)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    for long, short in (("ou", "o"), ("oo", "o"), ("oh", "o"), ("uu", "u")):
        plain = plain.replace(long, short)
    return plain
