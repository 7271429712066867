"""The name dataset as the second check after Sudachi: frequency filter and romaji folding."""

from __future__ import annotations

import pytest

from comments.moderation.namedata import fold_kana, name_data

from .conftest import Span, check, persons


@pytest.mark.parametrize(
    ("a", "b"),
    [("yuuko", "yuko"), ("satou", "sato"), ("satoh", "sato"), ("ohno", "ono"), ("Itoh", "ito")],
)
def test_romaji_long_vowels_fold_to_one_name(a, b):
    assert name_data().romaji_kind(a) is not None
    assert name_data().romaji_kind(a) == name_data().romaji_kind(b)


def test_fold_kana():
    assert fold_kana("さとう") == fold_kana("さと") == "さと"
    assert fold_kana("ゆうこ") == "ゆこ"
    assert fold_kana("おおの") == "おの"
    assert fold_kana("きょうこ") == "きょこ"


@pytest.mark.parametrize("word", ["さん", "てる", "まい", "あの", "こと", "すぎ"])
def test_common_words_are_not_names(word):
    # all of these are readings in the dataset; the frequency filter drops them
    assert name_data().kana_kind(word) is None


@pytest.mark.parametrize(
    ("word", "kind"), [("はると", "mei"), ("いしだ", "sei"), ("ミウラ", "sei")]
)
def test_name_readings(word, kind):
    assert name_data().kana_kind(word) == kind


def test_english_words_are_listed():
    assert name_data().is_english("Anna") and not name_data().is_english("Tanaka")


CASES = [
    ("うちのはるとが熱を出した", Span("PERSON", "はると"), "issue13"),
    ("息子のゆうとがお世話になってます", Span("PERSON", "ゆうと"), "issue13"),
    ("Yuuko Satoh was rude at the desk", Span("PERSON", "Yuuko Satoh"), "issue13"),
    ("Haruto Yamada never answers", Span("PERSON", "Haruto Yamada"), "issue13"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_dataset_names(scanner, text, expected, source):
    check(scanner, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "うちのこが泣いた",
        "娘のためにやった",
        "息子のことで相談です",
        "花屋のまえ、待ち合わせ",
        "兄のかばん",
    ],
)
def test_kin_words_before_ordinary_kana_are_not_names(text):
    assert persons(text) == []
