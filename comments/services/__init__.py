"""Every write to comments goes through these functions (views, API, commands, tests)."""

from .decisions import (
    comment_approve,
    comment_purge,
    comment_redact,
    comment_reject,
    comment_restore,
)
from .registry import protected_person_delete, protected_person_save
from .reports import comment_report
from .rescan import comment_rescan, rescan_public_comments
from .submit import comment_import, comment_submit

__all__ = [
    "comment_approve",
    "comment_import",
    "comment_purge",
    "comment_redact",
    "comment_reject",
    "comment_report",
    "comment_rescan",
    "comment_restore",
    "comment_submit",
    "protected_person_delete",
    "protected_person_save",
    "rescan_public_comments",
]
