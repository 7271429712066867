"""Public pages: the request form 「削除の申出」 and its acknowledgement, the author's
answer to an inquiry, 「削除基準」 and 「透明性レポート」. Thin: rules live in services,
reads in selectors and report/standards modules."""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from comments import ratelimit
from comments.client import client_hash, client_ip

from . import report, selectors, services, standards
from .forms import FIELD_OF, AnswerForm, TakedownRequestForm
from .models import AuthorInquiry
from .validation import parse_comment_refs

RECEIVED_KEY = "takedown_received"
_POST_PATH = re.compile(r"/posts/([A-Za-z0-9_-]+)/?")


def put_errors(form, exc: ValidationError) -> None:
    """A service's per-field errors onto the form (unknown fields: the whole form)."""
    for field, messages in exc.message_dict.items():
        name = FIELD_OF.get(field, field)
        form.add_error(name if name in form.fields else None, messages)


def _targets(form) -> list[dict]:
    ids = parse_comment_refs(form.cleaned_data["comments"])
    targets: list[dict] = [{"comment": i} for i in ids]
    raw = form.cleaned_data["post"].strip()
    if raw:
        match = _POST_PATH.search(raw)
        targets.append({"post": match.group(1) if match else raw})
    return targets


def _page(request, form, status: int = 200):
    context = {"form": form, "deadline_days": settings.TAKEDOWNS_DEADLINE_DAYS}
    return render(request, "takedowns/request.html", context, status=status)


def request_page(request):
    if request.method != "POST":
        initial = {}
        comment = request.GET.get("comment", "")
        if comment.isdigit() and len(comment) <= 19:
            initial["comments"] = f"#{comment}"
        return _page(request, TakedownRequestForm(initial=initial))
    form = TakedownRequestForm(request.POST)
    ip = client_ip(request)
    limit = settings.TAKEDOWNS_REQUESTS_PER_HOUR
    wait = ratelimit.hit("takedown", client_hash(ip) or "unknown", limit=limit, window=3600)
    if wait is not None:
        form.is_valid()
        form.add_error(
            None,
            _("申出が続いています。約%(m)s分後にもう一度お試しください。") % {"m": wait // 60 + 1},
        )
        response = _page(request, form, status=429)
        response["Retry-After"] = str(wait)
        return response
    if form.is_valid():
        try:
            targets = _targets(form)
        except ValidationError as exc:
            form.add_error("comments", exc.messages)
        else:
            try:
                created = services.takedown_request_submit(
                    requester_name=form.cleaned_data["requester_name"],
                    email=form.cleaned_data["email"],
                    relationship=form.cleaned_data["relationship"],
                    right=form.cleaned_data["right"],
                    passage=form.cleaned_data["passage"],
                    explanation=form.cleaned_data["explanation"],
                    declared=form.cleaned_data["declared"],
                    targets=targets,
                    client_ip=ip,
                )
            except ValidationError as exc:
                put_errors(form, exc)
            else:
                request.session[RECEIVED_KEY] = created.reference
                return redirect("takedowns:received")
    return _page(request, form, status=400)


def received(request):
    """The acknowledgement: only the browser that filed the request sees it."""
    reference = request.session.get(RECEIVED_KEY)
    found = selectors.takedown_queue().filter(reference=reference).first() if reference else None
    if found is None:
        return redirect("takedowns:request")
    return render(request, "takedowns/received.html", {"req": found})


@login_required
def inquiry(request, pk: int):
    """The author's answer to an inquiry (意見照会): 同意 or 不同意 with reasons."""
    try:
        found = selectors.inquiry_for_author(inquiry_id=pk, user=request.user)
    except AuthorInquiry.DoesNotExist:
        raise Http404(_("照会が見つかりません。")) from None
    form = AnswerForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            found = services.takedown_inquiry_answer(
                inquiry_id=found.pk,
                user=request.user,
                answer=form.cleaned_data["answer"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            put_errors(form, exc)
            status = 400
        except PermissionDenied:
            raise
        else:
            return redirect("takedowns:inquiry", pk=found.pk)
    return render(
        request, "takedowns/inquiry.html", {"inquiry": found, "form": form}, status=status
    )


def standards_page(request):
    return render(request, "takedowns/standards.html", standards.removal_standards())


def transparency_page(request):
    data = report.transparency_report()
    context = {"report": data, "charts": report.report_charts(data)}
    return render(request, "takedowns/transparency.html", context)
