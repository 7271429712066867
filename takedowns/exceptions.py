"""Domain errors of removal requests. They subclass the comments' decision errors so the
API answers them exactly like other decisions (409 ``conflict`` with ``current_version``,
409 with a stable ``code``); no HTTP here."""

from __future__ import annotations

from django.utils.translation import gettext as _

from comments.exceptions import InvalidTransition, ModerationConflict


class RequestConflict(ModerationConflict):
    """Someone else changed the request first: the caller's version is stale."""

    def __init__(self, *, reference: str, current_version: int | None) -> None:
        self.comment_id, self.reference, self.current_version = None, reference, current_version
        Exception.__init__(
            self,
            _(
                "この申出は他の担当者が先に変更しました（現在のバージョン %(version)s）。"
                "再読み込みしてから操作してください。"
            )
            % {"version": current_version},
        )


class RequestTransitionRefused(InvalidTransition):
    """The step is not possible from the request's state."""

    def __init__(self, *, current: str, action: str, message: str = "") -> None:
        self.current, self.action = current, action
        Exception.__init__(
            self,
            message
            or _("状態「%(current)s」の申出に「%(action)s」はできません。")
            % {"current": current, "action": action},
        )


class InquiryPending(RequestTransitionRefused):
    """Removal before the author's 7 days are over and without their answer."""

    code = "inquiry_pending"


class AlreadyExtended(RequestTransitionRefused):
    code = "already_extended"
