"""The moderator workspace: queue, item view, decisions, audit log, protected persons.

Views stay thin: reads come from selectors, writes from services.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from posts.models import Post

from . import policy, selectors, services
from .exceptions import (
    InvalidTransition,
    ModerationConflict,
    OriginalRestricted,
    UnresolvedHarassment,
)
from .highlight import segments
from .kinds import REJECT_REASONS, all_categories
from .masking import mask
from .models import Comment, Finding, ModerationAction, ProtectedPerson, Sanction
from .notices import DECISION, SHORTCUTS, notify, split_messages
from .policy import MODERATE, VIEW_ORIGINAL
from .validation import clean_spans, has_control_characters, parse_id

AGE_FILTERS = {
    "1h": (None, timedelta(hours=1)),
    "24h": (None, timedelta(hours=24)),
    "7d": (None, timedelta(days=7)),
    "older": (timedelta(days=7), None),
}


def moderator_required(view):
    """Anonymous visitors are sent to log in; signed-in non-moderators get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm(MODERATE):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _text_param(raw: str | None) -> str | None:
    """A free-text filter, or None: PostgreSQL refuses NUL in a parameter (a 500)."""
    if not raw or has_control_characters(raw):
        return None
    return raw


def _queue_filters(params) -> dict:
    reported = {"1": True, "0": False}.get(params.get("reported", ""))
    return {
        "category": _text_param(params.get("category")),
        "post": parse_id(params.get("post")),
        "reported": reported,
    }


def _filtered_queue(params):
    qs = selectors.moderation_queue(**_queue_filters(params))
    age = AGE_FILTERS.get(params.get("age", ""))
    if age:
        now = timezone.now()
        older_than, newer_than = age
        if older_than:
            qs = qs.filter(created_at__lte=now - older_than)
        if newer_than:
            qs = qs.filter(created_at__gte=now - newer_than)
    return qs


@moderator_required
def queue(request):
    qs = _filtered_queue(request.GET).prefetch_related(
        Prefetch("findings", queryset=Finding.objects.order_by("start"))
    )
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    may_see_original = request.user.has_perm(VIEW_ORIGINAL)
    for comment in page.object_list:
        comment.text = selectors.moderator_text(comment, may_see_original=may_see_original)
    active_periods = list(selectors.premoderation_periods(active=True))
    return render(
        request,
        "comments/workspace/queue.html",
        {
            "active_periods": active_periods,
            "reject_reasons": REJECT_REASONS,
            "for_a_look": selectors.published_for_a_look(limit=20),
            "premoderated_posts": {p.post_id for p in active_periods},
            "page": page,
            "counts": selectors.queue_category_counts(),
            "categories": all_categories(),
            "posts": Post.objects.order_by("-published_at").only("pk", "title")[:100],
            "filters": request.GET,
            "query": request.GET.urlencode(),
            "shortcuts_on": selectors.single_key_shortcuts(request.user),
            **_placed_messages(request),
        },
    )


def _placed_messages(request) -> dict:
    """The decision form's and the shortcut setting's messages go beside them."""
    general, placed = split_messages(request, {DECISION, SHORTCUTS})
    return {"general_messages": general, "placed_messages": placed}


def _neighbours(comment: Comment, params) -> tuple[int | None, int | None]:
    ids = list(_filtered_queue(params).values_list("pk", flat=True)[:1000])
    if comment.pk not in ids:
        return (ids[0] if ids else None), None
    at = ids.index(comment.pk)
    return (ids[at + 1] if at + 1 < len(ids) else None), (ids[at - 1] if at else None)


@moderator_required
def item(request, pk: int):
    comment = get_object_or_404(Comment.objects.select_related("post", "parent", "author"), pk=pk)
    return _render_item(request, comment)


