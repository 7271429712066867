"""Server-side SVG bar charts for the transparency report: markup built here with every
text escaped, no JavaScript, no CDN, no queries."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Colour-blind-safe (Okabe–Ito), each with a text label in the legend.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9")


def bar_chart(
    *, chart_id: str, title: str, labels: list[str], series: list[tuple[str, list[int]]]
) -> SafeString:
    """Grouped bars: one group per label (month), one bar per series."""
    width, height, left, bottom, top = 720, 260, 44, 40, 36
    plot_w, plot_h = width - left - 10, height - top - bottom
    peak = max([1, *[v for _name, values in series for v in values]])
    group_w = plot_w / max(1, len(labels))
    bar_w = max(2.0, (group_w - 6) / max(1, len(series)))
    parts = [
        f'<svg class="chart" id="{escape(chart_id)}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{escape(chart_id)}-title" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" '
        'stroke="#555" stroke-width="1"/>',
        f'<text x="{left - 6}" y="{top + 4}" font-size="11" text-anchor="end" fill="#333">'
        f"{peak}</text>",
        f'<text x="{left - 6}" y="{top + plot_h}" font-size="11" text-anchor="end" '
        'fill="#333">0</text>',
    ]
    for i, label in enumerate(labels):
        x0 = left + i * group_w + 3
        for j, (name, values) in enumerate(series):
            value = values[i]
            h = plot_h * value / peak
            parts.append(
                f'<rect x="{x0 + j * bar_w:.1f}" y="{top + plot_h - h:.1f}" '
                f'width="{bar_w - 1:.1f}" height="{h:.1f}" fill="{PALETTE[j % len(PALETTE)]}">'
                f"<title>{escape(label)} {escape(name)}: {value}</title></rect>"
            )
        parts.append(
            f'<text x="{x0 + group_w / 2 - 3:.1f}" y="{top + plot_h + 16}" font-size="11" '
            f'text-anchor="middle" fill="#333">{escape(label[5:])}</text>'
        )
    for j, (name, _values) in enumerate(series):
        x = left + j * 150
        parts.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
            f'<text x="{x + 16}" y="18" font-size="12" fill="#222">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  every text above is escaped
