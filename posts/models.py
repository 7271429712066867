"""The Post model: fields, constraints and a visibility queryset; no logic in save()."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PostQuerySet(models.QuerySet):
    def visible(self) -> PostQuerySet:
        """Posts readers may see: published, and not scheduled for later."""
        return self.filter(status=Post.Status.PUBLISHED, published_at__lte=timezone.now())


class Post(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("下書き")
        PUBLISHED = "published", _("公開")
        HIDDEN = "hidden", _("非公開")

    slug = models.SlugField(_("スラッグ"), max_length=100, unique=True, allow_unicode=False)
    title = models.CharField(_("タイトル"), max_length=200)
    body = models.TextField(_("本文"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("投稿者"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="posts",
    )
    status = models.CharField(
        _("状態"), max_length=16, choices=Status.choices, default=Status.PUBLISHED
    )
    published_at = models.DateTimeField(_("公開日時"), default=timezone.now, db_index=True)
    premoderate = models.BooleanField(
        _("すべての返信を事前確認"),
        default=False,
        help_text=_("この投稿への新しい返信をすべてモデレーターの確認待ちにします。"),
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("投稿")
        verbose_name_plural = _("投稿")
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("posts:detail", kwargs={"slug": self.slug})