def _render_item(request, comment: Comment, *, decide_error: str = "", status: int = 200):
    can_see_original = selectors.original_visible(
        comment, may_see_original=request.user.has_perm(VIEW_ORIGINAL)
    )
    findings = list(comment.findings.select_related("dismissed_by")) if can_see_original else []
    suggested = [f for f in findings if f.kind == Finding.Kind.PERSONAL]
    open_harassment = [
        f for f in findings if f.kind == Finding.Kind.HARASSMENT and f.dismissed_at is None
    ]
    next_id, prev_id = _neighbours(comment, request.GET)
    return render(
        request,
        "comments/workspace/item.html",
        {
            "comment": comment,
            "can_see_original": can_see_original,
            "segments": segments(comment.body, findings) if can_see_original else [],
            "findings": findings,
            "confident_findings": [f for f in findings if f.kind != Finding.Kind.REVIEW],
            "open_review": comment.status in policy.PUBLIC_STATUSES
            and comment.findings.filter(
                kind=Finding.Kind.REVIEW, dismissed_at__isnull=True
            ).exists(),
            "suggested": suggested,
            "open_harassment": open_harassment,
            "decide_error": decide_error,
            "posted": request.POST if request.method == "POST" else {},
            "posted_dismiss": request.POST.getlist("dismiss") if request.method == "POST" else [],
            "preview": mask(comment.body, [f.as_span() for f in suggested])
            if can_see_original
            else "",
            "public_text": selectors.moderator_text(comment, may_see_original=can_see_original),
            "history": selectors.author_history(comment),
            # Earlier texts of an edited or deleted reply: originals, so view_original only.
            "versions": list(comment.versions.all()[:10])
            if request.user.has_perm(VIEW_ORIGINAL)
            else [],
            "author_decisions": selectors.author_recent_decisions(comment),
            "sanctions": list(selectors.author_sanctions(comment)[:10]),
            "can_sanction": comment.status != Comment.Status.PURGED
            and bool(comment.author_id or comment.client_hash),
            "sanction_kinds": Sanction.Kind.choices,
            "actions": comment.actions.select_related("actor")[:20],
            "reports": comment.reports.filter(resolved_at__isnull=True),
            "reject_reasons": REJECT_REASONS,
            "default_reject": policy.default_reject_reason(
                f.category for f in findings if f.dismissed_at is None
            ),
            "categories": all_categories(),
            "next_id": next_id,
            "prev_id": prev_id,
            "query": request.GET.urlencode() or request.POST.get("query", ""),
            "shortcuts_on": selectors.single_key_shortcuts(request.user),
            **_placed_messages(request),
        },
        status=status,
    )


def _spans_from(request, comment: Comment) -> list[dict] | None:
    raw = request.POST.get("spans")
    if raw is None or raw == "":
        return None
    try:
        spans = json.loads(raw)
    except ValueError:
        raise ValidationError({"spans": _("伏せ字の範囲の形式が正しくありません。")}) from None
    if not isinstance(spans, list) or not all(isinstance(s, dict) for s in spans):
        raise ValidationError({"spans": _("伏せ字の範囲の形式が正しくありません。")})
    return spans


@moderator_required
@require_POST
def preview(request, pk: int):
    """Exactly what readers will see after redaction with the chosen spans."""
    comment = get_object_or_404(Comment, pk=pk)
    if not selectors.original_visible(
        comment, may_see_original=request.user.has_perm(VIEW_ORIGINAL)
    ):
        raise PermissionDenied
    try:
        spans = _spans_from(request, comment)
        spans = (
            selectors.suggested_spans(comment)
            if spans is None
            else clean_spans(comment.body, spans)
        )
    except ValidationError as exc:
        return JsonResponse({"detail": " ".join(exc.messages)}, status=400)
    return JsonResponse({"text": mask(comment.body, spans)})


@moderator_required
@require_POST
def decide(request, pk: int):
    comment = get_object_or_404(Comment, pk=pk)
    decision = request.POST.get("decision", "")
    query = request.POST.get("query", "")
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return HttpResponseBadRequest(_("version が必要です。"))
    next_id = parse_id(request.POST.get("next"))
    common = {
        "comment_id": comment.pk,
        "version": version,
        "actor": request.user,
        "reason": request.POST.get("reason", "").strip()[:1000],
    }
    # Harassment findings the moderator judged wrong, with the reason (an override).
    publish = {
        "dismiss": request.POST.getlist("dismiss"),
        "dismiss_note": request.POST.get("dismiss_note", ""),
    }
    try:
        if decision == "approve":
            services.comment_approve(**common, **publish)
            messages.success(request, _("#%(id)s を承認しました。") % {"id": pk})
        elif decision == "redact":
            services.comment_redact(spans=_spans_from(request, comment), **common, **publish)
            messages.success(request, _("#%(id)s を伏せ字にして公開しました。") % {"id": pk})
        elif decision == "reject":
            services.comment_reject(reason_code=request.POST.get("reason_code", ""), **common)
            messages.success(request, _("#%(id)s を却下しました。") % {"id": pk})
        elif decision == "restore":
            services.comment_restore(**common, **publish)
            messages.success(request, _("#%(id)s の直前の判断を取り消しました。") % {"id": pk})
        elif decision == "purge":
            if not policy.may_purge(may_see_original=request.user.has_perm(VIEW_ORIGINAL)):
                raise PermissionDenied
            services.comment_purge(**common)
            messages.success(request, _("#%(id)s を完全消去しました。") % {"id": pk})
        else:
            return HttpResponseBadRequest(_("不明な操作です。"))
    except UnresolvedHarassment as exc:
        # Shown next to the buttons, with the moderator's choices kept.
        comment.refresh_from_db()
        return _render_item(request, comment, decide_error=str(exc), status=422)
    except (ModerationConflict, OriginalRestricted) as exc:
        notify(request, messages.ERROR, str(exc), place=DECISION)
        return redirect(_item_url(pk, query))
    except (InvalidTransition, ValidationError) as exc:
        text = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        notify(request, messages.ERROR, text, place=DECISION)
        return redirect(_item_url(pk, query))
    if next_id is not None:
        return redirect(_item_url(next_id, query))
    return redirect(f"{reverse('comments:queue')}?{query}" if query else reverse("comments:queue"))


