"""Names of private people: Sudachi person-name tags, romaji names and masked names.

The protected-person registry lives in ``registry.py``; this module finds ordinary
names that nobody registered.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from typing import Any

from sudachipy import Dictionary, SplitMode

from .fastre import searching
from .kana import fold_romaji, romaji_to_hiragana
from .lexicon import (
    HONORIFICS,
    NAME_TITLES,
    NOT_PERSON_AFTER,
    PUBLIC_CONTEXT_AFTER,
    PUBLIC_FIGURES,
    ROLE,
)
from .model import Finding
from .namedata import name_data
from .normalize import View
from .vocab import alternation, words

_lock = threading.Lock()
_tokenizer: Any = None
_POS_SURNAME: set[int] = set()
_POS_GIVEN: set[int] = set()
_POS_PLACE: set[int] = set()
# Proper nouns the dictionary does not call names that may be family names (岡部).
_POS_NOUN: set[int] = set()
# Common nouns that may be family names before a spaced given name (金城 里奈).
_POS_COMMON: set[int] = set()
# Particles, auxiliaries, symbols, blanks: never a name (most tokens; skipped unread).
_POS_FUNCTION: set[int] = set()
_dictionary: Any = None


_local = threading.local()
_CACHE_SIZE = 8


def tokenizer() -> Any:
    """This thread's Sudachi tokenizer over the process-wide dictionary (sudachidict-core).

    A tokenizer must not be used by two threads at once (SudachiPy raises "Already
    borrowed"; under gunicorn's gthread workers a scan then failed closed), so each
    thread gets its own; the dictionary, loaded once, is shared."""
    _load_dictionary()
    own = getattr(_local, "tokenizer", None)
    if own is None:
        own = _local.tokenizer = _dictionary.tokenizer(mode=SplitMode.C)
    return own


def _load_dictionary() -> None:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                global _dictionary
                dictionary = _dictionary = Dictionary(dict="core")
                for pid in range(100_000):
                    pos = dictionary.pos_of(pid)
                    if pos is None:
                        break
                    if pos[2] == "人名" and pos[3] == "姓":
                        _POS_SURNAME.add(pid)
                    elif pos[2] == "人名" and pos[3] == "名":
                        _POS_GIVEN.add(pid)
                    elif pos[2] == "地名":
                        _POS_PLACE.add(pid)
                    elif pos[:3] == ("名詞", "固有名詞", "一般"):
                        _POS_NOUN.add(pid)
                    elif pos[:3] == ("名詞", "普通名詞", "一般"):
                        _POS_COMMON.add(pid)
                    if pos[0] in ("助詞", "助動詞", "補助記号", "空白"):
                        _POS_FUNCTION.add(pid)
                _tokenizer = dictionary.tokenizer(mode=SplitMode.C)


def tokenize(text: str) -> list[Any]:
    """Morphemes of text; cached per thread (the last few texts) because names, wishes and
    calls to action read the same text. Callers must not modify the returned list."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    found = cache.get(text)
    if found is None:
        found = list(tokenizer().tokenize(text))
        if len(cache) >= _CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[text] = found
    return found


def name_kind(morpheme: Any) -> str | None:
    pid = morpheme.part_of_speech_id()
    if pid in _POS_SURNAME:
        return "sei"
    if pid in _POS_GIVEN:
        return "mei"
    return None


@functools.lru_cache(maxsize=4096)
def _is_surname_too(surface: str) -> bool:
    """Whether a word Sudachi read as a place (松本, 岡田) is also listed as a family name."""
    try:
        return any(m.part_of_speech()[2:4] == ("人名", "姓") for m in _dictionary.lookup(surface))
    except Exception:  # noqa: BLE001 - an older SudachiPy without lookup()
        return False


_HONORIFIC = re.compile(HONORIFICS)
# 北条って兄ちゃん, ナカジマっておばさん: casual words for a person after a naming cue.
_PERSON_NOUNS = (
    "兄ちゃん|姉ちゃん|にいちゃん|ねえちゃん|にーちゃん|ねーちゃん|おっさん|おっちゃん"
    "|おばさん|おばちゃん|おじさん|おじちゃん|おばはん|兄さん|姉さん|お兄さん|お姉さん"
)
_ROLE_AT = re.compile(ROLE)
_TITLE = re.compile(NAME_TITLES)
# 「担任の松本、」「大家の岡田の電話番号」: a role word and の right before a name.
_ROLE_BEFORE = re.compile(rf"(?:{ROLE}|(?<![ぁ-ゖ])[一-龥ァ-ヴー]{{1,6}}屋|窓口|フロント|レジ)の$")
# 「佐野とかいう女」「松本って職員」: a word right before these is a person's name.
_CUE_AFTER = re.compile(
    # 岡田って書いてあった, 岡田のことな, ← 岡田の携帯: a name read off a tag or owning a phone
    r"(?:って(?:書いて|名札|名乗)|のことな|の(?:携帯|ケータイ|スマホ|メアド|携帯番号|電話番号|本名|LINE)(?![一-龥]))|"
    rf"(?:とかいう|っていう|って(?:いう)?(?:{ROLE}|{_PERSON_NOUNS}|奴|やつ|ヤツ|女|男|人(?!気)|子|ババア|ジジイ))"
    # 岡部って船員, 西川いう衛生士 (dialect): any occupational noun after the naming cue
    r"|(?:って|いう)[一-龥ァ-ヴー]{1,5}(?:" + alternation("occupational_suffixes") + r")(?![一-龥])"
)
# 平野の家、 / 西川のインスタ: a family name owning a home or an account, opening a clause.
_DATA_AFTER = re.compile(alternation("owned_by_person") + r"(?![一-龥]|に|で|へ|から|まで)")
_MAIDEN_BEFORE = re.compile(r"旧姓(?:は|の|が|:|：)?\s?[「『（(]?$")
_CLAUSE_START = re.compile(r"(?:^|[、,。!！?？\s「『（(>＞】])$")
# A family name glued to a death wish or insult (大西死ね): only a person fits.
_ABUSE_AFTER = re.compile(alternation("name_glued_abuse"))
# 羽田から新宿まで: a route, so both ends are places.
_ROUTE_AFTER = re.compile(
    r"(?:から|〜|~|→)[^。、\s]{1,10}?まで|まで(?:の|は)?(?:電車|タクシー|バス|徒歩)"
)
# One-kanji "surnames" that are verb stems before さん (一生許さん = I won't forgive).
_VERB_BEFORE_SAN = ("許",)
_AFTER_ROLE_NAME = re.compile(
    r"[、,。\s]|が|は|って|の(?:電話|携帯|番号|住所|家|実家|本名|顔|アカウント)"
)
_NOT_PERSON = re.compile(NOT_PERSON_AFTER)
_PUBLIC = re.compile(PUBLIC_FIGURES)
_PUBLIC_AFTER = re.compile(PUBLIC_CONTEXT_AFTER)
_KANJI = re.compile(r"[一-龥々〆ヶ]+")
_KANA = re.compile(r"[ぁ-ゖァ-ヴー]+")


# 森ってオペ, 堀とかいう女, 森は4ね, 堀の誕生日: a one-kanji family name needs a strong cue
# right after it, and a word start before it (not お堀, not 森林).
_ONE_KANJI_CUE = re.compile(
    rf"(?:って(?:いう)?(?:{ROLE}|オペ|奴|やつ|ヤツ|女|男|人(?!気|[がはもに])|子|ババア|ジジイ)"
    r"|とかいう|と名乗|って名乗|って名札"
    r"|[はも、]?\s?(?:4ね|4ね|氏ね|死ね|しね|シネ|市ね|タヒ|ﾀﾋ|消えろ)"
    r"|の(?:誕生日|生年月日|住所|携帯|ケータイ|電話番号|実家|自宅|本名|LINE|インスタ|メアド)(?![一-龥]))"
)
_ONE_KANJI_NOT = frozenset(words("one_kanji_not_names"))
_ONE_KANJI_START = re.compile(
    rf"(?:^|[、,。!！?？\s「『（(>＞】ぁ-ゖ]|(?:{ROLE}|[一-龥]{{0,4}}(?:店|社|課|部|署|所|局|係|窓口))の)$"
)


# 父（正雄、…）: a name in brackets right after a family word.
_KIN_BRACKET = re.compile(
    "(?:" + alternation("kin_words") + "|(?:の)?(?:名前|名義|名字|苗字|氏名|本名))[（(]$"
)


def _one_kanji_name(text: str, a: int, b: int, surface: str) -> bool:
    if surface in _ONE_KANJI_NOT or not _ONE_KANJI_CUE.match(text, b):
        return False
    if not _ONE_KANJI_START.search(text[max(0, a - 10) : a]):
        return False
    return _is_surname_too(surface)


def sudachi_names(view: View, tokens: list[Any]) -> list[Finding]:
    """Person-name tokens, joined into full names, filtered for places and public figures."""
    text = view.text
    out: list[Finding] = []
    i, n = 0, len(tokens)
    while i < n:
        # name_kind() inlined, with one part_of_speech_id() per token: most tokens are
        # neither names nor places and need nothing else.
        pid = tokens[i].part_of_speech_id()
        kind = "sei" if pid in _POS_SURNAME else "mei" if pid in _POS_GIVEN else None
        if kind is None and (
            (pid in _POS_PLACE and _given_follows(tokens, i))
            or (pid in _POS_COMMON and _given_follows(tokens, i, spaced=True))
        ):
            # 新郎岡田 悠真, 金城 里奈: a word that is also a family name, a given name after
            kind = "sei"
        if kind is None:
            if pid in _POS_FUNCTION:
                i += 1
                continue
            other = _other_token(text, tokens[i], pid)
            if other is not None:
                a, b, score, rule = other
                out.append(Finding(*view.span(a, b), "PERSON", score, rule))
            i += 1
            continue
        surface = tokens[i].surface()
        if not (_KANJI.fullmatch(surface) or _KANA.fullmatch(surface)):
            i += 1
            continue
        i, found = _name_from(text, tokens, i, kind, surface)
        if found is not None:
            s, e = view.span(found[0], found[1])
            out.append(Finding(s, e, "PERSON", found[2], "person.sudachi"))
    return out


def _given_follows(tokens: list[Any], i: int, spaced: bool = False) -> bool:
    j = i + 1
    if j < len(tokens) and tokens[j].surface() == " ":
        j += 1
    elif spaced:
        return False
    return (
        j < len(tokens)
        and name_kind(tokens[j]) == "mei"
        and (j == i + 1 or len(tokens[i].surface()) >= 2)
        and _is_surname_too(tokens[i].surface())
        and _KANJI.fullmatch(tokens[i].surface()) is not None
    )


def _other_token(text: str, token: Any, pid: int) -> tuple[int, int, float, str] | None:
    """A token Sudachi does not tag as a name: a one-kanji name with a cue, a place as a
    family name (松本先生)."""
    surface = token.surface()
    if len(surface) == 1 and "一" <= surface <= "龥":
        a = token.begin()
        if _one_kanji_name(text, a, a + 1, surface):
            return a, a + 1, 0.75, "person.one_kanji"
    elif pid in _POS_PLACE or (pid in _POS_NOUN and 2 <= len(surface) <= 3):
        place = _place_as_surname(text, token)
        if place is not None:
            return place[0], place[1], 0.8, "person.sudachi"
    return None


def _name_from(
    text: str, tokens: list[Any], i: int, kind: str, surface: str
) -> tuple[int, tuple[int, int, float] | None]:
    """(next token index, (start, end, score) or None) for the name part at token i."""
    n = len(tokens)
    j = i + 1
    if j < n and tokens[j].surface() == " " and j + 1 < n and name_kind(tokens[j + 1]):
        j += 1
    full = j < n and name_kind(tokens[j]) is not None and tokens[j].surface() != " "
    last = j if full else i
    a, b = tokens[i].begin(), tokens[last].end()
    after = text[b : b + 8]
    title = _TITLE.match(after) is not None and (full or len(surface) >= 2)
    honorific = title or _HONORIFIC.match(after) is not None
    name = text[a:b]
    nxt = last + 1
    if _PUBLIC.fullmatch(name.replace(" ", "")) or (not title and _NOT_PERSON.match(after)):
        return nxt, None
    role = _ROLE_AT.match(text, a)
    if role and role.end() >= b:
        return nxt, None  # a role word Sudachi tags or splits as name parts (…さん after a job)
    if _PUBLIC_AFTER.match(text, b) or _ROUTE_AFTER.match(text, b):
        return nxt, None
    if not full:
        if surface in _VERB_BEFORE_SAN:
            return nxt, None
        lone = _lone_part(text, a, b, surface, kind, honorific)
        if lone is None:
            return nxt, None
        b, full = lone
    score = 0.9 if full else 0.85 if honorific else 0.75
    return nxt, (a, b, score)


def _lone_part(
    text: str, a: int, b: int, surface: str, kind: str, honorific: bool
) -> tuple[int, bool] | None:
    """A family or given name alone counts with an honorific or a cue: (end, full) or None."""
    cued = (_person_cue(text, a, b) and len(surface) >= 2) or (
        len(surface) == 1 and _one_kanji_name(text, a, b, surface)
    )
    if not cued and len(surface) >= 2 and _KIN_BRACKET.search(text, max(0, a - 5), a):
        cued = True  # 父（正雄、S22生）, 母（恵子）の名義
    if (
        not honorific
        and not cued
        and (kind == "mei" or len(surface) < 2 or _KANA.fullmatch(surface))
    ):
        return None
    if not honorific and not cued and _place_like(text, a):
        return None
    if kind == "sei" and _KANJI.fullmatch(surface):
        kana = _GIVEN_KANA.match(text, b)
        if kana:  # 中村 あかり: a kana given name after a spaced family name
            return kana.end(), True
    return b, False


_GIVEN_KANA = re.compile(
    r" (?!さん|さま|ちゃん|くん|たん|せんせ|です|でし|だよ|だね|だけ|って|から|まで"
    r"|など|とか|なら|しか|まじ|マジ|まぢ|ほんと|ホント|めっちゃ|すごい|すごく|ガチ|がち"
    r"|ってば|じゃ|ども|たち|ら(?:は|が|の|、))"
    r"(?:[ぁ-ゖ]{2,4}?|[ァ-ヴ][ァ-ヴー]{1,4}?)(?=[、,。\sでがはのをにとも]|って|$)"
)


def _person_cue(text: str, a: int, b: int) -> bool:
    """A role word and の before (トレーナーのケンジ、) or とかいう/って職員 after."""
    after = text[b : b + 8]
    if _CUE_AFTER.match(after) or _ABUSE_AFTER.match(after):
        return True
    if _DATA_AFTER.match(after) and _CLAUSE_START.search(text, max(0, a - 1), a):
        return True
    if b - a >= 2 and _KIN_BRACKET.search(text, max(0, a - 5), a):
        return True  # 夫の名前（佐伯）, 母（恵子）
    if _MAIDEN_BEFORE.search(text, max(0, a - 5), a):
        return True  # 旧姓水原
    return bool(_ROLE_BEFORE.search(text[max(0, a - 12) : a]) and _AFTER_ROLE_NAME.match(after))


def _place_as_surname(text: str, token: Any) -> tuple[int, int] | None:
    """A place word that is also a family name, where only a person fits (松本先生)."""
    surface = token.surface()
    if not (2 <= len(surface) <= 3 and _KANJI.fullmatch(surface)):
        return None
    a, b = token.begin(), token.end()
    after = text[b : b + 8]
    titled = _HONORIFIC.match(after) is not None or _TITLE.match(after) is not None
    if not titled and not _person_cue(text, a, b):
        return None
    if _PUBLIC_AFTER.match(text, b) or not _is_surname_too(surface):
        return None
    return a, b


def _place_like(text: str, a: int) -> bool:
    """A surname right after a place word (東京の…) or inside a bank/branch phrase."""
    return text[max(0, a - 2) : a] in ("銀行", "支店", "県の", "市の")


_ROLEISH = (
    r"(?<![ぁ-ゖ])[一-龥ァ-ヴー]{0,6}(?:者|員|屋|課|係|窓口|士|師|フロント|レジ)"
    r"|(?<![ぁ-ゖ])[ァ-ヴー]{2,6}(?:ラー|ナー|ター)|(?<![ぁ-ゖ])[一-龥ァ-ヴー]{1,6}店"
)
# 店員のゆいなちゃん, 講師のケンタさん: a kana word the dictionary does not know, between a
# role word and an honorific, is a given name.  Kin and crowd words (おばちゃん, みなさん,
# にーちゃん) are left out.
_ROLE_KANA_NAME = searching(
    rf"(?:{ROLE}|{_ROLEISH})の(?P<n>(?!お|みな|みん|ねえ|ねー|ねぇ|にい|にー|あん|あな|じい|ばあ|かあ|とう|ぼっ|ども|あの|この|その|例の|ヨメ|よめ|ムスコ|ムスメ|むすこ|むすめ|ダンナ|だんな)"
    rf"(?:[ぁ-ゖ]{{2,4}}|[ァ-ヴ][ァ-ヴー]{{1,4}}))(?=ちゃん|さん|くん|たん)"
)


def role_kana_names(view: View) -> list[Finding]:
    out: list[Finding] = []
    text = view.text
    if "ん" not in text:
        return out  # every honorific it needs (さん, ちゃん, くん, たん) holds ん
    for m in _ROLE_KANA_NAME.finditer(text):
        word = m.group("n")
        if len(word) >= 4 and _script(word) == "kata" and not _unknown(word):
            continue  # パン屋のメロンパンさん: a long dictionary word is a thing, not a name
        if _ROLE_AT.fullmatch(word) or word in ("バイト", "パート", "ばいと"):
            continue  # ラーメン屋のバイトくん: the role, not a name
        s, e = view.span(m.start("n"), m.end("n"))
        out.append(Finding(s, e, "PERSON", 0.7, "person.role_kana"))
    return out


# --- romaji names ----------------------------------------------------------------------

_INITIAL_NAME = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]\.\s?|(?:Mr|Ms|Mrs|Miss|Dr)\.?\s)(?P<w>[A-Z][a-z]{2,}|[A-Z]{3,})(?![A-Za-z])"
)
_TWO_WORDS = re.compile(
    r"(?<![A-Za-z@/._])(?P<a>[A-Z][a-z]{1,}|[A-Z]{2,})\s(?P<b>[A-Z][a-z]{1,}|[A-Z]{2,})(?![A-Za-z])"
)


