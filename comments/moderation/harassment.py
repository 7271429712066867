"""Harassment aimed at an individual: abuse words linked to a person they reach.

The pipeline, all in joined-view offsets:

1. ``candidates``: abuse words by kind (vocab/abuse_<kind>.txt), wish forms found by
   Sudachi lemma (死んだらいい), calls to action with something to act on (みんなで電話しろ);
2. ``SUPPRESSORS``, named and checked in order: ``quoted``, ``reported_speech``,
   ``feared_incitement``, ``self_subject``, ``own_slip``;
3. ``link``: the target (a name, a handle, a protected person's alias or role phrase, a
   role word, あなた/お前/こいつ, a reply marker >>5), with the suppressors that need it:
   ``company_subject``, ``conduct_not_person``, ``crowd``.  Insults link within their
   sentence (or the one before), threats, incitement and sexual remarks anywhere in the
   comment, and an addressee or topic opening the comment is a fallback;
4. structural rules with no abuse word: data posted under a target's label
   (``_exposure``), しね glued to a name (``_name_then_shine``), going to a posted address
   (``_visit``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .abuse import ABUSE, COMMENT_WIDE, CROWD, REPORTED, SCORES, calls_to_action, lemma_wishes
from .fastre import guarded, searching
from .lexicon import COMPANY_NOUNS, EXPOSURE_NOUNS, FIRST_PERSON, PRONOUNS, RELATIONS, ROLE, alt
from .model import Finding, HarassmentFinding
from .normalize import View
from .vocab import alternation

_QUOTE = re.compile(r"「[^「」]*」|『[^『』]*』|“[^”]*”|\"[^\"\n]*\"")
_DETERMINER = alternation("determiners")
# 店員全員, 社員教育 (a group or a thing); バイト辞めたい, パート探し (the job as an activity).
_NOT_SPECIFIC = f"(?!{alternation('role_not_specific')})(?!{alternation('role_as_activity')})"
_GENERIC_TARGET = guarded(
    rf"(?:>>|＞＞)\d+(?:-\d+)?|[上下]の(?:匿名|人|コメ|レス|奴|やつ)"
    rf"|{_DETERMINER}?{ROLE}{_NOT_SPECIFIC}(?:さん|様|ちゃん|氏)?"
    rf"|{PRONOUNS}(?!ら|達|たち|等)|{alternation('english_targets')}"
    rf"|{alternation('police_words')}(?:さん)?|(?<![ァ-ヴー])マネ(?=の|って|は|、|が)"
    # 問題の検針員, 当該添乗員, 例の整備士: a determiner and any occupational noun.
    rf"|(?<![ぁ-ゖァ-ヴ一-龥])(?:あの|この|その|例の|問題の|当該|件の|元)[一-龥ァ-ヴー]{{1,6}}?"
    rf"{alternation('occupational_suffixes')}(?![一-龥ァ-ヴー])"
    rf"|(?:この|その|あの|こういう|こんな|ああいう){alternation('demonstrative_person_nouns')}"
    # 窓口の女, 受付の年配のおっさん: a person named by their place or role.
    rf"|(?<![一-龥ァ-ヴー])[一-龥ァ-ヴー]{{1,8}}の"
    rf"(?:若い|年配の|太った|中年の|新人の|ベテランの|態度の悪い)?"
    rf"{alternation('person_nouns_after_place')}(?![一-龥ァ-ヴー])"
    rf"|(?<![一-龥ぁ-ゖァ-ヴー])主(?=って|は|、|,|さん|も|が|の(?!人|張|義)|\s|ってさ)"
)
# 窓口のババア, フロントのブサイク, あのハゲ: an insult that names the person it insults.
_INSULT_NOUN = alternation("insult_nouns_for_person")
_SELF_TARGET = re.compile(
    r"(?:あの|この|その|例の|(?<![一-龥ァ-ヴー])[一-龥ァ-ヴー]{1,8}の)(?=(?:クソ|ド)?"
    + _INSULT_NOUN
    + ")"
)
_SELF_NOUN = re.compile(
    rf"(?:クソ|ド)?{_INSULT_NOUN}{alternation('insult_noun_roles')}?"
    rf"(?!{alternation('insult_noun_not_person')})"
)
# Insult nouns that can only mean a person (窓口のババア), even after a company noun.
_PERSON_NOUN = re.compile(alternation("person_only_insult_nouns"))
# 田村氏ね: 氏ね/市ね glued to a name found in the comment is a death wish, not an honorific.
_GLUED_KANJI_SHINE = re.compile(r"(氏ね|市ね|氏んで|4ね)(?:よ|や|ば|[\s!！wｗ。]|$)")
# Going to a posted address (今度見に行くわ) is a threat when a home address is in the comment.
_VISIT = re.compile(
    r"(?:見に|会いに|遊びに|挨拶しに|お邪魔しに)?(?:行く|いく|行って|行こ)(?:わ|から|ぞ|ね|よ|かな|くる|みよ|うぜ|っか)"
)
# 「会社の」「料金の」 before an insult word: the company or product, not a person.
_COMPANY_ONLY = re.compile(rf"{COMPANY_NOUNS}の")
_AFTER_RELATION = re.compile(r"(?:は|が|、|,|→|:|=|\s)+")
_RELATION = re.compile(rf"の{RELATIONS}")
_FIRST_PERSON = re.compile(FIRST_PERSON)
_COMPANY_BEFORE = re.compile(
    rf"{COMPANY_NOUNS}(?:の[^\s、。]{{0,4}}?)?(?:が|は|も|って|とか|の方|こそ|、|\s|マジで|まじで|本当に|ほんと)*$"
)
_EXPOSURE = re.compile(rf"の{EXPOSURE_NOUNS}(?:は|が|→|:|=|、|\s|です|なら)*")
_GLUED_SHINE = re.compile(r"(?:さん|ちゃん|くん|[\s、,])*(しね)(?:よ|や|ば|[\s!！wｗ。]|$)")
_KANJI_END = re.compile(r"[一-龥]$")
_CONDUCT_BETWEEN = re.compile(
    "の"
    + alternation("conduct_nouns")
    + r"(?:は|が|も|って|、|\s|マジで|まじで|本当に|ほんと|正直)*"
)
# The speaker as the subject right before an insult: 俺はバカ, 私もほんとアホ, 自分が無能.
_SELF_SUBJECT = re.compile(
    r"(?:(?<![ぁ-ゖ])(?:わたし|あたし|ぼく|おれ|うち)|俺|私|僕|自分|オレ|ワイ|ウチ)(?:は|も|が|って|こそ)?(?:本当に|ほんと|マジで|まじで|正直)?[、\s]?$"
)
# 送っちゃった…バカだった: a past-tense insult right after the speaker's own slip.
_OWN_SLIP = re.compile(r"(?:ちゃった|ちまった|てしまった|でしまった)[…\.。、\s]*$")
_PAST_AFTER = re.compile(r"(?:だった|でした|だったわ|すぎた)")
# A quote taken up as the speaker's own words: 「…」←それな, 「…」これに同意, 「…」ほんこれ.
_ENDORSE = re.compile(r"\s*(?:←|<-|＜-|→)?\s*" + alternation("endorse"))
# What follows a person addressed at the very start of a comment (あなた、 / 店長へ / >>8).
_ADDRESSEE_AFTER = re.compile(r"[\s、,。!！:：…]|さん|様|ちゃん|くん|君|へ|に告ぐ|よ|$")
# A crowd rather than a person: 奴ら, お前ら (as a plural), どいつもこいつも, 〜連中.
_GROUP = searching(alternation("group_references"))
_GROUP_AFTER = re.compile(r"(?:の)?(?:集まり|集団|ばっか|ばかり|だらけ|揃い|ぞろい)")
_CONDEMN = re.compile(alternation("condemn"))


@dataclass(slots=True)
class Target:
    a: int  # offsets in the joined view
    b: int
    key: str | int | None = None
    self_ref: bool = False  # an insult phrase naming its own target (窓口のババア)
    group: bool = False  # a crowd (奴ら, どいつもこいつも): abuse of it has no individual target
    named: bool = False  # a name or handle found as personal data
    related: bool = False  # ends in a relation (…の娘, …の嫁)
    core: int = -1  # end before the relation (…の親の顔が見たい: abuse may start in it)


class HarassmentDetector:
    def __init__(self, roles: list[tuple[str, str | int]]) -> None:
        self.role_keys = {r: k for r, k in roles}
        self.roles = re.compile(alt(list(self.role_keys))) if roles else None

    def find(
        self,
        original: str,
        hv: View,
        personal: list[Finding],
        dropped: list[str] | None = None,
    ) -> list[HarassmentFinding]:
        """Candidates -> suppressors -> target linking, then the structural rules.
        ``dropped`` collects the names of the suppressors that dropped a candidate."""
        text = hv.text
        abuses = candidates(text, personal)
        if not abuses:
            if not personal and "ね" not in text:
                return []
            targets = self._targets(hv, personal)
            return self._name_then_shine(original, hv, targets) + self._visit(
                original, hv, targets, personal
            )
        ctx = _Context(text, self._targets(hv, personal))
        out: list[HarassmentFinding] = []
        for kind, a, b in abuses:
            c = ctx.candidate(kind, a, b)
            reason = suppressed(ctx, c)
            if reason is not None:
                if dropped is not None:
                    dropped.append(reason)
                continue
            target = link(ctx, c)
            if target is not None:
                out.append(self._finding(original, hv, kind, a, b, target, SCORES[kind], "abuse"))
        out.extend(self._exposure(original, hv, ctx.targets, personal, ctx.sentences))
        out.extend(self._name_then_shine(original, hv, ctx.targets))
        if not out:
            out.extend(self._visit(original, hv, ctx.targets, personal))
        return out

    def persons(self, hv: View, personal: list[Finding]) -> list[tuple[int, int]]:
        """(start, end) in the joined view of every person named or addressed (no crowds)."""
        return [(t.a, t.b) for t in self._targets(hv, personal) if not t.group]

    def _visit(
        self, original: str, hv: View, targets: list[Target], personal: list[Finding]
    ) -> list[HarassmentFinding]:
        """「…の住所→〇〇市…。今度見に行くわ」: going to a posted home address."""
        if not targets or not any(f.category == "ADDRESS" for f in personal):
            return []
        m = _VISIT.search(hv.text)
        if m is None or any(t.a <= m.start() < t.b for t in targets):
            return []
        target = _nearest(targets, m.start())
        assert target is not None
        return [self._finding(original, hv, "threat", m.start(), m.end(), target, 0.7, "visit")]

    def _name_then_shine(
        self, original: str, hv: View, targets: list[Target]
    ) -> list[HarassmentFinding]:
        """いしいしね: a hiragana しね glued to a name is a death wish, not a word."""
        out: list[HarassmentFinding] = []
        for t in targets:
            m = _GLUED_SHINE.match(hv.text, t.b)
            if m and "ぁ" <= hv.text[m.start(1) - 1] <= "ゖ":
                out.append(
                    self._finding(original, hv, "death_wish", m.start(1), m.end(1), t, 0.9, "abuse")
                )
                continue
            m = _GLUED_KANJI_SHINE.match(hv.text, t.b)
            if m is None and hv.text[t.b - 1] == "氏":  # ブログ主氏ね: 氏 read as an honorific
                m = _GLUED_KANJI_SHINE.match(hv.text, t.b - 1)
            if m and (t.key is not None or t.named or _KANJI_END.search(hv.text, t.a, t.b)):
                out.append(
                    self._finding(original, hv, "death_wish", m.start(1), m.end(1), t, 0.9, "abuse")
                )
        return out

    def _targets(self, hv: View, personal: list[Finding]) -> list[Target]:
        text = hv.text
        found: list[Target] = []
        for m in _GENERIC_TARGET.finditer(text):
            found.append(Target(m.start(), m.end()))
        for m in _GROUP.finditer(text):
            found.append(Target(m.start(), m.end(), group=True))
        for m in _SELF_TARGET.finditer(text):
            noun = _SELF_NOUN.match(text, m.end())
            if (
                noun
                and ABUSE.match(text, m.end())
                and (_PERSON_NOUN.search(noun.group()) or not _COMPANY_ONLY.fullmatch(m.group()))
            ):
                found.append(Target(m.start(), noun.end(), self_ref=True))
        if self.roles is not None:
            for m in self.roles.finditer(text):
                found.append(Target(m.start(), m.end(), self.role_keys.get(m.group())))
        for f in personal:
            if f.category in ("PERSON", "ACCOUNT"):
                a = bisect_left(hv.starts, f.start)
                b = bisect_right(hv.ends, f.end)
                if a < b:
                    found.append(Target(a, b, f.protected_key, named=True))
        found.sort(key=lambda t: (t.a, -t.b))
        merged: list[Target] = []
        for t in found:
            if _FIRST_PERSON.fullmatch(text[t.a : t.b]):
                continue
            rel = _RELATION.match(text, t.b)
            if rel:
                t.core = t.b
                t.b = rel.end()
                t.related = True
            if merged and t.a < merged[-1].b:
                last = merged[-1]
                last.b = max(last.b, t.b)
                last.key = last.key if last.key is not None else t.key
                last.self_ref = last.self_ref or t.self_ref
                last.named = last.named or t.named
                last.related = last.related or t.related
                last.group = last.group or t.group
                continue
            merged.append(t)
        return merged

    def _exposure(
        self,
        original: str,
        hv: View,
        targets: list[Target],
        personal: list[Finding],
        sentences: list[tuple[int, int]],
    ) -> list[HarassmentFinding]:
        """「元オペの住所→…」: a target's private data posted under their label."""
        out: list[HarassmentFinding] = []
        if not personal or not hv.text:
            return out
        text = hv.text
        last = len(text) - 1
        for t in targets:
            m = _EXPOSURE.match(text, t.b)
            if not m and t.related:
                # 「例の運転手の娘、〇〇（名前）で…」: a relative's identity posted under the label
                m = _AFTER_RELATION.match(text, t.b)
            if not m:
                continue
            sa, sb = sentences[_index(sentences, t.a)]
            if _CONDEMN.search(text[sa:sb]):
                continue
            o_from = hv.starts[min(m.end(), last)]
            o_to = hv.ends[min(m.end() + 12, last)]
            if any(o_from <= f.start <= o_to for f in personal):
                out.append(
                    self._finding(original, hv, "incitement", t.b, m.end(), t, 0.7, "exposure")
                )
        return out

    def _finding(
        self,
        original: str,
        hv: View,
        kind: str,
        a: int,
        b: int,
        target: Target,
        score: float,
        rule: str,
    ) -> HarassmentFinding:
        s, e = hv.span(a, b)
        ts, te = hv.span(target.a, target.b)
        return HarassmentFinding(
            start=s,
            end=e,
            kind=kind,
            words=(original[s:e],),
            target=original[ts:te],
            target_start=ts,
            target_end=te,
            score=score,
            rule=f"{rule}.{kind}",
            protected_key=target.key,
        )


