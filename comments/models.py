"""Comments, their findings, reports, the protected-person registry and the audit log.

Models hold fields and constraints only; every state change goes through
``comments.services`` so that each one writes its audit row.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ANONYMOUS_NAME = "匿名"
# Width of one materialised-path segment: the comment id, zero-padded, so that
# ordering by path is ordering by thread position (parent before its replies,
# siblings oldest first).
PATH_SEGMENT = 10


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        PUBLISHED = "published", _("Published")
        REDACTED = "redacted", _("Redacted")
        REJECTED = "rejected", _("Rejected")
        PURGED = "purged", _("Purged")

    post = models.ForeignKey(
        "posts.Post", verbose_name=_("post"), on_delete=models.PROTECT, related_name="comments"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replies",
    )
    path = models.CharField(_("thread path"), max_length=255, db_index=True, editable=False)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author_name = models.CharField(_("display name"), max_length=50, default=ANONYMOUS_NAME)
    body = models.TextField(_("body as submitted"))
    public_body = models.TextField(_("public body"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    # Queue order: lower comes first (threats and protected-person hits first).
    priority = models.PositiveSmallIntegerField(_("priority"), default=100)
    client_hash = models.CharField(_("client hash"), max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
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
            ("moderate_comment", _("Can moderate comments")),
            ("view_original", _("Can view the original text of redacted comments")),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.author_name}: {self.body[:40]}"

    def get_absolute_url(self) -> str:
        return f"{self.post.get_absolute_url()}#c{self.pk}"


class Finding(models.Model):
    """One thing the scanner found: offsets into ``body`` only, never the data itself."""

    class Kind(models.TextChoices):
        PERSONAL = "personal", _("Personal data")
        HARASSMENT = "harassment", _("Harassment")

    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="findings"
    )
    post = models.ForeignKey(
        "posts.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="findings"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    category = models.CharField(_("category"), max_length=32)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    score = models.FloatField(_("score"), default=1.0)
    rule = models.CharField(_("rule"), max_length=64, blank=True)
    protected_person = models.ForeignKey(
        "ProtectedPerson", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("finding")
        verbose_name_plural = _("findings")
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

    name = models.CharField(_("name"), max_length=100)
    aliases = models.JSONField(
        _("aliases"), default=list, blank=True, help_text=_("Readings, romaji, nicknames.")
    )
    handles = models.JSONField(_("handles"), default=list, blank=True)
    roles = models.JSONField(
        _("role phrases"), default=list, blank=True, help_text=_("e.g. 当該オペレーター")
    )
    note = models.TextField(_("note"), blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("protected person")
        verbose_name_plural = _("protected persons")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Report(models.Model):
    class Reason(models.TextChoices):
        PERSONAL_DATA = "personal_data", _("Personal information")
        HARASSMENT = "harassment", _("Harassment or abuse")
        SPAM = "spam", _("Spam")
        OTHER = "other", _("Other")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    client_hash = models.CharField(max_length=64, blank=True, editable=False)
    reason = models.CharField(_("reason"), max_length=32, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
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
        raise AppendOnlyError(_("The moderation log is append-only."))

    def delete(self):
        raise AppendOnlyError(_("The moderation log is append-only."))


class AppendOnlyError(Exception):
    pass


class ModerationAction(models.Model):
    """The audit log: one row per automatic or human decision. Never updated or deleted."""

    class Action(models.TextChoices):
        SUBMIT = "submit", _("Submitted")
        PUBLISH = "publish", _("Published automatically")
        HOLD = "hold", _("Held automatically")
        APPROVE = "approve", _("Approved")
        REDACT = "redact", _("Redacted")
        REJECT = "reject", _("Rejected")
        RESTORE = "restore", _("Restored")
        PURGE = "purge", _("Purged")
        REPORT = "report", _("Reported")
        REQUEUE = "requeue", _("Sent back to the queue")
        RESCAN = "rescan", _("Rescanned")

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
        help_text=_("Empty when the system acted."),
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    from_status = models.CharField(_("status before"), max_length=16, blank=True)
    to_status = models.CharField(_("status after"), max_length=16, blank=True)
    reason_code = models.CharField(_("reason"), max_length=32, blank=True)
    reason = models.TextField(_("reason (free text)"), blank=True)
    # Offsets, categories and counts only: never a copy of personal data.
    data = models.JSONField(_("data"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["comment", "created_at"], name="action_comment_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.comment_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError(_("The moderation log is append-only."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(_("The moderation log is append-only."))


class IdempotencyKey(models.Model):
    """A client's Idempotency-Key for POSTs: a retry returns the first result, creating nothing."""

    scope = models.CharField(max_length=80, help_text=_("user:<id> or client:<hash>"))
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text=_("SHA-256 of the request"))
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.JSONField(null=True, blank=True)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("idempotency key")
        verbose_name_plural = _("idempotency keys")
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="idempotency_scope_key")
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}"