@functools.lru_cache(maxsize=4096)
def is_name_word(word: str) -> str | None:
    """'sei' or 'mei' when a romaji word reads as a Japanese name (Sato → サトウ): Sudachi
    first, then the name dataset with long vowels folded (Yuuko, Satoh, Haruto), unless
    Sudachi reads it as a place or a company (Osaka, Nagano, Honda: surnames too)."""
    kana = romaji_to_hiragana(word)
    if not kana or len(kana) < 2:
        return None
    place = False
    for candidate in (
        (kana, kana + "う") if kana[-1] in "おこそとのほもよろごぞどぼぽょ" else (kana,)
    ):
        kata = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in candidate)
        ms = list(tokenizer().tokenize(kata))
        if len(ms) == 1 and name_kind(ms[0]):
            return name_kind(ms[0])
        place = place or (len(ms) == 1 and ms[0].part_of_speech_id() in _POS_PLACE)
    if place or _latin_proper_noun(word):
        return None
    return name_data().romaji_kind(word)


def _latin_proper_noun(word: str) -> bool:
    """Sudachi knows the Latin spelling as a place or organisation (Osaka, Kobe, Honda)."""
    ms = list(tokenizer().tokenize(word))
    if len(ms) != 1 or ms[0].is_oov():
        return False
    pos = ms[0].part_of_speech()
    return pos[1] == "固有名詞" and pos[2] != "人名"