def candidates(text: str, personal: list[Finding]) -> list[tuple[str, int, int]]:
    """(kind, start, end) in the joined view: abuse words, lemma wishes, calls to action."""
    abuses = [(m.lastgroup or "insult", m.start(), m.end()) for m in ABUSE.finditer(text)]
    abuses = _merge(abuses, lemma_wishes(text))
    return _merge(abuses, _calls(text, personal))


class _Context:
    """What suppressors and linking read about one comment (joined-view offsets)."""

    __slots__ = ("text", "targets", "sentences", "quotes")

    def __init__(self, text: str, targets: list[Target]) -> None:
        self.text = text
        self.targets = targets
        self.sentences = [(m.start(), m.end()) for m in _sentences(text)]
        self.quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]

    def candidate(self, kind: str, a: int, b: int) -> Candidate:
        si = _index(self.sentences, a)
        sa, sb = self.sentences[si]
        quoted = [(qa, qb) for qa, qb in self.quotes if qa < a and b < qb]
        return Candidate(kind, a, b, si, sa, sb, quoted[0] if quoted else None)


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    a: int  # the abuse words, joined-view offsets
    b: int
    si: int  # its sentence: index, start, end
    sa: int
    sb: int
    quote: tuple[int, int] | None  # the quotation it sits in, if any


