"""Personal-data detectors: one positive per form the issue lists, and hard negatives."""

import pytest

from .conftest import spans

POSITIVES = [
    # phones: plain, full width, kanji, spoken, split, masked, international
    ("PHONE", "折り返しは090-2222-3333へ", "090-2222-3333"),
    ("PHONE", "携帯 ０８０－５５５５－６６６６ です", "０８０－５５５５－６６６６"),
    ("PHONE", "番号は〇七〇・三三三三・四四四四", "〇七〇・三三三三・四四四四"),
    (
        "PHONE",
        "ゼロキューゼロ イチイチニーニー サンサンヨンヨン に電話",
        "ゼロキューゼロ イチイチニーニー サンサンヨンヨン",
    ),
    (
        "PHONE",
        "ぜろはちぜろのななななななななのろくろくろくろく まで",
        "ぜろはちぜろのななななななななのろくろくろくろく",
    ),
    ("PHONE", "０ ９ ０ ７ ７ ７ ７ ８ ８ ８ ８", "０ ９ ０ ７ ７ ７ ７ ８ ８ ８ ８"),
    ("PHONE", "連絡は090.5555.1212で", "090.5555.1212"),
    ("PHONE", "電話 090/5555/1212", "090/5555/1212"),
    ("PHONE", "090📞5555📞1212 に", "090📞5555📞1212"),
    ("PHONE", "番号 090-5555\n-1212 です", "090-5555\n-1212"),
    ("PHONE", "0\u200b9\u200b0-1\u200b111-2222 まで", "0\u200b9\u200b0-1\u200b111-2222"),
    ("PHONE", "あいつの携帯 090-XXXX-4321 らしい", "090-XXXX-4321"),
    ("PHONE", "自宅 (045)321-7654 です", "(045)321-7654"),
    ("PHONE", "大家の番号 045-321-7654", "045-321-7654"),
    ("PHONE", "海外からは +81 80 1234 9876 へ", "+81 80 1234 9876"),
    ("PHONE", "FAX 092-555-0101 まで", "092-555-0101"),
    # mail
    ("EMAIL", "連絡は hanako.y@mail.example.com まで", "hanako.y@mail.example.com"),
    ("EMAIL", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ に", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ"),
    ("EMAIL", "hanako(at)example(dot)co(dot)jp へ", "hanako(at)example(dot)co(dot)jp"),
    ("EMAIL", "hanako アットマーク example.ne.jp", "hanako アットマーク example.ne.jp"),
    ("EMAIL", "hanako あっと example どっと com です", "hanako あっと example どっと com"),
    ("EMAIL", "h a n a k o @ e x a m p l e . j p", "h a n a k o @ e x a m p l e . j p"),
    ("EMAIL", "hanako[at]example[dot]org", "hanako[at]example[dot]org"),
    # postal code and address
    ("POSTAL_CODE", "〒169-0075 に送って", "169-0075"),
    ("POSTAL_CODE", "郵便番号１６９００７５", "１６９００７５"),
    (
        "ADDRESS",
        "大家は東京都新宿区高田馬場2丁目3番4号に住んでる",
        "東京都新宿区高田馬場2丁目3番4号",
    ),
    (
        "ADDRESS",
        "店は福岡市博多区博多駅前3-4-5 ハカタビル8階",
        "福岡市博多区博多駅前3-4-5 ハカタビル8階",
    ),
    ("ADDRESS", "実家は札幌市中央区北一条西二丁目です", "札幌市中央区北一条西二丁目"),
    ("ADDRESS", "ﾅｺﾞﾔｼ ﾅｶｸ ｻｶｴ2ﾁｮｳﾒ3-1 の店", "ﾅｺﾞﾔｼ ﾅｶｸ ｻｶｴ2ﾁｮｳﾒ3-1"),
    (
        "ADDRESS",
        "なごやしなかくさかえ2ちょうめ3ばんち に住む",
        "なごやしなかくさかえ2ちょうめ3ばんち",
    ),
    # ids, cards, bank accounts, birthdates
    ("ID_NUMBER", "マイナンバーは 2345 6789 0124 です", "2345 6789 0124"),
    ("ID_NUMBER", "免許証番号 第123456789012号", "123456789012"),
    ("ID_NUMBER", "従業員番号：K-778812", "K-778812"),
    ("ID_NUMBER", "パスポートの番号 MZ7654321 を見せた", "MZ7654321"),
    ("ID_NUMBER", "診察券番号 00451234 を読み上げられた", "00451234"),
    ("CARD", "カード 4539 1488 0343 6467 が使われた", "4539 1488 0343 6467"),
    ("CARD", "番号は 5105105105105100", "5105105105105100"),
    (
        "CARD",
        "クレカ ４０００－１２３４－５６７８－９０１２",
        "４０００－１２３４－５６７８－９０１２",
    ),
    ("BANK_ACCOUNT", "西日本シティ銀行 天神支店 普通 3456789", "普通 3456789"),
    ("BANK_ACCOUNT", "口座番号：1122334（地方銀行）", "1122334"),
    ("BANK_ACCOUNT", "ゆうちょ 14050-22334451 へ", "14050-22334451"),
    ("BIRTHDATE", "大家さんは1961年7月7日生まれ", "1961年7月7日"),
    ("BIRTHDATE", "生年月日：S36.7.7", "S36.7.7"),
    ("BIRTHDATE", "誕生日は7月7日だって", "7月7日"),
    ("BIRTHDATE", "令和2年11月3日生の子", "令和2年11月3日"),
    # accounts
    ("ACCOUNT", "店長のアカウント @tenchou_gohan で見た", "@tenchou_gohan"),
    (
        "ACCOUNT",
        "ここ https://x.com/tenchou_gohan/status/123",
        "https://x.com/tenchou_gohan/status/123",
    ),
    ("ACCOUNT", "tiktok.com/@tenchou.gohan に動画", "tiktok.com/@tenchou.gohan"),
    ("ACCOUNT", "LINEのIDは tenchou_99 です", "tenchou_99"),
    # held-out review: grid addresses, town + block numbers, long dash chains, IDs with letters
    ("ADDRESS", "実家は旭川市4条西7丁目2-9です", "旭川市4条西7丁目2-9"),
    ("ADDRESS", "住所は下馬南2-14-6 コーポ下馬103です", "下馬南2-14-6 コーポ下馬103"),
    ("ADDRESS", "送り先は神戸市灘区六甲町2-3-4-506で", "神戸市灘区六甲町2-3-4-506"),
    ("ID_NUMBER", "学籍番号2022K1188で登録した", "2022K1188"),
    ("ID_NUMBER", "在留カード番号 XY87654321ZW を見せた", "XY87654321ZW"),
    ("ID_NUMBER", "ドライバーID SG-553201 の人", "SG-553201"),
    ("BIRTHDATE", "誕生日：7/21 です", "7/21"),
    ("EMAIL", "連絡は kumi.h★example.jp へ（★を@に）", "kumi.h★example.jp"),
]


