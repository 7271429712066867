"""The handlers' workspace: the requests queue (by deadline), one request with its
targets and history, the steps (forms posting to one view), and sender-information
disclosure with its access log. Thin: reads from selectors, writes from services."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from comments.exceptions import InvalidTransition, ModerationConflict, UnresolvedHarassment

from . import selectors, services
from .forms import DiscloseForm
from .models import TakedownRequest
from .roles import DISCLOSE_SENDER, HANDLE


def _needs(permission: str):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perm(permission):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


handler_required = _needs(HANDLE)


@handler_required
def queue(request):
    state = request.GET.get("state") or None
    if state not in TakedownRequest.State.values:
        state = None
    overdue = {"1": True, "0": False}.get(request.GET.get("overdue", ""))
    rows = selectors.takedown_queue(state=state, overdue=overdue)
    if state is None and overdue is None and request.GET.get("all") != "1":
        rows = selectors.open_takedown_queue()
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "takedowns/workspace/queue.html",
        {
            "page": page,
            "now": timezone.now(),
            "states": TakedownRequest.State.choices,
            "state": state,
            "overdue": request.GET.get("overdue", ""),
        },
    )


@handler_required
def item(request, reference: str):
    try:
        detail = selectors.takedown_detail(reference=reference)
    except TakedownRequest.DoesNotExist:
        raise Http404(_("申出が見つかりません。")) from None
    now = timezone.now()
    return render(
        request,
        "takedowns/workspace/item.html",
        {
            "d": detail,
            "req": detail.request,
            "now": now,
            "waiting": services.pending_inquiries(detail.request, now=now),
            "outcomes": TakedownRequest.Outcome.choices,
        },
    )


def _int(raw) -> int | None:
    return int(raw) if isinstance(raw, str) and raw.isdigit() and len(raw) <= 9 else None


STEPS = {
    "ask_info": lambda r, p, common: services.takedown_ask_info(**common, message=p.get("reason")),
    "info_received": lambda r, p, common: services.takedown_info_received(
        **common, note=p.get("reason")
    ),
    "inquire": lambda r, p, common: services.takedown_inquire_author(**common),
    "extend": lambda r, p, common: services.takedown_extend(
        **common, days=_int(p.get("days")), reason=p.get("reason")
    ),
    "withdraw": lambda r, p, common: services.takedown_withdraw(**common, reason=p.get("reason")),
    "decide": lambda r, p, common: services.takedown_decide(
        **common, outcome=p.get("outcome"), reason=p.get("reason")
    ),
}
DONE = {
    "ask_info": _("申出者に追加の情報を依頼しました。"),
    "info_received": _("追加の情報を記録しました。"),
    "inquire": _("投稿者に意見照会を送りました（回答期間7日）。"),
    "extend": _("回答期限を延長し、申出者に知らせました。"),
    "withdraw": _("取り下げとして記録しました。"),
    "decide": _("判断を記録し、通知を送りました。"),
}


@require_POST
@handler_required
def step(request, reference: str):
    name = request.POST.get("step", "")
    if name not in STEPS:
        messages.error(request, _("操作を選んでください。"))
        return redirect("takedowns:item", reference=reference)
    version = _int(request.POST.get("version"))
    common = {"reference": reference, "version": version or 0, "actor": request.user}
    try:
        STEPS[name](request, request.POST, common)
    except TakedownRequest.DoesNotExist:
        raise Http404(_("申出が見つかりません。")) from None
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except (ModerationConflict, InvalidTransition, UnresolvedHarassment) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, DONE[name])
    return redirect("takedowns:item", reference=reference)


@_needs(DISCLOSE_SENDER)
def disclose(request):
    """Decrypt one comment's connection data, with a legal basis; every access is listed."""
    form = DiscloseForm(request.POST or None)
    shown = None
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            shown = services.sender_disclose(
                comment_id=form.cleaned_data["comment"],
                actor=request.user,
                basis_kind=form.cleaned_data["basis_kind"],
                basis=form.cleaned_data["basis"],
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            status = 400
    elif request.method == "POST":
        status = 400
    page = Paginator(selectors.disclosure_log(), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "takedowns/workspace/disclose.html",
        {
            "form": form,
            "shown": shown,
            "page": page,
            "enabled": services.sender_cipher() is not None,
        },
        status=status,
    )