def _item_url(pk: int, query: str) -> str:
    url = reverse("comments:item", args=[pk])
    return f"{url}?{query}" if query else url


@moderator_required
@require_POST
def acknowledge(request, pk: int):
    """A comment published with review signals stays up: the signals are closed."""
    comment = get_object_or_404(Comment, pk=pk)
    closed = services.comment_review_acknowledge(
        comment_id=comment.pk, actor=request.user, note=request.POST.get("note", "")
    )
    if closed:
        messages.success(request, _("#%(id)s を確認済みにしました。") % {"id": pk})
    return redirect("comments:queue")


# A ticked comment that changed meanwhile (another moderator, a report) is skipped.
_STALE = (ModerationConflict, InvalidTransition, Comment.DoesNotExist)


def _selected(request) -> list[tuple[int, int]]:
    """The ticked queue items as (id, version) pairs; malformed values are left out."""
    pairs = []
    for value in request.POST.getlist("selected"):
        pk, _sep, version = value.partition(":")
        pk, version = parse_id(pk), parse_id(version)
        if pk is not None and version is not None:
            pairs.append((pk, version))
    return pairs


def _bulk_decide(request, decide, *, done: str, skipped: list[tuple], nothing: str):
    """Apply ``decide(pk, version)`` (one service call) to every ticked item, then say how
    many were done (``done``) and how many each refusal in ``skipped`` — pairs of exception
    classes and their warning — left alone, or ``nothing`` when no item was ticked.
    Messages take ``%(n)s``; any other exception propagates. Back to the queue."""
    n_done, n_skipped = 0, [0] * len(skipped)
    for pk, version in _selected(request):
        try:
            decide(pk, version)
            n_done += 1
        except tuple(exc for kinds, _message in skipped for exc in kinds) as error:
            first = next(i for i, (kinds, _m) in enumerate(skipped) if isinstance(error, kinds))
            n_skipped[first] += 1
    if n_done:
        messages.success(request, done % {"n": n_done})
    for n, (_kinds, message) in zip(n_skipped, skipped, strict=True):
        if n:
            messages.warning(request, message % {"n": n})
    if not n_done and not any(n_skipped):
        messages.info(request, nothing)
    return redirect("comments:queue")


@moderator_required
@require_POST
def bulk_approve(request):
    def approve(pk: int, version: int) -> None:
        services.comment_approve(
            comment_id=pk, version=version, actor=request.user, reason=_("一括承認")
        )

    return _bulk_decide(
        request,
        approve,
        done=_("%(n)s 件を承認しました。"),
        skipped=[
            (_STALE, _("%(n)s 件は他のモデレーターが先に変更したため承認しませんでした。")),
            (
                (UnresolvedHarassment,),
                _(
                    "%(n)s 件は未解決の誹謗中傷の検出があるため承認しませんでした。"
                    "1件ずつ開いて、伏せ字にするか取り下げてください。"
                ),
            ),
        ],
        nothing=_("承認する項目が選ばれていません。"),
    )


@moderator_required
@require_POST
def preferences(request):
    """Turn this moderator's single-letter shortcuts on or off; back to the page they were on."""
    on = request.POST.get("single_key_shortcuts") == "on"
    services.moderator_preference_set(user=request.user, single_key_shortcuts=on)
    notify(
        request,
        messages.SUCCESS,
        _("1文字のショートカットをオンにしました。")
        if on
        else _("1文字のショートカットをオフにしました。"),
        place=SHORTCUTS,
    )
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("comments:queue")
    return redirect(target)


