"""When a public comment goes back to the queue: reports past a threshold, or a rescan
that finds a protected person in it. Also how many reports one client may file."""

from __future__ import annotations

from .config import PolicySettings
from .publication import Verdict


def report_threshold(*, names_protected: bool, config: PolicySettings) -> int:
    """Fewer reports re-queue a comment that names a protected person."""
    return config.report_threshold_protected if names_protected else config.report_threshold


def reports_requeue(*, open_reports: int, threshold: int) -> bool:
    return open_reports >= threshold


def report_rate_exceeded(*, reports_last_hour: int, config: PolicySettings) -> bool:
    return reports_last_hour >= config.reports_per_hour


def rescan_requeues(verdict: Verdict) -> bool:
    """A rescan re-queues a public comment only when it now touches a protected person:
    other findings were already seen (and published) by a moderator or by the scanner."""
    return bool(verdict.protected_keys)
