"""Number-shaped personal data: phones, cards, ID numbers, bank accounts, postal codes.

Every detector reads the digit view (kanji and spoken digits already ASCII) and weighs a
candidate with its format check and the words just before it.  A number that is known
NOT to be personal data (a toll-free line, an order number) becomes a BLOCK finding so
that no weaker detector claims it; the scanner drops blocks from the output.
"""

from __future__ import annotations

import re

from .fastre import searching
from .lexicon import (
    BANK_CONTEXT,
    BANK_TYPE,
    BUSINESS_LINE_CONTEXT,
    CARD_CONTEXT,
    ID_LABELS,
    INSURANCE_CONTEXT,
    LICENCE_CONTEXT,
    MY_NUMBER_CONTEXT,
    NOT_PHONE_CONTEXT,
    PHONE_CONTEXT,
    POSTAL_CONTEXT,
    PREFECTURE,
    YUCHO_CONTEXT,
)
from .model import Finding
from .normalize import View
from .validators import card_shape_ok, ean13_ok, luhn_ok, my_number_ok, phone_kind
from .vocab import alternation

BLOCK = "_BLOCK"

EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u3030\u303d"
_SEP = rf"(?:[ \n\-.()/・、,_~:;|]|[{EMOJI}])"
_MASK = "Xx*●○■□×#"
# A chain of digit groups joined by at most three separator characters.
_CHAIN = searching(rf"(?<![0-9A-Za-z])\+?\(?[0-9](?:{_SEP}{{0,3}}[0-9{_MASK}])*")
_GROUP = re.compile(rf"[0-9{_MASK}]+")
_MASK_RE = re.compile(f"[{_MASK}]")


def _before(text: str, start: int, width: int) -> str:
    """The text just before start, cut at the previous sentence end."""
    chunk = text[max(0, start - width) : start]
    for stop in ("。", "\n", "！", "？", "!", "?"):
        cut = chunk.rfind(stop)
        if cut >= 0:
            chunk = chunk[cut + 1 :]
    return chunk


_SENTENCE_END = re.compile(r"[。\n！？!?]")
_LICENCE_CARD = re.compile(r"免許証|運転免許|免許の番号")
# A unit after a number: an amount or a count, not an identifier.
_UNIT_AFTER = re.compile(r"\s?(?:円|年|個|件|人|回|歳|%|％|万|億|kg|km)")


def _sentence_before(text: str, start: int, width: int = 60) -> str:
    """The sentence before the one holding start (empty at the comment's first sentence)."""
    base = max(0, start - width)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, base, start)]
    if not ends:
        return ""
    lo = ends[-2] + 1 if len(ends) >= 2 else base
    return text[lo : ends[-1]]


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _last(pattern: re.Pattern[str], text: str) -> int:
    """End of the last match in text, -1 without one: the label nearest a number wins."""
    end = -1
    for m in pattern.finditer(text):
        end = m.end()
    return end


_PHONE_CTX = re.compile(PHONE_CONTEXT)
_NOT_PHONE_CTX = re.compile(NOT_PHONE_CONTEXT)
_BUSINESS_CTX = re.compile(BUSINESS_LINE_CONTEXT)
_CARD_CTX = re.compile(CARD_CONTEXT)
_MYNUM_CTX = re.compile(MY_NUMBER_CONTEXT)
_LICENCE_CTX = re.compile(LICENCE_CONTEXT)
_INSURANCE_CTX = re.compile(INSURANCE_CONTEXT)
_ID_LABEL_CTX = re.compile(ID_LABELS)
# Opening hours or an office word right after a landline: a business's number.
_BUSINESS_AFTER = re.compile(
    r"\s?[(（]?\s?(?:受付|営業|平日|土日|年中無休)?\s?(?:時間)?\s?[:：]?\s?\d{1,2}[:：時]\d{0,2}\s?[-~〜～]"
    # （火〜日 10時〜18時）: the days a desk is open
    r"|\s?[(（]\s?[月火水木金土日祝][曜]?(?:日)?\s?[-~〜～・]\s?[月火水木金土日祝]"
    r"|\s?[(（]?(?:本社|代表|本店|支店|営業所|受付時間|営業時間|コールセンター|お客様)"
)

