"""The policy's thresholds and windows, read from Django settings in this one place.

Read on every call (cheap attribute lookups), so ``override_settings`` in tests and a
changed environment after a restart both take effect. No rules here, only numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings


@dataclass(frozen=True)
class PolicySettings:
    premoderate_site: bool  # COMMENTS_PREMODERATE: hold every new reply
    report_threshold: int  # open reports that re-queue a public comment
    report_threshold_protected: int  # the same, when it names a protected person
    reports_per_hour: int  # reports one client may file per hour
    form_replies_per_minute: int  # replies one client may send through the HTML form
    surge_threshold: int  # held comments aimed at one target that start a pile-on
    surge_window: timedelta  # ... within this window
    surge_period: timedelta  # how long the post then stays pre-moderated
    review_tier: str  # "hold" or "publish_and_queue": what happens to review-tier texts
    edit_window: timedelta  # how long an author may edit a reply after posting


def current() -> PolicySettings:
    return PolicySettings(
        premoderate_site=settings.COMMENTS_PREMODERATE,
        report_threshold=settings.COMMENTS_REPORT_THRESHOLD,
        report_threshold_protected=settings.COMMENTS_REPORT_THRESHOLD_PROTECTED,
        reports_per_hour=settings.COMMENTS_REPORTS_PER_HOUR,
        form_replies_per_minute=settings.COMMENTS_FORM_REPLIES_PER_MINUTE,
        surge_threshold=settings.COMMENTS_SURGE_THRESHOLD,
        surge_window=timedelta(minutes=settings.COMMENTS_SURGE_WINDOW_MINUTES),
        surge_period=timedelta(hours=settings.COMMENTS_SURGE_HOURS),
        review_tier=settings.COMMENTS_REVIEW_TIER,
        edit_window=timedelta(minutes=settings.COMMENTS_EDIT_MINUTES),
    )
