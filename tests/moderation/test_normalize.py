from comments.moderation.normalize import digit_view, joined_view, loose_view, normalize


def _back(view, text, a, b):
    s, e = view.span(a, b)
    return text[s:e]


def test_full_width_and_half_width_fold_with_offsets_kept():
    text = "電話０９０　ｶﾞｲﾄﾞ"
    view = normalize(text)
    assert view.text == "電話090 ガイド"
    assert _back(view, text, 6, 9) == "ｶﾞｲﾄﾞ"  # ガ comes from two original characters
    assert len(view.starts) == len(view.text) == len(view.ends)


def test_zero_width_and_bidi_characters_are_dropped():
    text = "09\u200b0-12\u200d34-5678\ufeff"
    view = normalize(text)
    assert view.text == "090-1234-5678"
    assert view.span(0, len(view.text)) == (0, len(text) - 1)


def test_combining_marks_compose_and_noise_marks_fold_into_base():
    text = "カ\u3099イ\u0301ド"
    view = normalize(text)
    assert view.text.startswith("ガ")
    assert _back(view, text, 0, 1) == "カ\u3099"


def test_digit_view_reads_kanji_and_spoken_digits():
    assert digit_view(normalize("〇八〇・四四四四・五五五五")).text == "080・4444・5555"
    assert digit_view(normalize("ゼロナナゼロ イチイチイチイチ ニーニーニーニー")).text.startswith(
        "070 1111 2222"
    )
    assert digit_view(normalize("れいはちれいのよんよんよんよんのごごごご")).text == "080-4444-5555"
    assert digit_view(normalize("080一4444一5555")).text == "080-4444-5555"
    assert digit_view(normalize("平成元年三月十日")).text == "平成1年3月10日"


def test_ordinary_kana_is_not_read_as_digits():
    text = "よろしくお願いします、さんまを食べに行く"
    assert digit_view(normalize(text)).text == text


def test_joined_view_joins_spaced_out_letters_only():
    assert joined_view(normalize("店 長 死 ね")).text == "店長死ね"
    assert joined_view(normalize("今日は いい天気")).text == "今日は いい天気"


def test_loose_view_folds_kana_case_and_separators():
    text = "ｻｻｷ・ｹﾝﾀ と KENTA_sasaki"
    view = loose_view(normalize(text))
    assert view.text == "ささきけんたとkentasasaki"
    s, e = view.span(0, 6)
    assert text[s:e] == "ｻｻｷ・ｹﾝﾀ"
