"""Vocabulary the detectors share: context words, role nouns, places, honorifics.

General Japanese vocabulary only; no corpus sentences and no protected names.
"""

from __future__ import annotations

import re


def alt(words: str | list[str]) -> str:
    """A regex alternation of whitespace-separated words, longest first."""
    items = words.split() if isinstance(words, str) else words
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True)) + ")"


# --- context for numbers ---------------------------------------------------------------

PHONE_CONTEXT = alt(
    "電話 でんわ 携帯 ケータイ けいたい スマホ 電番 TEL Tel tel FAX Fax fax ファックス ファクス "
    "連絡 直通 内線 自宅 SMS ショートメール 留守電 着信 phone Phone"
)
# Labels of numbers that are not a person's phone even when they look like one.
NOT_PHONE_CONTEXT = alt(
    "注文番号 受付番号 伝票番号 予約番号 追跡番号 問い合わせ番号 問合せ番号 お問合せ番号 "
    "管理番号 整理番号 会員番号 顧客番号 契約番号 お客様番号 請求番号 申込番号 製造番号 "
    "シリアル 型番 品番 商品番号 荷物番号 送り状番号 口座 No. No 注文 受付 伝票 予約 追跡 "
    "問い合わせ番 配送番号 発送番号 チケット番号 整理券 レシート番号 取引番号 確認番号"
)
# A business's public lines: numbers right after these are the company's, not a person's.
BUSINESS_LINE_CONTEXT = alt(
    "お客様センター カスタマーセンター サポートセンター コールセンター インフォメーション "
    "代表電話 代表番号 本社 窓口 相談窓口 フリーダイヤル ナビダイヤル お問い合わせ先 "
    "消費者ホットライン ホットライン 公式サイト 受付時間"
)
CARD_CONTEXT = alt(
    "カード クレカ クレジット デビット VISA Visa visa Master master MasterCard JCB AMEX Amex "
    "アメックス ダイナース card Card"
)
BANK_CONTEXT = alt(
    "口座 普通預金 当座預金 普通 当座 貯蓄 振込 振り込み 振込先 入金 送金 返金先 銀行 支店 "
    "信金 信用金庫 信組 農協 JA ゆうちょ 労金 ネット銀行 名義 カンパ"
)
BANK_TYPE = r"(?:普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|\(普\)|\(当\))"
YUCHO_CONTEXT = alt("ゆうちょ 郵便局 記号 通帳")
# Labels whose value is an identifier of a person (ID_NUMBER).
ID_LABELS = alt(
    "マイナンバー 個人番号 社員番号 従業員番号 職員番号 社員ID 社員コード 学籍番号 学生番号 "
    "免許証番号 免許番号 運転免許証番号 運転免許番号 免許証の番号 免許証 保険証番号 保険証の番号 "
    "被保険者番号 被保険者証の番号 被保険者証番号 保険者番号 基礎年金番号 年金番号 年金手帳 "
    "パスポート番号 旅券番号 パスポート 住民票コード 在留カード番号 診察券番号 診察券 患者番号 "
    "患者ID カルテ番号 会員番号 顧客番号 お客様番号 受給者番号 利用者番号 組合員番号 "
    "在留カード 在留カードの番号 特別永住者証明書 学生証番号 教職員番号 職員ID 従業員ID "
    "スタッフID スタッフ番号 ドライバーID ドライバー番号 乗務員番号 配達員番号 社員証番号 "
    "介護保険番号 障害者手帳番号 受診者番号 被保険者記号"
)
MY_NUMBER_CONTEXT = alt("マイナンバー 個人番号 通知カード")
LICENCE_CONTEXT = alt("免許 運転免許 免許証")
INSURANCE_CONTEXT = alt("保険証 被保険者 保険者 健康保険 国保 社保")
POSTAL_CONTEXT = alt("〒 郵便番号 郵便 ゆうびん 送り先 住所 送付先 返送先 宛先")
BIRTH_BEFORE = alt(
    "生年月日 誕生日 誕生 生まれ 産まれ 生年 お誕生日 バースデー birthday Birthday DOB 生誕"
)
BIRTH_AFTER = r"(?:\s?(?:生まれ|産まれ|生誕|生(?![活産命協])|の生年月日|の誕生日|誕生|が誕生日))"
ADDRESS_CONTEXT = alt("住所 住んで 在住 実家 自宅 職場 勤務先 送り先 宛先 番地")

