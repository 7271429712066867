"""Reader actions on comments: reply and report. Thin: validation and rules live in services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from posts.models import Post
from posts.views import render_post_detail

from . import ratelimit, services
from .client import client_hash, client_ip
from .exceptions import ReportThrottled
from .forms import ReplyForm, ReportForm
from .models import Comment

OWN_COMMENTS_KEY = "own_comments"
# Replies per client per minute through the HTML form.
REPLIES_PER_MINUTE = 10


def remember_own_comment(request, comment: Comment) -> None:
    """Anonymous authors see their own held reply (確認中) for the rest of the session."""
    own = list(request.session.get(OWN_COMMENTS_KEY, []))[-49:]
    own.append(comment.pk)
    request.session[OWN_COMMENTS_KEY] = own


@require_POST
def reply(request, slug: str):
    post = get_object_or_404(Post.objects.visible(), slug=slug)
    form = ReplyForm(request.POST)
    who = (
        f"user:{request.user.pk}"
        if request.user.is_authenticated
        else client_hash(client_ip(request))
    )
    wait = ratelimit.hit("reply", who, limit=REPLIES_PER_MINUTE, window=60)
    if wait is not None:
        form.is_valid()
        form.add_error(
            None,
            _("投稿が続いています。%(s)s秒ほど待ってから、もう一度お試しください。") % {"s": wait},
        )
        response = render_post_detail(request, post, reply_form=form, status=429)
        response["Retry-After"] = str(wait)
        return response
    if form.is_valid():
        try:
            comment = services.comment_submit(
                post=post,
                body=form.cleaned_data["body"],
                parent_id=form.cleaned_data["parent"],
                author=request.user if request.user.is_authenticated else None,
                author_name=form.cleaned_data["author_name"],
                client_ip=client_ip(request),
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            remember_own_comment(request, comment)
            if comment.status == Comment.Status.PENDING:
                messages.info(
                    request,
                    _(
                        "返信を受け付けました。内容を確認中です（確認中）。モデレーターの確認後に公開されます。"
                    ),
                )
            else:
                messages.success(request, _("返信を公開しました。"))
            return redirect(f"{post.get_absolute_url()}#c{comment.pk}")
    return render_post_detail(request, post, reply_form=form, status=400)


@require_POST
def report(request, pk: int):
    comment = get_object_or_404(
        Comment.objects.select_related("post"),
        pk=pk,
        status__in=(Comment.Status.PUBLISHED, Comment.Status.REDACTED),
    )
    form = ReportForm(request.POST)
    target = f"{comment.post.get_absolute_url()}#c{comment.pk}"
    if not form.is_valid():
        messages.error(request, _("通報の理由を選んでください。"))
        return redirect(target)
    try:
        services.comment_report(
            comment_id=comment.pk,
            reporter=request.user if request.user.is_authenticated else None,
            client_ip=client_ip(request),
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
        )
    except ReportThrottled as exc:
        messages.warning(request, str(exc))
    except Comment.DoesNotExist:
        raise Http404 from None
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("通報を受け付けました。ご協力ありがとうございます。"))
    return redirect(target)
