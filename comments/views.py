"""Reader pages of comments: a post's page with its thread and reply form, replying and
reporting. Thin: validation and rules live in services and the policy."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from posts import selectors as post_selectors
from posts.models import Post

from . import form_tokens, policy, ratelimit, selectors, services
from .client import client_hash, client_ip
from .exceptions import AuthorSuspended, EditNotAllowed, ReportThrottled
from .forms import ReplyForm, ReportForm
from .models import Comment
from .notices import comment_place, notify, split_messages
from .policy import PUBLIC_STATUSES
from .validation import parse_id

OWN_COMMENTS_KEY = "own_comments"


def render_post_page(
    request,
    post: Post,
    *,
    reply_form: ReplyForm | None = None,
    selfcheck: services.CheckResult | None = None,
    status: int = 200,
    with_thread: bool = True,
):
    """The post with a page of its thread as this reader sees it, and the reply form.

    A refused reply re-renders only the post and the form (``with_thread=False``): the
    reader is at the form, and a long thread is not rebuilt for every error.
    """
    own = frozenset(request.session.get(OWN_COMMENTS_KEY, []))
    page = (
        selectors.comment_thread_page(
            post=post,
            page=parse_id(request.GET.get("page")) or 1,
            own_ids=own,
            user=request.user,
        )
        if with_thread
        else None
    )
    thread = page.items if page else []
    if reply_form is None:
        parent = parse_id(request.GET.get("reply_to"))
        reply_form = ReplyForm(initial={"form_token": form_tokens.new(), "parent": parent})
    reply_to = _reply_target(post, reply_form["parent"].value(), thread)
    editable, deletable = _own_actions(request, thread)
    general_messages, placed = split_messages(
        request, {comment_place(i.comment.pk) for i in thread}
    )
    return render(
        request,
        "comments/post_detail.html",
        {
            "post": post,
            "thread": thread,
            "page": page,
            "public_count": page.public_count if page else 0,
            "reply_form": reply_form,
            "reply_to": reply_to,
            "report_form": ReportForm(),
            "selfcheck": selfcheck,
            "editable": editable,
            "deletable": deletable,
            # Messages about one comment are shown beside it, the rest at the top.
            "general_messages": general_messages,
            "placed_messages": {int(place[1:]): notes for place, notes in placed.items()},
        },
        status=status,
    )


def _reply_target(post: Post, parent_id, thread: list) -> selectors.ThreadItem | None:
    """The comment being answered: from the page when it is there, else one query."""
    parent_id = parse_id(str(parent_id)) if parent_id else None
    if parent_id is None:
        return None
    shown = next((i for i in thread if i.comment.pk == parent_id and not i.placeholder), None)
    if shown or thread:
        return shown
    found = (
        Comment.objects.filter(pk=parent_id, post=post, status__in=PUBLIC_STATUSES)
        .only("pk", "author_name", "public_body")
        .first()
    )
    return selectors.ThreadItem(found, found.public_body) if found else None


def permalink(request, pk: int):
    """A comment's lasting address: the page of its thread that shows it."""
    comment = get_object_or_404(
        Comment.objects.select_related("post").only("pk", "path", "post_id", "post__slug"),
        pk=pk,
        status__in=PUBLIC_STATUSES,
        post__in=Post.objects.visible(),
    )
    return redirect(_on_its_page(comment.post, comment))


def _on_its_page(post: Post, comment: Comment) -> str:
    page = selectors.thread_page_of(comment)
    query = f"?page={page}" if page > 1 else ""
    return f"{post.get_absolute_url()}{query}#c{comment.pk}"


def post_detail(request, slug: str):
    try:
        post = post_selectors.post_detail(slug=slug)
    except Post.DoesNotExist:
        raise Http404(_("投稿が見つかりません。")) from None
    return render_post_page(request, post)


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
    limit = policy.current().form_replies_per_minute
    wait = ratelimit.hit("reply", who, limit=limit, window=60)
    if wait is not None:
        form.is_valid()
        form.add_error(
            None,
            _("投稿が続いています。%(s)s秒ほど待ってから、もう一度お試しください。") % {"s": wait},
        )
        response = render_post_page(request, post, reply_form=form, status=429, with_thread=False)
        response["Retry-After"] = str(wait)
        return response
    if form.is_valid():
        token = form.cleaned_data["form_token"]
        earlier = form_tokens.claim(token)
        if earlier is not None:
            return _already_sent(request, post, earlier)
        body = form.cleaned_data["body"]
        step = _self_check(request, form, body)
        if isinstance(step, services.CheckResult):
            # The confirm step (without JavaScript): show what would make the reply wait.
            form_tokens.release(token)
            return render_post_page(request, post, reply_form=_confirmed(form), selfcheck=step)
        body = step
        try:
            comment = services.comment_submit(
                post=post,
                body=body,
                parent_id=form.cleaned_data["parent"],
                author=request.user if request.user.is_authenticated else None,
                author_name=form.cleaned_data["author_name"],
                client_ip=client_ip(request),
            )
        except AuthorSuspended as exc:
            form_tokens.release(token)
            form.add_error(None, str(exc))
            return render_post_page(request, post, reply_form=form, status=403, with_thread=False)
        except ValidationError as exc:
            form_tokens.release(token)
            form.add_service_errors(exc)
        else:
            form_tokens.done(token, comment.pk)
            remember_own_comment(request, comment)
            tokens = {**_edit_tokens(request), str(comment.pk): comment.edit_token}
            here = comment_place(comment.pk)
            if comment.status == Comment.Status.PENDING:
                notify(
                    request,
                    messages.INFO,
                    _(
                        "返信を受け付けました。内容を確認中です（確認中）。モデレーターの確認後に公開されます。"
                    ),
                    place=here,
                )
            else:
                notify(request, messages.SUCCESS, _("返信を公開しました。"), place=here)
            response = redirect(_on_its_page(post, comment))
            _keep_edit_tokens(response, tokens)
            return response
    return render_post_page(request, post, reply_form=form, status=400, with_thread=False)


