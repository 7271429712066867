"""Writes to posts: create, update and scan. Validation here; the scanning and the stored
findings belong to comments, reached only through ``comments.services``."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments import services as comment_services

from .models import Post


def _scan(post: Post) -> comment_services.PostScan:
    # Before the transaction: nothing slow while rows are locked.
    return comment_services.post_scan_text(title=post.title, body=post.body)


def post_scan(*, post: Post) -> int:
    """Store the scanner's findings on a post for moderators (posts are not held)."""
    scan = _scan(post)
    with transaction.atomic():
        return comment_services.post_findings_store(post=post, scan=scan)


def _validate(*, slug: str, title: str, body: str) -> None:
    errors = {}
    if not title.strip():
        errors["title"] = _("タイトルを入力してください。")
    if not body.strip():
        errors["body"] = _("本文を入力してください。")
    if not slug:
        errors["slug"] = _("スラッグを入力してください。")
    if errors:
        raise ValidationError(errors)


def post_create(
    *,
    slug: str,
    title: str,
    body: str,
    author=None,
    published_at=None,
    status: str = Post.Status.PUBLISHED,
) -> Post:
    _validate(slug=slug, title=title, body=body)
    post = Post(
        slug=slug,
        title=title.strip()[:200],
        body=body.strip(),
        author=author,
        status=status,
        published_at=published_at or timezone.now(),
    )
    post.full_clean()
    scan = _scan(post)
    with transaction.atomic():
        post.save()
        comment_services.post_findings_store(post=post, scan=scan)
    return post


def post_update(*, post: Post, **fields) -> Post:
    for name, value in fields.items():
        setattr(post, name, value)
    _validate(slug=post.slug, title=post.title, body=post.body)
    post.full_clean()
    scan = _scan(post)
    with transaction.atomic():
        post.save()
        comment_services.post_findings_store(post=post, scan=scan)
    return post