@functools.cache
def _public_romaji() -> frozenset[str]:
    return frozenset(fold_romaji(w) for w in words("romaji_public_figures"))


def is_public_romaji(name: str) -> bool:
    """A public figure written in romaji (Ohtani, Shohei Ohtani: vocab/romaji_public_figures)."""
    return fold_romaji(name) in _public_romaji()


_ROMAJI_BRACKET = re.compile(r"[一-龥々]{1,4}\s?[一-龥々ぁ-ゖァ-ヴー]{1,4}[（(]$")


def romaji_names(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    for m in _INITIAL_NAME.finditer(text):
        if is_name_word(m.group("w")) == "sei":
            start = m.start() if m.group()[1] == "." else m.start("w")  # K.Tanaka, Mr. Tanaka
            s, e = view.span(start, m.end())
            out.append(Finding(s, e, "PERSON", 0.75, "person.romaji"))
    for m in _TWO_WORDS.finditer(text):
        ka, kb = is_name_word(m.group("a")), is_name_word(m.group("b"))
        # Misaki Honda: one part a known name, or a role before, and both read as kana
        clean = all(len(romaji_to_hiragana(w) or "") >= 2 for w in (m.group("a"), m.group("b")))
        role = _ROLE_BEFORE_WIDE.search(text[max(0, m.start() - 12) : m.start()])
        # 鈴木 陽菜（HINA SUZUKI）: the romaji spelling in brackets right after a kanji name
        bracket = (
            _ROMAJI_BRACKET.search(text, max(0, m.start() - 6), m.start()) is not None
            and text[m.end() : m.end() + 1] in ("）", ")")
            and all(len(romaji_to_hiragana(w.lower()) or "") >= 2 for w in m.group("a", "b"))
        )
        if (ka and kb and ka != kb) or (clean and (ka or kb or role)) or bracket:
            if is_public_romaji(m.group()):
                continue  # Shohei Ohtani
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "PERSON", 0.8, "person.romaji"))
    if "/" in text:
        out += _booking_names(view)
    for m in _LATIN_TITLED.finditer(text):
        g = "w" if m.group("w") else "v"
        word = m.group(g)
        first = word.split()[0]
        if first.capitalize() in _BRANDS or _latin_proper_noun(first) or is_public_romaji(word):
            continue  # Amazonさん, Toyota様, Ohtani先生
        s, e = view.span(m.start(g), m.end(g))
        out.append(Finding(s, e, "PERSON", 0.75, "person.romaji"))
    return out


