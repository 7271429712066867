"""The views of one comment, computed on first use and kept for every detector.

Detectors never normalise text themselves: each reads the view it needs from a
``Views`` bundle, and every view carries its map back to the original offsets
(``View.starts``/``View.ends``), so a detector reports ``view.span(a, b)``.

| view         | what it is                                                            |
| ------------ | --------------------------------------------------------------------- |
| `original`   | the text as the user typed it (a str; offsets of every finding)       |
| `normalized` | NFKC per character, invisible characters dropped, dashes and spaces folded |
| `digits`     | `joined` with spaced digits joined, kanji/spoken/keycap digits read   |
| `joined`     | `normalized` with spaced-out letters joined (し ね → しね, 店 長 → 店長) |
| `loose`      | no spaces/dots/underscores, kana as hiragana, lower case (for names)  |
| `tokens`     | Sudachi morphemes of `normalized` (offsets in `normalized`)           |

The flags (``has_digits``, ``has_cjk`` …) are the cheap tests that let the scanner skip
a detector that cannot match; ``Detector.requires`` names them.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from .model import Finding
from .normalize import View, digit_view, join_spaced_digits, joined_view, loose_view, normalize

_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[A-Za-z]")
_MASK_HINT = re.compile(r"[○●◯〇×✕＊*■□△▲]|[一-龥][A-Z][一-龥]")


class Views:
    """Lazily computed views of ``original``; ``found`` collects the detectors' findings."""

    def __init__(self, original: str, registry: Any = None) -> None:
        self.original = original
        self.registry = registry  # the scanner's protected persons (registry.Registry)
        self.found: list[Finding] = []  # candidates so far, in detector order

    @cached_property
    def normalized(self) -> View:
        return normalize(self.original)

    @cached_property
    def digits(self) -> View:
        # Digits spaced one by one are joined first (〒1 2 3 - 4 5 6 7), then spaced-out
        # letters (電 話 は), so labels and numbers read as in the unspaced comment.
        spaced = join_spaced_digits(self.normalized)
        return digit_view(self.joined if spaced is self.normalized else joined_view(spaced))

    @cached_property
    def joined(self) -> View:
        return joined_view(self.normalized)

    @cached_property
    def loose(self) -> View:
        return loose_view(self.normalized)

    @cached_property
    def tokens(self) -> list[Any]:
        from .names import tokenize  # noqa: PLC0415 - names imports views' neighbours

        return tokenize(self.normalized.text)

    # --- flags: cheap tests that decide whether a detector can match at all -------------

    @cached_property
    def has_digits(self) -> bool:
        """A digit in the digit view: every number, date and address pattern needs one."""
        return _DIGIT.search(self.digits.text) is not None

    @cached_property
    def has_cjk(self) -> bool:
        return _CJK.search(self.normalized.text) is not None

    @cached_property
    def has_latin(self) -> bool:
        return _LATIN_WORD.search(self.normalized.text) is not None

    @property
    def has_no(self) -> bool:
        """The particle の (role + の + kana name)."""
        return "の" in self.normalized.text

    @cached_property
    def has_mask(self) -> bool:
        """A masking symbol or a capital inside kanji (山○太郎, 佐藤M子)."""
        return _MASK_HINT.search(self.normalized.text) is not None

    @property
    def has_protected(self) -> bool:
        return self.registry is not None and bool(self.registry.forms or self.registry.masked)

    @property
    def has_people(self) -> bool:
        """A PERSON among the findings so far (for detectors that read them)."""
        return any(f.category == "PERSON" for f in self.found)

    @property
    def may_harass(self) -> bool:
        """Japanese or Latin text, or a reply marker: harassment needs one of them."""
        return self.has_cjk or self.has_latin or ">>" in self.normalized.text
