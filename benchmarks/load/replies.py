"""The replies the load harness posts: plain ones, and ones with personal data that the
scanner must hold (its verification checks none reaches a public page). No locust import,
so the test suite can check them too."""

from __future__ import annotations

import random

REPLIES = [
    "同じ対応をされました。窓口の説明が毎回違います。",
    "返金まで三か月かかりました。改善してほしいです。",
    "サポートに電話しても繋がらないのは本当に困ります。",
    "うちも解約の手続きで何度も書類を求められました。",
    "消費生活センターに相談したら話が進みました。",
]
# Personal data the scanner must hold: a mobile number (ASCII or full-width) or an e-mail.
PERSONAL = [
    ("担当者の携帯は{secret}です。直接かけて文句を言いましょう。", "phone"),
    ("受付の人の連絡先は{secret}だそうです。", "phone_wide"),
    ("問い合わせ先 {secret} に送ったのに返事がない。", "email"),
]
WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")


def secret_for(kind: str) -> str:
    """A fresh personal value of the kind a PERSONAL template needs."""
    if kind == "email":
        return f"taro.{random.randint(10000, 99999)}@example.jp"
    number = f"090-{random.randint(1000, 9999)}-{random.randint(1000, 9999)}"
    return number.translate(WIDE) if kind == "phone_wide" else number
