"""Post pre-moderation: periods in which every new reply to a post waits. Started by the
pile-on rule (surge) or by a moderator (manual), ended early or extended; audited, and
moderators are told by e-mail when a surge starts."""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from posts.models import Post

from .. import policy
from ..models import Comment, Premoderation, TargetMention
from ..validation import has_control_characters
from .audit import audit_premoderation

logger = logging.getLogger(__name__)
Reason = Premoderation.Reason
MAX_HOURS = 24 * 90


def open_periods(post: Post) -> list[Premoderation]:
    """The post's periods in force (normally one); a period past its end counts as ended."""
    return list(Premoderation.objects.filter(post=post).in_force().order_by("-started_at", "-id"))


def post_premoderation_state(*, post: Post) -> policy.PremoderationState:
    """Whether replies to this post wait now, why, and until when (one query)."""
    return policy.premoderation_state(
        site=policy.current().premoderate_site,
        post_flag=post.premoderate,
        periods=[(p.reason, p.until) for p in open_periods(post)],
    )


def _target_key(text: str) -> str | None:
    key = policy.normalise_target(text)
    if key is None or key == policy.BLOGGER:
        return key
    # Names and handles are kept only as keyed hashes: the table never holds them.
    digest = hmac.new(settings.CLIENT_HASH_SALT.encode(), key.encode(), hashlib.sha256)
    return f"name:{digest.hexdigest()[:32]}"


def target_keys(verdict: policy.Verdict) -> set[str]:
    keys = {f"protected:{k}" for k in verdict.protected_keys}
    keys.update(k for k in map(_target_key, verdict.targets) if k)
    return keys


def record_mentions(*, comment: Comment, verdict: policy.Verdict) -> Premoderation | None:
    """Note whom a held comment aims at; start a surge period when one target reaches the
    threshold in the window. Runs inside the submit transaction."""
    keys = target_keys(verdict) if verdict.hold and verdict.findings else set()
    if not keys:
        return None
    now = comment.created_at
    TargetMention.objects.bulk_create(
        TargetMention(comment=comment, post_id=comment.post_id, key=k, created_at=now)
        for k in sorted(keys)
    )
    config = policy.current()
    counts = dict(
        TargetMention.objects.filter(
            post_id=comment.post_id, key__in=keys, created_at__gte=now - config.surge_window
        )
        .values("key")
        .annotate(n=Count("comment", distinct=True))
        .values_list("key", "n")
    )
    key = policy.surge_target(counts=counts, config=config)
    if key is None:
        return None
    # Serialise concurrent submits on the post row (PostgreSQL; SQLite serialises writers).
    post = Post.objects.select_for_update().get(pk=comment.post_id)
    if open_periods(post):
        return None
    period = Premoderation.objects.create(
        post=post,
        reason=Reason.SURGE,
        note=_("%(n)s 件の確認待ちが同じ対象に集中しました（%(minutes)s 分以内）。")
        % {"n": counts[key], "minutes": int(config.surge_window.total_seconds() // 60)},
        started_at=now,
        until=now + config.surge_period,
    )
    audit_premoderation(
        period=period, actor=None, event="start", data={"comments": counts[key], "target": key}
    )
    transaction.on_commit(lambda: _notify_moderators(period.pk))
    return period


def _notify_moderators(period_id: int) -> None:
    period = Premoderation.objects.select_related("post").get(pk=period_id)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    moderators = users.filter(
        Q(is_superuser=True)
        | Q(groups__permissions__codename="moderate_comment")
        | Q(user_permissions__codename="moderate_comment")
    ).distinct()
    recipients = sorted({u.email for u in moderators})
    if not recipients:
        return
    until = timezone.localtime(period.until).strftime("%Y-%m-%d %H:%M") if period.until else "—"
    try:
        _send(period, until, recipients)
    except Exception:  # a mail outage must not undo or block anything; it is logged
        logger.exception("pile-on notice for period %s not sent", period.pk)


def _send(period: Premoderation, until: str, recipients: list[str]) -> None:
    send_mail(
        subject=_("【苦情ボード】「%(title)s」を事前確認に切り替えました")
        % {"title": period.post.title},
        message=_(
            "同じ対象への攻撃や個人情報を含む返信が集中したため、投稿「%(title)s」への新しい"
            "返信はすべて確認待ちになります（%(until)s まで）。\n%(note)s\n\n"
            "確認待ち一覧: %(url)s\n"
        )
        % {
            "title": period.post.title,
            "until": until,
            "note": period.note,
            "url": reverse("comments:premoderation"),
        },
        from_email=None,
        recipient_list=recipients,
    )


def _clean_note(note, field: str = "note") -> str:
    text = (note or "").strip() if isinstance(note, str) else ""
    if not text:
        raise ValidationError({field: _("理由を入力してください。")})
    if len(text) > 1000 or has_control_characters(text, multiline=True):
        raise ValidationError({field: _("理由は1000文字以内の文章で入力してください。")})
    return text


def _clean_hours(hours) -> int | None:
    if hours is None:
        return None
    if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= MAX_HOURS:
        raise ValidationError(
            {"hours": _("時間は1〜%(max)s の整数で指定してください。") % {"max": MAX_HOURS}}
        )
    return hours


@transaction.atomic
def premoderation_start(*, post: Post, actor, note: str, hours: int | None = None) -> Premoderation:
    """A moderator switches a post to pre-moderation (until ended, or for some hours)."""
    note, hours = _clean_note(note), _clean_hours(hours)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if open_periods(post):
        raise ValidationError({"post": _("この投稿はすでに事前確認中です。")})
    now = timezone.now()
    period = Premoderation.objects.create(
        post=post,
        reason=Reason.MANUAL,
        note=note,
        started_at=now,
        started_by=actor,
        until=now + timedelta(hours=hours) if hours else None,
    )
    audit_premoderation(period=period, actor=actor, event="start", data={"hours": hours})
    return period


@transaction.atomic
def premoderation_end(*, period_id: int, actor, note: str) -> Premoderation:
    note = _clean_note(note)
    period = Premoderation.objects.select_for_update().get(pk=period_id)
    now = timezone.now()
    if period.ended_at or (period.until and period.until <= now):
        raise ValidationError({"period": _("この事前確認はすでに終了しています。")})
    period.ended_at, period.ended_by, period.end_note = now, actor, note
    period.save(update_fields=["ended_at", "ended_by", "end_note"])
    audit_premoderation(period=period, actor=actor, event="end", data={}, note=note)
    return period


@transaction.atomic
def premoderation_extend(*, period_id: int, actor, hours: int, note: str) -> Premoderation:
    note, hours = _clean_note(note), _clean_hours(hours)
    if hours is None:
        raise ValidationError({"hours": _("延長する時間を指定してください。")})
    period = Premoderation.objects.select_for_update().get(pk=period_id)
    now = timezone.now()
    if period.ended_at or (period.until and period.until <= now):
        raise ValidationError({"period": _("この事前確認はすでに終了しています。")})
    if period.until is None:
        raise ValidationError({"period": _("終了予定のない事前確認は延長できません。")})
    period.until = period.until + timedelta(hours=hours)
    period.save(update_fields=["until"])
    audit_premoderation(
        period=period, actor=actor, event="extend", data={"hours": hours}, note=note
    )
    return period
