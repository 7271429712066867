"""What the posts app asks of comments: scan a post's text (outside any transaction) and
store what was found for moderators (inside the caller's). Posts are never held."""

from __future__ import annotations

from dataclasses import dataclass

from .. import policy
from ..scanning import scan_text
from .audit import audit_post_scan
from .findings import replace_post_findings


@dataclass(frozen=True)
class PostScan:
    findings: tuple[policy.FindingData, ...]


def post_text(*, title: str, body: str) -> str:
    """The text a post's findings refer to; the findings page rebuilds it the same way."""
    return f"{title}\n{body}"


def post_scan_text(*, title: str, body: str) -> PostScan:
    """Scan a post's title and body. Slow: call it before opening a transaction."""
    return PostScan(policy.findings_from_scan(scan_text(post_text(title=title, body=body))))


def post_findings_store(*, post, scan: PostScan) -> int:
    """Replace the post's stored findings with a scan's, with an audit row when any."""
    replace_post_findings(post=post, findings=scan.findings)
    if scan.findings:
        audit_post_scan(post=post, findings=len(scan.findings))
    return len(scan.findings)
