"""Mail addresses, links to people's profiles and social-media handles."""

from __future__ import annotations

import re

from .model import Finding
from .normalize import View
from .numbers import BLOCK
from .vocab import alternation

_AT = (
    r"(?:\s*(?:@|[【\[(<{]\s*(?:at|アット|あっと|@|アットマーク|あっとまーく)\s*[】\])>}]"
    r"|アットマーク|あっとまーく|アット|あっと|★|☆)\s*"
    r"|\s+at\s+)"
)
_DOT = (
    r"(?:\s*(?:[【\[(<{]\s*(?:dot|ドット|どっと|\.)\s*[】\])>}]|ドット|どっと)\s*"
    r"|\.|\s+dot\s+)"
)
_TLD = (
    r"(?:com|net|org|jp|info|biz|io|co|me|ne|or|ac|go|ed|gr|lg|us|uk|de|fr|cn|kr|tw|xyz|app"
    r"|dev|email|mobi|edu|gov|tv|cc|ai|asia|tokyo|nagoya|osaka)"
)
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_+\-.])[A-Za-z0-9_+\-]+(?:{_DOT}[A-Za-z0-9_+\-]+)*{_AT}"
    rf"[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)*{_DOT}{_TLD}(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def emails(view: View) -> list[Finding]:
    out: list[Finding] = []
    text = view.text
    if "@" not in text and not _SPELLED_AT.search(text):
        return out
    if "アットマーク" in text and "ドット" in text:
        # ハルカ ニーゼロゼロイチ アットマーク ジーメール ドット コム: spelled out in katakana.
        for m in _KANA_EMAIL.finditer(text):
            s, e = view.span(m.start(), m.end())
            out.append(Finding(s, e, "EMAIL", 0.85, "email.katakana"))
    for m in _EMAIL.finditer(text):
        plain = "@" in m.group() and " " not in m.group().strip()
        s, e = view.span(m.start(), m.end())
        if _ROLE_MAILBOX.match(text, m.start()):
            out.append(Finding(s, e, BLOCK, 0.97, "email.business"))
            continue
        if "@" in m.group() and _PUBLIC_OFFICE.search(m.group().rsplit("@", 1)[1]):
            out.append(Finding(s, e, BLOCK, 0.97, "email.public_office"))
            continue
        if (
            _PUBLISHED.search(text, max(0, m.start() - 12), m.start())
            or _PUBLISHED.search(text, m.end(), m.end() + 14)
        ) and not _PRIVATE.search(text, max(0, m.start() - 12), m.start()):
            out.append(Finding(s, e, BLOCK, 0.97, "email.published"))
            continue
        out.append(
            Finding(s, e, "EMAIL", 0.97 if plain else 0.9, "email" if plain else "email.spelled")
        )
    return out


_KANA_WORD = r"[ァ-ヴー]+"
_KANA_TLD = r"(?:コム|ジェーピー|ジェイピー|ネット|オルグ|エヌイー|シーオー|オーアール|インフォ)"
_KANA_EMAIL = re.compile(
    rf"(?<![ァ-ヴー])(?:{_KANA_WORD}[\s・]?){{1,5}}?アットマーク[\s・]?(?:{_KANA_WORD}[\s・]?){{1,3}}?"
    rf"ドット[\s・]?{_KANA_TLD}(?:[\s・]?ドット[\s・]?{_KANA_TLD})?"
)
_SPELLED_AT = re.compile(
    r"\(at\)|\[at\]|【at】|【アット】|【@】|<at>|\{at\}|アット|あっと|\sat\s|★|☆", re.IGNORECASE
)
# Role mailboxes of a business (info@, support@): public contact points, not a person's.
_ROLE_MAILBOX = re.compile(
    r"(?:info|information|support|contact|customer|cs|help|helpdesk|inquiry|inquiries|otoiawase"
    r"|toiawase|press|pr|webmaster|noreply|no-reply|service|sales|koho|kouhou)(?=\s*(?:@|\(at\)|\[at\]))",
    re.IGNORECASE,
)

# The comment says the address is an organisation's published one: 代表メール, 公式サイト
# 記載, HPに載ってる (a desk's address, not a person's).
_PUBLISHED = re.compile(
    r"代表(?:の)?(?:メール|アドレス)|公式(?:の)?(?:メール|アドレス|サイト)|(?:サイト|HP|ホームページ)"
    r"(?:に)?(?:記載|載って|掲載)"
)  # not 問い合わせ先 alone: people give their own address as the one to write to

_PRIVATE = re.compile(r"個人|私用|プライベート|自宅|元カノ|元カレ|元彼|彼女|彼氏|嫁|旦那|本人")

# Mail domains of public offices (kankyo@city.sendai.lg.jp, …@mhlw.go.jp, …@pref.osaka.jp):
# a government desk's address, not a person's.
_PUBLIC_OFFICE = re.compile(
    r"(?:^|\.)(?:lg|go)\.jp$|^(?:city|pref|town|vill|ward)\.[a-z0-9.\-]+\.jp$",
    re.IGNORECASE,
)

