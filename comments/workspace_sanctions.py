"""Workspace pages for sanctions: sanction a comment's author, list sanctions, lift one.
Thin views: rules in comments.policy, writes in comments.services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .models import Comment, Sanction
from .validation import parse_id
from .workspace import moderator_required


@moderator_required
@require_POST
def sanction(request, pk: int):
    comment = get_object_or_404(Comment, pk=pk)
    raw_days = (request.POST.get("days") or "").strip()
    days = parse_id(raw_days) if raw_days else None
    try:
        if raw_days and days is None:
            raise ValidationError({"days": _("日数は1以上の整数で入力してください。")})
        made = services.sanction_author(
            comment_id=comment.pk,
            kind=request.POST.get("kind", ""),
            days=days,
            reason=request.POST.get("reason", ""),
            actor=request.user,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("投稿者に「%(kind)s」を適用しました。") % {"kind": made.get_kind_display()},
        )
    return redirect(f"{reverse('comments:item', args=[pk])}#author")


@moderator_required
def sanction_list(request):
    active = {"1": True, "0": False}.get(request.GET.get("active", "1"))
    page = Paginator(selectors.sanction_list(active=active), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "comments/workspace/sanctions.html",
        {"page": page, "active": request.GET.get("active", "1")},
    )


@moderator_required
@require_POST
def sanction_lift(request, pk: int):
    found = get_object_or_404(Sanction, pk=pk)
    try:
        services.sanction_lift(
            sanction_id=found.pk, reason=request.POST.get("reason", ""), actor=request.user
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("制裁 #%(id)s を解除しました。") % {"id": found.pk})
    return redirect(request.POST.get("back") or reverse("comments:sanctions"))
