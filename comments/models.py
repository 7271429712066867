"""Comments, their findings, reports, the protected-person registry and the audit log.

Models hold fields and constraints only; every state change goes through
``comments.services`` so that each one writes its audit row.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ANONYMOUS_NAME = "匿名"
# Width of one materialised-path segment: the comment id, zero-padded, so that
# ordering by path is ordering by thread position (parent before its replies,
# siblings oldest first).
PATH_SEGMENT = 10


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("確認待ち")
        PUBLISHED = "published", _("公開")
        REDACTED = "redacted", _("伏せ字で公開")
        REJECTED = "rejected", _("却下")
        PURGED = "purged", _("完全消去")
        DELETED = "deleted", _("投稿者により削除")

    post = models.ForeignKey(
        "posts.Post", verbose_name=_("投稿"), on_delete=models.PROTECT, related_name="comments"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("返信先"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replies",
    )
    path = models.CharField(_("スレッド位置"), max_length=255, db_index=True, editable=False)
    depth = models.PositiveSmallIntegerField(_("深さ"), default=0, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("投稿者"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author_name = models.CharField(_("表示名"), max_length=50, default=ANONYMOUS_NAME)
    body = models.TextField(_("本文（原文）"))
    public_body = models.TextField(_("公開本文"), blank=True)
    status = models.CharField(
        _("状態"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    version = models.PositiveIntegerField(_("バージョン"), default=1)
    # Queue order: lower comes first (threats and protected-person hits first).
    priority = models.PositiveSmallIntegerField(_("優先度"), default=100)
    client_hash = models.CharField(
        _("クライアントハッシュ"), max_length=64, blank=True, editable=False
    )
    # SHA-256 of the secret an anonymous author got when posting (edit and delete).
    edit_token_hash = models.CharField(max_length=64, blank=True, editable=False)
    edited_at = models.DateTimeField(_("編集日時"), null=True, blank=True)
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("コメント")
        verbose_name_plural = _("コメント")
        ordering = ["path"]
        indexes = [
            models.Index(fields=["post", "path"], name="comment_thread_idx"),
            models.Index(
                fields=["priority", "created_at"],
                condition=Q(status="pending"),
                name="comment_queue_idx",
            ),
        ]
        permissions = [
            ("moderate_comment", _("コメントをモデレートできる")),
            ("view_original", _("伏せ字コメントの原文を閲覧できる")),
        ]

    def __str__(self) -> str:
        # No text: this label shows in admin titles and lists, also to staff who may not
        # read originals (comments.view_original).
        return f"#{self.pk} {self.author_name}"

    def get_absolute_url(self) -> str:
        # The permalink finds the page of the (paginated) thread that shows the comment.
        return reverse("comments:permalink", args=[self.pk])


class Finding(models.Model):
    """One thing the scanner found: offsets into ``body`` only, never the data itself."""

    class Kind(models.TextChoices):
        PERSONAL = "personal", _("個人情報")
        HARASSMENT = "harassment", _("嫌がらせ")
        REVIEW = "review", _("要確認")

    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="findings"
    )
    post = models.ForeignKey(
        "posts.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="findings"
    )
    kind = models.CharField(_("種別"), max_length=16, choices=Kind.choices)
    category = models.CharField(_("カテゴリ"), max_length=32)
    start = models.PositiveIntegerField(_("開始"))
    end = models.PositiveIntegerField(_("終了"))
    score = models.FloatField(_("スコア"), default=1.0)
    rule = models.CharField(_("ルール"), max_length=64, blank=True)
    protected_person = models.ForeignKey(
        "ProtectedPerson", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now)
    # A moderator judged a harassment finding wrong (「誹謗中傷ではない」); audited as an
    # override. Open harassment findings block publishing (comments/policy/harassment.py).
    dismissed_at = models.DateTimeField(_("取り下げ日時"), null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    dismiss_note = models.TextField(_("取り下げの理由"), blank=True)

    class Meta:
        verbose_name = _("検出結果")
        verbose_name_plural = _("検出結果")
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(comment__isnull=False, post__isnull=True)
                    | Q(comment__isnull=True, post__isnull=False)
                ),
                name="finding_one_owner",
            ),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="finding_span"),
        ]

    def __str__(self) -> str:
        return f"{self.category} [{self.start}:{self.end}]"

    def as_span(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "score": self.score,
            "rule": self.rule,
        }


class ProtectedPerson(models.Model):
    """Someone the site shields from being named and harassed (e.g. the departed operator)."""

    name = models.CharField(_("名前"), max_length=100)
    aliases = models.JSONField(
        _("別名・読み"), default=list, blank=True, help_text=_("読み、ローマ字、愛称など")
    )
    handles = models.JSONField(_("アカウント"), default=list, blank=True)
    roles = models.JSONField(
        _("役割名"), default=list, blank=True, help_text=_("例: 当該オペレーター")
    )
    note = models.TextField(_("メモ"), blank=True)
    active = models.BooleanField(_("有効"), default=True)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("保護対象の人物")
        verbose_name_plural = _("保護対象の人物")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Report(models.Model):
    class Reason(models.TextChoices):
        PERSONAL_DATA = "personal_data", _("個人情報が書かれている")
        HARASSMENT = "harassment", _("誹謗中傷・嫌がらせ")
        SPAM = "spam", _("スパム")
        OTHER = "other", _("その他")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    client_hash = models.CharField(max_length=64, blank=True, editable=False)
    reason = models.CharField(_("理由"), max_length=32, choices=Reason.choices)
    note = models.CharField(_("メモ"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now)
    resolved_at = models.DateTimeField(_("処理日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("通報")
        verbose_name_plural = _("通報")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["comment"], condition=Q(resolved_at__isnull=True), name="report_open_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} → #{self.comment_id}"


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(_("操作履歴は追記専用です。"))

    def delete(self):
        raise AppendOnlyError(_("操作履歴は追記専用です。"))


class AppendOnlyError(Exception):
    pass


class ModerationAction(models.Model):
    """The audit log: one row per automatic or human decision. Never updated or deleted."""

    class Action(models.TextChoices):
        SUBMIT = "submit", _("投稿")
        PUBLISH = "publish", _("自動公開")
        HOLD = "hold", _("自動保留")
        APPROVE = "approve", _("承認")
        REDACT = "redact", _("伏せ字で公開")
        REJECT = "reject", _("却下")
        RESTORE = "restore", _("取り消し")
        PURGE = "purge", _("完全消去")
        REPORT = "report", _("通報")
        REQUEUE = "requeue", _("確認待ちに戻す")
        RESCAN = "rescan", _("再スキャン")
        POST_SCAN = "post_scan", _("投稿のスキャン")
        OVERRIDE = "override", _("検出の取り下げ")
        AUTHOR_EDIT = "author_edit", _("投稿者による編集")
        AUTHOR_DELETE = "author_delete", _("投稿者による削除")
        SANCTION = "sanction", _("投稿者への制裁")
        SANCTION_LIFT = "sanction_lift", _("制裁の解除")
        PREMOD_START = "premod_start", _("事前確認の開始")
        PREMOD_END = "premod_end", _("事前確認の終了")
        PREMOD_EXTEND = "premod_extend", _("事前確認の延長")

    comment = models.ForeignKey(
        Comment, on_delete=models.PROTECT, related_name="actions", null=True, blank=True
    )
    post = models.ForeignKey(
        "posts.Post", on_delete=models.PROTECT, related_name="actions", null=True, blank=True
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="moderation_actions",
        help_text=_("システムによる操作では空"),
    )
    action = models.CharField(_("操作"), max_length=16, choices=Action.choices)
    from_status = models.CharField(_("変更前の状態"), max_length=16, blank=True)
    to_status = models.CharField(_("変更後の状態"), max_length=16, blank=True)
    reason_code = models.CharField(_("理由"), max_length=32, blank=True)
    reason = models.TextField(_("理由（自由記述）"), blank=True)
    # Offsets, categories and counts only: never a copy of personal data.
    data = models.JSONField(_("データ"), default=dict, blank=True)
    created_at = models.DateTimeField(_("日時"), default=timezone.now, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("モデレーション操作")
        verbose_name_plural = _("モデレーション操作")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["comment", "created_at"], name="action_comment_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.comment_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError(_("操作履歴は追記専用です。"))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(_("操作履歴は追記専用です。"))


class InForceQuerySet(models.QuerySet):
    """Rows with a time span that may be closed early: in force while neither closed
    (lifted, ended) nor past their deadline (an empty deadline never passes). The one
    place this filter is written; subclasses name the two fields."""

    closed_field: str
    deadline_field: str

    def _in_force(self, now) -> Q:
        deadline = self.deadline_field
        return Q(**{f"{self.closed_field}__isnull": True}) & (
            Q(**{f"{deadline}__isnull": True})
            | Q(**{f"{deadline}__gt": timezone.now() if now is None else now})
        )

    def in_force(self, *, now=None) -> InForceQuerySet:
        """The rows in force at ``now`` (default: the present)."""
        return self.filter(self._in_force(now))

    def over(self, *, now=None) -> InForceQuerySet:
        """The rest: closed, or past their deadline, at ``now`` (default: the present)."""
        return self.exclude(self._in_force(now))


class SanctionQuerySet(InForceQuerySet):
    closed_field, deadline_field = "lifted_at", "expires_at"


class Sanction(models.Model):
    """A measure against an author: an account, or for anonymous authors the hashed client.

    Active while not lifted and not expired; enforced by comment_submit (the policy in
    comments/policy/sanctions.py). Lifting keeps the row: nothing is ever lost.
    """

    class Kind(models.TextChoices):
        SUSPEND = "suspend", _("一時停止")
        BAN = "ban", _("投稿禁止")
        PREMODERATE = "premoderate", _("事前確認")

    kind = models.CharField(_("種類"), max_length=16, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("投稿者"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sanctions",
    )
    client_hash = models.CharField(
        _("クライアントハッシュ"), max_length=64, blank=True, editable=False
    )
    comment = models.ForeignKey(
        Comment,
        verbose_name=_("対象のコメント"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sanctions",
    )
    reason = models.TextField(_("理由"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now)
    expires_at = models.DateTimeField(_("期限"), null=True, blank=True)
    lifted_at = models.DateTimeField(_("解除日時"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    lift_reason = models.TextField(_("解除の理由"), blank=True)

    objects = SanctionQuerySet.as_manager()

    class Meta:
        verbose_name = _("制裁")
        verbose_name_plural = _("制裁")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["author"], condition=Q(lifted_at__isnull=True), name="sanction_author_idx"
            ),
            models.Index(
                fields=["client_hash"],
                condition=Q(lifted_at__isnull=True),
                name="sanction_client_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(author__isnull=False) | ~Q(client_hash=""), name="sanction_has_author"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class CommentVersion(models.Model):
    """A previous text of a comment its author edited or deleted: private, shown only to
    moderators with comments.view_original."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="versions")
    body = models.TextField(_("以前の本文"))
    replaced_at = models.DateTimeField(_("置き換え日時"), default=timezone.now)

    class Meta:
        verbose_name = _("以前の版")
        verbose_name_plural = _("以前の版")
        ordering = ["-replaced_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.comment_id} @ {self.replaced_at:%Y-%m-%d %H:%M}"


class TargetMention(models.Model):
    """A held comment aimed at someone: who, as a key (a protected person's id, a keyed
    hash of a normalised name or handle, or the blogger), never the name itself.
    Counted per post in a window to notice a pile-on."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="mentions")
    post = models.ForeignKey("posts.Post", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(_("対象キー"), max_length=64)
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now)

    class Meta:
        verbose_name = _("対象への言及")
        verbose_name_plural = _("対象への言及")
        indexes = [models.Index(fields=["post", "key", "created_at"], name="mention_window_idx")]

    def __str__(self) -> str:
        return f"#{self.comment_id} → {self.key}"


class PremoderationQuerySet(InForceQuerySet):
    closed_field, deadline_field = "ended_at", "until"


class Premoderation(models.Model):
    """A period in which every new reply to a post waits for a moderator: switched on by
    a moderator (manual) or by the policy after a pile-on against one target (surge)."""

    class Reason(models.TextChoices):
        SURGE = "surge", _("同じ対象への集中")
        MANUAL = "manual", _("モデレーターの判断")

    post = models.ForeignKey("posts.Post", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("理由"), max_length=16, choices=Reason.choices)
    note = models.TextField(_("説明"), blank=True)
    started_at = models.DateTimeField(_("開始"), default=timezone.now)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    until = models.DateTimeField(_("終了予定"), null=True, blank=True)
    ended_at = models.DateTimeField(_("終了"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    end_note = models.TextField(_("終了の理由"), blank=True)

    objects = PremoderationQuerySet.as_manager()

    class Meta:
        verbose_name = _("事前確認")
        verbose_name_plural = _("事前確認")
        ordering = ["-started_at", "-id"]
        indexes = [
            models.Index(
                fields=["post"], condition=Q(ended_at__isnull=True), name="premod_open_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} → post {self.post_id}"


class IdempotencyKey(models.Model):
    """A client's Idempotency-Key for POSTs: a retry returns the first result, creating nothing."""

    scope = models.CharField(max_length=80, help_text=_("user:<id> または client:<hash>"))
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text=_("リクエストの SHA-256"))
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.JSONField(null=True, blank=True)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("冪等キー")
        verbose_name_plural = _("冪等キー")
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="idempotency_scope_key")
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}"


