"""Properties over arbitrary text: scan never raises, offsets are exact, redact is tidy."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments.moderation import redact

# Arbitrary unicode (no surrogates) mixed with the characters detectors care about.
PIECES = st.sampled_from(
    [
        "090", "-", "1234", "５６７８", "〇九〇", "ゼロ", "ハチ", "@", "＠", "example", ".jp",
        "(at)", "ドット", "東京都", "新宿区", "西新宿", "2丁目", "〒", "普通", "7654321",
        "生まれ", "1990年", "2月14日", "佐々木", "健太", "ｻｻｷ", "さん", "死ね", "ｼﾈ", "お前",
        "店員", "、", "。", "\n", " ", "\u200b", "\u3099", "ﾞ", "「", "」", "x.com/", "abc_1",
    ]
)  # fmt: skip
TEXT = st.lists(
    st.one_of(PIECES, st.text(st.characters(exclude_categories=("Cs",)), max_size=6)),
    max_size=25,
).map("".join)
SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(TEXT)
def test_scan_never_raises_and_spans_are_exact(scanner, text):
    result = scanner.scan(text)
    previous_end = 0
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end  # sorted, disjoint
        previous_end = f.end
        assert text[f.start : f.end].strip() != ""
    for h in result.harassment:
        assert 0 <= h.start < h.end <= len(text)
        if h.target_start is not None:
            assert text[h.target_start : h.target_end] == h.target
    assert result.hold == bool(result.findings or result.harassment)


@SETTINGS
@given(TEXT)
def test_redact_removes_the_spans_and_nothing_else(scanner, text):
    findings = scanner.scan(text).findings
    public = redact(text, findings)
    runs: list[list[int]] = []  # touching spans form one run with one label
    for f in findings:
        if runs and f.start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], f.end)
        else:
            runs.append([f.start, f.end])
    outside = []
    pos = 0
    for start, end in runs:
        outside.append(text[pos:start])
        pos = end
    outside.append(text[pos:])
    # The public text is the outside pieces in order, joined by labels.
    pattern = "〔[^〔〕]+〕".join(re.escape(piece) for piece in outside)
    assert re.fullmatch(pattern, public, flags=re.DOTALL)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_default_scanner_accepts_any_text(text):
    from comments.moderation import get_default_scanner

    get_default_scanner().scan(text)
