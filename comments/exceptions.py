"""Domain errors raised by comment services; one exception handler maps them to HTTP."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


class ModerationError(Exception):
    code = "moderation_error"


class InvalidTransition(ModerationError):
    code = "invalid_transition"

    def __init__(self, *, current: str, action: str) -> None:
        self.current, self.action = current, action
        super().__init__(
            _("状態「%(current)s」のコメントに「%(action)s」はできません。")
            % {"current": current, "action": action}
        )


class ModerationConflict(ModerationError):
    """Someone else decided first: the caller's version is stale."""

    code = "conflict"

    def __init__(self, *, comment_id: int, current_version: int | None) -> None:
        self.comment_id, self.current_version = comment_id, current_version
        super().__init__(
            _(
                "このコメントは他のモデレーターが先に変更しました（現在のバージョン %(version)s）。"
                "再読み込みしてから判断してください。"
            )
            % {"version": current_version}
        )


class UnresolvedHarassment(ModerationError):
    """Publishing would show abusive words a moderator has neither masked nor dismissed."""

    code = "unresolved_harassment"

    def __init__(self, *, finding_ids: list[int]) -> None:
        self.finding_ids = sorted(finding_ids)
        super().__init__(
            _(
                "誹謗中傷の検出（%(ids)s）が未解決です。該当する言葉を伏せ字にするか、"
                "「誹謗中傷ではない」として理由を添えて取り下げるか、却下してください。"
            )
            % {"ids": ", ".join(f"#{i}" for i in self.finding_ids)}
        )


class ReportThrottled(ModerationError):
    code = "throttled"

    def __init__(self) -> None:
        super().__init__(_("このコメントはすでに通報済みです。"))


class AuthorSuspended(PermissionDenied):
    """The author is suspended or banned: nothing they send is stored."""

    code = "author_suspended"

    def __init__(self, *, until=None) -> None:
        from django.utils import timezone
        from django.utils.formats import date_format

        self.until = until
        if until is None:
            message = _("このアカウント（または接続元）からの投稿は停止されています。")
        else:
            local = timezone.localtime(until)
            message = _(
                "%(until)s まで、このアカウント（または接続元）からの投稿は停止されています。"
            ) % {"until": date_format(local, "Y年n月j日 H:i")}
        super().__init__(message)


class EditNotAllowed(PermissionDenied):
    """Not the author (wrong or missing edit token), or the edit window has passed."""

    code = "edit_not_allowed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message or _("この返信を編集・削除する権限がないか、編集できる時間を過ぎています。")
        )


class OriginalRestricted(PermissionDenied):
    """The decision would publish an original this moderator may not read."""

    code = "original_restricted"

    def __init__(self) -> None:
        super().__init__(
            _(
                "このコメントは以前伏せ字で公開されました。原文を閲覧できる権限がないため、"
                "原文のままの公開や範囲の変更はできません（伏せ字のまま公開するか却下してください）。"
            )
        )