def _already_sent(request, post: Post, earlier: str):
    messages.info(request, _("この返信はすでに送信されています（二重送信は無視しました）。"))
    if earlier.isdigit():
        return redirect(f"{post.get_absolute_url()}#c{earlier}")
    return redirect(f"{post.get_absolute_url()}#reply-form")


def _self_check(request, form: ReplyForm, body: str) -> str | services.CheckResult:
    """The body to submit, or the check result to show first.

    Masked on request; sent as it is once the author has seen the check; otherwise a
    draft that would wait is shown back with its findings. Invalid drafts go straight
    to comment_submit, whose errors are the ones shown.
    """
    action = request.POST.get("selfcheck_action", "")
    if action not in ("masked", "as_is") and form.cleaned_data.get("selfcheck") == "1":
        return body
    try:
        check = services.comment_check(body=body)
    except ValidationError:
        return body
    if action == "masked":
        return check.masked
    if action == "as_is" or check.risk == "publish":
        return body
    return check


EDIT_TOKENS_COOKIE = "edit_tokens"
EDIT_TOKENS_KEPT = 20


def _edit_tokens(request) -> dict[str, str]:
    """The anonymous author's edit secrets ({comment id: token}), from a signed cookie."""
    raw = request.get_signed_cookie(EDIT_TOKENS_COOKIE, default="", salt="edit-tokens")
    try:
        tokens = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in tokens.items()} if isinstance(tokens, dict) else {}


def _keep_edit_tokens(response, tokens: dict[str, str]) -> None:
    kept = dict(list(tokens.items())[-EDIT_TOKENS_KEPT:])
    response.set_signed_cookie(
        EDIT_TOKENS_COOKIE,
        json.dumps(kept),
        salt="edit-tokens",
        max_age=30 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def _own_actions(request, thread: list) -> tuple[set[int], set[int]]:
    """(ids this reader may edit now, ids they may delete) among the shown comments."""
    tokens = _edit_tokens(request)
    config = policy.current()
    now = timezone.now()
    editable, deletable = set(), set()
    for item in thread:
        c = item.comment
        if item.placeholder or not services.is_author(
            c, user=request.user, edit_token=tokens.get(str(c.pk))
        ):
            continue
        if policy.may_edit(is_author=True, status=c.status, age=now - c.created_at, config=config):
            editable.add(c.pk)
        if policy.may_delete(is_author=True, status=c.status):
            deletable.add(c.pk)
    return editable, deletable


def _own_comment(request, pk: int) -> tuple[Comment, str | None]:
    comment = get_object_or_404(Comment.objects.select_related("post"), pk=pk)
    token = _edit_tokens(request).get(str(pk))
    if not services.is_author(comment, user=request.user, edit_token=token):
        raise EditNotAllowed
    return comment, token


def edit(request, pk: int):
    """The author's edit page: within the window, the new text is scanned again."""
    comment, token = _own_comment(request, pk)
    error = ""
    body = comment.body
    if request.method == "POST":
        body = request.POST.get("body", "")
        try:
            edited = services.comment_edit(
                comment_id=comment.pk, body=body, user=request.user, edit_token=token
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            text = (
                _("編集しました。内容を確認中です（モデレーターの確認後に公開されます）。")
                if edited.status == Comment.Status.PENDING
                else _("編集しました。")
            )
            notify(request, messages.SUCCESS, text, place=comment_place(edited.pk))
            return redirect(_on_its_page(edited.post, edited))
    return render(
        request,
        "comments/edit.html",
        {"comment": comment, "body": body, "error": error},
        status=400 if error else 200,
    )


def delete(request, pk: int):
    """The author's delete: a confirm page, then a tombstone."""
    comment, token = _own_comment(request, pk)
    if request.method == "POST":
        deleted = services.comment_delete(
            comment_id=comment.pk, user=request.user, edit_token=token
        )
        messages.success(request, _("返信を削除しました。"))
        return redirect(deleted.post.get_absolute_url())
    return render(request, "comments/delete.html", {"comment": comment})


def _confirmed(form: ReplyForm) -> ReplyForm:
    data = form.data.copy()
    data["selfcheck"] = "1"
    return ReplyForm(data)


@require_POST
def report(request, pk: int):
    comment = get_object_or_404(
        Comment.objects.select_related("post"),
        pk=pk,
        status__in=PUBLIC_STATUSES,
    )
    form = ReportForm(request.POST)
    target = _on_its_page(comment.post, comment)
    here = comment_place(comment.pk)  # messages are shown beside the reported comment
    if not form.is_valid():
        notify(request, messages.ERROR, _("通報の理由を選んでください。"), place=here)
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
        notify(request, messages.WARNING, str(exc), place=here)
    except Comment.DoesNotExist:
        raise Http404 from None
    except ValidationError as exc:
        notify(request, messages.ERROR, " ".join(exc.messages), place=here)
    else:
        notify(
            request,
            messages.SUCCESS,
            _("通報を受け付けました。ご協力ありがとうございます。"),
            place=here,
        )
    return redirect(target)
