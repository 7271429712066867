"""Street addresses precise enough to find a home or workplace.

A prefecture, city or ward alone is not an address: a match needs a block number
(丁目, 番地, 号 or 1-2-3) after the place names.  Reads the digit view, so 一丁目 and
ichi-chome in kana arrive as 1丁目 / 1ちょうめ.
"""

from __future__ import annotations

import re

from .fastre import guarded
from .lexicon import ADDRESS_CONTEXT, PREFECTURE
from .model import Finding
from .normalize import View
from .numbers import BLOCK, ORG_AFTER, ORG_BEFORE, POSTAL_TAIL
from .vocab import alternation

_KANJI = r"[一-龥々〆ヶケ]"
_KANA_CITIES = alternation("kana_cities")
_MUNI = (
    rf"(?:(?:{_KANA_CITIES}|{_KANJI}{{1,4}}?)[市区郡](?:{_KANJI}{{1,3}}?[町村])?"
    rf"|{_KANJI}{{1,3}}?[町村](?=.{{0,8}}\d))"
)
_TOWN = r"(?:[一-龥々〆ヶケァ-ヴーぁ-ゖ]{0,8}?)"
_NUM = r"\d{1,5}"
_CHOME = rf"{_NUM}\s?(?:丁目|ちょうめ|チョウメ)"
_BANCHI = rf"{_NUM}\s?(?:番地|番|ばんち|バンチ|ばん)(?:\s?の?\s?{_NUM}\s?(?:号|ごう)?)?"
_GOU = rf"{_NUM}\s?(?:号|ごう)"
# Later blocks may be masked (桜丘4-1X-X): the rest still finds the street.
_MASKED_NUM = r"(?:\d{1,5}(?![Xx*●○×])|\d{0,3}[Xx*●○×]{1,3}(?![A-Za-z]))"
_DASHES = rf"{_NUM}(?:-{_MASKED_NUM}){{1,3}}"
# Hokkaido grid addresses: 南3条西10丁目, 北1条東2丁目, 3条通8丁目.
_JOU = r"(?:\d{1,2}条(?:通)?[東西南北]?)"
_BLOCK_NO = (
    rf"(?:{_CHOME}(?:\s?(?:{_BANCHI}(?:\s?{_GOU})?|{_DASHES}|{_NUM}(?![\d年月日歳]))|\s?{_GOU})?"
    rf"|{_BANCHI}(?:\s?{_GOU})?|{_DASHES})"
)
_BUILDING_WORD = alternation("building_words")
_BUILDING = (
    rf"(?:\s?[^\s\d、。,!?()「」]{{0,12}}?{_BUILDING_WORD}[^\s\d、。,!?()「」]{{0,10}}?\s?\d{{1,4}}"
    rf"(?:号室|階|F)?|\s?[^\s\d、。,!?()「」]{{1,14}}?\d{{1,4}}(?:号室|階|F))"
)
_ADDRESS = guarded(
    rf"(?P<head>{PREFECTURE}\s?(?:{_MUNI}\s?){{0,3}}|(?:{_MUNI}\s?){{1,3}})(?P<town>{_TOWN}{_JOU}?)"
    rf"(?P<no>{_BLOCK_NO})(?P<bld>{_BUILDING})?(?![\d\-])"
)
# Addresses spelled out in kana (ﾖｺﾊﾏｼ…1ﾁｮｳﾒ): a kana run ending in a chome number.
_KANA_ADDRESS = re.compile(
    rf"[ぁ-ゖァ-ヴー][ぁ-ゖァ-ヴー ]{{3,24}}?{_NUM}(?:ちょうめ|チョウメ)"
    rf"(?:\s?{_NUM}(?:ばんち|バンチ|ばん|バン|番地|番|ごう|ゴウ|号)?(?:の?-?{_NUM}(?:ごう|ゴウ|号)?){{0,2}})?"
)
_CONTEXT = re.compile(ADDRESS_CONTEXT)
_ROOM = re.compile(
    rf"(?<![一-龥々ァ-ヴーA-Za-z])[一-龥々ァ-ヴーA-Za-z]{{0,10}}?{_BUILDING_WORD}"
    rf"[一-龥々ァ-ヴーA-Za-z]{{0,10}}?\s?\d{{1,4}}号室"
)
# Town and block numbers without a city (高円寺南4-27-11), kept only with address words near.
_TOWN_DASHES = re.compile(
    rf"(?<![一-龥々〆ヶケ]){_KANJI}{{2,6}}(?P<no>{_NUM}(?:-{_NUM}){{1,3}})(?![\d\-])(?P<bld>{_BUILDING})?"
)
# A business's public address (本社, 店舗, opening hours next to it) is not personal data.
_BUSINESS_BEFORE = re.compile(
    r"(?:本社|本店|支店|店舗|営業所|所在地|店の住所|会社の住所|本部|公式|オフィス|本社所在地|店舗は"
    r"|ショールーム|工場|庁舎|役所|役場|都庁|県庁|窓口|相談窓口|センター|事務所)[^。\n]{0,6}$"
)
_BUSINESS_AFTER = re.compile(
    r"^[^。\n]{0,12}(?:営業時間|定休|受付時間|\d{1,2}:\d{2}\s?[〜~\-－]|年中無休)"
    r"|^の(?:アリーナ|ホール|ドーム|スタジアム|劇場|会場|ライブハウス|ショッピングモール|モール"
    r"|商業施設|体育館|公民館|球場|競技場|美術館|博物館)"
)
# The owner of an address named just before it: 「クリニックの住所は」「会場は」.
_OWNER_BEFORE = re.compile(
    r"(?:(?:店|(?<![部小])屋|院|館|社|塾|会場|ホール|アリーナ|スタジアム|クリニック|サロン|カフェ|"
    r"ショップ|オフィス|教室|スクール|ホテル|旅館|施設|センター|薬局|会社|法人|協会|団体|役所|役場|学校|保育園"
    r"|幼稚園)(?:さん)?"
    r"の(?:住所|所在地|場所)"
    r"|(?:会場|ホール|アリーナ|スタジアム|劇場|ホテル|旅館|クリニック|病院|医院|施設)(?:は|って))"
    r"(?:は|が|:|：|→)?\s?(?:〒?\s?\d{3}-?\d{4}\s?)?$"
)
_PRIVATE_NEAR = re.compile(r"自宅|実家|住んで|在住|私の家|うちの|お住まい|職場|勤務先")
_PREF = re.compile(PREFECTURE)
# 高円寺南3-45-2の1階に住んでる: a living verb after the block numbers in the same clause.
_LIVES_AFTER = re.compile(r"[^。\n、]{0,12}?(?:住んで|在住|に住む|に住ん|の家|引っ越し|暮らして)")
_LEADING_LABEL = re.compile(r"^(?:住所|現住所|実家|自宅|職場|勤務先|送り先|宛先|在住)")


