"""The groups the site relies on, kept in step with their permissions after every migrate.

A post_migrate handler (not a data migration) creates them, so they also come back
after a test database flush, exactly like Django's own permissions do.
"""

from __future__ import annotations

from complaints_site.groups import sync_groups

MODERATORS = "moderators"
ORIGINAL_VIEWERS = "original_viewers"

GROUP_PERMISSIONS = {
    # Decide on held comments, manage protected persons, read the audit log.
    MODERATORS: [
        ("comments", "moderate_comment"),
        ("comments", "view_comment"),
        ("comments", "view_moderationaction"),
        ("comments", "view_protectedperson"),
        ("comments", "view_report"),
        ("posts", "view_post"),
    ],
    # Additionally read the original text of redacted comments (and purge).
    ORIGINAL_VIEWERS: [("comments", "view_original")],
}


def ensure_groups(**kwargs) -> None:
    sync_groups(GROUP_PERMISSIONS)
