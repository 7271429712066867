"""Workspace pages for post pre-moderation: the periods in force, switching a post on
by hand, ending a period early and extending it. Thin: writes in comments.services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from posts.models import Post

from . import selectors, services
from .models import Premoderation
from .validation import parse_id
from .workspace import moderator_required


def _hours(raw: str | None) -> int | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    hours = parse_id(raw)
    if hours is None:
        raise ValidationError({"hours": _("時間は1以上の整数で入力してください。")})
    return hours


@moderator_required
def premoderation(request):
    return render(
        request,
        "comments/workspace/premoderation.html",
        {
            "periods": selectors.premoderation_periods(active=True),
            "recent": selectors.premoderation_periods(active=False)[:20],
            "posts": Post.objects.visible().order_by("-published_at").only("pk", "title")[:200],
        },
    )


def _done(request, text: str):
    messages.success(request, text)
    return redirect(request.POST.get("back") or "comments:premoderation")


@moderator_required
@require_POST
def premoderation_start(request):
    post = get_object_or_404(Post, pk=parse_id(request.POST.get("post")) or 0)
    try:
        services.premoderation_start(
            post=post,
            actor=request.user,
            note=request.POST.get("note", ""),
            hours=_hours(request.POST.get("hours")),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("comments:premoderation")
    return _done(request, _("「%(title)s」を事前確認に切り替えました。") % {"title": post.title})


@moderator_required
@require_POST
def premoderation_end(request, pk: int):
    period = get_object_or_404(Premoderation, pk=pk)
    try:
        services.premoderation_end(
            period_id=period.pk, actor=request.user, note=request.POST.get("note", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("comments:premoderation")
    return _done(request, _("事前確認を終了しました。"))


@moderator_required
@require_POST
def premoderation_extend(request, pk: int):
    period = get_object_or_404(Premoderation, pk=pk)
    try:
        services.premoderation_extend(
            period_id=period.pk,
            actor=request.user,
            hours=_hours(request.POST.get("hours")),
            note=request.POST.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("comments:premoderation")
    return _done(request, _("事前確認を延長しました。"))