_BRANDS = frozenset(words("latin_brands"))
# Maria先生, Kevinさん, Teacher Jolina, Mia teacher: a capitalised Latin name with a title.
_LATIN_TITLED = re.compile(
    r"(?<![A-Za-z0-9@._/#-])(?P<w>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
    r"(?=\s?(?:先生|せんせい|さん|ちゃん|くん|様)|\s[Tt]eacher\b|\s[Ss]ensei\b)"
    r"|(?<![A-Za-z])(?:[Tt]eacher|[Ss]ensei|[Cc]oach) (?P<v>[A-Z][a-z]{2,})(?![A-Za-z])"
)


# MORIOKA/SHINJI MR: the SURNAME/GIVEN form of airline and hotel bookings.
_BOOKING_NAME = re.compile(
    r"(?<![A-Za-z0-9/])(?P<a>[A-Z]{2,})/(?P<b>[A-Z]{2,})(?=\s?(?:MR|MS|MRS|MISS|MSTR)\b|[^A-Za-z/])"
)


def _booking_names(view: View) -> list[Finding]:
    out = []
    for m in _BOOKING_NAME.finditer(view.text):
        a, b = m.group("a").capitalize(), m.group("b").capitalize()
        if is_name_word(a) or is_name_word(b):
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "PERSON", 0.8, "person.romaji"))
    return out


# --- masked names ---------------------------------------------------------------------

_MASKED = re.compile(
    r"(?<![一-龥々])(?P<a>[一-龥々]{1,3})(?P<m>[○●◯〇×✕＊*■□△▲]{1,2}|[A-Z])(?P<b>[一-龥々]{0,3})"
)


# S田T子, N村K太郎: initials standing for the first character of both name parts.
_INITIALS_MASKED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][一-龥々]{1,2}[A-Z][一-龥々]{1,2}(?![一-龥々A-Za-z])"
)


_SECTION_BEFORE = re.compile(
    rf"(?:{ROLE}|[一-龥]{{0,4}}(?:店|社|課|部|署|所|局|係|窓口|科|センター))の$"
)


# み○き様, ゆ*りさん: a kana name with a character hidden, then an honorific.
_MASKED_KANA = re.compile(
    r"(?<![ぁ-ゖ])[ぁ-ゖ]{1,3}[○●◯*×]{1,2}[ぁ-ゖ]{0,3}(?=様|さま|さん|ちゃん|くん)"
)


