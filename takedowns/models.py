"""Removal requests, their targets, the author inquiries, the encrypted sender records and
the takedowns' own append-only audit trail.

Models hold fields and constraints only. Every change goes through
``takedowns.services`` (which writes a ``TakedownEvent``); comments are changed only
through ``comments.services``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TakedownRequest(models.Model):
    """One 送信防止措置の申出: who asks, about what, why, and what we decided."""

    class State(models.TextChoices):
        RECEIVED = "received", _("受付")
        NEEDS_INFO = "needs_info", _("追加情報の依頼中")
        AUTHOR_INQUIRED = "author_inquired", _("意見照会中")
        DECIDED = "decided", _("判断済み")
        WITHDRAWN = "withdrawn", _("取り下げ")

    class Right(models.TextChoices):
        PRIVACY = "privacy", _("プライバシー")
        DEFAMATION = "defamation", _("名誉（名誉毀損）")
        HONOR_FEELING = "honor_feeling", _("名誉感情（侮辱）")
        PORTRAIT = "portrait", _("肖像")
        OTHER = "other", _("その他")

    class Relationship(models.TextChoices):
        SELF = "self", _("本人")
        AGENT = "agent", _("代理人")

    class Outcome(models.TextChoices):
        REMOVE = "remove", _("削除")
        REDACT = "redact", _("一部削除")
        KEEP = "keep", _("不削除")

    reference = models.CharField(_("受付番号"), max_length=20, unique=True, editable=False)
    state = models.CharField(
        _("状態"), max_length=16, choices=State.choices, default=State.RECEIVED
    )
    version = models.PositiveIntegerField(_("バージョン"), default=1)
    requester_name = models.CharField(_("申出者の氏名"), max_length=100)
    requester_email = models.EmailField(_("申出者のメールアドレス"), max_length=254)
    relationship = models.CharField(
        _("申出者の立場"), max_length=8, choices=Relationship.choices, default=Relationship.SELF
    )
    right = models.CharField(_("侵害された権利"), max_length=16, choices=Right.choices)
    passage = models.TextField(_("該当箇所"))
    explanation = models.TextField(_("権利が侵害されたとする理由"))
    declared = models.BooleanField(_("真実であることの宣誓"), default=False)
    client_hash = models.CharField(max_length=64, blank=True, editable=False)
    received_at = models.DateTimeField(_("受付日時"), default=timezone.now, db_index=True)
    deadline = models.DateTimeField(_("回答期限"), db_index=True)
    extended = models.BooleanField(_("期限延長済み"), default=False)
    reminded_at = models.DateTimeField(_("期限前の通知日時"), null=True, blank=True)
    outcome = models.CharField(_("判断"), max_length=8, choices=Outcome.choices, blank=True)
    decision_reason = models.TextField(_("判断の理由"), blank=True)
    decided_at = models.DateTimeField(_("判断日時"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("削除の申出")
        verbose_name_plural = _("削除の申出")
        ordering = ["deadline", "id"]
        permissions = [
            ("handle", _("削除の申出を処理できる")),
            ("disclose_sender", _("発信者情報を復号して閲覧できる")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state="decided", decided_at__isnull=False) | ~Q(state="decided"),
                name="takedown_decided_has_time",
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def final(self) -> bool:
        return self.state in (self.State.DECIDED, self.State.WITHDRAWN)

    def overdue(self, now=None) -> bool:
        return not self.final and (now or timezone.now()) > self.deadline


class TakedownTarget(models.Model):
    """A comment or a post named in a request."""

    request = models.ForeignKey(TakedownRequest, on_delete=models.CASCADE, related_name="targets")
    comment = models.ForeignKey(
        "comments.Comment", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    post = models.ForeignKey(
        "posts.Post", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("申出の対象")
        verbose_name_plural = _("申出の対象")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(comment__isnull=False, post__isnull=True)
                    | Q(comment__isnull=True, post__isnull=False)
                ),
                name="takedown_target_one",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.comment_id}" if self.comment_id else f"post {self.post_id}"


class AuthorInquiry(models.Model):
    """意見照会: the author of a targeted comment is asked whether they agree to removal.

    Silence for 7 days after ``sent_at`` counts as no objection (the law's safe harbour).
    Anonymous authors cannot be reached: ``channel`` says so and nothing is sent.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("メール")
        UNREACHABLE = "unreachable", _("連絡手段なし")

    class Answer(models.TextChoices):
        AGREE = "agree", _("同意")
        OBJECT = "object", _("不同意")

    request = models.ForeignKey(TakedownRequest, on_delete=models.CASCADE, related_name="inquiries")
    comment = models.ForeignKey("comments.Comment", on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    channel = models.CharField(_("連絡手段"), max_length=16, choices=Channel.choices)
    sent_at = models.DateTimeField(_("照会日時"))
    answer_due = models.DateTimeField(_("回答期限"))
    answer = models.CharField(_("回答"), max_length=8, choices=Answer.choices, blank=True)
    answer_reason = models.TextField(_("回答の理由"), blank=True)
    answered_at = models.DateTimeField(_("回答日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("意見照会")
        verbose_name_plural = _("意見照会")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.request_id}/#{self.comment_id}"


class SenderRecord(models.Model):
    """The connection data of one comment (IP address, port when known, time), encrypted
    with the site's Fernet key. Kept until ``expires_at``, then purged."""

    comment = models.OneToOneField(
        "comments.Comment", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    token = models.TextField(_("暗号化された接続情報"), editable=False)
    created_at = models.DateTimeField(_("記録日時"), default=timezone.now)
    expires_at = models.DateTimeField(_("保存期限"), db_index=True)

    class Meta:
        verbose_name = _("発信者情報の記録")
        verbose_name_plural = _("発信者情報の記録")

    def __str__(self) -> str:
        return f"#{self.comment_id}"


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(_("削除の申出の履歴は追記専用です。"))

    def delete(self):
        raise AppendOnlyError(_("削除の申出の履歴は追記専用です。"))


class AppendOnlyError(Exception):
    pass


class TakedownEvent(models.Model):
    """The takedowns' audit trail: one row per step of a request and per disclosure of
    sender information. Never updated or deleted; written only by services/audit.py."""

    class Action(models.TextChoices):
        RECEIVE = "receive", _("受付")
        ASK_INFO = "ask_info", _("追加情報の依頼")
        INFO_RECEIVED = "info_received", _("追加情報の受領")
        INQUIRE = "inquire", _("意見照会")
        ANSWER = "answer", _("照会への回答")
        EXTEND = "extend", _("期限の延長")
        DECIDE = "decide", _("判断")
        WITHDRAW = "withdraw", _("取り下げ")
        REMIND = "remind", _("期限前の通知")
        NOTICE = "notice", _("通知の送信")
        DISCLOSE = "disclose", _("発信者情報の閲覧")
        PURGE_SENDER = "purge_sender", _("発信者情報の消去")

    request = models.ForeignKey(
        TakedownRequest, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    comment = models.ForeignKey(
        "comments.Comment", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(_("操作"), max_length=16, choices=Action.choices)
    from_state = models.CharField(_("変更前"), max_length=16, blank=True)
    to_state = models.CharField(_("変更後"), max_length=16, blank=True)
    reason = models.TextField(_("理由"), blank=True)
    # Codes, ids and counts only: never connection data, never a copy of a comment.
    data = models.JSONField(_("データ"), default=dict, blank=True)
    created_at = models.DateTimeField(_("日時"), default=timezone.now, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("削除の申出の履歴")
        verbose_name_plural = _("削除の申出の履歴")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["action", "created_at"], name="takedown_event_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.request_id or ''}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError(_("削除の申出の履歴は追記専用です。"))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(_("削除の申出の履歴は追記専用です。"))
