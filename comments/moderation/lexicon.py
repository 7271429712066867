"""Vocabulary the detectors share, compiled from the data files in ``vocab/``.

The words themselves live in ``comments/moderation/vocab/<name>.txt`` (see the format in
``vocab/__init__.py``); this module names the alternations the detectors import, so a new
word is one line in a file.  Regex fragments that are structure rather than vocabulary
(``BANK_TYPE``, ``BIRTH_AFTER``, ``PUBLIC_CONTEXT_AFTER``) stay here.  General Japanese
vocabulary only; no corpus sentences and no protected names.
"""

from __future__ import annotations

import re

from .vocab import alternation, words


def alt(words: str | list[str]) -> str:
    """A regex alternation of whitespace-separated words, longest first."""
    items = words.split() if isinstance(words, str) else words
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True)) + ")"


# --- context for numbers ---------------------------------------------------------------

PHONE_CONTEXT = alternation("phone_context")
# Labels of numbers that are not a person's phone even when they look like one.
NOT_PHONE_CONTEXT = alternation("not_phone_context")
# A business's public lines: numbers right after these are the company's, not a person's.
BUSINESS_LINE_CONTEXT = alternation("business_line_context")
CARD_CONTEXT = alternation("card_context")
BANK_CONTEXT = alternation("bank_context")
BANK_TYPE = r"(?:普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|\(普\)|\(当\))"
YUCHO_CONTEXT = alternation("yucho_context")
# Labels whose value is an identifier of a person (ID_NUMBER).
ID_LABELS = alternation("id_labels")
MY_NUMBER_CONTEXT = alternation("my_number_context")
LICENCE_CONTEXT = alternation("licence_context")
INSURANCE_CONTEXT = alternation("insurance_context")
POSTAL_CONTEXT = alternation("postal_context")
BIRTH_BEFORE = alternation("birth_before")
BIRTH_AFTER = (
    r"(?:\s?(?:に生まれ|に産まれ|生まれ|産まれ|生誕|生(?![活産命協])"
    r"|の生年月日|の誕生日|誕生|が誕生日))"
)
ADDRESS_CONTEXT = alternation("address_context")

# --- places ------------------------------------------------------------------------------

PREFECTURES = words("prefectures")
PREFECTURE = alternation("prefectures")

# --- people --------------------------------------------------------------------------------

HONORIFICS = alternation("honorifics")
# A name token followed by these is a place, business or title, not a private person.
NOT_PERSON_AFTER = alternation("not_person_after")
# Titles after a family name that mark a person as much as an honorific does (斉藤店長).
NAME_TITLES = alternation("name_titles")
# Well-known public figures whose names Sudachi tags as person names.
PUBLIC_FIGURES = alternation("public_figures")
# After a name these make it a public figure or a place, not a private person.
PUBLIC_CONTEXT_AFTER = (
    r"(?:さん|氏|様)?(?:の(?:曲|歌|映画|作品|試合|政策|小説|ドラマ|番組|アニメ|漫画|マンガ|ライブ"
    r"|コンサート|記録|名言|本|著書|時代|銅像|演説|発言|内閣|政権|工場|店舗|営業所|倉庫|物流|方面"
    r"|出身|あたり|辺り|周辺|駅)|に似て|似の|みたいな顔|ばり|内閣|政権)"
)
# Role nouns: a phrase built on one names a person by role (当該オペレーター, 担当の店員).
ROLE_WORDS = words("role_nouns")
ROLE = alternation("role_nouns")
# Second-person and demonstrative references to a person.
PRONOUNS = alternation("pronouns")
RELATIONS = alternation("relations")
# What a person's harassers ask for or expose (…の住所, …の実家).
EXPOSURE_NOUNS = alternation("exposure_nouns")
# Nouns for a company, product or service: abuse aimed only at them is not harassment.
COMPANY_NOUNS = alternation("company_nouns")
FIRST_PERSON = alternation("first_person")
