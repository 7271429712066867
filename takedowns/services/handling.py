"""A handler's steps on a removal request: ask for information, record it, send the
author inquiry (意見照会), extend the deadline once, withdraw, decide. Each step is one
transaction: version check, the move from ``transitions``, one event, notices after
commit. Comments are changed only through ``comments.services``.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from comments import services as comment_services
from comments.kinds import TAKEDOWN_REASON
from comments.models import Comment

from .. import notices
from ..exceptions import AlreadyExtended, InquiryPending, RequestConflict
from ..models import AuthorInquiry, TakedownEvent, TakedownRequest
from ..roles import HANDLE
from ..transitions import next_state
from ..validation import clean_choice, clean_text
from .audit import audit_step
from .requests import target_label

Action = TakedownEvent.Action
Outcome = TakedownRequest.Outcome
# The law's period: an author who does not object within 7 days of the inquiry has no
# claim against the platform for the removal (情報流通プラットフォーム対処法 3条2項2号).
INQUIRY_DAYS = 7
MAX_EXTENSION_DAYS = 30
REMOVABLE = (Comment.Status.PENDING, Comment.Status.PUBLISHED, Comment.Status.REDACTED)
REDACTABLE = REMOVABLE
# Masked passages read 〔不適切な表現〕 (the comments' neutral label for masked words).
PASSAGE_CATEGORY = "INSULT"


def _require_handler(actor) -> None:
    if actor is None or not actor.has_perm(HANDLE):
        raise PermissionDenied(_("削除の申出を処理する権限がありません。"))


def _lock(reference: str, version: int) -> TakedownRequest:
    request = TakedownRequest.objects.select_for_update().get(reference=reference)
    if request.version != version:
        raise RequestConflict(reference=reference, current_version=request.version)
    return request


def _move(request: TakedownRequest, *, version: int, action: str, now, **fields) -> str:
    """Apply the move (or in-place step) with the version check; returns the state before."""
    before = request.state
    after = next_state(before, action)
    moved = TakedownRequest.objects.filter(pk=request.pk, version=version, state=before).update(
        state=after, version=F("version") + 1, **fields
    )
    if moved != 1:  # SQLite has no row lock: the conditional UPDATE is the guard
        current = (
            TakedownRequest.objects.filter(pk=request.pk).values_list("version", flat=True).first()
        )
        raise RequestConflict(reference=request.reference, current_version=current)
    return before


def _state_step(
    *, reference: str, version: int, actor, action, to_state, reason: str, now
) -> TakedownRequest:
    """Lock the request at the version the handler saw, move it and audit the step (inside
    the caller's transaction): the whole of a step that only changes the state."""
    request = _lock(reference, version)
    before = _move(request, version=version, action=action, now=now)
    audit_step(
        request=request,
        actor=actor,
        action=action,
        from_state=before,
        to_state=to_state,
        reason=reason,
        at=now,
    )
    return request


def _reload(request: TakedownRequest) -> TakedownRequest:
    request.refresh_from_db()
    return request


def _note(raw, label: str, max_length: int = 2000) -> str:
    try:
        return clean_text(raw, label=label, max_length=max_length)
    except ValidationError as exc:
        raise ValidationError({"reason": exc.error_list}) from None


def takedown_ask_info(*, reference: str, version: int, actor, message) -> TakedownRequest:
    """Ask the requester for more information (e-mail); the request waits as needs_info."""
    _require_handler(actor)
    text = _note(message, _("依頼内容"))
    now = timezone.now()
    with transaction.atomic():
        request = _state_step(
            reference=reference,
            version=version,
            actor=actor,
            action=Action.ASK_INFO,
            to_state=TakedownRequest.State.NEEDS_INFO,
            reason=text,
            now=now,
        )
        context = {"name": request.requester_name, "reference": reference, "message": text}
        to = [request.requester_email]
        transaction.on_commit(lambda: notices.send("needs_info", to=to, context=context))
    return _reload(request)


def takedown_info_received(*, reference: str, version: int, actor, note) -> TakedownRequest:
    """The requester answered (by e-mail): record what they sent; back to received."""
    _require_handler(actor)
    text = _note(note, _("受け取った情報"), 5000)
    now = timezone.now()
    with transaction.atomic():
        request = _state_step(
            reference=reference,
            version=version,
            actor=actor,
            action=Action.INFO_RECEIVED,
            to_state=TakedownRequest.State.RECEIVED,
            reason=text,
            now=now,
        )
    return _reload(request)


def takedown_inquire_author(*, reference: str, version: int, actor) -> TakedownRequest:
    """意見照会: ask each targeted comment's author whether they agree to removal, with a
    7-day answer period. Signed-in authors with an e-mail address are written to;
    anonymous authors cannot be reached, which is recorded (their silence proves nothing).
    The requester's name and address are never passed to the author."""
    _require_handler(actor)
    now = timezone.now()
    due = now + timedelta(days=INQUIRY_DAYS)
    with transaction.atomic():
        request = _lock(reference, version)
        comments = [
            t.comment
            for t in request.targets.select_related("comment__author").filter(comment__isnull=False)
        ]
        if not comments:
            raise ValidationError(
                {"non_field_errors": _("照会できる返信がありません（投稿だけが対象です）。")}
            )
        before = _move(request, version=version, action=Action.INQUIRE, now=now)
        inquiries = []
        for comment in comments:
            author = comment.author
            reachable = author is not None and author.is_active and bool(author.email)
            inquiries.append(
                AuthorInquiry.objects.create(
                    request=request,
                    comment=comment,
                    author=author,
                    channel=(
                        AuthorInquiry.Channel.EMAIL
                        if reachable
                        else AuthorInquiry.Channel.UNREACHABLE
                    ),
                    sent_at=now,
                    answer_due=due,
                )
            )
        audit_step(
            request=request,
            actor=actor,
            action=Action.INQUIRE,
            from_state=before,
            to_state=TakedownRequest.State.AUTHOR_INQUIRED,
            at=now,
            data={
                "inquiries": [{"comment": i.comment_id, "channel": i.channel} for i in inquiries],
                "answer_due": due.isoformat(),
            },
        )
        ids = [i.pk for i in inquiries if i.channel == AuthorInquiry.Channel.EMAIL]
        transaction.on_commit(lambda: _send_inquiries(ids))
    return _reload(request)


def _send_inquiries(inquiry_ids: list[int]) -> None:
    for inquiry in AuthorInquiry.objects.filter(pk__in=inquiry_ids).select_related(
        "request", "comment", "author"
    ):
        notices.send(
            "inquiry",
            to=[inquiry.author.email],
            context={
                "username": inquiry.author.get_username(),
                "comment_id": inquiry.comment_id,
                "posted_at": notices.local(inquiry.comment.created_at),
                "right": inquiry.request.get_right_display(),
                "passage": inquiry.request.passage,
                "explanation": inquiry.request.explanation,
                "due": notices.local(inquiry.answer_due),
                "answer_url": notices.inquiry_url(inquiry.pk),
                "reference": inquiry.request.reference,
            },
        )


def takedown_extend(*, reference: str, version: int, actor, days, reason) -> TakedownRequest:
    """Move the deadline once (e.g. awaiting the author's answer); the requester is told."""
    _require_handler(actor)
    text = _note(reason, _("延長の理由"))
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValidationError(
            {"days": _("延長する日数は1〜%(n)s日で指定してください。") % {"n": MAX_EXTENSION_DAYS}}
        )
    now = timezone.now()
    with transaction.atomic():
        request = _lock(reference, version)
        if request.extended:
            raise AlreadyExtended(
                current=request.state,
                action=Action.EXTEND,
                message=_("回答期限の延長は1回だけです。"),
            )
        deadline = request.deadline + timedelta(days=days)
        before = _move(
            request,
            version=version,
            action=Action.EXTEND,
            now=now,
            deadline=deadline,
            extended=True,
            reminded_at=None,
        )
        audit_step(
            request=request,
            actor=actor,
            action=Action.EXTEND,
            from_state=before,
            to_state=before,
            reason=text,
            at=now,
            data={"from": request.deadline.isoformat(), "to": deadline.isoformat()},
        )
        context = {
            "name": request.requester_name,
            "reference": reference,
            "deadline": notices.local(deadline),
            "reason": text,
        }
        to = [request.requester_email]
        transaction.on_commit(lambda: notices.send("extension", to=to, context=context))
    return _reload(request)


def takedown_withdraw(*, reference: str, version: int, actor, reason) -> TakedownRequest:
    """The requester withdrew the request (recorded by a handler)."""
    _require_handler(actor)
    text = _note(reason, _("取り下げの経緯"))
    now = timezone.now()
    with transaction.atomic():
        request = _state_step(
            reference=reference,
            version=version,
            actor=actor,
            action=Action.WITHDRAW,
            to_state=TakedownRequest.State.WITHDRAWN,
            reason=text,
            now=now,
        )
    return _reload(request)


def pending_inquiries(request: TakedownRequest, *, now) -> list[AuthorInquiry]:
    """Inquiries still within their 7 days and unanswered (reachable authors only)."""
    return [
        i
        for i in request.inquiries.all()
        if i.channel == AuthorInquiry.Channel.EMAIL and not i.answered_at and now < i.answer_due
    ]


def _passage_span(body: str, passage: str) -> list[dict] | None:
    """The requester's passage as a span of the original, when it appears there verbatim."""
    at = body.find(passage.strip()) if passage.strip() else -1
    if at < 0:
        return None
    return [{"start": at, "end": at + len(passage.strip()), "category": PASSAGE_CATEGORY}]


def _spans_by_comment(spans) -> dict[int, list[dict]]:
    chosen: dict[int, list[dict]] = {}
    for span in spans or []:
        chosen.setdefault(span["comment"], []).append(
            {
                "start": span["start"],
                "end": span["end"],
                "category": span.get("category") or PASSAGE_CATEGORY,
            }
        )
    return chosen


def takedown_decide(
    *, reference: str, version: int, actor, outcome, reason, spans=None
) -> TakedownRequest:
    """削除 (remove: tombstone 「申出により非表示」, original kept), 一部削除 (redact: the
    given spans, else the requester's passage where it appears verbatim, else the
    scanner's suggestions) or 不削除 (keep), with reasons. Refused while a reachable
    author is still within their 7 days (``InquiryPending``), except to keep. The
    requester is told the outcome and reasons; on removal or redaction, reachable
    authors too.
    """
    _require_handler(actor)
    try:
        outcome = clean_choice(outcome, choices=Outcome.choices, label=_("判断"))
    except ValidationError as exc:
        raise ValidationError({"outcome": exc.error_list}) from None
    text = _note(reason, _("判断の理由"))
    by_comment = _spans_by_comment(spans)
    now = timezone.now()
    with transaction.atomic():
        request = _lock(reference, version)
        next_state(request.state, Action.DECIDE)  # refuse early, before touching comments
        if outcome != Outcome.KEEP:
            waiting = pending_inquiries(request, now=now)
            if waiting:
                raise InquiryPending(
                    current=request.state,
                    action=Action.DECIDE,
                    message=_(
                        "投稿者の回答期限（%(due)s）まで、削除・一部削除はできません"
                        "（回答があれば判断できます）。"
                    )
                    % {"due": notices.local(max(i.answer_due for i in waiting))},
                )
        targets = list(request.targets.select_related("comment__author"))
        unknown = set(by_comment) - {t.comment_id for t in targets}
        if unknown:
            raise ValidationError({"spans": _("範囲は申出の対象の返信にだけ指定できます。")})
        changed, skipped = [], []
        for target in targets:
            comment = target.comment
            if comment is None or outcome == Outcome.KEEP:
                continue
            comment = Comment.objects.get(pk=comment.pk)  # its current version
            note = f"{reference}: {text}"
            if outcome == Outcome.REMOVE and comment.status in REMOVABLE:
                comment_services.comment_reject(
                    comment_id=comment.pk,
                    version=comment.version,
                    actor=actor,
                    reason_code=TAKEDOWN_REASON,
                    reason=note,
                )
                changed.append(comment.pk)
            elif outcome == Outcome.REDACT and comment.status in REDACTABLE:
                chosen = by_comment.get(comment.pk) or _passage_span(comment.body, request.passage)
                comment_services.comment_redact(
                    comment_id=comment.pk,
                    version=comment.version,
                    actor=actor,
                    spans=chosen,
                    reason=note,
                )
                changed.append(comment.pk)
            else:
                skipped.append(comment.pk)  # already hidden: nothing to do
        before = _move(
            request,
            version=version,
            action=Action.DECIDE,
            now=now,
            outcome=outcome,
            decision_reason=text,
            decided_at=now,
            decided_by=actor,
        )
        authors = _reachable_authors(targets, changed)
        audit_step(
            request=request,
            actor=actor,
            action=Action.DECIDE,
            from_state=before,
            to_state=TakedownRequest.State.DECIDED,
            reason=text,
            at=now,
            data={
                "outcome": outcome,
                "changed": changed,
                "skipped": skipped,
                "within_deadline": now <= request.deadline,
                "notified": ["requester", *[f"author:#{a[0]}" for a in authors]],
                "unreachable": [cid for cid in changed if cid not in {a[0] for a in authors}],
            },
        )
        transaction.on_commit(lambda: _send_decision(request.pk, authors))
    return _reload(request)


def _reachable_authors(targets, changed: list[int]) -> list[tuple[int, str, str]]:
    """(comment id, e-mail, username) of the changed comments' reachable authors."""
    found = []
    for target in targets:
        author = target.comment.author if target.comment_id else None
        if target.comment_id in changed and author and author.is_active and author.email:
            found.append((target.comment_id, author.email, author.get_username()))
    return found


def _send_decision(request_id: int, authors: list[tuple[int, str, str]]) -> None:
    request = TakedownRequest.objects.get(pk=request_id)
    labels = [target_label(t) for t in request.targets.select_related("post")]
    notices.send(
        "decision",
        to=[request.requester_email],
        context={
            "name": request.requester_name,
            "reference": request.reference,
            "outcome": request.get_outcome_display(),
            "reason": request.decision_reason,
            "targets": labels,
        },
    )
    for comment_id, email, username in authors:
        notices.send(
            "author_removal",
            to=[email],
            context={
                "username": username,
                "comment_id": comment_id,
                "outcome": request.get_outcome_display(),
                "reason": request.decision_reason,
                "reference": request.reference,
            },
        )