@moderator_required
@require_POST
def bulk_reject(request):
    reason_code = request.POST.get("reason_code", "")
    if reason_code not in REJECT_REASONS:
        messages.error(request, _("却下の理由を一覧から選んでください。"))
        return redirect("comments:queue")

    def reject(pk: int, version: int) -> None:
        services.comment_reject(
            comment_id=pk,
            version=version,
            actor=request.user,
            reason_code=reason_code,
            reason=_("一括却下"),
        )

    return _bulk_decide(
        request,
        reject,
        done=_("%(n)s 件を却下しました。"),
        skipped=[(_STALE, _("%(n)s 件は他のモデレーターが先に変更したため却下しませんでした。"))],
        nothing=_("却下する項目が選ばれていません。"),
    )


def _date(value: str | None):
    try:
        return parse_date(value or "")
    except ValueError:  # well-formed but impossible, e.g. 2026-02-31
        return None


@moderator_required
def audit_log(request):
    params = request.GET
    qs = selectors.moderation_log(
        action=params.get("action")
        if params.get("action") in ModerationAction.Action.values
        else None,
        comment=parse_id(params.get("comment")),
        actor=_text_param(params.get("actor")),
        since=_date(params.get("since")),
        until=_date(params.get("until")),
    )
    page = Paginator(qs, 50).get_page(params.get("page"))
    return render(
        request,
        "comments/workspace/log.html",
        {"page": page, "filters": params, "actions": ModerationAction.Action.choices},
    )


@moderator_required
def dashboard(request):
    """Queue size over 30 days, time to decision, held comments by category per day."""
    from complaints_site import charts

    from .dashboard import dashboard as figures

    data = figures(days=30)
    labels = [d.strftime("%m/%d") for d in data.days]
    return render(
        request,
        "comments/workspace/dashboard.html",
        {
            "data": data,
            "queue_chart": charts.line_chart(
                chart_id="chart-queue",
                title=_("確認待ちの件数（各日の終わり）"),
                points=list(zip(labels, data.queue_size, strict=True)),
            ),
            "held_chart": charts.stacked_bars(
                chart_id="chart-held",
                title=_("確認待ちになった返信（種類別・日別）"),
                labels=labels,
                series=data.held_by_category,
            ),
            "rows": list(zip(labels, data.queue_size, strict=True)),
        },
    )


@moderator_required
def reports(request):
    """Every open report, also below the threshold; reporters are never shown."""
    return render(
        request, "comments/workspace/reports.html", {"reported": selectors.open_reports()}
    )


@moderator_required
def protected_list(request):
    return render(
        request,
        "comments/workspace/protected_list.html",
        {"people": ProtectedPerson.objects.all()},
    )


@moderator_required
def protected_edit(request, pk: int | None = None):
    person = get_object_or_404(ProtectedPerson, pk=pk) if pk else None
    errors: dict = {}
    values = {
        "name": person.name if person else "",
        "aliases": "\n".join(person.aliases) if person else "",
        "handles": "\n".join(person.handles) if person else "",
        "roles": "\n".join(person.roles) if person else "",
        "note": person.note if person else "",
        "active": person.active if person else True,
    }
    if request.method == "POST":
        values = {
            key: request.POST.get(key, "")
            for key in ("name", "aliases", "handles", "roles", "note")
        }
        values["active"] = request.POST.get("active") == "on"
        try:
            services.protected_person_save(person=person, **values)
        except ValidationError as exc:
            errors = exc.message_dict
        else:
            messages.success(
                request, _("保護対象を保存しました。公開中のコメントを再スキャンします。")
            )
            return redirect("comments:protected")
    return render(
        request,
        "comments/workspace/protected_form.html",
        {"person": person, "values": values, "errors": errors},
        status=400 if errors else 200,
    )


@moderator_required
@require_POST
def protected_delete(request, pk: int):
    """Remove a person from the registry (comments already held stay held)."""
    person = get_object_or_404(ProtectedPerson, pk=pk)
    services.protected_person_delete(person=person)
    messages.success(request, _("「%(name)s」を保護対象から削除しました。") % {"name": person.name})
    return redirect("comments:protected")


@moderator_required
def post_findings(request):
    """Posts are not held, but what the scanner found in them is shown here."""
    posts = (
        Post.objects.filter(findings__isnull=False)
        .distinct()
        .prefetch_related(Prefetch("findings", queryset=Finding.objects.order_by("start")))
        .order_by("-published_at")
    )
    rows = [
        (p, segments(services.post_text(title=p.title, body=p.body), list(p.findings.all())))
        for p in posts[:50]
    ]
    return render(request, "comments/workspace/post_findings.html", {"rows": rows})