def addresses(view: View) -> list[Finding]:
    text = view.text
    out: list[Finding] = []
    if not any(c in text for c in "丁番号-ちチ"):
        return out
    for m in _ADDRESS.finditer(text):
        head, no = m.group("head"), m.group("no")
        pref = _PREF.match(head)
        munis = len(re.findall(r"[市区郡町村]", head[pref.end() if pref else 0 :]))
        dashed = re.fullmatch(_DASHES, no) is not None
        if dashed and not pref and munis < 2 and no.count("-") < 2:
            continue
        a = m.start()
        label = _LEADING_LABEL.match(text, a)
        if label:
            a = label.end()
        end = m.end("bld") if m.group("bld") else m.end("no")
        if _is_business(text, a, end):
            # A business's public address: blocked, so that no name detector claims a
            # place word inside it (梅田メディカルビル).
            s, e = view.span(a, end)
            out.append(Finding(s, e, BLOCK, 0.92, "address.business"))
            continue
        score = 0.9 if pref or munis >= 2 else 0.8
        s, e = view.span(a, end)
        out.append(Finding(s, e, "ADDRESS", score, "address"))
    # Town and chome without a city: only where the words around say it is an address.
    for m in re.finditer(rf"(?<!{_KANJI}){_KANJI}{{2,5}}{_CHOME}", text):
        if _CONTEXT.search(text[max(0, m.start() - 20) : m.end() + 20]):
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "ADDRESS", 0.6, "address.town"))
    for m in _TOWN_DASHES.finditer(text):
        if m.group("no").count("-") >= 2 and (
            _CONTEXT.search(text[max(0, m.start() - 12) : m.start()])
            or _LIVES_AFTER.match(text, m.end())
        ):
            end = m.end("bld") if m.group("bld") else m.end("no")
            s, e = view.span(m.start(), end)
            out.append(Finding(s, e, "ADDRESS", 0.6, "address.town"))
    # A building and room without a street (コーポ栗原203号室): a room number names a home.
    if "号室" in text:
        for m in _ROOM.finditer(text):
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "ADDRESS", 0.6, "address.room"))
    for m in _KANA_ADDRESS.finditer(text):
        s, e = view.span(m.start(), m.end())
        out.append(Finding(s, e, "ADDRESS", 0.75, "address.kana"))
    return out


def _is_business(text: str, a: int, b: int) -> bool:
    """本社（…）, 店舗は…, …営業時間10:00〜: a company's or shop's public address."""
    before = text[max(0, a - 12) : a]
    if _PRIVATE_NEAR.search(before) or _PRIVATE_NEAR.search(text[b : b + 12]):
        return False
    near = POSTAL_TAIL.sub("", text[max(0, a - 30) : a])
    return bool(
        _BUSINESS_BEFORE.search(before)
        or ORG_BEFORE.search(near)
        or ORG_AFTER.match(text[b : b + 30])
        or _OWNER_BEFORE.search(text[max(0, a - 24) : a])
        or _BUSINESS_AFTER.match(text[b : b + 24])
    )
