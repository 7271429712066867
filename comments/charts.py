"""Small server-side SVG charts for the moderator dashboard: no JavaScript, no CDN, text
alternatives included. Pure functions from numbers to markup (escaped)."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Distinguishable at 3:1 against white and from each other (Okabe–Ito based).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a4f00", "#555")
WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 720, 220, 44, 28, 10


def _frame(title: str, body: str, legend: str = "") -> SafeString:
    return mark_safe(  # noqa: S308 - every piece of text below is escaped
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT + 24}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>{body}{legend}</svg>"
    )


def _axes(top: float, labels: list[str]) -> str:
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    out = [
        f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" stroke="#555"/>',
        f'<text x="{PAD_LEFT - 6}" y="{PAD_TOP + 10}" text-anchor="end" font-size="11" '
        f'fill="#333">{escape(f"{top:g}")}</text>',
        f'<text x="{PAD_LEFT - 6}" y="{PAD_TOP + plot_h}" text-anchor="end" font-size="11" '
        f'fill="#333">0</text>',
    ]
    step = max(1, len(labels) // 6)
    slot = (WIDTH - PAD_LEFT) / max(1, len(labels))
    for i in range(0, len(labels), step):
        x = PAD_LEFT + slot * (i + 0.5)
        out.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle" font-size="11" '
            f'fill="#333">{escape(labels[i])}</text>'
        )
    return "".join(out)


def line_chart(title: str, points: list[tuple[str, float]]) -> SafeString:
    labels = [p[0] for p in points]
    top = max([p[1] for p in points] + [1])
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = (WIDTH - PAD_LEFT) / max(1, len(points))
    coords = [
        (PAD_LEFT + slot * (i + 0.5), PAD_TOP + plot_h * (1 - value / top))
        for i, (_label, value) in enumerate(points)
    ]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[0]}">'
        f"<title>{escape(label)}: {value:g}</title></circle>"
        for (x, y), (label, value) in zip(coords, points, strict=True)
    )
    body = (
        _axes(top, labels)
        + f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="2" points="{path}"/>'
        + dots
    )
    return _frame(title, body)


def stacked_bars(title: str, labels: list[str], series: dict[str, list[float]]) -> SafeString:
    """One bar per label, stacked by series (e.g. days × finding categories)."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    top = max(totals + [1])
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = (WIDTH - PAD_LEFT) / max(1, len(labels))
    bars = []
    for i, label in enumerate(labels):
        y = HEIGHT - PAD_BOTTOM
        for k, (name, values) in enumerate(series.items()):
            h = plot_h * values[i] / top
            if h <= 0:
                continue
            y -= h
            bars.append(
                f'<rect x="{PAD_LEFT + slot * i + 1:.1f}" y="{y:.1f}" '
                f'width="{max(1.0, slot - 2):.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(label)} '
                f"{escape(name)}: {values[i]:g}</title></rect>"
            )
    legend = "".join(
        f'<rect x="{PAD_LEFT + 110 * k}" y="{HEIGHT + 8}" width="10" height="10" '
        f'fill="{PALETTE[k % len(PALETTE)]}"/><text x="{PAD_LEFT + 110 * k + 14}" '
        f'y="{HEIGHT + 17}" font-size="11" fill="#333">{escape(name)}</text>'
        for k, name in enumerate(series)
    )
    return _frame(title, _axes(top, labels) + "".join(bars), legend)
