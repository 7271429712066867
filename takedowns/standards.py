"""The published 「削除基準」, generated from the policy's vocabulary: the finding
categories (comments.kinds), the reject reasons, the policy's thresholds, and this app's
rights, outcomes and periods. Plain data for the template; no queries, no decisions."""

from __future__ import annotations

from django.conf import settings

from comments import policy
from comments.kinds import CATEGORY_TABLE, HARASSMENT, PERSONAL, REJECT_REASONS

from .models import TakedownRequest
from .services import INQUIRY_DAYS


def removal_standards() -> dict:
    config = policy.current()
    categories = list(CATEGORY_TABLE.values())
    return {
        "personal": [c.label for c in categories if c.kind == PERSONAL and c.label],
        "harassment": [
            {"label": c.label, "urgent": c.urgent}
            for c in categories
            if c.kind == HARASSMENT and c.label
        ],
        "reject_reasons": [str(label) for label in REJECT_REASONS.values()],
        "report_threshold": config.report_threshold,
        "report_threshold_protected": config.report_threshold_protected,
        "premoderate_site": config.premoderate_site,
        "rights": [str(label) for _code, label in TakedownRequest.Right.choices],
        "outcomes": [str(label) for _code, label in TakedownRequest.Outcome.choices],
        "deadline_days": settings.TAKEDOWNS_DEADLINE_DAYS,
        "inquiry_days": INQUIRY_DAYS,
        "retention_days": settings.TAKEDOWNS_SENDER_RETENTION_DAYS,
        "sender_kept": bool(settings.TAKEDOWNS_SENDER_KEY),
    }