def masked_names(view: View) -> list[Finding]:
    """山○太郎, 佐藤M子: a name with characters hidden still identifies the person."""
    text = view.text
    out: list[Finding] = []
    for m in _MASKED_KANA.finditer(text):
        if len(m.group()) >= 3:
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "PERSON", 0.7, "person.masked"))
    for m in _INITIALS_MASKED.finditer(text):
        s, e = view.span(m.start(), m.end())
        out.append(Finding(s, e, "PERSON", 0.8, "person.masked"))
    for m in _MASKED.finditer(text):
        a, b = m.group("a"), m.group("b")
        if m.group("m").isalpha() and not b:
            continue
        sei = _single_kind(a) == "sei"
        mei = bool(b) and _single_kind(b) == "mei"
        honorific = _HONORIFIC.match(text, m.end()) is not None
        # 鈴○さん: a family name with its last character masked, then an honorific
        masked_family = honorific and not b and not m.group("m").isalpha()
        # 市民課の佐*木、: a masked word between a role or section and a clause break
        sectioned = (
            bool(b)
            and not m.group("m").isalpha()
            and _SECTION_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            and _AFTER_ROLE_NAME.match(text, m.end()) is not None
        )
        if sei or mei or (honorific and b) or masked_family or sectioned:
            start = m.start()
            if (
                start > 0
                and "A" <= text[start - 1] <= "Z"
                and not text[start - 2 : start - 1].isalnum()
            ):
                start -= 1  # N村K太郎: the family name's first character masked too
            s, e = view.span(start, m.end())
            out.append(Finding(s, e, "PERSON", 0.75, "person.masked"))
    return out


def _single_kind(s: str) -> str | None:
    ms = list(tokenizer().tokenize(s))
    return name_kind(ms[0]) if len(ms) == 1 else None


# --- kana, romaji and spaced names that Sudachi does not tag in running text ---------------
# Sudachi tags names written in kanji; a name written in kana (やまもと けんじ, ナガセアユミ), in
# romaji after a role (受付課のTakahashi) or with its kanji spaced out (木 村, 小 林 翼) is read
# part by part: each part is looked up as a katakana word in the dictionary.


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


@functools.lru_cache(maxsize=8192)
def kana_kind(word: str) -> str | None:
    """'sei' or 'mei' when a kana word is one person-name token of the dictionary."""
    if len(word) < 2:
        return None
    ms = list(tokenizer().tokenize(_kata(word)))
    return name_kind(ms[0]) if len(ms) == 1 else None


_VOWEL_OF = {
    c: v
    for v, row in (
        ("あ", "あかさたなはまやらわがざだばぱぁゃ"),
        ("い", "いきしちにひみりぎじぢびぴぃ"),
        ("う", "うくすつぬふむゆるぐずづぶぷぅゅ"),
        ("え", "えけせてねへめれげぜでべぺぇ"),
        ("お", "おこそとのほもよろごぞどぼぽぉょ"),
    )
    for c in row
}


def _long_vowel_spellings(word: str) -> list[str]:
    """おーはし → おおはし, おうはし; ゆーこ → ゆうこ: a hiragana name with ー written out."""
    i = word.find("ー")
    if i <= 0 or word[i - 1] not in _VOWEL_OF:
        return []
    vowel = _VOWEL_OF[word[i - 1]]
    options = ["う", "お"] if vowel == "お" else ["い", "え"] if vowel == "え" else [vowel]
    return [word[:i] + o + word[i + 1 :] for o in options]


@functools.lru_cache(maxsize=8192)
def dataset_kana_kind(word: str) -> str | None:
    """Sudachi's reading first, then the name dataset (common words left out, three kana
    or more): for kana words that a cue already marks as a name (うちのはると, 窓口のいしだ、)."""
    kind = kana_kind(word)
    if kind is None and len(word) >= 3:  # two-kana readings are too often words (まえ, いえ)
        kind = name_data().kana_kind(word)
    if kind is None and "ー" in word and word[0] <= "ゖ":
        kind = next(filter(None, map(dataset_kana_kind, _long_vowel_spellings(word))), None)
    return kind


@functools.lru_cache(maxsize=4096)
def _proper_kata(word: str) -> bool:
    """A katakana word the dictionary knows only as a proper noun, or not at all."""
    ms = list(tokenizer().tokenize(_kata(word)))
    return len(ms) == 1 and ms[0].part_of_speech()[1] == "固有名詞"


_PARTICLE = "のでがはをにとも、。,!！?？ 　って"
# Two kana words: やまもと けんじ, ハヤシダ ユウキ, …けんじで
_KANA_PAIR = re.compile(
    r"(?<![ぁ-ゖァ-ヴー])(?P<a>[ぁ-ゖ]{2,5}|[ァ-ヴ][ァ-ヴー]{1,5})"
    r" (?P<b>[ぁ-ゖ]{2,7}|[ァ-ヴ][ァ-ヴー]{1,5})"
)
# One kana run: たかはしゆうた, ナガセアユミ.
_KANA_RUN = re.compile(
    r"(?<![ぁ-ゖァ-ヴー])(?:(?<![一-龥々])[ぁ-ゖ]{4,9}|[ァ-ヴ][ァ-ヴー]{3,8})(?![ァ-ヴー])"
)  # a hiragana run right after a kanji is its inflection or particle (個人のだよね)
# 出品者の, 融資課の, 窓口の: a role, section or counter before a name.
# A given name after a role needs an honorific or a naming cue: 保育士のまゆみ先生.
_MEI_CUE = re.compile(r"(?:さん|くん|ちゃん|先生|せんせい|って(?:子|やつ|奴|名札|人|女|男))")
_ROLE_BEFORE_WIDE = searching(rf"(?:{ROLE}|{_ROLEISH})の$")
# A single kana family name with a cue: 窓口のたなか、 / はしもとマネージャー / 名札に『イシカワ』.
_KANA_WORD_CUED = searching(
    r"(?:(?P<role>の)|[「『])(?P<n>[ぁ-ゖ]{2,5}|[ァ-ヴ][ァ-ヴー]{1,5})(?P<q>[」』])?"
)
# A kana word: katakana after anything but katakana (店のナカジマ), hiragana after neither
# kana nor kanji (a hiragana run right after a kanji is an inflection: 行かない) unless it
# opens with a particle.
_KANA_WORD = re.compile(
    r"(?<![ァ-ヴー])[ァ-ヴ][ァ-ヴー]{1,5}|(?<![ぁ-ゖァ-ヴー一-龥々])[ぁ-ゖ]{3,7}"
    # リュエールのゆりあ: a particle, then the name
    r"|(?<=[一-龥々ァ-ヴー])[のはがもと][ぁ-ゖ]{3,6}"
)
_KANA_AFTER = searching(
    rf"(?:さん|くん|ちゃん|先生|{ROLE}|とかいう|って(?:名札|書い|いう|人|奴|やつ|{ROLE}|{_PERSON_NOUNS}))"
)
# ゆりあってネイリスト: a given name too, when って and a role or person word follow.
_NAMED_ROLE_AFTER = re.compile(rf"って(?:{ROLE}|{_PERSON_NOUNS})")
_QUOTED_NAMED = re.compile(
    r"(?:個人名|差出人|送り主|送り人|名義|宛名|氏名|名前|本名)[^「」。\n]{0,6}[「『]"
    r"(?P<n>(?P<f>[一-龥]{1,2})[ 　][一-龥]{1,3})[」』]"
)
_KANA_NAMED = re.compile(
    r"(?:^|(?<=[、,。!！?？\s「『]|[はがも]))(?P<n>[ぁ-ゖ]{2,5}|[ァ-ヴ][ァ-ヴー]{1,5})"
    r"(?P<c>(?:と|って)名乗|(?:って|という)名前(?=で|だ|らしい|の(?:人|男|女|子|奴))"
    r"|(?:と|って)(?:いいます|言います|申します|申す者))"
)
_QUOTE_CUE = re.compile(r"名札|名前|名字|苗字|書いて|手書き|サイン")
_ROMAJI_WORD = searching(
    r"(?<![A-Za-z0-9@._/:#-])(?P<w>[A-Z]?[a-z]{3,}|[A-Z]{4,})(?![A-Za-z0-9@_/-]|\.[A-Za-z])"
)
_SPACED_KANJI = re.compile(
    r"(?<![0-9一-龥々 ])[一-龥々](?: [一-龥々]){1,4}"
    r"(?![一-龥々]| [一-龥々]|[いうかきくけこしすせまみめるれろ])"
)


