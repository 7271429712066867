"""A learned harassment score: the review tier's second opinion (rules keep deciding hold).

A logistic regression over hashed features of one comment, trained offline by
``benchmarks/train_harassment.py`` (scikit-learn, the ``train`` extra) on the labelled
corpus in ``benchmarks/corpora/train/``; see ``docs/harassment-model.md``.  Here is only
what the scanner needs at run time, in plain Python: the feature function (shared with
the training script, so training and inference cannot drift apart) and the weights,
read once per process from ``model/harassment.json``.

Features (each present or absent, hashed with CRC-32 into ``2**bits`` buckets):

- character 1- to 4-grams of the joined view (the scanner's normalisation: NFKC,
  invisible characters dropped, spaced-out letters joined), lower-cased, as they are;
- Sudachi lemmas (dictionary forms) of the content and function words (prefix NUL + ``l``),
  their readings (``r``: so しね, 氏ね and 死ね, or きえて and 消えて, meet), and lemma and
  conjugation form of inflected words (``i``: an imperative 消えろ weighs apart from 消える);
- target cues (``t``): a person named (a PERSON or ACCOUNT finding), a second-person or
  demonstrative reference (あなた, こいつ), a reply anchor (>>5), a role word (店員,
  担当者), or none. (Lemmas conjoined with "a target is present" and the harassment
  detector's full target finder were dropped: no better on the evaluation sets, and
  slower.)

The score is a probability-like value in [0, 1]; ``threshold`` (calibrated on the
validation split, with the rules, to keep false-holds within the budget) decides the
``review.learned_harassment`` signal.
"""

from __future__ import annotations

import base64
import json
import math
import re
import threading
import zlib
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

from .lexicon import PRONOUNS, ROLE
from .model import Finding

MODEL_FILE = "harassment.json"
_FEATURE_CACHE = 50_000  # about 5 MB at most
_PRONOUN = re.compile(PRONOUNS)
_ROLE = re.compile(ROLE)
_ANCHOR = re.compile(r"(?:>>|＞＞)\d")
_SPACE = re.compile(r"\s+")
# Lemmas of these parts of speech carry no signal (symbols, blanks).
_SKIP_POS = ("補助記号", "空白")


def target_cues(text: str, findings: Iterable[Finding]) -> list[str]:
    """The kinds of persons a comment names or addresses (``text``: the joined view): a
    name or handle found as personal data, a reply anchor, a second-person or demonstrative
    reference, a role word; regex searches, cheap enough for every text."""
    cues = set()
    if any(f.category in ("PERSON", "ACCOUNT") for f in findings):
        cues.add("name")
    if _ANCHOR.search(text):
        cues.add("anchor")
    if _PRONOUN.search(text):
        cues.add("2p")
    if _ROLE.search(text):
        cues.add("role")
    return sorted(cues) or ["none"]


def features(joined: str, tokens: Iterable[Any], cues: list[str]) -> list[str]:
    """The feature strings of one comment (``joined``: the joined view's text; ``tokens``:
    Sudachi morphemes of the normalised text; ``cues``: ``target_cues``).

    Character n-grams are the n-grams themselves (no prefix: they are most of the
    features, and building a second string for each costs time); the other kinds start
    with a NUL and a letter, which no n-gram of the normalised text can contain."""
    text = _SPACE.sub(" ", joined.lower()).strip()
    padded = f"^{text}$"
    n = len(padded)
    out = [padded[i : i + 1] for i in range(n)]
    out += [padded[i : i + 2] for i in range(n - 1)]
    out += [padded[i : i + 3] for i in range(n - 2)]
    out += [padded[i : i + 4] for i in range(n - 3)]
    out += ["\0t" + c for c in cues]
    words = _WORDS
    for m in tokens:
        if m.is_oov():
            out += _word_features(m)
            continue
        key = m.word_id()
        feats = words.get(key)
        if feats is None:
            feats = _word_features(m)
            if len(words) < _WORD_CACHE:
                words[key] = feats
        out += feats
    return out


# Dictionary word id -> its features: a comment's words are mostly words seen before, and
# three Sudachi reads and three string joins per word cost more than one dict look-up.
_WORDS: dict[int, tuple[str, ...]] = {}
_WORD_CACHE = 100_000


def _word_features(m: Any) -> tuple[str, ...]:
    form = _conjugation(m)
    if form is None:
        return ()
    lemma = m.dictionary_form()
    if form:
        return ("\0l" + lemma, "\0r" + m.reading_form(), f"\0i{lemma}|{form}")
    return ("\0l" + lemma, "\0r" + m.reading_form())


_FORMS: dict[int, str | None] = {}


def _conjugation(m: Any) -> str | None:
    """None for a symbol or a blank (no features), else the conjugation form or ''. Cached
    by part-of-speech id: part_of_speech() builds a tuple on every call."""
    pid = m.part_of_speech_id()
    try:
        return _FORMS[pid]
    except KeyError:
        pos = m.part_of_speech()
        form = None if pos[0] in _SKIP_POS else ("" if pos[5] == "*" else pos[5])
        _FORMS[pid] = form
        return form


def bucket(feature: str, bits: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


class HarassmentModel:
    """Weights of the logistic regression: ``bias``, sparse bucket weights, ``threshold``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bits: int = data["bits"]
        self.bias: float = data["bias"]
        self.threshold: float = data["threshold"]
        self.meta: dict[str, Any] = data.get("meta", {})
        index = base64.b64decode(data["index"])
        values = base64.b64decode(data["values"])
        scale = data["scale"]
        # index: little-endian uint32 bucket numbers; values: int8 weights * scale
        # feature string -> weight, filled as comments are scored (a dict read is cheaper
        # than encoding and hashing the string again); shared by threads: entries are only
        # ever added, and a full cache is replaced, never cleared
        self._weight_of: dict[str, float] = {}
        self.weights: dict[int, float] = {
            int.from_bytes(index[4 * i : 4 * i + 4], "little"): (v - 256 if v > 127 else v) * scale
            for i, v in enumerate(values)
        }
        # every bucket's weight by position (~2 MB for 2**18 buckets): read without a default
        self._dense: list[float] = [0.0] * (1 << self.bits)
        for i, w in self.weights.items():
            self._dense[i] = w

    def score_features(self, feats: Iterable[str]) -> float:
        """The model's probability for one comment's features: the sum of the weights of
        its distinct features (two features sharing a bucket both count, as in training).
        Feature weights are cached by string, and map() and set operations keep the
        per-feature work in C: this runs on every text the rules found no harassment in."""
        cache = self._weight_of
        if len(cache) > _FEATURE_CACHE:
            # bounded: most features (short n-grams) recur in every comment. A new dict, not
            # clear(): a scan in another thread may still be reading the old one.
            cache = self._weight_of = {}
        present = set(feats)
        mask = (1 << self.bits) - 1
        crc = zlib.crc32
        dense = self._dense
        for f in present.difference(cache):
            cache[f] = dense[crc(f.encode("utf-8")) & mask]
        z = self.bias + sum(map(cache.__getitem__, present))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


_lock = threading.Lock()
_model: HarassmentModel | None = None


def load_model() -> HarassmentModel:
    """The shipped model, read once per process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                raw = (files(__package__) / "model" / MODEL_FILE).read_text(encoding="utf-8")
                _model = HarassmentModel(json.loads(raw))
    return _model