# --- links --------------------------------------------------------------------------------

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'「」『』（）()、。，,]+"
    # A bare domain may follow Japanese text directly (TwitterはTwitter.com/…です): only ASCII
    # letters before it block it, and its path stops at the first non-ASCII character.
    r"|(?<![A-Za-z0-9_@.\-/])(?:[a-z0-9\-]+\.)+(?:com|jp|net|org|tv|app|me|io|be|ly|gl)"
    r"(?:/[A-Za-z0-9_.~%\-/?=&#+@]*)?(?![A-Za-z0-9_@])",
    re.IGNORECASE,
)
_SOCIAL = {
    "twitter.com": "any",
    "x.com": "any",
    "mobile.twitter.com": "any",
    "instagram.com": "any",
    "facebook.com": "any",
    "fb.com": "any",
    "m.facebook.com": "any",
    "tiktok.com": "at",
    "threads.net": "at",
    "threads.com": "at",
    "youtube.com": "channel",
    "m.youtube.com": "channel",
    "note.com": "any",
    "ameblo.jp": "any",
    "github.com": "any",
    "linkedin.com": "in",
    "pixiv.net": "users",
    "bsky.app": "profile",
    "twitch.tv": "any",
    "line.me": "any",
    "mixi.jp": "any",
    "nicovideo.jp": "user",
    "hatenablog.com": "any",
    "lit.link": "any",
}
_RESERVED = {
    "i", "home", "search", "hashtag", "intent", "share", "explore", "watch", "p", "reel",
    "reels", "tv", "stories", "login", "signup", "settings", "help", "about", "privacy",
    "tos", "policies", "embed", "shorts", "results", "feed", "playlist", "live", "events",
    "groups", "pages", "notifications", "messages", "videos", "video", "tag", "tags",
    "directory", "discover", "topics", "category", "",
}  # fmt: skip
# Handles of businesses: support desks, official accounts, news.
OFFICIAL = re.compile(alternation("official_handle_parts"), re.IGNORECASE)


_USER_PATH = re.compile(
    r"/(?:user|users|profile|member|members|seller|mypage)/(?:profile/)?(?=[A-Za-z0-9_.\-]*[0-9_])[A-Za-z0-9_.\-]{3,}/?$"
)


def _profile(url: str) -> bool:
    """True when url points at a person's profile, channel or post under their handle."""
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    host, _, path = bare.partition("/")
    host = host.lower()
    rule = _SOCIAL.get(host)
    if rule is None:
        # shop.example.jp/user/profile/55123: a user page on any site
        return bool(_USER_PATH.search("/" + path))
    parts = [p for p in re.split(r"[/?#]", path) if p]
    if rule == "users" and len(parts) > 2 and parts[0] in ("en", "ja", "zh", "ko"):
        parts = parts[1:]  # pixiv.net/en/users/123
    if not parts:
        return False
    first = parts[0]
    if rule == "channel":
        ok = first.startswith("@") or (first in ("c", "channel", "user") and len(parts) > 1)
    elif rule == "at":
        ok = first.startswith("@")
    elif rule in ("in", "users", "profile", "user"):
        ok = first == rule and len(parts) > 1
    else:
        ok = first.lower() not in _RESERVED and not first.startswith(("watch", "share"))
    handle = (
        parts[1]
        if first in ("c", "channel", "user", "in", "users", "profile") and len(parts) > 1
        else first
    )
    return ok and not OFFICIAL.search(handle.lstrip("@"))


def links(view: View) -> list[Finding]:
    """Profile links are ACCOUNT; any other link blocks the digits inside it."""
    out: list[Finding] = []
    text = view.text
    if "." not in text:
        return out
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,!?！？:;")
        s, e = view.span(m.start(), m.start() + len(url))
        if _profile(url):
            out.append(Finding(s, e, "ACCOUNT", 0.93, "account.url"))
        else:
            out.append(Finding(s, e, BLOCK, 0.6, "url.public"))
    return out


# --- handles -------------------------------------------------------------------------------

_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_.@/])@(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)"
)
_DOMAIN_TAIL = re.compile(r"-[A-Za-z0-9-]*\.(?:[A-Za-z]{2,}\.)*[A-Za-z]{2,}(?![A-Za-z0-9])")
_LABELLED = re.compile(
    r"(?:LINE\s?ID|LINE|ID|アカウント名?|ユーザー?名|ユーザーID|垢|インスタ|ツイッター|Twitter|"
    r"ツイ垢|裏垢|ハンドル(?:ネーム|名)?|Instagram|TikTok|ティックトック|Discord|ディスコード|"
    r"Skype|スカイプ|カカオ|Kakao)"
    r"(?:[\s:は]|の(?:ID|アカウント)は?|の(?=\s)|→|=){1,4}@?(?P<h>[A-Za-z][A-Za-z0-9_.\-]{2,29}|[A-Za-z0-9_.\-]{3,29}[A-Za-z_][A-Za-z0-9_.\-]*)"
)