_SERVICE_WORDS = frozenset(words("service_words"))


def extra_names(view: View) -> list[Finding]:
    """Names Sudachi does not tag in running text, read part by part (see the finders)."""
    text = view.text
    out: list[Finding] = []
    for finder in _EXTRA_FINDERS:
        for a, b, score, rule in finder(text):
            if text[a:b] in _SERVICE_WORDS:
                continue  # 店員のインスタ: a service, not a name
            s, e = view.span(a, b)
            out.append(Finding(s, e, "PERSON", score, rule))
    return out


def _kana_pairs(text: str) -> Iterator[tuple[int, int, float, str]]:
    """やまもと けんじ, ナガセ アユミ: a family and a given name in the same script, spaced."""
    for m in _KANA_PAIR.finditer(text):
        a, rest = m.group("a"), m.group("b")
        for k in range(min(len(rest), 5), 1, -1):
            b, tail = rest[:k], rest[k:]
            if (
                tail
                and tail[0] not in _PARTICLE
                and not tail.startswith(("っ", "名義", "さん", "くん"))
            ):
                continue
            if _script(a) != _script(b):
                break
            # both readings need a given name second: look the family name up only then
            if kana_kind(b) == "mei" and (
                kana_kind(a) == "sei" or (len(a) >= 3 and _script(a) == "kata")
            ):
                yield (m.start("a"), m.start("b") + k, 0.75, "person.kana")
                break


def _kana_runs(text: str) -> Iterator[tuple[int, int, float, str]]:
    """ナガセアユミ, やまもとけんじ: a kana run read as a family and a given name."""
    for m in _KANA_RUN.finditer(text):
        run = m.group()
        for k in range(2, len(run) - 1):
            a, b = run[:k], run[k:]
            if kana_kind(b) != "mei":
                continue  # both readings need a given name second
            if kana_kind(a) == "sei" or (
                _script(run) == "kata" and len(a) >= 3 and len(b) >= 3 and _unknown(run)
            ):
                yield (m.start(), m.end(), 0.7, "person.kana")
                break


def _kana_cued(text: str) -> Iterator[tuple[int, int, float, str]]:
    """窓口のたなか、, 名札に『イシカワ』: a kana word after a role, or quoted after a cue."""
    for m in _KANA_WORD_CUED.finditer(text):
        word, a, b = m.group("n"), m.start("n"), m.end("n")
        after = text[m.end() : m.end() + 8]
        if word.endswith("っ") and after.startswith("て") and not m.group("q"):
            word, b, after = word[:-1], b - 1, "っ" + after  # 受付のやまもとって人
        elif word.endswith("って") and len(word) >= 4 and not m.group("q"):
            word, b, after = word[:-2], b - 2, "って" + after  # 店のゆうきって子
        if m.group("role") is not None:
            if not _ROLE_BEFORE_WIDE.search(text[max(0, m.start() - 14) : m.end("role")]):
                continue
            if m.group("q") or not (
                re.match(r"[、,。\s]|って|とかいう|が|は|の(?:携帯|電話|家)", after)
                or _KANA_AFTER.match(after)
            ):
                continue
            kind = dataset_kana_kind(word)
            if not (
                kind == "sei"
                or (kind == "mei" and _MEI_CUE.match(after))
                or (_script(word) == "kata" and _proper_kata(word))
            ):
                continue
        else:
            if not m.group("q") or not _QUOTE_CUE.search(
                text[max(0, m.start() - 10) : m.end() + 8]
            ):
                continue
            if dataset_kana_kind(word) is None and not (
                _script(word) == "kata" and _proper_kata(word)
            ):
                continue
        yield (a, b, 0.7, "person.kana")


def _quoted_named(text: str) -> Iterator[tuple[int, int, float, str]]:
    """差出人が個人名の「李 俊豪」: a quoted family-given pair after a naming word."""
    for m in _QUOTED_NAMED.finditer(text):
        family = m.group("f")
        ms = list(tokenizer().tokenize(family))
        if len(ms) == 1 and (name_kind(ms[0]) == "sei" or _is_surname_too(family)):
            yield (m.start("n"), m.end("n"), 0.7, "person.quoted")


