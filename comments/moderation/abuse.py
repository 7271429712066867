"""Abuse vocabulary by kind, as regexes over the joined, NFKC-folded text.

Obfuscated spellings are listed next to the plain ones (氏ね, 市ね, 4ね, タヒね, ｼﾈ
after folding is シネ); spaced-out letters are joined before matching.  Look-arounds
keep ordinary words out: くず餅, バカ高い, シネマ, 八王子市ね, iPhone 4ね, 凸凹.
"""

from __future__ import annotations

import re

from .fastre import searching
from .vocab import alternation, words

# The order of the named groups: at one position the first kind listed wins.
_KIND_ORDER = ("death_wish", "threat", "insult", "demeaning", "sexual", "incitement")

# One regex per kind, from vocab/abuse_<kind>.txt (one alternative per line, in order).
KINDS = {kind: alternation(f"abuse_{kind}") for kind in _KIND_ORDER}
ABUSE = searching("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in KINDS.items()))
SCORES = {
    "death_wish": 0.9,
    "threat": 0.85,
    "insult": 0.8,
    "demeaning": 0.75,
    "sexual": 0.8,
    "incitement": 0.85,
}
# Kinds that reach a target anywhere in the comment, not only in the same sentence.
COMMENT_WIDE = {"threat", "incitement", "sexual"}
# Abuse words followed by these are reported or condemned, not used.
REPORTED = re.compile(r"\s*[」』\"]?\s*(?:し(?=は|って))?" + alternation("reported_after"))


# --- inflection-aware wishes -------------------------------------------------------------
# Verbs whose wish forms are abuse when aimed at a person, by Sudachi dictionary form, so
# 死んだらいい, 死んじまえ, くたばってくれ, くたばればいい reach one lemma without listing
# every spelling.  Plain forms (死ぬほど, 死にそう, 死んだらどうしよう) stay out.
_WISH_VERBS = {
    **dict.fromkeys(words("wish_verbs_death_wish"), "death_wish"),
    **dict.fromkeys(words("wish_verbs_demeaning"), "demeaning"),
}
_WISH_TRIGGER = re.compile(alternation("wish_triggers"))
# 不幸になれ, 病気になればいい: a misfortune noun + に + a wish form of なる.
_MISFORTUNE = frozenset(words("misfortune_nouns"))
_CLAUSE_END = frozenset("。！？!?ｗw草\n")
_GOOD = frozenset(words("wish_good"))
_AFTER_TE = frozenset(words("wish_after_te"))
# 死んでいただきたい, 消えていただけますか, 死んでもらいたい: the polite request forms.
_POLITE_TE = frozenset(words("wish_polite_te"))


def lemma_wishes(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of wish forms of _WISH_VERBS found through Sudachi lemmas."""
    if not _WISH_TRIGGER.search(text):
        return []
    from .names import tokenize  # the process-wide tokenizer, loaded at start-up

    tokens = tokenize(text)
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(tokens):
        lemma = t.dictionary_form()
        if lemma == "苦しめる" and t.surface().endswith("苦しめ"):
            if _suffer_imperative(tokens, i):
                out.append(("death_wish", t.begin(), t.end()))
            continue
        kind = _wish_kind(tokens, i, lemma)
        if kind is None or t.part_of_speech()[0] != "動詞":
            continue
        end = _wish_end(tokens, i, kind)
        if end is not None:
            out.append((kind, t.begin(), end))
    return out


def _wish_kind(tokens: list, i: int, lemma: str) -> str | None:
    """The abuse kind of a wish form of token i, by lemma (不幸になれ: なる after a misfortune)."""
    if lemma == "なる" and i >= 2 and tokens[i - 1].surface() == "に":
        if tokens[i - 2].surface() in _MISFORTUNE:
            return "death_wish"
    return _WISH_VERBS.get(lemma)


def _suffer_imperative(tokens: list, i: int) -> bool:
    """一生苦しめ at a clause end: Sudachi reads the imperative of 苦しむ as 苦しめる."""
    nxt_s = tokens[i + 1].surface() if i + 1 < len(tokens) else "。"
    obj = i > 0 and tokens[i - 1].surface() == "を"  # 部下を苦しめ: a transitive verb
    return not obj and (nxt_s[:1] in _CLAUSE_END or nxt_s in ("よ", "や"))


def _wish_end(tokens: list, i: int, kind: str) -> int | None:
    """Where the wish form of the verb at token i ends, or None when it is no wish."""
    t = tokens[i]
    nxt = [(x.dictionary_form(), x.part_of_speech()[5], x) for x in tokens[i + 1 : i + 4]]
    if t.part_of_speech()[5].startswith("命令形"):
        return t.end()
    if nxt and nxt[0][0] in ("じまう", "ちまう", "やがる") and nxt[0][1].startswith("命令形"):
        return nxt[0][2].end()
    if kind == "demeaning":
        return None  # 辞めたらいい can be advice; only the imperative of 辞める is abuse
    if len(nxt) >= 2 and nxt[0][0] == "て" and nxt[1][0] in _AFTER_TE:
        if nxt[1][1].startswith(("命令形", "未然形")) or nxt[1][0] in ("ほしい", "欲しい"):
            return nxt[1][2].end()  # 死んでくれ, 消えてほしい
        return None
    if len(nxt) >= 3 and nxt[0][0] in ("て", "で") and nxt[1][0] in _POLITE_TE:
        if nxt[2][0] in ("たい", "ます", "ない", "ませ") or nxt[1][1].startswith("命令形"):
            return nxt[2][2].end()  # 死んでいただきたい, 消えてもらえますか
        return None
    return _conditional_wish_end(tokens, i, nxt)


def _conditional_wish_end(tokens: list, i: int, nxt: list) -> int | None:
    """死ねばいい, 死んだらいい, 死んだほうがいい: a conditional or comparison judged good."""
    if len(nxt) >= 2 and nxt[0][0] == "ば" and nxt[1][0] in _GOOD:
        return nxt[1][2].end()
    if len(nxt) >= 2 and nxt[0][0] in ("た", "だ") and nxt[0][1].startswith("仮定形"):
        return nxt[1][2].end() if nxt[1][0] in _GOOD else None
    if len(nxt) >= 3 and nxt[0][0] in ("た", "だ") and nxt[1][0] in ("ほう", "方"):
        good = len(tokens) > i + 4 and tokens[i + 4].dictionary_form() in _GOOD
        if nxt[2][0] == "が" and good:
            return tokens[i + 4].end()
    return None


# --- calls to action -----------------------------------------------------------------------
# 「みんなで文句言いに行ってやれ」「リプ送りまくってやれ」「誰か家行ってこい」: an imperative or a
# volitional (〜しようぜ) of a verb of going to, contacting or pestering someone.  Found by Sudachi
# lemma and conjugation, so each new spelling needs no list entry.  The caller decides whether
# the comment gives it a crowd (みんな, 誰か) or a person's contact data to act on.
_CALL_VERBS = frozenset(words("call_verbs"))
# Nouns that make する a contact verb: 電話しろ, 抗議しようぜ, 爆撃しよう, ピンポンしまくってやれ.
_CALL_NOUNS = frozenset(words("call_nouns"))
# Verbs strong enough on their own (no crowd or data needed): 学校に電話しろ.
_STRONG = frozenset(words("call_strong"))
# Helpers between the verb and the imperative: 行って|やれ, 送り|まくれ, 言っ|とけ, 見て|こい.
_CALL_AUX = frozenset(words("call_helpers"))
_CALL_TRIGGER = re.compile(
    r"[れろけいえ](?:よ|や|ぜ|ｗ|w|!|！|。|、|\s|$)|[よろこそぼもとおえょ]う(?:ぜ|よ|か|や|！|!|。|\s|$)"
    r"|て(?:[。！!ｗw\s]|よ|ね|$)|たれ"
)
CROWD = re.compile(alternation("crowd"))


_END_AFTER = ("", "。", "！", "!", "よ", "ね", "ｗ", "w", " ", "\n", "、")


def _at_end(surfaces: list[str], i: int) -> bool:
    """Whether token i ends its clause (nothing, punctuation or よ/ね/w follows)."""
    return (surfaces[i + 1] if i + 1 < len(surfaces) else "") in _END_AFTER


def calls_to_action(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, strength) of imperative/volitional contact verbs.

    strength: "strong" (電話しろ: enough with a target), "go" (行ってこい: needs a place or
    posted data), "call" (送れ, 言っとけ: needs a crowd or posted data).
    """
    if not _CALL_TRIGGER.search(text):
        return []
    from .names import tokenize

    tokens = tokenize(text)
    out: list[tuple[str, int, int, str]] = []
    surfaces = [t.surface() for t in tokens]  # read once: each call builds a new str
    for i, t in enumerate(tokens):
        pos = t.part_of_speech()
        last = _call_end(tokens, surfaces, i, pos)
        if last == _POTENTIAL:
            # 送れ read as the potential verb 送れる: the imperative of 送る
            if t.dictionary_form()[:-2] + "る" in _CALL_VERBS:
                out.append(("incitement", t.begin(), t.end(), "call"))
            continue
        if last is None or last < 0:
            continue
        verb = _call_verb(tokens, surfaces, last)
        if verb is None:
            continue
        key, start = verb
        intent = re.match(r"(?:と(?:思|考)|かな|か[。？?]|って思)", text[t.end() :])
        if pos[5].startswith("意志推量形") and intent:
            continue  # 電話しようと思う, 行こうかな: the speaker's own plan
        out.append(("incitement", start, t.end(), _strength(key, pos)))
    return out


_POTENTIAL = -2  # token i is 送れ read as a potential verb


def _call_end(tokens: list, surfaces: list[str], i: int, pos: tuple) -> int | None:
    """The last token of a verb chain that token i closes as a call, _POTENTIAL, or None."""
    surface = surfaces[i]
    if pos[5].startswith(("命令形", "意志推量形")):
        return i
    if surface not in ("て", "で") and not surface.endswith("れ"):
        return None  # none of the shapes below can apply (たれ ends in れ too)
    if surface in ("て", "で") and pos[0] == "助詞" and _at_end(surfaces, i):
        return i  # 誰か見てきて: a request ending in て
    if surface == "やれ" and i > 0 and surfaces[i - 1] in ("て", "で"):
        return i  # 嫌がらせしてやれ: やれ read as an interjection
    if surface == "たれ":  # 送ったれ: Kansai 送ってやれ
        return i - 1
    t = tokens[i]
    if (
        pos[0] == "動詞"
        and surface.endswith("れ")
        and _at_end(surfaces, i)
        and t.dictionary_form().endswith("れる")
    ):
        return _POTENTIAL
    return None


def _call_verb(tokens: list, surfaces: list[str], last: int) -> tuple[str, int] | None:
    """(key, start) of the contact verb or noun a chain ending at ``last`` is built on."""
    j = last
    chain: list[str] = []
    while j > 0 and tokens[j].dictionary_form() in _CALL_AUX:
        chain.append(tokens[j].dictionary_form())
        j -= 1
    content = tokens[j]
    lemma = content.dictionary_form()
    if content.part_of_speech()[0] not in ("動詞", "名詞") and chain:
        j += 1  # 会いに来い: the helper itself is the verb
        while j <= last and surfaces[j] in ("て", "で"):
            j += 1
        if j > last:
            return None  # nothing but particles after the helper: no verb to read
        content = tokens[j]
        lemma = content.dictionary_form()
    noun = surfaces[j - 1] if j > 0 else ""
    if lemma in ("する", "できる"):
        return (noun, tokens[j - 1].begin()) if noun in _CALL_NOUNS else None
    if lemma == "見る" and ("くる" in chain or "来る" in chain):
        return "行く", content.begin()  # 誰か見てきて, 見てこい
    if lemma in _CALL_VERBS and content.part_of_speech()[0] == "動詞":
        return lemma, content.begin()
    return None


def _strength(key: str, pos: tuple) -> str:
    """What a call needs to count: see calls_to_action."""
    if key in ("電話", "鬼電"):  # 電話しろ: needs a place, a crowd or posted data
        return "go!"
    if key in ("行く", "いく", "来る", "くる"):  # 行ってこい (imperative) or 行こう (volitional)
        return "go" if pos[5].startswith("意志推量形") else "go!"
    return "strong" if key in _STRONG else "call"
