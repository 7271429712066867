"""Highlighted segments of a held text in the workspace."""

from __future__ import annotations

from types import SimpleNamespace

from comments.highlight import segments


def _f(kind, category, start, end):
    return SimpleNamespace(kind=kind, category=category, start=start, end=end)


def test_findings_cut_the_text_and_a_whole_text_review_signal_is_not_drawn():
    text = "あの店員は佐藤花子だよ"
    found = segments(
        text,
        [
            _f("personal", "PERSON", 5, 9),
            _f("review", "REVIEW_LEARNED_HARASSMENT", 0, len(text)),  # the learned score
        ],
    )
    assert [(s.text, s.categories) for s in found] == [
        ("あの店員は", []),
        ("佐藤花子", ["PERSON"]),
        ("だよ", []),
    ]
    # a review signal with a place to point at is drawn
    part = segments(text, [_f("review", "REVIEW_WHEREABOUTS", 0, 4)])
    assert [(s.text, s.categories) for s in part] == [
        ("あの店員", ["REVIEW_WHEREABOUTS"]),
        ("は佐藤花子だよ", []),
    ]
