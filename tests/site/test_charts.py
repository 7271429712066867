"""The shared SVG charts (complaints_site/charts.py): each kind is a named image whose
points and bars carry their values, with a text legend, escaped text and readable colours."""

import re

from complaints_site import charts


def _contrast_on_white(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)

    def channel(pair: str) -> float:
        v = int(pair, 16) / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(digits[i : i + 2]) for i in (0, 2, 4))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def _is_named_image(svg: str, chart_id: str, title: str) -> bool:
    return (
        svg.startswith(f'<svg class="chart" id="{chart_id}" role="img"')
        and f'aria-labelledby="{chart_id}-title"' in svg
        and f'<title id="{chart_id}-title">{title}</title>' in svg
        and svg.endswith("</svg>")
    )


def test_a_line_chart_has_one_dot_per_point_with_its_value():
    svg = charts.line_chart(
        chart_id="q", title="確認待ち", points=[("04/01", 2), ("04/02", 5), ("04/03", 0)]
    )
    assert _is_named_image(svg, "q", "確認待ち")
    assert svg.count("<circle") == 3 and "<polyline" in svg
    assert "<title>04/02: 5</title>" in svg
    assert ">5</text>" in svg  # the top of the axis


def test_stacked_bars_draw_only_the_non_zero_parts_and_a_legend():
    svg = charts.stacked_bars(
        chart_id="h",
        title="保留",
        labels=["04/01", "04/02"],
        series={"電話番号": [1, 0], "死ね等": [2, 3]},
    )
    assert _is_named_image(svg, "h", "保留")
    assert svg.count("<rect") == 3 + 2  # three bar parts, two legend squares
    assert "<title>04/02 死ね等: 3</title>" in svg and "04/02 電話番号" not in svg
    assert ">電話番号</text>" in svg and ">死ね等</text>" in svg


def test_grouped_bars_draw_one_bar_per_series_and_label_with_short_ticks():
    svg = charts.grouped_bars(
        chart_id="chart-requests",
        title="申出",
        labels=["2025-03", "2025-04"],
        ticks=["03", "04"],
        series={"受付": [1, 4], "判断": [0, 2]},
    )
    assert _is_named_image(svg, "chart-requests", "申出")
    assert len(re.findall(r"<rect[^>]*><title>", svg)) == 4
    assert "<title>2025-04 受付: 4</title>" in svg
    assert ">04</text>" in svg and ">2025-04</text>" not in svg
    assert ">受付</text>" in svg and ">判断</text>" in svg


def test_every_text_is_escaped():
    svg = charts.grouped_bars(
        chart_id='x"><script>', title="<b>", labels=["<i>"], series={"<s>": [1]}
    )
    assert "<script>" not in svg and "<b>" not in svg and "<i>" not in svg and "<s>" not in svg
    assert "&lt;b&gt;" in svg


def test_counts_are_written_whole():
    svg = charts.line_chart(chart_id="q", title="t", points=[("a", 1_500_000)])
    assert "1500000" in svg and "e+" not in svg


def test_every_series_colour_and_the_text_reach_aa_contrast():
    # Non-text graphics need 3:1 against white (WCAG 1.4.11), small text 4.5:1 (1.4.3).
    assert all(_contrast_on_white(c) >= 3 for c in charts.PALETTE), charts.PALETTE
    assert _contrast_on_white(charts.INK) >= 4.5 and _contrast_on_white(charts.RULE) >= 3
