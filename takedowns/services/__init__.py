"""Every write of the takedowns app goes through these functions (views, API, commands,
the comment-submission hook and tests)."""

from .handling import (
    INQUIRY_DAYS,
    pending_inquiries,
    takedown_ask_info,
    takedown_decide,
    takedown_extend,
    takedown_info_received,
    takedown_inquire_author,
    takedown_withdraw,
)
from .inquiries import takedown_inquiry_answer
from .reminders import takedown_remind_due
from .requests import takedown_request_submit, target_label
from .sender import (
    BASIS_KINDS,
    Disclosure,
    sender_cipher,
    sender_disclose,
    sender_record_store,
    sender_records_purge,
)

__all__ = [
    "BASIS_KINDS",
    "Disclosure",
    "INQUIRY_DAYS",
    "pending_inquiries",
    "sender_cipher",
    "sender_disclose",
    "sender_record_store",
    "sender_records_purge",
    "takedown_ask_info",
    "takedown_decide",
    "takedown_extend",
    "takedown_info_received",
    "takedown_inquire_author",
    "takedown_inquiry_answer",
    "takedown_remind_due",
    "takedown_request_submit",
    "takedown_withdraw",
    "target_label",
]
