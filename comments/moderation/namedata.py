"""The field's name data: readings of Japanese given names and surnames, the second check
for kana and romaji names after Sudachi's 人名 tag.

The ``japanese-personal-name-dataset`` package (MIT) lists 9,208 given-name readings and
1,999 surnames with kana and romaji; it is read once per process (about 70 ms, at
``Scanner`` construction).  Two frequency filters, generated offline by
``benchmarks/name_common_words.py`` from wordfreq, keep it from over-firing:

- ``vocab/name_common_kana.txt``: readings that are common words (さん, てる, まい, あの,
  こと …: Zipf >= 4.3 in hiragana or 4.5 in katakana) are never names on the data alone;
- ``vocab/romaji_english_words.txt``: romaji spellings that are common English words
  (Anna, Dan, Ken, Honda, Toyota …: English Zipf >= 3.5) are not review signals.

Romaji is compared after folding long vowels and spelling systems: the word is read as
kana (Hepburn, Kunrei and ``oh`` all read), then a う or お after an o-vowel and a う after
a u-vowel are dropped, so yuuko/yuko, satou/sato/satoh and ohno/ono meet.
"""

from __future__ import annotations

import functools
import threading

from .kana import hiragana_to_romaji, romaji_to_hiragana
from .normalize import kata_to_hira
from .vocab import words

_lock = threading.Lock()


class NameData:
    def __init__(self) -> None:
        from japanese_personal_name_dataset import load_dataset  # noqa: PLC0415 - 70 ms

        men, women, last = load_dataset("org", include_last_names=True)
        common = frozenset(words("name_common_kana"))
        self.given = frozenset(r for r in (*men, *women) if r not in common)
        self.surnames = frozenset(v["reading"] for v in last.values()) - common
        self.folded_given = frozenset(fold_kana(r) for r in self.given)
        self.folded_surnames = frozenset(fold_kana(r) for r in self.surnames)
        self.english = frozenset(words("romaji_english_words"))

    def kana_kind(self, word: str) -> str | None:
        """'sei' or 'mei' when a kana word is a name reading (common words left out)."""
        hira = kata_to_hira(word)
        if hira in self.surnames:
            return "sei"
        if hira in self.given:
            return "mei"
        return None

    def romaji_kind(self, word: str) -> str | None:
        """'sei' or 'mei' when a romaji word reads as a name once long vowels are folded."""
        kana = romaji_to_hiragana(word)
        if not kana or len(kana) < 2:
            return None
        folded = fold_kana(kana)
        if folded in self.folded_surnames:
            return "sei"
        if folded in self.folded_given:
            return "mei"
        return None

    def is_english(self, word: str) -> bool:
        return word.lower() in self.english


_data: NameData | None = None


def name_data() -> NameData:
    """The process-wide name data, loaded on first use (``Scanner()`` loads it)."""
    global _data
    if _data is None:
        with _lock:
            if _data is None:
                _data = NameData()
    return _data


@functools.lru_cache(maxsize=512)
def _vowel(ch: str) -> str:
    roma = hiragana_to_romaji(ch) or ""
    return roma[-1:] if roma[-1:] in ("a", "i", "u", "e", "o") else ""


def fold_kana(kana: str) -> str:
    """さとう → さと, ゆうこ → ゆこ, おおの → おの, ゆーこ → ゆこ: long vowels folded."""
    out: list[str] = []
    prev = ""
    for ch in kata_to_hira(kana):
        if ch == "ー" or (ch == "う" and prev in ("o", "u")) or (ch == "お" and prev == "o"):
            continue
        out.append(ch)
        prev = _vowel(ch) if ch not in "ゃゅょ" else {"ゃ": "a", "ゅ": "u", "ょ": "o"}[ch]
    return "".join(out)
