"""The takedowns groups, kept in step with their permissions after every migrate
(a post_migrate handler, like comments/roles.py). No other logic here."""

from __future__ import annotations

from complaints_site.groups import sync_groups

TAKEDOWN_HANDLERS = "takedown_handlers"
SENDER_DISCLOSERS = "sender_disclosers"
HANDLE = "takedowns.handle"
DISCLOSE_SENDER = "takedowns.disclose_sender"

GROUP_PERMISSIONS = {
    # Work through removal requests: inquire, decide, extend, record answers.
    TAKEDOWN_HANDLERS: [
        ("takedowns", "handle"),
        ("takedowns", "view_takedownrequest"),
        ("takedowns", "view_takedownevent"),
    ],
    # Decrypt one comment's connection data at a time, with a legal basis (audited).
    SENDER_DISCLOSERS: [("takedowns", "disclose_sender")],
}


def ensure_groups(**kwargs) -> None:
    sync_groups(GROUP_PERMISSIONS)
