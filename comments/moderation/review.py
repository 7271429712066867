"""The review tier: weak but real signals a careful moderator wants to see first.

``Scanner.scan`` sets ``ScanResult.review_signals`` only when nothing confident was found
(the text would otherwise be published).  Each signal names its ``rule`` and carries a low
``score``; ``ScanResult.risk`` is then ``review``.  None of them is a span: the ``spans``
of the CLI and the policy's findings are unchanged.

Signals of the rules (the scanner adds ``review.learned_harassment``, the learned score of
``learned.py``, when it is above its threshold):

- ``review.call_to_act``: an imperative call to go to someone (行ってこい, 会いに行け) in a
  sentence that names or addresses a person, without the place, crowd or posted data
  that would make it incitement (電話しろ alone is left out: it is as often advice);
- ``review.whereabouts``: a person named or addressed, and a clause about their home,
  route or family followed by knowing, finding or visiting (vocab/review_whereabouts.txt);
- ``review.digit_run``: a run of ten digits or more, once kanji, spoken or spaced digits
  are read, written in unusual dress (not plain digits and separators) and not claimed
  by any detector;
- ``review.romaji_name``: a capitalised romaji word that no detector took but that reads
  as a Japanese given name or surname (Sudachi, then the name dataset with long vowels
  folded: namedata.py), unless it is a common English word (Anna, Ken, Honda).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .abuse import calls_to_action
from .model import Finding, ReviewSignal
from .namedata import name_data
from .names import is_name_word, is_public_romaji
from .numbers import EMOJI
from .views import Views
from .vocab import alternation

_WHEREABOUTS = re.compile(
    alternation("review_whereabouts")
    # a topic, then a cue within the sentence or the next (…実家が近いって聞いたよ。帰り道暗い
    # から気をつけてね)
    + "|(?:"
    + alternation("whereabouts_topics")
    + r")[^。！？!?\n]{0,30}?(?:[。！？!?\n][^。！？!?\n]{0,30}?)?(?:"
    + alternation("whereabouts_cues")
    + ")"
)
_OWN = re.compile(r"(?:私|俺|僕|自分|うち|ウチ|わたし|あたし|おれ|ぼく)の$")
_CONDEMN = re.compile(r"やめ|しないで|すな|ダメ|だめ|良くない|よくない|通報")
# Digits with the separators people put between groups; 10+ digits is longer than any
# date, price or time written in a comment, and as long as a phone or an account number.
# Not across a line break, and not from a reply anchor (>>3); keycaps (1️⃣) and emoji
# between digits count as dress.
_DIGIT_RUN = re.compile(rf"(?<![>＞\d])\d(?:[ \t\-.・/()（）,、_\u20e3{EMOJI}]{{0,2}}\d){{9,}}")
_PLAIN = re.compile(r"[0-9\s\-.・/()（）,、_+]+")


def _call_to_act(views: Views, has_target: Callable[[int, int], bool]) -> list[ReviewSignal]:
    text = views.joined.text
    out = []
    for _kind, a, b, strength in calls_to_action(text):
        if strength not in ("strong", "go!") or text[a:b].endswith("う"):
            continue  # volitionals (行こう) are too often the speaker's own plan
        if text.startswith(("電話", "鬼電"), a):
            continue  # 店員さんに電話しろよ: as often advice as a push
        sa = max(text.rfind(c, 0, a) for c in "。！？!?\n") + 1
        if _CONDEMN.search(text, sa, b + 12) or not has_target(sa, b):
            continue
        s, e = views.joined.span(a, b)
        out.append(ReviewSignal(s, e, "call_to_act", 0.4, "review.call_to_act"))
    return out


def _whereabouts(views: Views, has_target: Callable[[int, int], bool]) -> list[ReviewSignal]:
    text = views.joined.text
    out = []
    for m in _WHEREABOUTS.finditer(text):
        if _OWN.search(text, max(0, m.start() - 4), m.start()):
            continue  # 私の家, うちの実家: the speaker's own
        if _CONDEMN.search(text, m.start(), m.end() + 12):
            continue  # 家を特定するのはやめよう
        if not has_target(0, len(text)):
            continue
        s, e = views.joined.span(m.start(), m.end())
        out.append(ReviewSignal(s, e, "whereabouts", 0.4, "review.whereabouts"))
    return out


def _digit_runs(views: Views, findings: list[Finding]) -> list[ReviewSignal]:
    if not views.has_digits:
        return []
    out = []
    dv = views.digits
    for m in _DIGIT_RUN.finditer(dv.text):
        s, e = dv.span(m.start(), m.end())
        if _PLAIN.fullmatch(unicodedata.normalize("NFKC", views.original[s:e])):
            continue  # plain (or full-width) digits: the number detectors had their say
        if any(f.start < e and s < f.end for f in findings):
            continue
        out.append(ReviewSignal(s, e, "digit_run", 0.3, "review.digit_run"))
    return out


# A capitalised word (Tanaka; all capitals from five letters, TANAKA, so NISA and JAL are
# acronyms) standing alone: not inside a handle, a link, an
# e-mail address or a file name.
_CAPITALISED = re.compile(
    r"(?<![A-Za-z0-9@＠._/:#-])(?:[A-Z][a-z]{2,}|[A-Z]{5,})(?![A-Za-z0-9@_/-]|\.[A-Za-z])"
)


def _romaji_names(views: Views, findings: list[Finding]) -> list[ReviewSignal]:
    if not views.has_latin:
        return []
    nv = views.normalized
    out = []
    for m in _CAPITALISED.finditer(nv.text):
        word = m.group()
        if name_data().is_english(word) or not is_name_word(word.capitalize()):
            continue
        if is_public_romaji(word):
            continue  # Ohtani: a public figure
        s, e = nv.span(m.start(), m.end())
        if any(f.start < e and s < f.end for f in findings):
            continue
        out.append(ReviewSignal(s, e, "romaji_name", 0.3, "review.romaji_name"))
    return out


def review_signals(
    views: Views, findings: list[Finding], targets: Callable[[], list[tuple[int, int]]]
) -> list[ReviewSignal]:
    """The review signals of a comment with no confident finding.

    ``targets`` returns the (start, end) of the persons named or addressed in the joined
    view (harassment's targets, crowds left out); it is called at most once.
    """
    signals = _digit_runs(views, findings) + _romaji_names(views, findings)
    if views.has_cjk:
        signals += threat_signals(views, targets)
    return sorted(signals, key=lambda s: (s.start, s.end))


# The signals shaped like harassment (a push to go to someone, a veiled threat): the
# scanner also reads them in texts held for personal data, and ScanResult.is_harassment
# counts them (model.HARASSMENT_SIGNALS).
def threat_signals(
    views: Views, targets: Callable[[], list[tuple[int, int]]]
) -> list[ReviewSignal]:
    """Calls to act and veiled threats about a person's whereabouts (``targets`` as in
    ``review_signals``)."""
    spans: list[tuple[int, int]] | None = None

    def has_target(a: int, b: int) -> bool:
        nonlocal spans
        if spans is None:
            spans = targets()
        return any(a <= ta < b or ta <= a < tb for ta, tb in spans)

    return _call_to_act(views, has_target) + _whereabouts(views, has_target)
