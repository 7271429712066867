"""The policy, rule by rule, as tables over plain data (no database).

Each rule of comments/policy/ has a table here: what is published or held and how
urgently, when a public comment goes back to the queue, what is refused, and who may
read what.
"""

from datetime import datetime, timedelta

import pytest

from comments import policy
from comments.moderation import Finding, HarassmentFinding, ScanResult
from comments.policy import PolicySettings, ReaderView

CONFIG = PolicySettings(
    premoderate_site=False,
    report_threshold=3,
    report_threshold_protected=1,
    reports_per_hour=20,
    form_replies_per_minute=10,
    surge_threshold=3,
    surge_window=timedelta(minutes=60),
    surge_period=timedelta(hours=24),
    review_tier="hold",
    edit_window=timedelta(minutes=15),
)
SITE_PREMODERATED = PolicySettings(**{**CONFIG.__dict__, "premoderate_site": True})


def personal(category="PHONE", key=None):
    return Finding(0, 4, category, 0.9, "test", protected_key=key)


def harassment(kind="insult", key=None):
    return HarassmentFinding(5, 8, kind, ("w",), "あなた", 0, 3, 0.8, "test", protected_key=key)


def result(findings=(), harassments=(), failed=False):
    return ScanResult("x" * 20, list(findings), list(harassments), failed=failed)


# --- publish or hold, and how urgently ------------------------------------------------
@pytest.mark.parametrize(
    ("scan", "premoderate", "config", "hold", "priority", "reasons"),
    [
        (result(), False, CONFIG, False, policy.PRIORITY_NONE, ()),
        (result(), True, CONFIG, True, policy.PRIORITY_PREMODERATED, ("premoderation",)),
        (
            result(),
            False,
            SITE_PREMODERATED,
            True,
            policy.PRIORITY_PREMODERATED,
            ("premoderation",),
        ),
        (result([personal()]), False, CONFIG, True, policy.PRIORITY_PERSONAL, ("scanner",)),
        (result([personal(key=7)]), False, CONFIG, True, policy.PRIORITY_URGENT, ("scanner",)),
        (result([], [harassment()]), False, CONFIG, True, policy.PRIORITY_HARASSMENT, ("scanner",)),
        (
            result([], [harassment("threat")]),
            False,
            CONFIG,
            True,
            policy.PRIORITY_URGENT,
            ("scanner",),
        ),
        (
            result([], [harassment("death_wish")]),
            False,
            CONFIG,
            True,
            policy.PRIORITY_URGENT,
            ("scanner",),
        ),
        (
            result([], [harassment("incitement")]),
            False,
            CONFIG,
            True,
            policy.PRIORITY_URGENT,
            ("scanner",),
        ),
        (
            result([], [harassment("demeaning", key=3)]),
            False,
            CONFIG,
            True,
            policy.PRIORITY_URGENT,
            ("scanner",),
        ),
        # A detector failed: held unread (fail closed), even with nothing found.
        (result(failed=True), False, CONFIG, True, policy.PRIORITY_URGENT, ("scanner_failed",)),
        # Findings outrank premoderation: the scanner's reason and priority are kept.
        (
            result([personal()]),
            True,
            SITE_PREMODERATED,
            True,
            policy.PRIORITY_PERSONAL,
            ("scanner",),
        ),
    ],
)
def test_decide(scan, premoderate, config, hold, priority, reasons):
    verdict = policy.decide(premoderate=premoderate, result=scan, config=config)
    assert (verdict.hold, verdict.priority, verdict.reasons) == (hold, priority, reasons)


def review(signal="whereabouts"):
    from comments.moderation.model import ReviewSignal

    return ReviewSignal(2, 6, signal, 0.4, f"review.{signal}")


REVIEW_ONLY = ScanResult("x" * 20, [], [], review_signals=[review()])
QUEUE_REVIEW = PolicySettings(**{**CONFIG.__dict__, "review_tier": "publish_and_queue"})


@pytest.mark.parametrize(
    ("config", "premoderate", "hold", "priority", "reasons"),
    [
        (CONFIG, False, True, policy.PRIORITY_REVIEW, ("review",)),
        (QUEUE_REVIEW, False, False, policy.PRIORITY_REVIEW, ("review",)),
        # Pre-moderation holds it anyway, with the signals kept for the moderator.
        (QUEUE_REVIEW, True, True, policy.PRIORITY_PREMODERATED, ("premoderation",)),
    ],
)
def test_review_tier(config, premoderate, hold, priority, reasons):
    verdict = policy.decide(premoderate=premoderate, result=REVIEW_ONLY, config=config)
    assert (verdict.hold, verdict.priority, verdict.reasons) == (hold, priority, reasons)
    assert [(f.kind, f.category) for f in verdict.findings] == [("review", "REVIEW_WHEREABOUTS")]