# --- suppressors: abuse words that are not the speaker's abuse of a person -----------------


def quoted(ctx: _Context, c: Candidate) -> bool:
    """「死ね」は酷い: inside a quotation, unless taken up (「…」←それな)."""
    return c.quote is not None and not _ENDORSE.match(ctx.text, c.quote[1])


def reported_speech(ctx: _Context, c: Candidate) -> bool:
    """「死ね」とか書く人, バカは言い過ぎ: the word reported, condemned or discussed."""
    return c.quote is None and REPORTED.match(ctx.text, c.b) is not None


def feared_incitement(ctx: _Context, c: Candidate) -> bool:
    """晒し上げみたいな空気、正直こわい / 晒すなよ: incitement described, feared or forbidden."""
    return c.kind == "incitement" and _CONDEMN.search(ctx.text, c.b, c.sb) is not None


def self_subject(ctx: _Context, c: Candidate) -> bool:
    """俺はバカだった, 私もアホだ: the speaker runs themselves down."""
    if c.kind not in ("insult", "demeaning"):
        return False
    return _SELF_SUBJECT.search(ctx.text[c.sa : c.a][-12:]) is not None


def own_slip(ctx: _Context, c: Candidate) -> bool:
    """言われるがまま送っちゃった…バカだった: regret over the speaker's own slip."""
    return (
        c.kind == "insult"
        and _PAST_AFTER.match(ctx.text, c.b) is not None
        and _OWN_SLIP.search(ctx.text[c.sa : c.a]) is not None
    )


