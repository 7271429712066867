"""The protected-person registry, matched on the loose view of a comment.

Every name and alias yields forms: the full name, its parts (family, given), their
readings in kana and romaji (Sudachi gives the reading of a kanji name), both orders
for romaji, and the name with one character masked (佐藤M子).  The loose view has
no spaces, dots or underscores, kana folded to hiragana and Latin to lower case, so
高 橋 美 咲, ﾀｶﾊｼ ﾐｻｷ and MISAKI.TAKAHASHI all meet the same key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .kana import hiragana_to_romaji, romaji_to_hiragana, romaji_variants
from .lexicon import NOT_PERSON_AFTER, ROLE_WORDS
from .model import Finding, ProtectedPerson
from .names import name_kind, tokenize
from .normalize import View, kata_to_hira, loose_key

_KANJI = re.compile(r"[一-龥々〆ヶ]+")
_HIRA = re.compile(r"[ぁ-ゖー]+")
_ROMA = re.compile(r"[a-z]+")
_MASK_CLASS = "[a-z○●◯〇×✕*＊■□?△▲]"
_NOT_PERSON = re.compile(NOT_PERSON_AFTER)
# Long role nouns and the short forms people write (元オペレーター → 元オペ).
_ROLE_SHORT = {"オペレーター": "オペ", "アルバイト": "バイト", "ドライバー": "ドラ"}
_TITLE_AFTER = "|".join(
    re.escape(w)
    for w in sorted(
        {loose_key(w) for w in ("さん 様 氏 ちゃん くん 先生".split() + list(ROLE_WORDS))}, key=len
    )[::-1]
)
_ROLE_WORDS = sorted(set(ROLE_WORDS) | {"オペレーター"}, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Form:
    key: str
    kind: str  # full | part | handle
    script: str  # kanji | kana | roma | handle
    person: str | int


_ROLE_DETERMINER = re.compile(r"^(?:当該|例の|あの|この|その|問題の|件の|担当の|前の|元担当)")


def is_role_phrase(alias: str) -> bool:
    """当該オペレーター, 例の配達員, あのレジの子: a description of a person, not a name."""
    if any(word in alias for word in _ROLE_WORDS) or _ROLE_DETERMINER.match(alias):
        return True
    # 元事務員, 元店員: 元 and an occupational noun is a description, not a name (元木 is a name)
    return bool(re.fullmatch(r"元[一-龥ァ-ヴー]{1,6}(?:員|士|師|官|手|係|長|者|医|主)", alias))


def role_variants(role: str) -> list[str]:
    role = unicodedata.normalize("NFKC", role)
    out = [role]
    for long, short in _ROLE_SHORT.items():
        if role.endswith(long):
            out.append(role[: -len(long)] + short)
    return out


def _script(key: str) -> str:
    if _ROMA.fullmatch(key):
        return "roma"
    if _HIRA.fullmatch(key):
        return "kana"
    return "kanji"


def _name_parts(name: str) -> list[str]:
    """Family and given name of a name written with or without a space."""
    text = unicodedata.normalize("NFKC", name).strip()
    if " " in text:
        return [p for p in text.split() if p]
    tokens = tokenize(text)
    if len(tokens) == 2 and all(name_kind(t) for t in tokens):
        return [t.surface() for t in tokens]
    return [text]


def _readings(part: str) -> list[str]:
    if not _KANJI.search(part):
        return []
    tokens = tokenize(part)
    return ["".join(kata_to_hira(t.reading_form()) for t in tokens)]


class Registry:
    def __init__(self, people: tuple[ProtectedPerson, ...]) -> None:
        self.forms: dict[str, Form] = {}
        self.roles: list[tuple[str, str | int]] = []
        self.masked: list[tuple[str, str | int]] = []
        self.masked_tail: dict[str, str] = {}
        # Parts too short to match alone (林, らん): they need a title or cue after them.
        self.short: dict[str, str | int] = {}
        for person in people:
            self._add_person(person)
        keys = sorted(self.forms, key=len, reverse=True)
        # Romaji names and handles, looked up word by word in Latin running text.
        self.latin = {k: f for k, f in self.forms.items() if f.script in ("roma", "handle")}
        self.pattern = re.compile("|".join(map(re.escape, keys))) if keys else None
        masked = "|".join(
            p + (f"(?={self.masked_tail[p]})" if p in self.masked_tail else "")
            for p, _ in sorted(self.masked, key=lambda x: -len(x[0]))
        )
        self.masked_pattern = re.compile(masked) if masked else None
        shorts = [k for k in sorted(self.short, key=len, reverse=True) if k not in self.forms]
        self.short_pattern = (
            re.compile(f"(?:{'|'.join(map(re.escape, shorts))})(?=(?:{_SHORT_CUE}))")
            if shorts
            else None
        )

    def _add(self, key: str, kind: str, person: str | int, script: str | None = None) -> None:
        if len(key) < 2 or (kind == "part" and _script(key) != "kanji" and len(key) < 3):
            return
        self.forms.setdefault(key, Form(key, kind, script or _script(key), person))

    def _add_person(self, p: ProtectedPerson) -> None:
        ident = p.ident
        for handle in p.handles:
            self._add(loose_key(handle.lstrip("@＠")), "handle", ident, "handle")
        for role in p.roles:
            self.roles.extend((r, ident) for r in role_variants(role))
        for name in (p.name, *p.aliases):
            self._add_name(name, ident)

    def _add_name(self, name: str, ident: str | int) -> None:
        """One spelling of a name: full forms, parts, kana and romaji readings, masks."""
        parts = _name_parts(name)
        loose_parts = [loose_key(x) for x in parts]
        full = "".join(loose_parts)
        self._add(full, "full", ident)
        if len(loose_parts) == 2:
            self._add(loose_parts[1] + loose_parts[0], "full", ident)
        if len(loose_parts) > 2:
            # グエン・ティ・ラン written as Lan Nguyen or グエンラン: family and given name
            # without the middle part, in both orders.
            self._add(loose_parts[0] + loose_parts[-1], "full", ident)
            self._add(loose_parts[-1] + loose_parts[0], "full", ident)
        for lp in loose_parts if len(loose_parts) > 1 else []:
            self._add(lp, "part", ident)
            if len(lp) < 3 and (_KANJI.fullmatch(lp) or len(lp) == 2):
                self.short.setdefault(lp, ident)
        self._add_kana(parts, loose_parts, ident)
        if _KANJI.fullmatch(full) and len(full) >= 3:
            self._add_masked(full, ident, "")
        for lp in loose_parts if len(loose_parts) > 1 else []:
            self._add_masked_part(lp, ident)

    def _add_kana(self, parts: list[str], loose_parts: list[str], ident: str | int) -> None:
        """The kana reading of the whole name and its parts, and the romaji spellings."""
        readings = [r for part in parts for r in _readings(part)]
        kana_parts = readings if len(readings) == len(parts) else []
        if not kana_parts and all(_HIRA.fullmatch(lp) for lp in loose_parts):
            kana_parts = loose_parts
        if not kana_parts and all(_ROMA.fullmatch(lp) for lp in loose_parts):
            kana_parts = [romaji_to_hiragana(lp) or "" for lp in loose_parts]
        if not (kana_parts and all(kana_parts)):
            return
        self._add("".join(kana_parts), "full", ident)
        if len(kana_parts) > 1:
            for k in kana_parts:
                self._add(k, "part", ident)
                if len(k) == 2:
                    self.short.setdefault(k, ident)
        self._add_romaji(kana_parts, ident)

    def _add_masked_part(self, lp: str, ident: str | int) -> None:
        """佐○間, S久間: a masked family or given name alone.  A two-character part needs a
        title or role after it (高○さん), else it is too loose."""
        if _KANJI.fullmatch(lp) and len(lp) >= 3:
            self._add_masked(lp, ident, "")
        elif _KANJI.fullmatch(lp) and len(lp) == 2:
            self._add_masked(lp, ident, _TITLE_AFTER)
            # F川、…: the romaji initial of the part's reading standing for its
            # first kanji, then a comma or a naming cue.
            for r in _readings(lp)[:1]:
                roma = hiragana_to_romaji(r) or ""
                if roma[:1].isalpha():
                    body = "(?<![a-z])" + roma[0] + re.escape(lp[1])
                    self.masked.append((body, ident))
                    self.masked_tail[body] = f"[、,。!！]|って|とかいう|{_TITLE_AFTER}"

    def _add_masked(self, word: str, ident: str | int, after: str) -> None:
        for i in range(len(word)):
            body = re.escape(word[:i]) + _MASK_CLASS + re.escape(word[i + 1 :])
            self.masked.append((body, ident))
            if after:
                self.masked_tail[body] = after

    def _add_romaji(self, kana_parts: list[str], ident: str | int) -> None:
        romas = [romaji_variants(hiragana_to_romaji(k) or "") for k in kana_parts]
        if not all(romas):
            return
        if len(romas) == 2:
            for a in romas[0]:
                for b in romas[1]:
                    self._add(a + b, "full", ident)
                    self._add(b + a, "full", ident)
        for variants in romas:
            for r in variants:
                if len(r) >= 4:
                    self._add(r, "part", ident)

    def _find_latin(self, nv: View) -> list[Finding]:
        """Romaji names and bare handles inside English or romaji sentences.

        The loose view drops spaces, so inside "I saw Kenta Sasaki today" a romaji form is
        glued to its neighbours (isawkentasasakitoday) and fails the word-boundary check.
        Here the Latin words of the normalised text are read one by one: one, two or three
        consecutive words joined by a space, dot, underscore or hyphen are looked up.
        """
        out: list[Finding] = []
        words = list(_LATIN_WORD.finditer(nv.text))
        for i, first in enumerate(words):
            key = ""
            for j in range(i, min(i + 3, len(words))):
                m = words[j]
                if j > i and not _LATIN_SEP.fullmatch(nv.text, words[j - 1].end(), m.start()):
                    break
                key += m.group().lower()
                form = self.latin.get(key)
                if form is None:
                    continue
                s, e = nv.span(first.start(), m.end())
                if form.script == "handle":
                    out.append(Finding(s, e, "ACCOUNT", 0.97, "protected.handle", form.person))
                else:
                    score = 0.97 if form.kind == "full" else 0.9
                    out.append(
                        Finding(s, e, "PERSON", score, f"protected.{form.kind}", form.person)
                    )
        return out

    def key_for(self, surface: str) -> str | int | None:
        form = self.forms.get(loose_key(surface))
        return form.person if form else None

    def find(self, original: str, lv: View, nv: View | None = None) -> list[Finding]:
        """Protected names and handles in the loose view lv, in original offsets; with the
        normalised view nv, also romaji names and handles inside Latin running text."""
        out: list[Finding] = self._find_latin(nv) if nv is not None and self.latin else []
        text = lv.text
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                form = self.forms[m.group()]
                brk = _script_break(original, lv, m.start())
                if not _bounded(text, m.start(), m.end(), form, brk):
                    continue
                s, e = lv.span(m.start(), m.end())
                if form.script == "handle":
                    if s > 0 and original[s - 1] in "@＠":
                        s -= 1
                    out.append(Finding(s, e, "ACCOUNT", 0.97, "protected.handle", form.person))
                else:
                    score = 0.97 if form.kind == "full" else 0.9
                    out.append(
                        Finding(s, e, "PERSON", score, f"protected.{form.kind}", form.person)
                    )
        if self.short_pattern is not None:
            for m in self.short_pattern.finditer(text):
                ident = self.short[m.group()]
                form = Form(m.group(), "part", _script(m.group()), ident)
                brk = _script_break(original, lv, m.start())
                if not _bounded(text, m.start(), m.end(), form, brk):
                    continue
                s, e = lv.span(m.start(), m.end())
                out.append(Finding(s, e, "PERSON", 0.85, "protected.short", ident))
        if self.masked_pattern is not None:
            for m in self.masked_pattern.finditer(text):
                ident = next(i for p, i in self.masked if re.fullmatch(p, m.group()))
                s, e = lv.span(m.start(), m.end())
                out.append(Finding(s, e, "PERSON", 0.9, "protected.masked", ident))
        return out


_PARTICLES = "のはがともをにへや"
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9@＠/])[A-Za-z0-9]+(?![A-Za-z0-9])")
_LATIN_SEP = re.compile(r"[ ._\-・]")
_LAUGH_TAIL = re.compile(r"w+(.?)")


_CUES = "さん 様 氏 ちゃん くん たん 先生 とかいう っていう って "
# What may follow a short name part (林, らん) for it to be a name: a title, an honorific,
# a role word or a naming cue (林とかいう, ランって子).
_SHORT_CUE = "|".join(
    re.escape(w)
    for w in sorted(
        {loose_key(w) for w in (_CUES.split() + list(ROLE_WORDS))},
        key=len,
    )[::-1]
)


def _script_break(original: str, lv: View, a: int) -> bool:
    """Whether the original text switches from hiragana to katakana at view offset a."""
    s = lv.starts[a]
    if s == 0:
        return False
    here, before = original[s], original[s - 1]
    return ("ァ" <= here <= "ヺ" or "ｦ" <= here <= "ﾝ") and "ぁ" <= before <= "ゖ"


def _bounded(text: str, a: int, b: int, form: Form, script_break: bool = False) -> bool:
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    if form.script in ("roma", "handle"):
        if form.script == "roma" and after == "w":
            after = _LAUGH_TAIL.match(text, b).group(1) or " "  # nakamuraｗｗｗ: laughter
        return not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum()
        )
    if form.script == "kana":
        # の/は/が before a name of three kana or more is a particle (元運転手のけんたろう).
        glued = (
            "ぁ" <= before <= "ゖ"
            and not (b - a >= 3 and before in _PARTICLES)
            and not script_break  # 名札見たらグエンって: katakana after hiragana starts a word
        )
        return not glued and _NOT_PERSON.match(text, b) is None
    if form.kind == "part" and _KANJI.fullmatch(before):
        return False
    return _NOT_PERSON.match(text, b) is None