# 「店の電話」「塾の電話番号は」「タクシー会社の代表番号」「サポート」: the line belongs to a
# business when the word owning it is a business noun (a landline or 050 number only; a
# mobile is too often a person's own even when a shop hands it out).
_OWNER_BUSINESS = re.compile(
    alternation("business_owner_nouns") + r"(?:さん)?[」』]?"
    r"(?:の)?(?:固定|代表|直通)?(?:電話|でんわ|TEL|Tel|tel|番号|連絡先)?(?:番号)?"
    r"(?:は|が|も|:|：|=|→|、|,)?\s?[(（]?\s?$"
)


# 023-123-4567（店の番号です） / 092-123-4567、お店のHPの番号: a note right after a
# landline saying whose number it is (a business's).
_OWNER_NOTE_AFTER = re.compile(
    r"\s?[(（、,]\s?(?:これ|それ|ここ|こちら|そちら)?(?:は|が|も)?[^\s、。()（）]{0,4}?"
    r"(?:" + alternation("business_owner_nouns") + r")"
    r"の(?:(?:HP|ホームページ|サイト|公式|代表)(?:の|に)?)?(?:載ってる|書いてある)?(?:番号|電話|代表)"
)


_PHONE_LABEL_END = re.compile(
    r"(?:電話|でんわ|携帯|ケータイ|けいたい|TEL|Tel|tel)(?:番号)?(?:は|:|：|、|→|=)?\s?$"
)


def _phone_label_wins(ctx: str) -> bool:
    """受付の吉岡の携帯は…: a phone word after a bare desk word (受付, 予約) names a phone."""
    matches = list(_NOT_PHONE_CTX.finditer(ctx))
    last_not = matches[-1] if matches else None
    if last_not is None or "番" in last_not.group() or "No" in last_not.group():
        return False
    return _last(_PHONE_CTX, ctx) > last_not.end() + 3


# An organisation owning the address or code that follows: 金融庁（〒…, 池袋店（…,
# 本社のお客様相談窓口は〒…, 管理会社（〒…
ORG_BEFORE = re.compile(
    r"(?:(?:本社|本店|支店|営業所|会社|[^\s、。]庁|[^\s、。]省|相談室|窓口|センター)(?:は|が|:|：)?|店)\s?[（(]\s?$"
    r"|(?:本社|本店|支店|営業所|[^\s、。]庁|[^\s、。]省|相談室|窓口)(?:は|が|:|：)?\s?$"
)
# …の本店で / … フルフィルメントセンター / … サクラでんき株式会社: a business's address follows.
ORG_AFTER = re.compile(
    r"^(?:の(?:本店|本社)"
    r"|\s?[^\s。、\n「」()（）]{0,20}(?:センター|株式会社|相談室|本社|倉庫))"
)
POSTAL_TAIL = re.compile(r"〒?\s?\d{3}-?\d{4}\s?$")
_SHOP_NEAR = re.compile(r"(?:本店|支店|店舗|営業所|店)(?:で|は)?[、,]|店[（(]")


def _finding(view: View, a: int, b: int, cat: str, score: float, rule: str) -> Finding:
    s, e = view.span(a, b)
    return Finding(s, e, cat, score, rule)


def chains(view: View) -> list[Finding]:
    """Phones, cards and 12-digit identifiers found in digit chains."""
    text = view.text
    out: list[Finding] = []
    for m in _CHAIN.finditer(text):
        groups = [(g.start(), g.end(), g.group()) for g in _GROUP.finditer(m.group())]
        base = m.start()
        groups = [(base + a, base + b, s) for a, b, s in groups]
        plus = m.group().startswith("+")
        out.extend(_chain(view, groups, plus))
    return out


def _chain(view: View, groups: list[tuple[int, int, str]], plus: bool) -> list[Finding]:
    """One chain of digit groups: a card, a 12-digit identifier, a labelled phone, or phones."""
    digits = "".join(g[2] for g in groups)
    masked = _MASK_RE.search(digits) is not None
    whole = _whole_chain(view, groups, digits, masked, plus)
    if whole is not None:
        return whole
    out: list[Finding] = []
    i = 0
    while i < len(groups):
        found = _phone_from(view, groups, i, plus and i == 0)
        if found is None:
            i += 1
            continue
        finding, j = found
        if finding is not None:
            out.append(finding)
        i = j
    return out


