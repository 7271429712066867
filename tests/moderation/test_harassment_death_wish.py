"""Harassment of kind death_wish: death wishes and wished misfortune, also obfuscated
(氏ね, ﾀﾋね, し ね).

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from comments.moderation import get_default_scanner

from .conftest import (
    HARASSMENT,
    NOT_HARASSMENT,
    Harassment,
    check,
)

CASES = [
    ("大家の前川、死ね", Harassment("death_wish"), "harassment"),
    ("あの配達員 氏ね", Harassment("death_wish"), "harassment"),
    ("配達員 ｼﾈ", Harassment("death_wish"), "harassment"),
    ("こいつ4ねばいいのに", Harassment("death_wish"), "harassment"),
    ("担当者 し ね", Harassment("death_wish"), "harassment"),
    ("店長ﾀﾋね", Harassment("death_wish"), "harassment"),
    ("受付の女、市ねよ", Harassment("death_wish"), "harassment"),
    ("店 長 死 ね", Harassment("death_wish"), "harassment"),
    ("支店長さん、あなたのような方は早く消えてください", Harassment("death_wish"), "harassment"),
    ("担当者のくせに偉そうに。死ネ", Harassment("death_wish"), "harassment"),
    ("担任のデブ、タヒんで", Harassment("death_wish"), "harassment"),
    ("ささきしね", Harassment("death_wish"), "harassment"),
    ("あの整備士、一生苦しめ", HARASSMENT, "round10"),
    ("お前みたいな店員は病気になればいい", HARASSMENT, "round10"),
    ("例の事務員、家族もろとも不幸になれ", HARASSMENT, "round10"),
    ("あのセラピスト、首吊って詫びろ", Harassment("death_wish"), "round3"),
    ("コーチの原口氏ね", Harassment("death_wish"), "round3"),
    ("元配達員 きえろ", Harassment("death_wish"), "round3"),
    ("こいつ社会から抹殺しようぜ", Harassment("death_wish"), "round3"),
    ("当該配達員は死んだらいいのに", Harassment("death_wish"), "round4"),
    ("あの検針員、死んだほうがいいよ", Harassment("death_wish"), "round4"),
    ("例の添乗員くたばってくれ", Harassment("death_wish"), "round4"),
    ("あの指導員、くたばればいい", Harassment("death_wish"), "round4"),
    ("あの試験官、さっさと死んじまえ", Harassment("death_wish"), "round4"),
    ("元配達員は消えてくれないかな", Harassment("death_wish"), "round4"),
    ("当該添乗員 〇ね", Harassment("death_wish"), "round4"),
    ("スレ主氏ね", Harassment("death_wish"), "round4"),
    ("あの受付ﾀﾋﾈﾖ", Harassment("death_wish"), "round5"),
    ("あの警備員、客を押してた。ﾀﾋﾈ", Harassment("death_wish"), "round5"),
    ("「ドライバー消えろ」←わかる", Harassment("death_wish"), "round5"),
    (
        "担当の保険屋のおじさん、感じ悪すぎ。客をカモとしか見てない。死ねばいいのに",
        HARASSMENT,
        "round6",
    ),
    ("車掌の松本、電車ごと事故ればいいのに", HARASSMENT, "round6"),
    ("受付係さんには早めに死んでいただきたいものです。", HARASSMENT, "round7"),
    ("主任さん、もう消えていただけませんか？", HARASSMENT, "round7"),
    ("あの営業には死んでもらいたいね", HARASSMENT, "round7"),
    ("三島由香里、いずれ天罰が下るだろうね", HARASSMENT, "round7"),
    ("あの大家、首でも吊ったら笑えるのに", HARASSMENT, "round7"),
    (">>12 お前みたいなのはいない方が世の中のためだよ", HARASSMENT, "round7"),
    ("あの添乗員さん、ねんねして、そのまま起きなくていいよ", HARASSMENT, "round12"),
    ("例の店員、永遠に眠ってて", HARASSMENT, "round12"),
    ("明日は休みだから、もう起きなくていい", NOT_HARASSMENT, "round12"),
    ("the driver was so rude, hope he trips on the stairs and dies", HARASSMENT, "round12"),
    ("you should just die", HARASSMENT, "round12"),
    ("I nearly died laughing at this review", NOT_HARASSMENT, "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_death_wish(scanner, text, expected, source):
    check(scanner, text, expected)


# source: round9
def test_one_kanji_name_with_death_wish_is_harassment() -> None:
    result = get_default_scanner().scan("谷は4ね")
    assert result.harassment
    assert not get_default_scanner().scan("谷は深いね").harassment
