"""Pile-on control: when one post collects several held comments aimed at the same target
within a window, every new reply to it waits for a moderator for a while.

A target is a protected person, a normalised name or handle, or the blogger. Names are
only compared here; the service stores them as keyed hashes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from .config import PolicySettings

BLOGGER = "blogger"
# Words that mean the author of the post being discussed.
BLOGGER_WORDS = frozenset(
    {"ブログ主", "主", "管理人", "管理者", "筆者", "スレ主", "ブロガー", "投稿者", "記事主"}
)
_HONORIFIC = re.compile(r"(さん|さま|様|氏|ちゃん|くん|君|殿|たん)$")
_SPACES = re.compile(r"[\s・.．_＿\-ー]+")


def normalise_target(text: str) -> str | None:
    """ "blogger", "name:<folded text>", or None for words that identify nobody."""
    folded = unicodedata.normalize("NFKC", text or "").strip().lower()
    folded = _HONORIFIC.sub("", folded)
    if folded.lstrip("@") in BLOGGER_WORDS or folded in BLOGGER_WORDS:
        return BLOGGER
    folded = _SPACES.sub("", folded.lstrip("@"))
    if len(folded) < 2 or folded in {"あなた", "あんた", "お前", "おまえ", "てめえ", "貴様"}:
        return None  # too short, or addressing whoever is reading: no one in particular
    return f"name:{folded}"


def surge_target(*, counts: Mapping[str, int], config: PolicySettings) -> str | None:
    """The target key whose held comments in the window reached the threshold, if any."""
    reached = [(n, key) for key, n in counts.items() if n >= config.surge_threshold]
    return max(reached)[1] if reached else None


@dataclass(frozen=True)
class PremoderationState:
    active: bool
    reason: str | None  # "site", "manual" or "surge"
    until: datetime | None


def premoderation_state(
    *,
    site: bool,
    post_flag: bool,
    periods: Iterable[tuple[str, datetime | None]],
) -> PremoderationState:
    """Whether a post's replies wait: site-wide first, then an open period (manual or
    surge, with its end), then the post's own always-on flag."""
    if site:
        return PremoderationState(True, "site", None)
    for reason, until in periods:
        return PremoderationState(True, reason, until)
    if post_flag:
        return PremoderationState(True, "manual", None)
    return PremoderationState(False, None, None)
