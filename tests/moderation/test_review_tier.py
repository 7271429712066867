"""The review tier: weak signals give ``risk == "review"``; confident findings stay ``hold``.

A case table ``(text, expected, source)``: ``expected`` is the risk, or the review rule
that must fire (which implies ``review``).  Sentences are written for these tests.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from comments.moderation import RISKS, Scanner, ScannerConfig
from comments.moderation.cli import main

from .conftest import PROTECTED


@pytest.fixture(scope="module")
def rules_scanner() -> Scanner:
    """The rules' signals alone: the learned score (test_learned.py) is switched off."""
    return Scanner(replace(ScannerConfig(protected=PROTECTED), learned=False))


CASES = [
    # a person named or addressed in a clause about their home, route or family
    ("あの受付の人の実家まで見に行こうかな", "review.whereabouts", "review-tier"),
    ("例の整備士、住んでるとこ見つけたよ", "review.whereabouts", "review-tier"),
    ("あの薬剤師、勤務先の場所ならもう見つけたからね", "review.whereabouts", "review-tier"),
    ("担当さん、お子さんはどこの学校に通ってるんでしたっけ", "review.whereabouts", "review-tier"),
    ("私の実家の住所は担当者も知ってるから書類は届くはず", "publish", "review-tier"),
    ("実家に帰ったら母が元気そうで安心した", "publish", "review-tier"),
    # round12: a topic of whereabouts, then knowing, watching, visiting or warning, within
    # the sentence or the next
    ("受付の人、実家が駅の裏って聞いたよ〜 帰り気をつけてね", "review.whereabouts", "round12"),
    ("担任さん、娘さん西町小の3年生でしたっけ😊", "review.whereabouts", "round12"),
    ("例の店員の転職先、隣町のスーパーらしい。毎日寄れるね♪", "review.whereabouts", "round12"),
    (
        "窓口のお姉さん、毎朝7:40の快速の2両目ですよね。今日も見てました",
        "review.whereabouts",
        "round12",
    ),
    (
        "あの司書さん、毎週木曜は遅番で自転車で帰るよね。暗い道多いから気をつけてね",
        "review.whereabouts",
        "round12",
    ),
    ("店員さんの家の近くの公園、桜がきれいだった", "publish", "round12"),
    ("友達と毎朝同じ電車、今日も見てたけど寝てた", "publish", "round12"),
    ("友達に帰り道は気をつけてねって言われた", "publish", "round12"),  # no person named
    ("あの店員の家を調べたとか書いてる人、やめなよ", "publish", "round12"),  # condemned
    # an imperative to go to someone, with no place, crowd or posted data
    ("あの配達員のところ行ってこいよ", "review.call_to_act", "review-tier"),
    ("店員さんに電話しろよ、その方が早い", "publish", "review-tier"),  # advice, not a push
    ("あの店員の家行ってこい", "hold", "review-tier"),  # a place: incitement, held as before
    # a long digit run in unusual dress that no detector claimed
    ("三二一〇 九八七六 五四三二 これ", "review.digit_run", "review-tier"),
    ("覚えといて 3🔸2🔸1🔸0🔸9🔸8🔸7🔸6🔸5🔸4", "review.digit_run", "review-tier"),
    ("1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣0️⃣ ここね", "review.digit_run", "review-tier"),
    ("4111\u200b1111\u200b1111\u200b1112 これ", "review.digit_run", "review-tier"),  # no Luhn
    ("4111\u200b1111\u200b1111\u200b1111 これ", "hold", "review-tier"),  # a valid card
    ("注文番号 1234-5678-9012 の件", "publish", "review-tier"),  # plain digits: not dress
    ("２０２４年１０月１０日１０時に届いた", "publish", "review-tier"),
    (">>3 ありがとうございます、助かりました", "publish", "review-tier"),
    # an unknown capitalised romaji word that reads as a Japanese name (the name dataset)
    ("Yuuko was rude to me again at the counter", "review.romaji_name", "issue13"),
    ("the driver was Kobayashi or something, so slow", "review.romaji_name", "issue13"),
    ("今日の窓口、Nishimuraだったわ", "review.romaji_name", "issue13"),
    ("I flew from Osaka to Kobe and the crew was great", "publish", "issue13"),  # places
    ("Anna and Ken from the support team fixed it", "publish", "issue13"),  # English names
    ("積立NISAはどこで始めるのがいい？", "publish", "issue13"),  # an acronym
    ("my Toyota is back from the garage", "publish", "issue13"),  # a company
    # confident findings are hold, as before, and carry no review signal
    ("電話は090-1234-5678です", "hold", "review-tier"),
    ("あの店員、死ね", "hold", "review-tier"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_review_tier(rules_scanner, text, expected, source):
    result = rules_scanner.scan(text)
    rules = [s.rule for s in result.review_signals]
    if expected in RISKS:
        assert result.risk == expected, (result.risk, rules, result.harassment)
    else:
        assert result.risk == "review" and expected in rules, (result.risk, rules)
    if result.risk == "hold" and not result.findings:
        assert result.review_signals == []  # held for harassment: nothing weak to add
    if result.risk == "review":  # a weak signal: low score, a rule, offsets in the text
        assert not result.hold and not result.findings and not result.harassment
        for s in result.review_signals:
            assert s.score < 0.5 and s.rule.startswith("review.")
            assert 0 <= s.start < s.end <= len(text)


def test_cli_gives_risk_and_hold_for_both_review_and_hold(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    texts = ["今日は晴れ", "あの配達員のところ行ってこいよ", "電話は090-1234-5678です"]
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    assert main(["scan", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["risk"], r["hold"]) for r in rows] == [
        ("publish", False),
        ("review", True),
        ("hold", True),
    ]
    assert rows[1]["spans"] == [] and rows[1]["harassment_findings"] == []
    # the CLI's harassment flag: the rules' findings or the learned score's signal
    for r in rows:
        learned = [s for s in r["review_signals"] if s["signal"] == "learned_harassment"]
        assert r["harassment"] is bool(r["harassment_findings"] or learned)
    assert "review.call_to_act" in [s["rule"] for s in rows[1]["review_signals"]]
    assert rows[0]["review_signals"] == [] == rows[2]["review_signals"]


def test_veiled_threat_in_a_text_held_for_personal_data(rules_scanner):
    # held for the name (a confident finding) and still labelled: the signal shows a
    # moderator the threat, and it counts as harassment (not as a rule's finding)
    text = "受付の佐藤さん、お子さん東小の2年生でしたっけ。朝いつも見てますよ😊"
    result = rules_scanner.scan(text)
    assert result.risk == "hold" and result.findings and not result.harassment
    assert "review.whereabouts" in [s.rule for s in result.review_signals]
    assert result.is_harassment and result.as_dict()["harassment"] is True
    # a push to go somewhere is shown but not counted as harassment
    pushed = rules_scanner.scan("佐藤さんのところ行ってこいよ")
    assert not pushed.is_harassment or pushed.harassment