def _whole_chain(
    view: View, groups: list[tuple[int, int, str]], digits: str, masked: bool, plus: bool
) -> list[Finding] | None:
    """The chain read as one number (never split), or None to read it as phones."""
    text = view.text
    a, b = groups[0][0], groups[-1][1]
    if not masked and not plus and 13 <= len(digits) <= 19 and card_shape_ok(digits):
        card = _card(view, groups, digits)
        if card is not None:
            return [card]
    if masked and 13 <= len(digits) <= 19 and _has(_CARD_CTX, _before(text, a, 24)):
        return [_finding(view, a, b, "CARD", 0.6, "card.masked")]
    if not masked and not plus and len(digits) == 12 and not digits.startswith("0"):
        twelve = _twelve_digits(view, a, b, digits)
        return [twelve] if twelve is not None else []
    if not masked and not plus and digits.startswith("0") and len(groups) >= 2:
        labelled = _labelled_phone(view, groups, digits)
        if labelled is not None:
            return [labelled]
    return None


def _card(view: View, groups: list[tuple[int, int, str]], digits: str) -> Finding | None:
    """A card number (Luhn, a card word, or four groups of four), or a product code block."""
    text = view.text
    a, b = groups[0][0], groups[-1][1]
    card_ctx = _has(_CARD_CTX, _before(text, a, 24))
    if not card_ctx and not _has(_NOT_PHONE_CTX, _before(text, a, 14)):
        # 4980…9012 ←私のカード番号: the card word right after the number (in its clause)
        after = re.split(r"[。\n]", text[b : b + 30], maxsplit=1)[0]
        card_ctx = _has(_CARD_CTX, after)
    if len(groups) == 1 and digits[:2] in ("45", "49") and ean13_ok(digits) and not card_ctx:
        # An unbroken 13-digit run with a Japanese JAN prefix and a valid barcode
        # check digit is a product code, not a (rare 13-digit) card number.
        return _finding(view, a, b, BLOCK, 0.9, "id.product_code")
    # Four groups of four with a card prefix read as a card even when a digit is
    # misheard (the Luhn check fails), unless a label says it is an order number.
    grouped = len(groups) == 4 and all(len(g[2]) == 4 for g in groups)
    grouped = grouped and not _has(_NOT_PHONE_CTX, _before(text, a, 14))
    if luhn_ok(digits) or card_ctx or grouped:
        score = 0.95 if luhn_ok(digits) else 0.8
        return _finding(view, a, b, "CARD", score, "card.luhn" if score > 0.9 else "card.context")
    return None


def _twelve_digits(view: View, a: int, b: int, digits: str) -> Finding | None:
    """A 12-digit number: My Number or a licence by its label or check digit, else nothing."""
    text = view.text
    ctx = _before(text, a, 14)
    wide = _before(text, a, 30)
    if _has(_NOT_PHONE_CTX, ctx) and _last(_NOT_PHONE_CTX, ctx) >= max(
        _last(_MYNUM_CTX, ctx), _last(_LICENCE_CTX, ctx), _last(_ID_LABEL_CTX, ctx)
    ):
        return _finding(view, a, b, BLOCK, 0.9, "id.not_personal")
    if _has(_MYNUM_CTX, wide) or _has(_LICENCE_CTX, wide) or _has(_ID_LABEL_CTX, wide):
        return _finding(view, a, b, "ID_NUMBER", 0.9, "id.context")
    # マイナカード作った。番号は3841 2290 6657: the document named in the sentence before.
    prev = _sentence_before(text, a)
    if (_has(_MYNUM_CTX, prev) or _has(_LICENCE_CARD, prev)) and not _UNIT_AFTER.match(text, b):
        return _finding(view, a, b, "ID_NUMBER", 0.85, "id.context_before")
    if my_number_ok(digits):
        return _finding(view, a, b, "ID_NUMBER", 0.6, "id.my_number_check")
    return None


def _labelled_phone(view: View, groups: list[tuple[int, int, str]], digits: str) -> Finding | None:
    """A phone label right before a number that fits no numbering plan: a mobile read aloud
    with a digit missing, or a landline cut off mid-way (家の電話は06-6789)."""
    text = view.text
    a, b = groups[0][0], groups[-1][1]
    ctx = _before(text, a, 14)
    label = _PHONE_LABEL_END.search(ctx)
    if label and not _has(_NOT_PHONE_CTX, ctx) and not _phone_from(view, groups, 0, False):
        if len(digits) in (10, 11) and len(groups) >= 3:
            return _finding(view, a, b, "PHONE", 0.7, "phone.labelled")
        if 6 <= len(digits) <= 9 and len(groups) == 2 and len(groups[0][2]) <= 4:
            return _finding(view, a, b, "PHONE", 0.6, "phone.partial")
    return None


