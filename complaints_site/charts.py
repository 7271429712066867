"""Server-side SVG charts for the moderators' dashboard and the public transparency report:
one palette, one frame, axis and legend, three kinds (line, stacked bars, grouped bars).

Pure functions from numbers to markup: every text escaped, no JavaScript, no CDN, no
queries. Each chart is an image (``role="img"``) named by its ``<title>``; every point and
bar carries its own ``<title>`` with its label and value, and every series has a text
label in the legend, so colour is never the only cue."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Okabe–Ito's first four, then darker hues in place of its orange and sky blue (2.3:1), so
# every series reaches 3:1 against white (WCAG 1.4.11): blue 5.2, vermillion 3.9, green 3.4,
# pink 3.1, purple 7.6, olive 5.1, crimson 7.0, grey 7.5.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#6a3d9a", "#8a6a00", "#b0005a", "#555")
INK = "#333"  # axis and legend text (12.6:1 on white)
RULE = "#555"  # the zero line
FONT = 11  # px, every text
SWATCH = 10  # px, the legend's colour squares


@dataclass(frozen=True)
class Layout:
    """The picture's size, the plot's margins inside it and the legend's row."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    legend_y: int  # top edge of the legend's squares
    legend_step: int  # from one legend entry to the next

    @property
    def base(self) -> int:
        """The y of the zero line."""
        return self.height - self.bottom

    @property
    def plot_w(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> int:
        return self.base - self.top


# The dashboard's charts keep their legend below the plot, the report's above it.
LEGEND_BELOW = Layout(
    width=720, height=244, left=44, right=0, top=10, bottom=52, legend_y=228, legend_step=110
)
LEGEND_ABOVE = Layout(
    width=720, height=260, left=44, right=10, top=36, bottom=40, legend_y=8, legend_step=150
)


def _num(value: float) -> str:
    """A count as a whole number, anything else as short as it goes."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _colour(k: int) -> str:
    return PALETTE[k % len(PALETTE)]


def _text(x: float, y: float, text: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:g}" y="{y:g}" font-size="{FONT}" text-anchor="{anchor}" '
        f'fill="{INK}">{escape(text)}</text>'
    )


def _frame(layout: Layout, chart_id: str, title: str, body: str, legend: str = "") -> SafeString:
    """The ``<svg>`` element: an image named by its title, scaled by the stylesheet."""
    cid, w, h = escape(chart_id), layout.width, layout.height
    return mark_safe(  # noqa: S308 - every piece of text below is escaped
        f'<svg class="chart" id="{cid}" role="img" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" aria-labelledby="{cid}-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{cid}-title">{escape(title)}</title>{body}{legend}</svg>'
    )


def _axis(layout: Layout, peak: float, ticks: list[str], step: int = 1) -> str:
    """The zero line, the top and zero values, and every ``step``-th tick under its slot."""
    parts = [
        f'<line x1="{layout.left}" y1="{layout.base}" x2="{layout.width - layout.right}" '
        f'y2="{layout.base}" stroke="{RULE}" stroke-width="1"/>',
        _text(layout.left - 6, layout.top + 4, _num(peak), "end"),
        _text(layout.left - 6, layout.base, "0", "end"),
    ]
    slot = layout.plot_w / max(1, len(ticks))
    for i in range(0, len(ticks), step):
        x = round(layout.left + slot * (i + 0.5), 1)
        parts.append(_text(x, layout.base + 16, ticks[i], "middle"))
    return "".join(parts)


def _legend(layout: Layout, names: list[str]) -> str:
    """One coloured square and its series name per series, in a row."""
    return "".join(
        f'<rect x="{layout.left + layout.legend_step * k}" y="{layout.legend_y}" '
        f'width="{SWATCH}" height="{SWATCH}" fill="{_colour(k)}"/>'
        + _text(layout.left + layout.legend_step * k + SWATCH + 4, layout.legend_y + 9, name)
        for k, name in enumerate(names)
    )


def _bar(x: float, y: float, width: float, height: float, k: int, label: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{_colour(k)}"><title>{escape(label)}</title></rect>'
    )


def line_chart(*, chart_id: str, title: str, points: list[tuple[str, float]]) -> SafeString:
    """One series over time: a line through one dot per label."""
    layout = LEGEND_BELOW
    labels = [label for label, _value in points]
    peak = max([value for _label, value in points] + [1])
    slot = layout.plot_w / max(1, len(points))
    coords = [
        (layout.left + slot * (i + 0.5), layout.top + layout.plot_h * (1 - value / peak))
        for i, (_label, value) in enumerate(points)
    ]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[0]}">'
        f"<title>{escape(label)}: {_num(value)}</title></circle>"
        for (x, y), (label, value) in zip(coords, points, strict=True)
    )
    body = (
        _axis(layout, peak, labels, step=max(1, len(labels) // 6))
        + f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="2" points="{path}"/>'
        + dots
    )
    return _frame(layout, chart_id, title, body)


def stacked_bars(
    *, chart_id: str, title: str, labels: list[str], series: dict[str, list[float]]
) -> SafeString:
    """One bar per label, stacked by series (e.g. days × finding categories)."""
    layout = LEGEND_BELOW
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    peak = max(totals + [1])
    slot = layout.plot_w / max(1, len(labels))
    bars = []
    for i, label in enumerate(labels):
        y = layout.base
        for k, (name, values) in enumerate(series.items()):
            h = layout.plot_h * values[i] / peak
            if h <= 0:
                continue
            y -= h
            x = layout.left + slot * i + 1
            text = f"{label} {name}: {_num(values[i])}"
            bars.append(_bar(x, y, max(1.0, slot - 2), h, k, text))
    body = _axis(layout, peak, labels, step=max(1, len(labels) // 6)) + "".join(bars)
    return _frame(layout, chart_id, title, body, _legend(layout, list(series)))


def grouped_bars(
    *,
    chart_id: str,
    title: str,
    labels: list[str],
    series: dict[str, list[float]],
    ticks: list[str] | None = None,
) -> SafeString:
    """One group per label (e.g. month), one bar per series; ``ticks`` are shorter labels
    for under the groups (every label is still in its bars' titles)."""
    layout = LEGEND_ABOVE
    peak = max([1, *[v for values in series.values() for v in values]])
    group_w = layout.plot_w / max(1, len(labels))
    bar_w = max(2.0, (group_w - 6) / max(1, len(series)))
    bars = []
    for i, label in enumerate(labels):
        x0 = layout.left + i * group_w + 3
        for k, (name, values) in enumerate(series.items()):
            h = layout.plot_h * values[i] / peak
            text = f"{label} {name}: {_num(values[i])}"
            bars.append(_bar(x0 + k * bar_w, layout.base - h, bar_w - 1, h, k, text))
    body = _axis(layout, peak, labels if ticks is None else ticks) + "".join(bars)
    return _frame(layout, chart_id, title, body, _legend(layout, list(series)))
