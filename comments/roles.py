"""The groups the site relies on; a data migration creates them with their permissions."""

MODERATORS = "moderators"
ORIGINAL_VIEWERS = "original_viewers"

GROUP_PERMISSIONS = {
    # Decide on held comments, manage protected persons, read the audit log.
    MODERATORS: [
        "moderate_comment",
        "view_comment",
        "view_moderationaction",
        "view_protectedperson",
        "view_report",
        "view_post",
    ],
    # Additionally read the original text of redacted comments (and purge).
    ORIGINAL_VIEWERS: ["view_original"],
}