def _phone_from(
    view: View, groups: list[tuple[int, int, str]], i: int, plus: bool
) -> tuple[Finding | None, int] | None:
    """A phone number starting at group i: (finding or block, next group) or None."""
    if not plus and not groups[i][2].startswith("0"):
        return None
    digits = ""
    for j in range(i, len(groups)):
        digits += groups[j][2]
        n = len(digits)
        if n < 8:
            continue
        if n > 15 or (not plus and n > 11):
            return None
        # A mask read as 5, not 0: 080-XXXX-… must not turn into a toll-free 0800 line.
        kind = phone_kind(_MASK_RE.sub("5", digits), international=plus)
        if kind == "public":
            end = len(groups) - 1 if len(groups) - i <= 4 else j
            return _finding(
                view, groups[i][0], groups[end][1], BLOCK, 0.95, "phone.public"
            ), end + 1
        real = _MASK_RE.sub("", digits)
        if kind is None or (len(real) < n and len(real) < 4):
            continue
        return _phone_span(view, groups[i][0], groups[j][1], digits, kind, plus), j + 1
    return None


_PLACEHOLDER = re.compile(r"^0{8}$")  # the subscriber part all zeros
_EXAMPLE_BEFORE = re.compile(r"(?:例|記入例|見本|サンプル)(?:えば)?[:：は]?\s?[「『\"]?$")
_FORMAT_AFTER = re.compile(
    r"[」』\"]?\s?(?:の|という|みたいな|のような)?(?:形式|書式|フォーマット|ように(?:書|記入|入力))"
)


def _phone_span(view: View, a: int, b: int, digits: str, kind: str, plus: bool) -> Finding:
    """The phone number at view[a:b], or a block when it is a business's or not a phone."""
    text = view.text
    if plus:
        a -= 1  # keep the + sign inside the span
    if a > 0 and text[a - 1] == "(" and ")" in text[a:b]:
        a -= 1
    ctx = _before(text, a, 14)
    if _has(_NOT_PHONE_CTX, ctx) and not (kind == "mobile" and _phone_label_wins(ctx)):
        return _finding(view, a, b, BLOCK, 0.9, "phone.not_personal")
    after = text[b : b + 14]
    if (
        _PLACEHOLDER.search(digits[-8:])
        or _FORMAT_AFTER.match(after)
        or _EXAMPLE_BEFORE.search(_before(text, a, 8))
    ):
        # 090-0000-0000, 「03-1234-5678」の形式で: a number written to show the format
        return _finding(view, a, b, BLOCK, 0.9, "phone.placeholder")
    ip_or_fixed = kind != "mobile" or digits.startswith("050")
    if ip_or_fixed and (
        _OWNER_BUSINESS.search(_before(text, a, 24)) or _SHOP_NEAR.search(_before(text, a, 24))
    ):
        return _finding(view, a, b, BLOCK, 0.85, "phone.business_owner")
    # A business line word (窓口, 本社) before a mobile does not make it the
    # business's: desks and help groups run on private mobiles.
    if (ip_or_fixed and _has(_BUSINESS_CTX, _before(text, a, 24))) or (
        kind == "landline"
        and (_BUSINESS_AFTER.match(after) or _OWNER_NOTE_AFTER.match(text, b, b + 30))
    ):
        return _finding(view, a, b, BLOCK, 0.9, "phone.business")
    score = 0.9 if kind in ("mobile", "international") else 0.8
    if _has(_PHONE_CTX, ctx):
        score = min(0.99, score + 0.08)
    real = _MASK_RE.sub("", digits)
    rule = f"phone.{kind}" + (".masked" if len(real) < len(digits) else "")
    return _finding(view, a, b, "PHONE", score, rule)


# --- labelled identifiers ------------------------------------------------------------

