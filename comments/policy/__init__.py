"""The moderation policy: every rule that decides what is published, held, prioritised,
sent back to the queue, refused, or shown to whom. Pure functions over plain data.

Outside code imports from here only (``from comments import policy``). Nothing in this
package queries the database or writes anything: services ask, the policy answers.
"""

from .config import PolicySettings, current
from .harassment import default_reject_reason, unresolved_harassment
from .pile_on import (
    BLOGGER,
    PremoderationState,
    normalise_target,
    premoderation_state,
    surge_target,
)
from .publication import (
    PRIORITY_HARASSMENT,
    PRIORITY_NONE,
    PRIORITY_PERSONAL,
    PRIORITY_PREMODERATED,
    PRIORITY_REPORTED,
    PRIORITY_REVIEW,
    PRIORITY_URGENT,
    FindingData,
    Verdict,
    decide,
    findings_from_scan,
    priority_for,
)
from .refusal import display_name_refused
from .requeue import (
    report_rate_exceeded,
    report_threshold,
    reports_requeue,
    rescan_requeues,
)
from .sanctions import Effect, sanction_effect, sanction_expiry
from .visibility import (
    MODERATE,
    PUBLIC_STATUSES,
    VIEW_ORIGINAL,
    ReaderView,
    blind_decision_refused,
    may_delete,
    may_edit,
    may_purge,
    original_hidden_from_moderator,
    original_visible,
    reader_view,
)

__all__ = [
    "BLOGGER",
    "PremoderationState",
    "normalise_target",
    "premoderation_state",
    "surge_target",
    "Effect",
    "sanction_effect",
    "sanction_expiry",
    "default_reject_reason",
    "unresolved_harassment",
    "MODERATE",
    "VIEW_ORIGINAL",
    "may_delete",
    "may_edit",
    "may_purge",
    "PRIORITY_HARASSMENT",
    "PRIORITY_NONE",
    "PRIORITY_PERSONAL",
    "PRIORITY_PREMODERATED",
    "PRIORITY_REPORTED",
    "PRIORITY_REVIEW",
    "PRIORITY_URGENT",
    "PUBLIC_STATUSES",
    "FindingData",
    "PolicySettings",
    "ReaderView",
    "Verdict",
    "blind_decision_refused",
    "current",
    "decide",
    "display_name_refused",
    "findings_from_scan",
    "original_hidden_from_moderator",
    "original_visible",
    "priority_for",
    "reader_view",
    "report_rate_exceeded",
    "report_threshold",
    "reports_requeue",
    "rescan_requeues",
]
