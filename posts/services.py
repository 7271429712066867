from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments import policy
from comments.models import Finding, ModerationAction
from comments.scanning import scan_text
from comments.services.submit import store_findings

from .models import Post


def _scan(post: Post) -> tuple[policy.FindingData, ...]:
    # Offsets refer to this exact text; the findings page rebuilds it the same way.
    return policy.findings_from_scan(scan_text(f"{post.title}\n{post.body}"))


def _store(post: Post, findings: tuple[policy.FindingData, ...]) -> None:
    Finding.objects.filter(post=post).delete()
    store_findings(post=post, findings=findings)
    if findings:
        ModerationAction.objects.create(
            post=post, action=ModerationAction.Action.RESCAN, data={"findings": len(findings)}
        )


def post_scan(*, post: Post) -> int:
    """Store the scanner's findings on a post for moderators (posts are not held)."""
    findings = _scan(post)  # before the transaction: nothing slow while rows are locked
    with transaction.atomic():
        _store(post, findings)
    return len(findings)


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
    findings = _scan(post)
    with transaction.atomic():
        post.save()
        _store(post, findings)
    return post


def post_update(*, post: Post, **fields) -> Post:
    for name, value in fields.items():
        setattr(post, name, value)
    _validate(slug=post.slug, title=post.title, body=post.body)
    post.full_clean()
    findings = _scan(post)
    with transaction.atomic():
        post.save()
        _store(post, findings)
    return post