def test_findings_keep_offsets_kinds_and_registry_keys_only():
    scan = result([personal("EMAIL", key=5)], [harassment("death_wish"), harassment("insult")])
    findings = policy.findings_from_scan(scan)
    assert [(f.kind, f.category) for f in findings] == [
        ("personal", "EMAIL"),
        ("harassment", "DEATH_WISH"),
        ("harassment", "INSULT"),
    ]
    assert findings[0].protected_key == 5
    # A name key (the CLI's registry) links to no ProtectedPerson row.
    assert policy.findings_from_scan(result([personal(key="driver-1")]))[0].protected_key is None


# --- back to the queue ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("names_protected", "open_reports", "requeues"),
    [(False, 1, False), (False, 2, False), (False, 3, True), (False, 4, True),
     (True, 0, False), (True, 1, True)],
)  # fmt: skip
def test_reports_requeue_at_the_threshold(names_protected, open_reports, requeues):
    threshold = policy.report_threshold(names_protected=names_protected, config=CONFIG)
    assert policy.reports_requeue(open_reports=open_reports, threshold=threshold) is requeues


@pytest.mark.parametrize(
    ("last_hour", "exceeded"), [(0, False), (19, False), (20, True), (99, True)]
)
def test_report_rate(last_hour, exceeded):
    assert policy.report_rate_exceeded(reports_last_hour=last_hour, config=CONFIG) is exceeded


@pytest.mark.parametrize(
    ("scan", "requeues"),
    [
        (result(), False),
        (result([personal()]), False),  # already seen when it was published
        (result([], [harassment()]), False),
        (result([personal("PERSON", key=1)]), True),  # names a protected person
        (result([], [harassment(key=1)]), True),
    ],
)
def test_rescan_requeues_only_for_protected_persons(scan, requeues):
    verdict = policy.decide(premoderate=False, result=scan, config=CONFIG)
    assert policy.rescan_requeues(verdict) is requeues


# --- refused outright -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("chosen", "flagged", "refused"),
    [(False, False, False), (False, True, False), (True, False, False), (True, True, True)],
)
def test_display_name_refusal(chosen, flagged, refused):
    assert policy.display_name_refused(chosen=chosen, flagged=flagged) is refused


# --- who may read what ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "own", "shows_below", "view"),
    [
        ("published", False, False, ReaderView.PUBLIC),
        ("redacted", False, False, ReaderView.PUBLIC),
        ("pending", True, False, ReaderView.OWN_PENDING),
        ("pending", False, True, ReaderView.PLACEHOLDER),
        ("pending", False, False, ReaderView.HIDDEN),
        ("rejected", True, False, ReaderView.HIDDEN),  # one's own rejected reply: gone
        ("rejected", False, True, ReaderView.PLACEHOLDER),
        ("purged", False, True, ReaderView.PLACEHOLDER),
        ("purged", True, False, ReaderView.HIDDEN),
    ],
)
def test_reader_view(status, own, shows_below, view):
    assert policy.reader_view(status=status, own=own, shows_below=shows_below) is view


@pytest.mark.parametrize(
    ("status", "was_redacted", "may_see_original", "visible"),
    [
        ("pending", False, False, True),  # deciding on a held comment is every moderator's job
        ("pending", True, False, False),  # a re-queued redaction stays restricted
        ("redacted", True, False, False),
        ("published", False, False, False),  # the public text is the original anyway
        ("pending", True, True, True),
        ("redacted", True, True, True),
    ],
)
def test_original_visible(status, was_redacted, may_see_original, visible):
    assert (
        policy.original_visible(
            status=status, was_redacted=was_redacted, may_see_original=may_see_original
        )
        is visible
    )


@pytest.mark.parametrize(
    ("may_see_original", "was_redacted", "after", "own_spans", "refused"),
    [
        (False, True, "published", False, True),  # approve or restore to published, unread
        (False, True, "redacted", True, True),  # spans of their own over an unread original
        (False, True, "redacted", False, False),  # re-publish the last redaction
        (False, True, "rejected", False, False),
        (False, False, "published", False, False),  # never redacted: not blind
        (True, True, "published", False, False),
    ],
)
def test_blind_moderator_rule(may_see_original, was_redacted, after, own_spans, refused):
    blind = policy.original_hidden_from_moderator(
        may_see_original=may_see_original, was_redacted=was_redacted
    )
    assert (
        policy.blind_decision_refused(blind=blind, after=after, redact_with_own_spans=own_spans)
        is refused
    )


@pytest.mark.parametrize(("may_see_original", "allowed"), [(False, False), (True, True)])
def test_purge_needs_view_original(may_see_original, allowed):
    assert policy.may_purge(may_see_original=may_see_original) is allowed


def test_settings_are_read_in_one_place(settings):
    settings.COMMENTS_PREMODERATE = True
    settings.COMMENTS_REPORT_THRESHOLD = 5
    settings.COMMENTS_REPORT_THRESHOLD_PROTECTED = 2
    settings.COMMENTS_REPORTS_PER_HOUR = 7
    settings.COMMENTS_FORM_REPLIES_PER_MINUTE = 4
    settings.COMMENTS_SURGE_THRESHOLD = 5
    settings.COMMENTS_SURGE_WINDOW_MINUTES = 30
    settings.COMMENTS_SURGE_HOURS = 6
    assert policy.current() == PolicySettings(
        premoderate_site=True,
        report_threshold=5,
        report_threshold_protected=2,
        reports_per_hour=7,
        form_replies_per_minute=4,
        surge_threshold=5,
        surge_window=timedelta(minutes=30),
        surge_period=timedelta(hours=6),
        review_tier="hold",
        edit_window=timedelta(minutes=15),
    )