def _kana_named(text: str) -> Iterator[tuple[int, int, float, str]]:
    """担当はサカイと名乗ってた, けんとって名前で: a kana word with a naming cue after it."""
    for m in _KANA_NAMED.finditer(text):
        word = m.group("n")
        if not m.group("c").endswith("名前") and not (
            dataset_kana_kind(word) or (_script(word) == "kata" and _proper_kata(word))
        ):
            continue
        yield (m.start("n"), m.end("n"), 0.7, "person.kana")


def _kana_family_cued(text: str) -> Iterator[tuple[int, int, float, str]]:
    """ヤマモトって名札, はしもとマネージャー, 店ののゆりあってネイリスト: a kana family name
    (or a given name before って + a role) followed by its cue; a hiragana run may carry a
    particle glued before the name (店のやまもとさん)."""
    for m in _KANA_WORD.finditer(text):
        run = m.group()
        glued = run[0] <= "ゖ" and m.start() > 0 and _GLUE_BEFORE.match(text[m.start() - 1])
        # a hiragana run after a kanji or katakana opens with its particle (店のやまもと):
        # the name starts after it
        starts = [] if glued and run[0] in "のはがもと" else [0]
        if run[0] <= "ゖ":
            starts += [len(p) for p in _GLUED_BEFORE if run.startswith(p)]
        for k in starts:
            found = _cued_kana_at(text, m.start() + k, m.end())
            if found is not None:
                yield found
                break


def _cued_kana_at(text: str, start: int, stop: int) -> tuple[int, int, float, str] | None:
    shortest = 2 if text[start] >= "ァ" else 3
    for end in range(stop, start + shortest - 1, -1):
        if _KANA_AFTER.match(text, end):
            word = text[start:end]
            kind = dataset_kana_kind(word) if word[-1] not in "のがはをに" else None
            if kind == "sei" or (kind == "mei" and _NAMED_ROLE_AFTER.match(text, end)):
                return (start, end, 0.7, "person.kana")
            if (
                kind is None
                and _script(word) == "kata"
                and len(word) >= 3
                and text.startswith("とかいう", end)
                and (_unknown(word) or _proper_kata(word))
            ):
                return (start, end, 0.7, "person.kana")  # あのグエンとかいうやつ
    return None


def _romaji_cued(text: str) -> Iterator[tuple[int, int, float, str]]:
    """受付課のTakahashi, Satoとかいう: a romaji word after a role or before a naming cue."""
    for m in _ROMAJI_WORD.finditer(text):
        word = m.group("w")
        before = text[max(0, m.start() - 12) : m.start()]
        after = text[m.end() : m.end() + 6]
        role = bool(_ROLE_BEFORE_WIDE.search(before)) and re.match(r"[、,。\s]|が|は|って", after)
        cue = re.match(rf"(?:とかいう|って(?:奴|やつ|人|女|男|{ROLE})|さん|くん|ちゃん|氏)", after)
        if not (role or cue) or word.capitalize() in _BRANDS:
            continue
        if is_name_word(word.capitalize()) or (
            word[0].isupper() and romaji_to_hiragana(word) and len(word) >= 4
        ):
            yield (m.start(), m.end(), 0.7, "person.romaji")


# うちのはると, 息子のゆうとが: a kana given name right after a kin word (or うちの) and の.
_KIN_KANA = re.compile(
    rf"(?:(?P<kin>(?:{alternation('kin_words')}|孫|甥|姪)の)|うちの)"
    r"(?P<n>[ぁ-ゖ]{2,5}|[ァ-ヴ][ァ-ヴー]{1,5})(?P<m>[○●◯*×]{1,2})?"
    r"(?=[、,。!！?？\s]|が|は|も|を|に(?!は)|と(?!か)|って|くん|ちゃん|$)"
)


def _kin_kana_given(text: str) -> Iterator[tuple[int, int, float, str]]:
    """うちのはると, 娘のあかりが: a kana given name (Sudachi or the name dataset) after a
    kin word and の; common words (こと, ため) are not name readings."""
    for m in _KIN_KANA.finditer(text):
        word = m.group("n")
        if m.group("m") and m.group("kin"):
            yield (m.start("n"), m.end("m"), 0.7, "person.kana")  # 息子のゆう○
        elif dataset_kana_kind(word) == "mei" or (
            # 長女のみお: after a kin word, a two-kana name from the dataset too
            m.group("kin") and len(word) == 2 and name_data().kana_kind(word) == "mei"
        ):
            yield (m.start("n"), m.end("n"), 0.7, "person.kana")


def _spaced_kanji(text: str) -> Iterator[tuple[int, int, float, str]]:
    """木 村, 小 林 翼: spaced-out kanji that read as a family (and given) name."""
    for m in _SPACED_KANJI.finditer(text):
        joined = m.group().replace(" ", "")
        ms = list(tokenizer().tokenize(joined))
        kinds = [name_kind(x) or ("sei" if _is_surname_too(x.surface()) else None) for x in ms]
        if kinds and kinds[0] == "sei" and all(kinds) and len(ms) <= 2:
            yield (m.start(), m.end(), 0.7, "person.spaced")


# 高.野.美.穂, さ.さ.き.ゆ.あ, や ま だ た ろ う: one character at a time, one separator
# throughout (the run is taken whole; its leading characters are tried as the name).
_DOTTED = re.compile(
    r"(?:(?<![0-9A-Za-z一-龥々ぁ-ゖァ-ヴー.・･])|(?<=[のはがもと]))[一-龥々ぁ-ゖァ-ヴ]"
    r"(?P<s>[.・･·☆★*＊]| )[一-龥々ぁ-ゖァ-ヴー](?:(?P=s)[一-龥々ぁ-ゖァ-ヴー]){1,8}"
)


def _dotted(text: str) -> Iterator[tuple[int, int, float, str]]:
    """A name spelled one character at a time (spaced kanji are `_spaced_kanji`'s)."""
    for m in _DOTTED.finditer(text):
        sep = m.group("s")
        joined = m.group().replace(sep, "")
        for n in range(len(joined), 2, -1):
            word = joined[:n]
            rest = joined[n:] or text[m.end() : m.end() + 12]
            if _dotted_name(word, sep) or _dotted_part(word, sep, rest, n == len(joined)):
                yield (m.start(), m.start() + 2 * n - 1, 0.7, "person.dotted")
                break


_GLUE_BEFORE = re.compile(r"[一-龥々ァ-ヴー]")
_TITLES_AFTER = ("さん", "様", "くん", "ちゃん", "先生")