# --- places ------------------------------------------------------------------------------

PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 "
    "神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 "
    "大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 "
    "福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県"
)
PREFECTURE = alt(PREFECTURES)

# --- people --------------------------------------------------------------------------------

HONORIFICS = alt("さん サン さま 様 氏 ちゃん チャン ちゃーん くん 君 クン たん 殿 先生 先輩 嬢")
# A name token followed by these is a place, business or title, not a private person.
NOT_PERSON_AFTER = alt(
    "町 市 村 区 郡 県 駅 線 店 支店 本店 銀行 信金 病院 医院 クリニック 大学 高校 中学 小学校 "
    "学園 通り 名人 選手 監督 議員 大臣 首相 総理 知事 市長 町長 容疑者 被告 製 社 商事 工業 "
    "電機 建設 不動産 ホールディングス 株式会社 運輸 急便 ビル 公園 神社 寺 橋 川 山 港 空港 "
    "法 賞 式 流 家具 屋 ダム 発 着 行き 便 経由 方面 出身 産 美術館 記念館 博物館 文学館"
)
# Titles after a family name that mark a person as much as an honorific does (斉藤店長).
NAME_TITLES = alt(
    "店長 副店長 部長 課長 係長 主任 支店長 所長 院長 副院長 医師 先生 教諭 看護師 師長 "
    "社長 専務 常務 次長 室長 班長 校長 教頭 事務長 局長 駅長 機長"
)
# Well-known public figures whose names Sudachi tags as person names.
PUBLIC_FIGURES = alt(
    "孫正義 三木谷浩史 柳井正 前澤友作 堀江貴文 ひろゆき 西村博之 豊田章男 稲盛和夫 松下幸之助 "
    "本田宗一郎 安倍晋三 岸田文雄 菅義偉 石破茂 小池百合子 高市早苗 河野太郎 小泉進次郎 "
    "田中角栄 小泉純一郎 野田佳彦 鳩山由紀夫 枝野幸男 玉木雄一郎 山本太郎 橋下徹 吉村洋文 "
    "大谷翔平 イチロー 鈴木一朗 松井秀喜 羽生結弦 大坂なおみ 錦織圭 本田圭佑 三笘薫 井上尚弥 "
    "宮崎駿 新海誠 北野武 明石家さんま 松本人志 タモリ 中居正広 木村拓哉 石原さとみ 新垣結衣 "
    "綾瀬はるか 長澤まさみ 米津玄師 中島みゆき 桑田佳祐 宇多田ヒカル 村上春樹 東野圭吾 "
    "手塚治虫 尾田栄一郎 鳥山明 夏目漱石 坂本龍馬 織田信長 徳川家康 豊臣秀吉 聖徳太子 "
    "イーロン・マスク スティーブ・ジョブズ ビル・ゲイツ"
)
# After a name these make it a public figure or a place, not a private person.
PUBLIC_CONTEXT_AFTER = (
    r"(?:さん|氏|様)?(?:の(?:曲|歌|映画|作品|試合|政策|小説|ドラマ|番組|アニメ|漫画|マンガ|ライブ"
    r"|コンサート|記録|名言|本|著書|時代|銅像|演説|発言|内閣|政権|工場|店舗|営業所|倉庫|物流|方面"
    r"|出身|あたり|辺り|周辺|駅)|に似て|似の|みたいな顔|ばり|内閣|政権)"
)
# Role nouns: a phrase built on one names a person by role (当該オペレーター, 担当の店員).
ROLE_NOUNS = (
    "オペレーター オペ 担当者 担当 店員 社員 職員 店長 副店長 配達員 配送員 ドライバー 運転手 "
    "大家 管理人 管理会社の人 受付 受付係 窓口係 係員 行員 銀行員 医者 医師 歯医者 看護師 "
    "薬剤師 先生 教師 講師 上司 部長 課長 主任 係長 スタッフ バイト アルバイト パート 営業 "
    "営業マン 営業担当 責任者 作業員 警備員 整備士 技術者 業者 ブログ主 スレ主 コメ主 投稿者 "
    "配信者 管理者 支配人 駅員 乗務員 客室乗務員 CA 店主 オーナー 家主 仲介 "
    "事務員 相談員 調査員 検針員 点検員 工事業者 隊員 院長 理事長 校長 "
    "担任 副担任 教頭 教員 保育士 塾講師 女医 歯科医 歯科医師 車掌 機長 パイロット "
    "グランドスタッフ 地上係員 受付嬢 支店長 所長 局長 副院長 事務長 窓口の人 受付の人 "
    "配達の人 宅配業者 郵便屋 集配員 運転士 料理人 シェフ 板前 大将 店番 レジ係 "
    "ホールスタッフ 清掃員 介護士 ヘルパー 保健師 ケアマネ 市職員 区職員 役人 公務員 "
    "仲介業者 営業社員 管理担当 融資担当 審査担当 銀行マン 駅長 ガードマン レジの人 レジの子 "
    "バイトの子 店の子 配達の兄ちゃん"
)
ROLE = alt(ROLE_NOUNS)
# Second-person and demonstrative references to a person.
PRONOUNS = alt(
    "あなた アナタ あんた アンタ お前 おまえ オマエ おめえ おめー てめえ てめー テメエ テメー "
    "てめぇ テメェ 貴様 きさま キサマ こいつ コイツ そいつ ソイツ あいつ アイツ こやつ "
    "この女 あの女 その女 この男 あの男 その男 この人 あの人 その人 この方 あの方 こういう人 "
    "ああいう人 こんな人 こういう人間 こんな奴 こいつら あいつら 彼女 おばさん おばはん "
    "おっさん オッサン じじい ジジイ ばばあ ババア 君"
)
RELATIONS = alt(
    "嫁 妻 奥さん 旦那 夫 娘 息子 子供 子ども 家族 親 親父 母親 父親 彼女 彼氏 母 父 兄 姉 弟 妹"
)
# What a person's harassers ask for or expose (…の住所, …の実家).
EXPOSURE_NOUNS = alt(
    "住所 実家 自宅 家 携帯 電話番号 番号 ケータイ メアド メールアドレス 職場 勤務先 バイト先 "
    "社員番号 本名 裏垢 アカウント 口座 車のナンバー 顔写真"
)
# Nouns for a company, product or service: abuse aimed only at them is not harassment.
COMPANY_NOUNS = alt(
    "会社 企業 御社 本社 支社 サポート センター 窓口 体制 対応 料金 値段 価格 商品 製品 機種 "
    "サービス アプリ システム 回線 電波 通信 プラン 広告 CM 運営 店 ショップ 銀行 病院 "
    "クリニック 役所 政府 業界 マニュアル 教育 説明 規約 仕様 契約 au KDDI docomo ドコモ "
    "ソフトバンク 楽天 ヤマト 佐川 郵便局 Amazon アマゾン メーカー 本部 コールセンター 会社側 "
    "ブログ 記事 動画 スレ 番組 テレビ マスコミ 報道 不動産屋 不動産会社 管理会社 航空会社 "
    "コンビニ スーパー 店舗 営業所 配送センター 運送会社 宅配会社 物流 市役所 区役所 役場 "
    "学校 医院 薬局 銀行側 郵便 梱包 発送 配送 配達 品質 国 行政 自治体 厚労省 国交省 政治 "
    "制度 社会"
)
FIRST_PERSON = alt("私 わたし 僕 ぼく 俺 おれ オレ 自分 うち 拙者 わし あたし")
