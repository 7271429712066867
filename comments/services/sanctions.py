"""Sanctions: a moderator suspends, bans or pre-moderates the author of a comment (an
account, or the hashed client of an anonymous author), and lifts it early. Audited."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import policy
from ..models import Comment, Sanction
from ..validation import has_control_characters
from .audit import audit_sanction, audit_sanction_lift

REASON_MAX = 1000


def _clean_reason(reason, field: str = "reason") -> str:
    text = (reason or "").strip() if isinstance(reason, str) else ""
    if not text:
        raise ValidationError({field: _("理由を入力してください。")})
    if len(text) > REASON_MAX or has_control_characters(text, multiline=True):
        raise ValidationError({field: _("理由は1000文字以内の文章で入力してください。")})
    return text


@transaction.atomic
def sanction_author(
    *, comment_id: int, kind: str, days: int | None, reason: str, actor
) -> Sanction:
    """Sanction the author of a comment. Raises ValidationError (per field) on bad input."""
    comment = Comment.objects.select_for_update().get(pk=comment_id)
    now = timezone.now()
    errors: dict[str, str] = {}
    try:
        expires_at = policy.sanction_expiry(kind=kind, days=days, now=now)
    except ValueError as exc:
        expires_at = None
        if str(exc) == "kind":
            errors["kind"] = _("種類は suspend・ban・premoderate のいずれかです。")
        elif str(exc) == "days_required":
            errors["days"] = _("一時停止には日数が必要です。")
        else:
            errors["days"] = _("日数は1〜%(max)s の整数で指定してください。") % {
                "max": policy.sanctions.MAX_DAYS
            }
    try:
        reason = _clean_reason(reason)
    except ValidationError as exc:
        errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if comment.status == Comment.Status.PURGED:
        errors["comment"] = _("完全消去されたコメントの投稿者は特定できません。")
    elif not comment.author_id and not comment.client_hash:
        errors["comment"] = _("このコメントの投稿者を特定できる情報がありません。")
    if errors:
        raise ValidationError(errors)
    sanction = Sanction.objects.create(
        kind=kind,
        author_id=comment.author_id,
        client_hash="" if comment.author_id else comment.client_hash,
        comment=comment,
        reason=reason,
        created_by=actor,
        created_at=now,
        expires_at=expires_at,
    )
    audit_sanction(sanction=sanction, actor=actor)
    return sanction


@transaction.atomic
def sanction_lift(*, sanction_id: int, reason: str, actor) -> Sanction:
    sanction = Sanction.objects.select_for_update().get(pk=sanction_id)
    reason = _clean_reason(reason)
    now = timezone.now()
    if not policy.sanctions.is_active(
        lifted_at=sanction.lifted_at, expires_at=sanction.expires_at, now=now
    ):
        raise ValidationError({"sanction": _("この制裁はすでに解除されたか、期限が過ぎています。")})
    sanction.lifted_at, sanction.lifted_by, sanction.lift_reason = now, actor, reason
    sanction.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    audit_sanction_lift(sanction=sanction, actor=actor)
    return sanction
