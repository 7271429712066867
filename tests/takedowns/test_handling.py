"""A handler's steps: the state machine, the 7-day author inquiry with a frozen clock,
decisions through comments' services (tombstone, redaction), notices, the version rule,
the one extension, reminders and permissions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from comments.exceptions import InvalidTransition, ModerationConflict
from comments.models import Comment, ModerationAction
from comments.selectors import comment_thread
from takedowns import services
from takedowns.exceptions import AlreadyExtended, InquiryPending, RequestConflict
from takedowns.models import AuthorInquiry, TakedownEvent, TakedownRequest
from takedowns.transitions import TRANSITIONS, next_state

from .fixtures import START, request_for

pytestmark = pytest.mark.django_db
State = TakedownRequest.State


# --- the transition table ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "action", "after"),
    [
        ("received", "ask_info", "needs_info"),
        ("needs_info", "info_received", "received"),
        ("received", "inquire", "author_inquired"),
        ("needs_info", "inquire", "author_inquired"),
        ("author_inquired", "decide", "decided"),
        ("received", "decide", "decided"),
        ("author_inquired", "withdraw", "withdrawn"),
        ("author_inquired", "answer", "author_inquired"),
        ("received", "extend", "received"),
    ],
)
def test_allowed_moves(state, action, after):
    assert next_state(state, action) == after


@pytest.mark.parametrize(
    ("state", "action"),
    [
        ("decided", "decide"),
        ("decided", "inquire"),
        ("withdrawn", "decide"),
        ("withdrawn", "extend"),
        ("author_inquired", "inquire"),
        ("received", "answer"),
        ("received", "info_received"),
        ("needs_info", "ask_info"),
        ("received", "nonsense"),
        ("nonsense", "decide"),
    ],
)
def test_refused_moves(state, action):
    with pytest.raises(InvalidTransition):
        next_state(state, action)


def test_final_states_have_no_way_out():
    assert not [key for key in TRANSITIONS if key[0] in (State.DECIDED, State.WITHDRAWN)]


# --- the flow ------------------------------------------------------------------------------
def _inquire(req, handler, capture):
    with capture(execute=True):
        return services.takedown_inquire_author(
            reference=req.reference, version=req.version, actor=handler
        )


def test_inquiry_mails_the_signed_in_author_and_records_the_anonymous_one(
    clock, authored, anonymous, handler, django_capture_on_commit_callbacks
):
    req = request_for(authored, anonymous)
    req = _inquire(req, handler, django_capture_on_commit_callbacks)
    assert req.state == State.AUTHOR_INQUIRED and req.version == 2
    by_comment = {i.comment_id: i for i in AuthorInquiry.objects.filter(request=req)}
    assert by_comment[authored.pk].channel == "email"
    assert by_comment[anonymous.pk].channel == "unreachable"
    assert by_comment[authored.pk].answer_due == START + timedelta(days=7)
    [message] = mail.outbox
    assert message.to == ["writer@example.jp"]
    assert "意見照会" in message.subject
    assert f"/takedown/inquiries/{by_comment[authored.pk].pk}/" in message.body
    # The requester's identity is never passed to the author.
    assert "山田" not in message.body and "taro@example.jp" not in message.body
    event = TakedownEvent.objects.get(request=req, action="inquire")
    assert event.data["inquiries"] == [
        {"comment": authored.pk, "channel": "email"},
        {"comment": anonymous.pk, "channel": "unreachable"},
    ]


def test_removal_waits_for_the_seven_days_then_removes_with_tombstone_and_notices(
    clock, authored, handler, post, django_capture_on_commit_callbacks
):
    req = _inquire(request_for(authored), handler, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    clock.advance(days=6, hours=23)
    with pytest.raises(InquiryPending) as exc:
        services.takedown_decide(
            reference=req.reference, version=2, actor=handler, outcome="remove", reason="r"
        )
    assert exc.value.code == "inquiry_pending"
    assert Comment.objects.get(pk=authored.pk).status == "published"
    clock.advance(hours=1)  # the 7 days are over without an objection
    with django_capture_on_commit_callbacks(execute=True):
        req = services.takedown_decide(
            reference=req.reference,
            version=req.version,
            actor=handler,
            outcome="remove",
            reason="名誉を毀損する表現で、投稿者から異議もありませんでした。",
        )
    assert (req.state, req.outcome, req.decided_by) == ("decided", "remove", handler)
    comment = Comment.objects.get(pk=authored.pk)
    assert comment.status == "rejected" and comment.body  # the original is kept
    action = ModerationAction.objects.filter(comment=comment, action="reject").get()
    assert action.reason_code == "takedown" and req.reference in action.reason
    # Readers see the tombstone, even with no reply below it.
    [item] = [i for i in comment_thread(post=post) if i.comment.pk == comment.pk]
    assert item.placeholder and item.text == "申出により非表示"
    assert {tuple(m.to) for m in mail.outbox} == {("taro@example.jp",), ("writer@example.jp",)}
    to_requester = next(m for m in mail.outbox if m.to == ["taro@example.jp"])
    assert "削除" in to_requester.body and "異議もありませんでした" in to_requester.body
    event = TakedownEvent.objects.get(request=req, action="decide")
    assert event.data["changed"] == [authored.pk] and event.data["within_deadline"] is True


def test_an_objection_is_recorded_and_allows_a_decision_before_the_seven_days(
    clock, authored, author, handler, django_capture_on_commit_callbacks
):
    req = _inquire(request_for(authored), handler, django_capture_on_commit_callbacks)
    inquiry = AuthorInquiry.objects.get(request=req)
    with pytest.raises(ValidationError) as exc:
        services.takedown_inquiry_answer(inquiry_id=inquiry.pk, user=author, answer="object")
    assert "理由を入力してください" in exc.value.message_dict["reason"][0]
    clock.advance(days=2)
    services.takedown_inquiry_answer(
        inquiry_id=inquiry.pk, user=author, answer="object", reason="事実を書いただけです。"
    )
    inquiry.refresh_from_db()
    assert (inquiry.answer, inquiry.answered_at) == ("object", START + timedelta(days=2))
    with pytest.raises(ValidationError):  # once only
        services.takedown_inquiry_answer(inquiry_id=inquiry.pk, user=author, answer="agree")
    req = services.takedown_decide(
        reference=req.reference, version=req.version, actor=handler, outcome="remove", reason="r"
    )
    assert Comment.objects.get(pk=authored.pk).status == "rejected"
    answer = TakedownEvent.objects.get(request=req, action="answer")
    assert answer.actor == author and answer.data == {
        "comment": authored.pk,
        "answer": "object",
        "late": False,
    }


def test_only_the_author_may_answer(authored, handler, reader, django_capture_on_commit_callbacks):
    req = _inquire(request_for(authored), handler, django_capture_on_commit_callbacks)
    inquiry = AuthorInquiry.objects.get(request=req)
    with pytest.raises(PermissionDenied):
        services.takedown_inquiry_answer(inquiry_id=inquiry.pk, user=reader, answer="agree")


def test_anonymous_authors_do_not_block_a_decision(anonymous, handler):
    req = services.takedown_inquire_author(
        reference=request_for(anonymous).reference, version=1, actor=handler
    )
    req = services.takedown_decide(
        reference=req.reference, version=req.version, actor=handler, outcome="remove", reason="r"
    )
    event = TakedownEvent.objects.get(request=req, action="decide")
    assert event.data["unreachable"] == [anonymous.pk]


def test_redaction_masks_the_requesters_passage(authored, handler, post):
    req = request_for(authored)
    services.takedown_decide(
        reference=req.reference, version=1, actor=handler, outcome="redact", reason="一部のみ"
    )
    comment = Comment.objects.get(pk=authored.pk)
    assert comment.status == "redacted"
    assert "態度も悪かった" not in comment.public_body and "〔不適切な表現〕" in comment.public_body
    assert comment.body.endswith("態度も悪かった")  # the original is kept


def test_keep_changes_no_comment_and_tells_the_requester_only(
    authored, handler, django_capture_on_commit_callbacks
):
    req = request_for(authored)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.takedown_decide(
            reference=req.reference, version=1, actor=handler, outcome="keep", reason="正当な批判"
        )
    assert Comment.objects.get(pk=authored.pk).status == "published"
    [message] = mail.outbox
    assert message.to == ["taro@example.jp"] and "不削除" in message.body


def test_a_stale_version_is_a_conflict_and_changes_nothing(authored, handler):
    req = request_for(authored)
    services.takedown_ask_info(reference=req.reference, version=1, actor=handler, message="身分証")
    with pytest.raises(RequestConflict) as exc:
        services.takedown_decide(
            reference=req.reference, version=1, actor=handler, outcome="remove", reason="r"
        )
    assert isinstance(exc.value, ModerationConflict) and exc.value.current_version == 2
    assert Comment.objects.get(pk=authored.pk).status == "published"


def test_bad_decisions_are_refused(authored, handler):
    req = request_for(authored)
    for outcome, reason, field in [("erase", "r", "outcome"), ("remove", " ", "reason")]:
        with pytest.raises(ValidationError) as exc:
            services.takedown_decide(
                reference=req.reference, version=1, actor=handler, outcome=outcome, reason=reason
            )
        assert field in exc.value.message_dict


def test_ask_info_and_info_received_round_trip(
    authored, handler, django_capture_on_commit_callbacks
):
    req = request_for(authored)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        req = services.takedown_ask_info(
            reference=req.reference, version=1, actor=handler, message="該当箇所の特定を"
        )
    assert req.state == "needs_info" and "該当箇所の特定を" in mail.outbox[0].body
    req = services.takedown_info_received(
        reference=req.reference, version=2, actor=handler, note="返信で特定された"
    )
    assert req.state == "received"


def test_the_deadline_can_be_extended_once_and_the_requester_is_told(
    clock, authored, handler, django_capture_on_commit_callbacks
):
    req = request_for(authored)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        req = services.takedown_extend(
            reference=req.reference, version=1, actor=handler, days=7, reason="投稿者の回答待ち"
        )
    assert req.deadline == START + timedelta(days=14) and req.extended
    assert "2026年3月16日" in mail.outbox[0].body
    with pytest.raises(AlreadyExtended):
        services.takedown_extend(
            reference=req.reference, version=req.version, actor=handler, days=1, reason="again"
        )
    with pytest.raises(ValidationError):
        services.takedown_extend(
            reference=request_for(authored).reference, version=1, actor=handler, days=0, reason="r"
        )


def test_withdrawn_requests_accept_nothing_more(authored, handler):
    req = request_for(authored)
    req = services.takedown_withdraw(
        reference=req.reference, version=1, actor=handler, reason="申出者から取り下げの連絡"
    )
    assert req.state == "withdrawn"
    with pytest.raises(InvalidTransition):
        services.takedown_decide(
            reference=req.reference, version=req.version, actor=handler, outcome="keep", reason="r"
        )


def test_only_handlers_may_act(authored, moderator):
    req = request_for(authored)
    with pytest.raises(PermissionDenied):
        services.takedown_decide(
            reference=req.reference, version=1, actor=moderator, outcome="remove", reason="r"
        )
    assert TakedownRequest.objects.get(pk=req.pk).state == "received"


def test_handlers_are_reminded_once_a_day_before_the_deadline(
    clock, authored, handler, django_capture_on_commit_callbacks
):
    req = request_for(authored)
    mail.outbox.clear()
    clock.advance(days=5, hours=23)
    assert services.takedown_remind_due() == 0
    clock.advance(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.takedown_remind_due() == 1
        assert services.takedown_remind_due() == 0  # once
    [message] = mail.outbox
    assert message.to == ["handler@example.jp"] and req.reference in message.body
    assert TakedownEvent.objects.filter(request=req, action="remind").count() == 1


def test_overdue_requests_are_flagged(clock, authored):
    req = request_for(authored)
    assert not req.overdue()
    clock.advance(days=7, seconds=1)
    assert req.overdue()