# Checked in order before linking; the first that applies names why a candidate is dropped.
SUPPRESSORS = (quoted, reported_speech, feared_incitement, self_subject, own_slip)


def suppressed(ctx: _Context, c: Candidate) -> str | None:
    """The name of the first suppressor that drops the candidate, or None."""
    for suppressor in SUPPRESSORS:
        if suppressor(ctx, c):
            return suppressor.__name__
    return None


# --- target linking, with the suppressors that need the target -----------------------------


def company_subject(ctx: _Context, c: Candidate, same: list[Target]) -> bool:
    """auはクソ, サポートはゴミ: a company or product is the subject, no person right before."""
    return (
        c.kind != "threat"
        and _COMPANY_BEFORE.search(ctx.text[c.sa : c.a]) is not None
        and not any(t.b <= c.a and t.b > c.a - 6 for t in same)
    )


def conduct_not_person(ctx: _Context, c: Candidate, target: Target | None) -> bool:
    """施設長の対応、クソすぎる: the conduct is abused, not the person."""
    return (
        c.kind == "insult"
        and target is not None
        and target.b <= c.a
        and _CONDUCT_BETWEEN.fullmatch(ctx.text, target.b, c.a) is not None
    )


def crowd(ctx: _Context, c: Candidate) -> bool:
    """クズばっか, 税金泥棒の集まり: the abuse is of a whole group."""
    return c.kind in ("insult", "demeaning") and _GROUP_AFTER.match(ctx.text, c.b) is not None


