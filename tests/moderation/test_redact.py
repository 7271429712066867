from comments.moderation import CATEGORY_LABELS, Finding, redact


def test_each_span_becomes_its_label():
    text = "電話090-1111-2222、メールa@example.jp"
    findings = [
        Finding(2, 15, "PHONE", 0.9, "t"),
        {"start": 19, "end": 31, "category": "EMAIL"},
    ]
    assert redact(text, findings) == "電話〔電話番号〕、メール〔メールアドレス〕"


def test_overlapping_and_touching_spans_merge_into_one_label():
    text = "ABCDEFGHIJ"
    findings = [
        {"start": 1, "end": 4, "category": "PERSON"},
        {"start": 3, "end": 8, "category": "ADDRESS"},
        {"start": 8, "end": 9, "category": "ADDRESS"},
    ]
    assert redact(text, findings) == "A〔住所〕J"


def test_out_of_range_and_empty_spans_are_ignored():
    assert redact("abc", [{"start": 2, "end": 2, "category": "PHONE"}]) == "abc"
    assert redact("abc", [{"start": 1, "end": 99, "category": "CARD"}]) == "a〔カード番号〕"


def test_every_category_has_a_japanese_label():
    assert set(CATEGORY_LABELS) == {
        "PHONE", "EMAIL", "ADDRESS", "POSTAL_CODE", "PERSON",
        "ACCOUNT", "ID_NUMBER", "CARD", "BANK_ACCOUNT", "BIRTHDATE",
    }  # fmt: skip
    assert CATEGORY_LABELS["ID_NUMBER"] == "個人番号等"