def _dotted_part(word: str, sep: str, rest: str, whole: bool) -> bool:
    """た ど こ ろ さ ん: a kana family name before an honorific or って + a role; ゆ・り・あ,
    ほ☆ず☆み: a dotted kana name (dataset) alone, the whole run and not an ordinary word —
    spelling a name out is itself the cue."""
    if not _KANA.fullmatch(word) or len(word) < 3 or _script(word) != _script(word[-1]):
        return False
    kind = dataset_kana_kind(word)
    rest = rest.replace("〜", "").replace("ー", "").replace("~", "")
    if kind is not None and (rest.startswith(_TITLES_AFTER) or _NAMED_ROLE_AFTER.match(rest)):
        return kind == "sei" or sep != " "
    return sep != " " and whole and kind is not None and not _ordinary_word(word)


@functools.lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """One dictionary word that is not a name (ありがとう, かわい), in either kana."""
    for w in (word, _kata(word)):
        ms = list(tokenizer().tokenize(w))
        if len(ms) == 1 and not ms[0].is_oov() and name_kind(ms[0]) is None:
            return True
    return False


_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ")


def _dotted_name(word: str, sep: str) -> bool:
    """Spaced kana (あ り が と う is a style) need the dictionary's family-name reading;
    dotted ones may take it from the dataset."""
    if _KANJI.fullmatch(word):
        if sep == " ":
            return False
        ms = list(tokenizer().tokenize(word))
        kinds = [name_kind(x) or ("sei" if _is_surname_too(x.surface()) else None) for x in ms]
        return bool(kinds) and kinds[0] == "sei" and all(kinds) and len(ms) <= 2
    if not _KANA.fullmatch(word) or _script(word) != _script(word[-1]):
        return False
    if _ordinary_word(word):
        return False  # あ・り・が・と・う
    if sep == " ":  # the family name from the dictionary itself
        return any(
            word[k] not in _SMALL_KANA
            and kana_kind(word[:k]) == "sei"
            and name_data().kana_kind(word[k:]) == "mei"
            for k in range(3, len(word) - 1)
        )
    return any(
        dataset_kana_kind(word[:k]) == "sei" and name_data().kana_kind(word[k:]) == "mei"
        for k in range(3, len(word) - 1)
    )


# ゆかり先生, ゆいなちゃん, はるとくんママ: a kana given name (three kana or more) with a
# child's or teacher's title; kin words (おばあちゃん, おにいちゃん) are not names.
_KANA_TITLED = re.compile(
    r"(?<![ぁ-ゖァ-ヴー])(?P<n>[ぁ-ゖ][ぁ-ゖー]{2,6}|[ァ-ヴ][ァ-ヴー]{2,5})"
    r"(?=ちゃん|くん|先生|せんせい|せんせー)"
)
# What may sit glued before such a name in a hiragana run: 国語のゆかり先生, 娘さんゆいなちゃん.
_GLUED_BEFORE = ("さん", "の", "は", "が", "も", "と")
_NOT_GIVEN = frozenset(words("kana_not_given_names"))


def _kana_titled(text: str) -> Iterator[tuple[int, int, float, str]]:
    for m in _KANA_TITLED.finditer(text):
        run, end = m.group("n"), m.end("n")
        after_kanji = m.start() > 0 and _KANJI.match(text[m.start() - 1]) is not None
        # 修理のあんちゃん: a hiragana run right after a kanji starts with its particle
        starts = [] if after_kanji else [0]
        starts += [len(p) for p in _GLUED_BEFORE if run.startswith(p)]
        for k in starts:
            word = run[k:]
            if len(word) < 3 or len(word) > 6 or word in _NOT_GIVEN or word[:-1] in _NOT_GIVEN:
                continue
            if dataset_kana_kind(word) is not None or _foreign_teacher(word, text, end):
                yield (end - len(word), end, 0.7, "person.kana")
                break


def _foreign_teacher(word: str, text: str, end: int) -> bool:
    """ジョリーナ先生: a katakana word the dictionary does not know, before 先生."""
    return (
        _script(word) == "kata"
        and text.startswith(("先生", "せんせい"), end)
        and (_unknown(word) or _proper_kata(word))
        and word.capitalize() not in _BRANDS
    )


# よしかわの家電, イシダの住所: a kana family name opening a clause, owning a home or a phone.
_KANA_OWNER = re.compile(
    r"(?:^|(?<=[、,。!！?？\s「『（(]))(?P<n>[ぁ-ゖ]{3,5}|[ァ-ヴ][ァ-ヴー]{2,5})(?="
    + alternation("owned_by_person")
    + r")"
)


def _kana_owner(text: str) -> Iterator[tuple[int, int, float, str]]:
    for m in _KANA_OWNER.finditer(text):
        if dataset_kana_kind(m.group("n")) == "sei":
            yield (m.start("n"), m.end("n"), 0.7, "person.kana")


# よしおか、お前のこと…: a kana family name opening the comment, then a second-person word.
_VOCATIVE_KANA = re.compile(
    r"^(?P<n>[ぁ-ゖ]{3,6}|[ァ-ヴ][ァ-ヴー]{2,6})[、,\s]+(?=お前|おまえ|あんた|てめえ|テメエ|貴様)"
)


def _vocative_kana(text: str) -> Iterator[tuple[int, int, float, str]]:
    m = _VOCATIVE_KANA.match(text)
    if m and dataset_kana_kind(m.group("n")) is not None and not _ordinary_word(m.group("n")):
        yield (m.start("n"), m.end("n"), 0.7, "person.kana")


_EXTRA_FINDERS = (
    _kana_pairs,
    _kana_runs,
    _kana_cued,
    _quoted_named,
    _kana_named,
    _kana_family_cued,
    _romaji_cued,
    _kin_kana_given,
    _spaced_kanji,
    _dotted,
    _kana_titled,
    _kana_owner,
    _vocative_kana,
)


@functools.lru_cache(maxsize=4096)
def _unknown(word: str) -> bool:
    """Not one dictionary word: several tokens, or one the dictionary does not list."""
    ms = list(tokenizer().tokenize(word))
    return len(ms) > 1 or ms[0].is_oov()


def _script(s: str) -> str:
    return "kata" if "ァ" <= s[0] <= "ヴ" else "hira"