def link(ctx: _Context, c: Candidate) -> Target | None:
    """The person the candidate is aimed at, or None (no target, or a suppressor applies)."""
    targets = ctx.targets
    inside = [t for t in targets if t.self_ref and t.a <= c.a < t.b]
    if inside:
        return inside[0]  # 窓口のババア: the insult names its own target
    same = [t for t in targets if c.sa <= t.a < c.sb and not (t.a <= c.a < _core(t))]
    if company_subject(ctx, c, same):
        return None
    target = _nearest(same, c.a)
    if conduct_not_person(ctx, c, target):
        return None
    if target is None and c.si > 0:
        pa, pb = ctx.sentences[c.si - 1]
        before = [t for t in targets if pa <= t.a < pb]
        if any(t.group for t in before):
            return None  # 「…叩いてる奴ら、…。暇人かよ」: the crowd of the sentence before
        target = _nearest(before, c.a)
    if target is None:
        target = _fallback_target(ctx, c)
    if target is None or target.group or crowd(ctx, c):
        return None
    return target


def _fallback_target(ctx: _Context, c: Candidate) -> Target | None:
    """No target in the sentence or the one before: reach further for some kinds."""
    targets = ctx.targets
    if c.kind in COMMENT_WIDE:
        target = _nearest([t for t in targets if not (t.a <= c.a < t.b)], c.a)
        if target is not None:
            return target
    if targets and targets[0].a <= 2:
        first = targets[0]
        if _ADDRESSEE_AFTER.match(ctx.text, first.b) or ctx.text[first.a : first.a + 1] in ">＞":
            return first  # an addressee opening the comment (>>8, あなた、)
    if targets and c.kind not in COMMENT_WIDE:
        return _topic(ctx.text, targets)  # 「担当の…おばさん、性格悪すぎ。…死ねばいいのに」
    return None