# A bare "ID" right after these words labels a record (an order, a trade), not an account.
_RECORD_ID = re.compile(
    r"(?:取引|注文|予約|商品|出品|受付|問い合わせ|問合せ|お問合せ|管理|製品|端末|伝票|決済|請求|"
    r"トランザクション|チケット|セッション|デバイス|案件|申込|契約)\s?$"
)


# 5ch/2ch poster IDs (名無しさん …12:34:56.78 ID:aF7kQ2xZ0): a daily hash of the poster's
# connection that the board prints, not an account the person chose.
_BOARD_ID = re.compile(r"(?<![A-Za-z])ID:(?P<h>[A-Za-z0-9+/.]{8,10})(?![A-Za-z0-9_+/.\-@])")
_BOARD_CUE = re.compile(
    r"名無し|\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?\s*$|\d{2,4}/\d{1,2}/\d{1,2}\D"
)
# Account numbers of games and apps under their own label: ユーザーID 88210457.
_APP_ID = re.compile(
    r"(?:ユーザーID|ユーザID|プレイヤーID|プレーヤーID|フレンドコード|フレコ|ゲームID|UID)"
    r"(?:[\s:は]|→|=){0,3}(?P<h>\d{3,4}(?:[\s\-]?\d{3,4}){1,3}|\d{6,16})(?![\d\-])"
)
# LINE ID（taro_0808）, LINEのID(hanako22): the ID in brackets after its label.
_LINE_BRACKET = re.compile(
    r"LINE\s?(?:ID|のID|のアカウント|アカ)?\s?\(\s?(?P<h>[A-Za-z0-9_.\-]{4,20})\s?\)"
)


def _board_id(text: str, m: re.Match[str]) -> bool:
    """ID:aF7kQ2xZ0 after a 5ch header (名無し, a date or time) or at the end of a line, or
    shaped like a hash (case and digits alternating), not like a chosen name."""
    h = m.group("h")
    if not (any(c.isupper() for c in h) and (any(c.islower() for c in h))):
        return False
    line = text[max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 60) : m.start()]
    tail = text[m.end() : m.end() + 2]
    if _BOARD_CUE.search(line) or not tail.strip() or tail[0] == "\n":
        return True
    kinds = ["u" if c.isupper() else "l" if c.islower() else "d" for c in h]
    return sum(a != b for a, b in zip(kinds, kinds[1:], strict=False)) >= 4


# "LINE公式 @shop", "公式アカウント：@brand": the comment calls the handle official.
_OFFICIAL_BEFORE = re.compile(r"公式(?:アカウント|アカ|LINE|ライン|X|インスタ)?\s?[:：（(]?\s?$")
_NETWORK_LABEL = re.compile(r"SSID|Wi-?Fi|WiFi|ネットワーク名|パスワード", re.IGNORECASE)


def handles(view: View) -> list[Finding]:
    out: list[Finding] = []
    text = view.text
    out += _app_ids(view)
    if "@" in text:
        for m in _HANDLE.finditer(text):
            if _DOMAIN_TAIL.match(text, m.end()):
                continue  # （@sora-net.ne.jp）: the domain part of an address, not a handle
            s, e = view.span(m.start(), m.end())
            if OFFICIAL.search(m.group("h")) or _OFFICIAL_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                out.append(Finding(s, e, BLOCK, 0.9, "account.official"))
            else:
                out.append(Finding(s, e, "ACCOUNT", 0.9, "account.handle"))
    boards = {m.start("h") for m in _BOARD_ID.finditer(text) if _board_id(text, m)}
    for m in _LABELLED.finditer(text):
        if m.start("h") in boards:
            continue  # a 5ch poster ID, not an account
        h = m.group("h").rstrip(".-")
        if OFFICIAL.search(h) or not re.search(r"[0-9_]", h) and len(h) < 5:
            continue
        if _NETWORK_LABEL.search(text, max(0, m.start() - 8), m.start("h")):
            continue  # SSIDはHOKUTO_FREE_WIFI: a network's name, not a person's account
        record = _RECORD_ID.search(text[max(0, m.start() - 8) : m.start()])
        if m.group().startswith("ID") and record:
            continue  # 取引ID, 注文ID, 予約ID: the identifier of a transaction, not a person
        s, e = view.span(m.start("h"), m.start("h") + len(h))
        out.append(Finding(s, e, "ACCOUNT", 0.8, "account.label"))
    return out


def _app_ids(view: View) -> list[Finding]:
    """ユーザーID 88210457, LINE ID（taro_0808）: account numbers and IDs under their label."""
    text = view.text
    out: list[Finding] = []
    if "ID" in text or "フレ" in text:
        for m in _APP_ID.finditer(text):
            s, e = view.span(m.start("h"), m.end("h"))
            out.append(Finding(s, e, "ACCOUNT", 0.8, "account.app_id"))
    if "LINE" in text:
        for m in _LINE_BRACKET.finditer(text):
            s, e = view.span(m.start("h"), m.end("h"))
            out.append(Finding(s, e, "ACCOUNT", 0.85, "account.label"))
    return out
