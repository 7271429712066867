from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from comments.forms import ReplyForm, ReportForm
from comments.models import Comment
from comments.selectors import comment_thread
from comments.validation import parse_id

from . import selectors
from .models import Post


def post_list(request):
    posts = selectors.post_list()
    return render(request, "posts/post_list.html", {"posts": posts})


def render_post_detail(request, post: Post, *, reply_form: ReplyForm | None = None, status=200):
    own = frozenset(request.session.get("own_comments", []))
    thread = comment_thread(post=post, own_ids=own, user=request.user)
    reply_to = None
    if reply_form is None:
        parent = parse_id(request.GET.get("reply_to"))
        reply_form = ReplyForm(initial={"parent": parent} if parent else {})
    parent_id = reply_form["parent"].value()
    if parent_id:
        reply_to = next(
            (i for i in thread if str(i.comment.pk) == str(parent_id) and not i.placeholder),
            None,
        )
    return render(
        request,
        "posts/post_detail.html",
        {
            "post": post,
            "thread": thread,
            "public_count": sum(
                1
                for i in thread
                if i.comment.status in (Comment.Status.PUBLISHED, Comment.Status.REDACTED)
            ),
            "reply_form": reply_form,
            "reply_to": reply_to,
            "report_form": ReportForm(),
        },
        status=status,
    )


def post_detail(request, slug: str):
    try:
        post = selectors.post_detail(slug=slug)
    except Post.DoesNotExist:
        raise Http404(_("投稿が見つかりません。")) from None
    return render_post_detail(request, post)