_CONTACT = {"ADDRESS", "PHONE", "EMAIL", "ACCOUNT", "POSTAL_CODE"}
_CALL_HINT = re.compile(alternation("call_hints"))
# A person's place in the sentence makes 行ってこい a visit: 家行ってこい, 職場に行け.
_PLACE = re.compile(alternation("call_places"))


def _calls(text: str, personal: list[Finding]) -> list[tuple[str, int, int]]:
    """Calls to action (みんなで送ろうぜ, 家行ってこい) given something to act on."""
    data = any(f.category in _CONTACT for f in personal)
    crowd = CROWD.search(text) is not None
    if not (data or crowd or _CALL_HINT.search(text)):
        return []
    out: list[tuple[str, int, int]] = []
    for kind, a, b, strength in calls_to_action(text):
        sa = max(text.rfind(c, 0, a) for c in "。！？!?\n")
        sentence = text[sa + 1 : b]
        if _CONDEMN.search(text, sa + 1, b + 12):
            continue
        if (
            strength == "strong"
            or (strength.startswith("go") and (data or _PLACE.search(sentence)))
            or (strength == "go!" and crowd)
            or (strength == "call" and (data or crowd))
        ):
            out.append((kind, a, b))
    return out


def _merge(regex: list[tuple[str, int, int]], lemma: list[tuple[str, int, int]]) -> list:
    """Regex matches plus lemma matches that no regex match overlaps."""
    if not lemma:
        return regex
    extra = [x for x in lemma if not any(x[1] < b and a < x[2] for _, a, b in regex)]
    return sorted(regex + extra, key=lambda x: x[1])


def _sentences(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[^。！？!?\n]+[。！？!?\n]*|[。！？!?\n]+", text))


def _index(sentences: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= pos < b:
            return i
    return max(0, len(sentences) - 1)


def _topic(text: str, targets: list[Target]) -> Target | None:
    """The person a comment opens with as its topic (before its first break, then 、/は/って)."""
    m = re.search(r"[、。,！!？?\n]", text)
    if m is None:
        return None
    # 担当の整備屋のおじさん、: the last target of the opening phrase, right before its break
    opening = [t for t in targets if t.b <= m.start() and not t.group]
    if not opening or any(t.group for t in targets if t.a < m.start()):
        return None
    last = opening[-1]
    if not re.match(r"\s*(?:、|,|は|って|さ|ね)", text[last.b :]):
        return None
    return last


def _core(t: Target) -> int:
    return t.core if t.related and t.core >= 0 else t.b


def _nearest(targets: list[Target], pos: int) -> Target | None:
    before = [t for t in targets if t.a < pos]
    if before:
        return before[-1]
    return targets[0] if targets else None
