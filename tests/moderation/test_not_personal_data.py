"""Hard negatives: prices, dates of events, order and tracking numbers, a company's public
numbers and addresses, public offices — no personal data (CLEAN: not held either).

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    CLEAN,
    NO_DATA,
    OnlyNames,
    check,
)

CASES = [
    ("料金は税込12,800円、月額¥3,980でした", CLEAN, "personal"),
    ("2023年10月1日午後3時に来店予約しました", CLEAN, "personal"),
    ("令和5年4月1日付の通知が届いた", CLEAN, "personal"),
    ("注文番号 112-3456-7890 の品がまだ来ない", CLEAN, "personal"),
    ("お問い合わせ番号は 4321-8765-0987 です", CLEAN, "personal"),
    ("受付番号は0452223333と言われた", CLEAN, "personal"),
    ("型番 KJ-43X8000H と SHV48 を比べた", CLEAN, "personal"),
    ("フリーダイヤル 0120-333-906 に電話した", CLEAN, "personal"),
    ("ナビダイヤル 0570-000-111 は有料", CLEAN, "personal"),
    ("0800-123-4567 は無料です", CLEAN, "personal"),
    ("天気予報は177、時報は117", CLEAN, "personal"),
    ("2019年から使っています", CLEAN, "personal"),
    ("解約率は3.5%に上昇", CLEAN, "personal"),
    ("au、KDDI、ドコモ、総務省、消費者庁に意見を出した", CLEAN, "personal"),
    ("オペレーターに何度も同じ説明をした", CLEAN, "personal"),
    ("記事はこちら https://news.example.co.jp/articles/2024/05/01/123456", CLEAN, "personal"),
    ("動画 https://www.youtube.com/watch?v=abcDEF12345 を見て", CLEAN, "personal"),
    ("@docomo_cs に連絡したけど返事なし", CLEAN, "personal"),
    ("住所を変更したい、郵便番号も変わる", CLEAN, "personal"),
    ("マイナンバーカードを持参してください", CLEAN, "personal"),
    ("誕生日クーポンで10%オフ", CLEAN, "personal"),
    ("東京都の支店でした", CLEAN, "personal"),
    ("渋谷区の店舗は混んでた", CLEAN, "personal"),
    ("本社 03-5555-0000（受付時間 9:00〜17:00）", CLEAN, "personal"),
    ("バージョン 12.3.1 にしたら直った", CLEAN, "personal"),
    ("1万2千円の返金がありました", CLEAN, "personal"),
    ("本社（大阪府大阪市中央区本町2-1-6）に書面で抗議しました", CLEAN, "personal"),
    ("店舗は福岡市中央区天神2丁目5-5、営業時間は11:00〜22:00です", CLEAN, "personal"),
    ("お問い合わせは support@example-store.jp へ、と公式に書いてある", CLEAN, "personal"),
    ("誕生日クーポンは3/31まで", CLEAN, "personal"),
    ("3/14に予約して行ってきた", CLEAN, "personal"),
    ("成田発の便が2時間遅れた", CLEAN, "personal"),
    ("長谷川町子美術館に行った", CLEAN, "personal"),
    ("羽田から品川までタクシーで6,200円", NO_DATA, "round3"),
    ("一生許さん、あの会社", NO_DATA, "round3"),
    ("市役所代表 011-211-2111 に問い合わせた", NO_DATA, "round3"),
    ("区役所の相談窓口（中央区日本橋1-1-1）で手続きした", NO_DATA, "round3"),
    ("予約番号 4321 8765 2109 6543 で確認できます", NO_DATA, "round4"),
    ("金太郎飴みたいに同じ説明しかしない", NO_DATA, "round4"),
    ("浦島太郎の気分。十年ぶりに窓口に行った", NO_DATA, "round4"),
    ("会員番号 00917734 で予約したのに入ってなかった", NO_DATA, "round4"),
    ("型番 KX-12X-X の在庫を聞いた", NO_DATA, "round4"),
    ("サポート @docomo_care に連絡した", NO_DATA, "round4"),
    ("整骨院の電話 0422-33-4455 予約制です", NO_DATA, "round5"),
    ("塾の電話番号は (046)222-3333 です", NO_DATA, "round5"),
    ("サポート 050-1111-2222 の自動音声が長い", NO_DATA, "round5"),
    ("本屋さんの住所 札幌市中央区南3条西4丁目1-1", NO_DATA, "round5"),
    ("会場は横浜市西区みなとみらい2-2-1のホール", NO_DATA, "round5"),
    ("JAN 4512345678901 で検索した", NO_DATA, "round5"),
    ("取引ID abc_12345 で問い合わせた", NO_DATA, "round5"),
    ("注文ID x9876543210 のキャンセル", NO_DATA, "round5"),
    ("ホテルの1203号室に泊まった", NO_DATA, "round5"),
    ("2024年に1234件、ごく一部", NO_DATA, "round5"),
    ("店員のおばちゃんが優しい", NO_DATA, "round5"),
    ("スタッフのみんなさんお疲れ様", NO_DATA, "round5"),
    ("林修先生の授業はわかりやすい", NO_DATA, "round5"),
    ("藤井聡太の対局を見てた", NO_DATA, "round5"),
    ("サザエさんのカツオみたいな子", NO_DATA, "round5"),
    ("区役所の住所は〒160-0022 新宿区新宿5-18-21。駅から近い", NO_DATA, "round6"),
    ("学校の住所は 横浜市中区山下町1-1 です", NO_DATA, "round6"),
    ("店舗の電話（03-1234-5678）に問い合わせた", NO_DATA, "round6"),
    ("保育園の電話（045-123-4567）がつながらない", NO_DATA, "round6"),
    ("協会の「相談窓口」（03-3333-4444）で受け付けている", NO_DATA, "round6"),
    ("イベントは2024/8/21 開催、参加者は20歳以上", NO_DATA, "round6"),
    ("問い合わせは 2019年4月2日 に送ったきり", NO_DATA, "round6"),
    ("社員証を忘れて入れなかった", NO_DATA, "round6"),
    ("公式サイト https://example.jp/users/guide を見て", NO_DATA, "round6"),
    ("苦情は消費者庁（〒100-8958 東京都千代田区霞が関3-1-1）へ送るといい", OnlyNames(), "round8"),
    ("本社のお客様相談窓口は〒105-0011 東京都港区芝公園2丁目4番1号です", OnlyNames(), "round8"),
    (
        "購入したのは神奈川県川崎市中原区小杉町1-4-3の本店で、電話は044-711-2233だった",
        OnlyNames(),
        "round8",
    ),
    (
        "修理はデジタル堂新宿店（東京都新宿区西新宿1-5-3 2F、03-3344-5566）に出した",
        OnlyNames(),
        "round8",
    ),
    ("返送先は〒274-0071 千葉県船橋市習志野4-8-1 ロジスティクスセンター", OnlyNames(), "round8"),
    ("整理番号が「080-2233」で、かなり待たされた", OnlyNames(), "round8"),
    ("にいさんとさんにんでいちにちよんかいいった", OnlyNames(), "round8"),
    ("電話は10〜19時の間につながる", OnlyNames(), "round8"),
    ("予約電話 03-3391-0000 しかなくて不便", OnlyNames(), "round8"),
    ("注文番号AB12345678のカードが届かない", OnlyNames(), "round8"),
    ("三人で二十一時に集合、四千五百円だった", OnlyNames(), "round8"),
    ("今日で3️⃣連勝、通算1️⃣2️⃣勝目", NO_DATA, "round12"),
    ("価格は1️⃣9️⃣8️⃣0️⃣円、2️⃣0️⃣2️⃣4️⃣年モデル", NO_DATA, "round12"),
    ("1 2 3 4 5 6 7 8 9 10 と数えて落ち着いた", NO_DATA, "round12"),
    ("ビンゴは 3 5 7 9 1 1 で揃った", NO_DATA, "round12"),
    ("注文番号 1 2 3 4 5 6 7 で問い合わせた", NO_DATA, "round12"),
    ("得点は 3 - 4 - 5 の接戦でした", NO_DATA, "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_not_personal_data(scanner, text, expected, source):
    check(scanner, text, expected)