# --- harassment is never published by accident ----------------------------------------
@pytest.mark.parametrize(
    ("after", "spans", "unresolved"),
    [
        ("pending", None, []),
        ("rejected", None, []),
        ("published", None, [1, 2]),
        ("redacted", [], [1, 2]),
        ("redacted", [{"start": 10, "end": 12}], [2]),
        ("redacted", [{"start": 10, "end": 11}, {"start": 11, "end": 12}], [2]),  # touching
        ("redacted", [{"start": 9, "end": 13}, {"start": 20, "end": 30}], []),
        ("redacted", [{"start": 10, "end": 11}, {"start": 20, "end": 25}], [1]),  # 1 partial
    ],
)
def test_unresolved_harassment(after, spans, unresolved):
    open_findings = [(1, 10, 12), (2, 20, 25)]
    assert (
        policy.unresolved_harassment(after=after, open_findings=open_findings, spans=spans)
        == unresolved
    )


@pytest.mark.parametrize(
    ("categories", "reason"),
    [
        ([], "other"),
        (["PHONE"], "personal_data"),
        (["PHONE", "INSULT"], "harassment"),
        (["INSULT", "DEATH_WISH"], "threat"),
        (["THREAT"], "threat"),
        (["INCITEMENT", "ADDRESS"], "harassment"),
    ],
)
def test_default_reject_reason(categories, reason):
    assert policy.default_reject_reason(categories) == reason


# --- sanctions ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kinds", "effect"),
    [
        (set(), policy.Effect.NONE),
        ({"premoderate"}, policy.Effect.HOLD),
        ({"suspend"}, policy.Effect.REFUSE),
        ({"ban", "premoderate"}, policy.Effect.REFUSE),
    ],
)
def test_sanction_effect(kinds, effect):
    assert policy.sanction_effect(kinds) is effect


NOW = datetime(2026, 12, 2, 12, 0)


@pytest.mark.parametrize(
    ("kind", "days", "expires"),
    [
        ("suspend", 3, NOW + timedelta(days=3)),
        ("ban", None, None),
        ("ban", 30, NOW + timedelta(days=30)),
        ("premoderate", None, None),
        ("suspend", None, ValueError),
        ("suspend", 0, ValueError),
        ("suspend", -2, ValueError),
        ("suspend", True, ValueError),
        ("suspend", 99999, ValueError),
        ("mute", 3, ValueError),
    ],
)
def test_sanction_expiry(kind, days, expires):
    if expires is ValueError:
        with pytest.raises(ValueError):
            policy.sanction_expiry(kind=kind, days=days, now=NOW)
    else:
        assert policy.sanction_expiry(kind=kind, days=days, now=NOW) == expires


# --- pile-on --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ブログ主", policy.BLOGGER),
        ("主さん", policy.BLOGGER),
        ("佐藤 花子", "name:佐藤花子"),
        ("佐藤花子さん", "name:佐藤花子"),
        ("ｻﾄｳ", "name:サトウ"),
        ("@Hanako_S77", "name:hanakos77"),
        ("あなた", None),
        ("お前", None),
        ("A", None),
    ],
)
def test_normalise_target(text, key):
    assert policy.normalise_target(text) == key


@pytest.mark.parametrize(
    ("counts", "target"),
    [
        ({}, None),
        ({"blogger": 2, "protected:1": 2}, None),
        ({"blogger": 3}, "blogger"),
        ({"blogger": 3, "protected:1": 5}, "protected:1"),
    ],
)
def test_surge_target(counts, target):
    assert policy.surge_target(counts=counts, config=CONFIG) == target


@pytest.mark.parametrize(
    ("site", "flag", "periods", "state"),
    [
        (False, False, [], (False, None, None)),
        (True, False, [("surge", NOW)], (True, "site", None)),
        (False, False, [("surge", NOW)], (True, "surge", NOW)),
        (False, True, [], (True, "manual", None)),
        (False, True, [("manual", None)], (True, "manual", None)),
    ],
)
def test_premoderation_state(site, flag, periods, state):
    got = policy.premoderation_state(site=site, post_flag=flag, periods=periods)
    assert (got.active, got.reason, got.until) == state


@pytest.mark.parametrize(
    ("author", "status", "minutes", "edit", "delete"),
    [
        (True, "published", 5, True, True),
        (True, "pending", 14, True, True),
        (True, "redacted", 16, False, True),  # past the window: delete only
        (True, "rejected", 1, False, False),
        (True, "deleted", 1, False, False),
        (False, "published", 1, False, False),
    ],
)
def test_author_edit_and_delete(author, status, minutes, edit, delete):
    age = timedelta(minutes=minutes)
    assert policy.may_edit(is_author=author, status=status, age=age, config=CONFIG) is edit
    assert policy.may_delete(is_author=author, status=status) is delete
