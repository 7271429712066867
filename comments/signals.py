"""Signals comments sends for other apps to listen to, so that comments imports none of them.

``comment_submitted`` is sent by ``comment_submit`` inside its transaction, with the new
comment's id, the raw client address (or None) and the time. Receivers must not log or
store the address in clear; a receiver that raises rolls the submission back.
"""

from django.dispatch import Signal

comment_submitted = Signal()