_ID_VALUE = (
    r"(?P<val>[A-Z]{0,3}-?\d[\d\- ]{2,20}\d(?:[A-Z]{1,2}\d{2,8})?[A-Z]{0,2}(?![A-Za-z])"
    r"|\d{1,4}[A-Z]{1,2}\d{3,8}(?![A-Za-z0-9])"
    r"|[A-Z]{1,3}-?\d{2,3})"
)
# Between a label and its value: particles, quotes, って, 確か (社員番号って「AC-10872」).
_ID_GAP = r"(?:[\s:は「『\"、,]|の|が|を|も|に|第|\(|No\.?|#|って|確か|たしか|is\b|was\b)"
_LABELLED_ID = re.compile(
    rf"(?P<label>{ID_LABELS})(?:の?番号)?{_ID_GAP}{{0,4}}{_ID_VALUE}(?![0-9])"
)
# A unit after the value: a year, an amount or a count (免許証は2024年に更新), not an ID.
_COUNT_AFTER = re.compile(r"\s?(?:年|月|日|円|歳|時|分|人|件|回|個|枚|桁|%|％)")
# 記号・番号 1234 5678 / 記号番号は 1234 - 5678 / 記号と番号は1234と5678.
_INSURANCE_PART = re.compile(
    r"(?:記号|番号|枝番)(?:[\s:は「『]|の){0,3}"
    r"(?P<val>\d{1,10}(?:(?:\s{0,2}[\-・]\s{0,2}|\s{1,2}|と)\d{1,10}){0,2})(?!\d)(?![\-・]\d)"
)
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![0-9])")
_PASSPORT_CTX = re.compile(r"パスポート|旅券|passport|Passport")
_DOCUMENT_CTX = re.compile(
    r"パスポート|旅券|免許証|保険証|在留カード|マイナンバー|身分証|社員証|学生証|会員証|カードを"
)
_LETTER_ID = re.compile(
    r"番号(?:[\s:はがを「『]|の){0,3}(?P<val>[A-Z]{1,3}\d{6,10}[A-Z]{0,2})(?![A-Za-z0-9])"
)


