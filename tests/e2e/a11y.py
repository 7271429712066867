"""Helpers for the accessibility browser tests: axe-core (bundled by axe-playwright-python,
never downloaded) and layout checks (horizontal overflow, target sizes)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
BLOCKING = ("serious", "critical")
# WCAG 2.0/2.1/2.2 A and AA plus axe's best practices (landmarks, headings, regions).
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}

_axe = Axe()


def axe_violations(page) -> list[dict]:
    """Every axe violation on the page as it is now (all impacts)."""
    results = _axe.run(page, options=AXE_OPTIONS)
    return results.response["violations"]


def blocking(violations: list[dict]) -> list[str]:
    """The serious and critical ones, one line each: rule, impact, first targets."""
    return [
        f"{v['id']} ({v['impact']}): "
        + ", ".join(str(n["target"]) for n in v["nodes"][:3])
        + (f" … +{len(v['nodes']) - 3}" if len(v["nodes"]) > 3 else "")
        for v in violations
        if v["impact"] in BLOCKING
    ]


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page scrolls sideways (0 when it reflows)."""
    return page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


def enlarge_text(page) -> None:
    """200% text: the root font size doubled (the stylesheet sizes everything in rem/em).

    Needs a context made with bypass_csp=True, since the page's CSP refuses injected styles.
    """
    page.add_style_tag(content="html { font-size: 200% !important; }")


def widest(page, limit: int = 5) -> list[str]:
    """The elements that stick out on the right (for a failure's message)."""
    return page.evaluate(
        """(limit) => {
        const w = document.documentElement.clientWidth, out = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()}.${el.className}#${el.id}`;
          if (r.right > w + 1) out.push(`${name} ${Math.round(r.right)}`);
        }
        return out.slice(-limit);
        }""",
        limit,
    )
