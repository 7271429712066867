"""The author's answer to an inquiry (意見照会): 同意 or 不同意 with reasons, given once,
by the author of the comment only. A late answer is recorded and marked late."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import AuthorInquiry, TakedownEvent, TakedownRequest
from ..transitions import next_state
from ..validation import clean_choice, clean_text
from .audit import audit_step

Answer = AuthorInquiry.Answer


def takedown_inquiry_answer(*, inquiry_id: int, user, answer, reason="") -> AuthorInquiry:
    """Record the author's answer. Objecting needs reasons; agreeing may give some."""
    errors = {}
    try:
        answer = clean_choice(answer, choices=Answer.choices, label=_("回答"))
    except ValidationError as exc:
        errors["answer"] = exc.error_list
    text = ""
    if answer == Answer.OBJECT or (isinstance(reason, str) and reason.strip()):
        try:
            text = clean_text(reason, label=_("理由"), max_length=5000)
        except ValidationError as exc:
            errors["reason"] = exc.error_list
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    with transaction.atomic():
        inquiry = (
            AuthorInquiry.objects.select_for_update().select_related("request").get(pk=inquiry_id)
        )
        if user is None or not user.is_authenticated or inquiry.author_id != user.pk:
            raise PermissionDenied(_("この照会に回答できるのは、返信の投稿者だけです。"))
        request: TakedownRequest = inquiry.request
        next_state(request.state, TakedownEvent.Action.ANSWER)  # only while inquired
        answered = AuthorInquiry.objects.filter(pk=inquiry.pk, answered_at__isnull=True).update(
            answer=answer, answer_reason=text, answered_at=now
        )
        if answered != 1:
            raise ValidationError({"answer": _("この照会にはすでに回答済みです。")})
        audit_step(
            request=request,
            actor=user,
            action=TakedownEvent.Action.ANSWER,
            from_state=request.state,
            to_state=request.state,
            reason=text,
            at=now,
            data={
                "comment": inquiry.comment_id,
                "answer": answer,
                "late": now > inquiry.answer_due,
            },
        )
    inquiry.refresh_from_db()
    return inquiry