@pytest.mark.parametrize(("category", "text", "expected"), POSITIVES)
def test_finds_personal_data(plain_scanner, category, text, expected):
    assert (category, expected) in spans(plain_scanner, text)


NEGATIVES = [
    "料金は税込12,800円、月額¥3,980でした",
    "2023年10月1日午後3時に来店予約しました",
    "令和5年4月1日付の通知が届いた",
    "注文番号 112-3456-7890 の品がまだ来ない",
    "お問い合わせ番号は 4321-8765-0987 です",
    "受付番号は0452223333と言われた",
    "型番 KJ-43X8000H と SHV48 を比べた",
    "フリーダイヤル 0120-333-906 に電話した",
    "ナビダイヤル 0570-000-111 は有料",
    "0800-123-4567 は無料です",
    "天気予報は177、時報は117",
    "2019年から使っています",
    "解約率は3.5%に上昇",
    "au、KDDI、ドコモ、総務省、消費者庁に意見を出した",
    "オペレーターに何度も同じ説明をした",
    "記事はこちら https://news.example.co.jp/articles/2024/05/01/123456",
    "動画 https://www.youtube.com/watch?v=abcDEF12345 を見て",
    "@docomo_cs に連絡したけど返事なし",
    "住所を変更したい、郵便番号も変わる",
    "マイナンバーカードを持参してください",
    "誕生日クーポンで10%オフ",
    "東京都の支店でした",
    "渋谷区の店舗は混んでた",
    "本社 03-5555-0000（受付時間 9:00〜17:00）",
    "バージョン 12.3.1 にしたら直った",
    "1万2千円の返金がありました",
    # held-out review: a business's own address and role mailboxes, dates that are not birthdays
    "本社（大阪府大阪市中央区本町2-1-6）に書面で抗議しました",
    "店舗は福岡市中央区天神2丁目5-5、営業時間は11:00〜22:00です",
    "お問い合わせは support@example-store.jp へ、と公式に書いてある",
    "誕生日クーポンは3/31まで",
    "3/14に予約して行ってきた",
    "成田発の便が2時間遅れた",
    "長谷川町子美術館に行った",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_stay_clean(plain_scanner, text):
    result = plain_scanner.scan(text)
    assert result.findings == [], spans(plain_scanner, text)
    assert not result.hold


def test_findings_are_sorted_disjoint_and_in_original_offsets(plain_scanner):
    text = (
        "ｍａｉｌ：ｙ＠ｅｘａｍｐｌｅ．ｊｐ／携帯 ０９０\u200b‐１１１１‐２２２２ "
        + "／〒１６９‐００７５"
    )
    result = plain_scanner.scan(text)
    cats = [f.category for f in result.findings]
    assert cats == ["EMAIL", "PHONE", "POSTAL_CODE"]
    for a, b in zip(result.findings, result.findings[1:], strict=False):
        assert a.end <= b.start
    assert (
        text[result.findings[1].start : result.findings[1].end] == "０９０\u200b‐１１１１‐２２２２"
    )


def test_validators():
    from comments.moderation.validators import luhn_ok, my_number_ok, phone_kind

    assert luhn_ok("4539148803436467") and not luhn_ok("4539148803436468")
    assert my_number_ok("123456789018") and not my_number_ok("123456789012")
    assert phone_kind("09012345678") == "mobile"
    assert phone_kind("0901234567") is None  # a mobile number has 11 digits
    assert phone_kind("0312345678") == "landline"
    assert phone_kind("0120123456") == "public"
    assert phone_kind("819012345678", international=True) == "international"