class ModeratorPreference(models.Model):
    """One moderator's workspace settings, kept with their account (not the session)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderator_preference",
        verbose_name=_("モデレーター"),
    )
    single_key_shortcuts = models.BooleanField(
        _("1文字のショートカット"),
        default=True,
        help_text=_("オフにすると、ワークスペースで1文字のキーは何もしません。"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("モデレーターの設定")
        verbose_name_plural = _("モデレーターの設定")

    def __str__(self) -> str:
        return str(self.user)


class RescanRun(models.Model):
    """One rescan of every public comment, split into chunks (pk ranges) that any number
    of task workers share; the counts add up as chunks finish, and the last chunk to
    finish writes the one audit row with the totals."""

    chunk_count = models.PositiveIntegerField(_("チャンク数"))
    chunks_done = models.PositiveIntegerField(_("完了したチャンク"), default=0)
    scanned = models.PositiveIntegerField(_("確認した件数"), default=0)
    requeued = models.PositiveIntegerField(_("確認待ちに戻した件数"), default=0)
    created_at = models.DateTimeField(_("作成日時"), default=timezone.now)
    finished_at = models.DateTimeField(_("完了日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("再スキャン")
        verbose_name_plural = _("再スキャン")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"rescan #{self.pk} ({self.chunks_done}/{self.chunk_count})"


class RescanChunk(models.Model):
    """The public comments with ``first_pk <= pk <= last_pk``, rescanned by one task. A
    chunk is claimed once (``started_at``), so a task delivered twice scans nothing twice."""

    run = models.ForeignKey(RescanRun, on_delete=models.CASCADE, related_name="chunks")
    first_pk = models.BigIntegerField()
    last_pk = models.BigIntegerField()
    scanned = models.PositiveIntegerField(default=0)
    requeued = models.PositiveIntegerField(default=0)
    worker = models.CharField(_("ワーカー"), max_length=100, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("再スキャンのチャンク")
        verbose_name_plural = _("再スキャンのチャンク")
        ordering = ["run", "first_pk"]
        constraints = [
            models.UniqueConstraint(fields=["run", "first_pk"], name="rescan_chunk_start"),
            models.CheckConstraint(
                condition=Q(first_pk__lte=models.F("last_pk")), name="rescan_chunk_range"
            ),
        ]

    def __str__(self) -> str:
        return f"rescan #{self.run_id} [{self.first_pk}, {self.last_pk}]"
