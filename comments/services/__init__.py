"""Every write to comments goes through these functions (views, API, commands, tests,
and the posts app, which reaches comments only through here)."""

from .authoring import comment_delete, comment_edit, is_author
from .check import CheckResult, comment_check
from .decisions import (
    comment_approve,
    comment_purge,
    comment_redact,
    comment_reject,
    comment_restore,
    comment_review_acknowledge,
)
from .posts import PostScan, post_findings_store, post_scan_text, post_text
from .preferences import moderator_preference_set
from .premoderation import (
    post_premoderation_state,
    premoderation_end,
    premoderation_extend,
    premoderation_start,
)
from .registry import protected_person_delete, protected_person_save
from .reports import comment_report
from .requeue import requeue
from .rescan import (
    comment_rescan,
    rescan_chunk,
    rescan_chunk_run,
    rescan_enqueue,
    rescan_plan,
    rescan_public_comments,
    rescan_published,
)
from .sanctions import sanction_author, sanction_lift
from .submit import comment_import, comment_submit

__all__ = [
    "comment_delete",
    "comment_edit",
    "is_author",
    "CheckResult",
    "comment_check",
    "PostScan",
    "comment_approve",
    "comment_import",
    "comment_purge",
    "comment_redact",
    "comment_reject",
    "comment_report",
    "comment_rescan",
    "comment_restore",
    "comment_review_acknowledge",
    "comment_submit",
    "moderator_preference_set",
    "post_findings_store",
    "post_scan_text",
    "post_premoderation_state",
    "post_text",
    "premoderation_end",
    "premoderation_extend",
    "premoderation_start",
    "protected_person_delete",
    "protected_person_save",
    "requeue",
    "rescan_chunk",
    "rescan_chunk_run",
    "rescan_enqueue",
    "rescan_plan",
    "rescan_public_comments",
    "rescan_published",
    "sanction_author",
    "sanction_lift",
]