def identifiers(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    for m in _LABELLED_ID.finditer(text):
        val = m.group("val").rstrip("- ")
        a = m.start("val")
        digits = sum(c.isdigit() for c in val)
        if digits < 4 and not (digits == 3 and val[:1].isalpha()):  # TK482: a badge number
            continue
        if _COUNT_AFTER.match(text, a + len(val)):
            continue
        out.append(_finding(view, a, a + len(val), "ID_NUMBER", 0.85, "id.label"))
    if _INSURANCE_CTX.search(text):
        for m in _INSURANCE_PART.finditer(text):
            # 保険証の記号番号 …, or 記号番号1234-5678の保険証 (the card named right after)
            if _has(_INSURANCE_CTX, _before(text, m.start(), 20)) or _has(
                _INSURANCE_CTX, re.split(r"[。\n、]", text[m.end() : m.end() + 12], maxsplit=1)[0]
            ):
                out.append(
                    _finding(view, m.start("val"), m.end("val"), "ID_NUMBER", 0.8, "id.insurance")
                )
    for m in _PASSPORT.finditer(text):
        if _has(_PASSPORT_CTX, _before(text, m.start(), 20)):
            out.append(_finding(view, m.start(), m.end(), "ID_NUMBER", 0.9, "id.passport"))
    if "番号" in text and _DOCUMENT_CTX.search(text):
        # 番号AB12345678CD / 番号TK1234567 with a card or passport named in the comment.
        for m in _LETTER_ID.finditer(text):
            if not _has(_NOT_PHONE_CTX, _before(text, m.start(), 14)):
                a, b = m.start("val"), m.end("val")
                out.append(_finding(view, a, b, "ID_NUMBER", 0.8, "id.letters"))
    return out


# --- bank accounts -----------------------------------------------------------------------

_BANK_CTX = re.compile(BANK_CONTEXT)
_BANK = searching(
    rf"(?:(?P<type>{BANK_TYPE})[\s:]*)?(?<![\d\-])(?P<num>\d{{7}}|\d{{6}}|\d{{8}})(?![\d\-])"
)
_BANK_LABEL = re.compile(r"口座(?:番号)?(?:[\s:は]|の|が){0,3}$")
_YUCHO = re.compile(r"(?<![\d\-])1\d{4}-\d{1,8}(?![\d\-])")
# Japan Post 記号 and 番号 written as two labelled fields: the 記号 (5 digits, 1xxxx).
_YUCHO_SYMBOL = re.compile(r"記号(?:[\s:は]|の){0,3}(?P<val>1\d{4})(?![\d\-])")
_YUCHO_CTX = re.compile(YUCHO_CONTEXT)
_YUCHO_NUMBER = re.compile(r"[\s、,/]{0,3}番号(?:[\s:は]|の){0,3}(?P<val>\d{5,8})(?![\d\-])")


def bank_accounts(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    for m in _BANK.finditer(text):
        num_start = m.start("num")
        before = _before(text, m.start(), 30)
        after = text[m.end() : m.end() + 20]
        if m.group("type"):
            score = 0.95 if len(m.group("num")) == 7 else 0.8
            out.append(_finding(view, m.start(), m.end(), "BANK_ACCOUNT", score, "bank.type"))
        elif _BANK_LABEL.search(text[max(0, num_start - 10) : num_start]):
            out.append(_finding(view, num_start, m.end(), "BANK_ACCOUNT", 0.9, "bank.label"))
        elif len(m.group("num")) == 7 and (_has(_BANK_CTX, before) or _has(_BANK_CTX, after)):
            out.append(_finding(view, num_start, m.end(), "BANK_ACCOUNT", 0.75, "bank.context"))
    if "記号" in text:
        for m in _YUCHO_SYMBOL.finditer(text):
            if _has(_YUCHO_CTX, _before(text, m.start(), 20)) and not _has(
                _INSURANCE_CTX, _before(text, m.start(), 20)
            ):
                a, b = m.start("val"), m.end("val")
                out.append(_finding(view, a, b, "BANK_ACCOUNT", 0.8, "bank.yucho_symbol"))
                num = _YUCHO_NUMBER.match(text, b)
                if num:  # the 番号 field that follows (up to eight digits)
                    a, b = num.start("val"), num.end("val")
                    out.append(_finding(view, a, b, "BANK_ACCOUNT", 0.8, "bank.yucho_number"))
    for m in _YUCHO.finditer(text):
        digits = m.group().replace("-", "")
        if len(digits) in (13, 12) or _has(_BANK_CTX, _before(text, m.start(), 30)):
            out.append(_finding(view, m.start(), m.end(), "BANK_ACCOUNT", 0.85, "bank.yucho"))
    return out


# --- postal codes --------------------------------------------------------------------------

_POSTAL = searching(
    r"(?P<mark>〒|郵便番号|郵便)?(?:[\s:は]|の){0,3}(?<![\d\-])"
    r"(?P<code>\d{3}(?:-| )?\d{4})(?![\d\-])"
)
_POSTAL_CTX = re.compile(POSTAL_CONTEXT)
_ADDRESS_TAIL = re.compile(r"^\s?[^\s。、]*?\d+(?:(?:-|丁目|番地?|号)\d*)*(?:号)?")
_RECORD_LABEL = re.compile(
    r"(?:整理|受付|注文|予約|管理|伝票|追跡|問い?合わ?せ|申込|契約|チケット|取引|確認|製造|商品)番号"
)
_ADDRESS_FOLLOWS = re.compile(rf"\s?(?:{PREFECTURE}|[一-龥]{{1,4}}[市区町村郡])")


# 「区役所の住所は〒160-…」: the code of a public office or business named as its owner.
_POSTAL_OWNER = re.compile(
    r"(?:役所|役場|学校|保育園|幼稚園|店舗|本店|病院|医院|クリニック|協会|センター|会社|ホテル|旅館)"
    r"の(?:住所|所在地)(?:は|:|：|→)?\s?$"
)


def postal_codes(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    for m in _POSTAL.finditer(text):
        code = m.group("code")
        a, b = m.start("code"), m.end("code")
        if " " in code and not m.group("mark"):
            continue
        if not m.group("mark") and _RECORD_LABEL.search(_before(text, a, 8)):
            continue  # 整理番号が「090-1122」: a record number, not a postal code
        if (
            _POSTAL_OWNER.search(_before(text, m.start(), 16))
            or (m.group("mark") or _ADDRESS_FOLLOWS.match(text, b))
            and (
                ORG_BEFORE.search(_before(text, m.start(), 16))
                or ORG_AFTER.match(_ADDRESS_TAIL.sub("", text[b : b + 60].split("。")[0], count=1))
            )
        ):
            out.append(_finding(view, a, b, BLOCK, 0.96, "postal.business"))
        elif m.group("mark"):
            out.append(_finding(view, a, b, "POSTAL_CODE", 0.95, "postal.mark"))
        elif "-" in code:
            if _ADDRESS_FOLLOWS.match(text, b) or _has(_POSTAL_CTX, _before(text, a, 10)):
                out.append(_finding(view, a, b, "POSTAL_CODE", 0.85, "postal.context"))
            else:
                out.append(_finding(view, a, b, "POSTAL_CODE", 0.5, "postal.shape"))
    return out
