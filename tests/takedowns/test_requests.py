"""Filing a removal request: every field validated with a Japanese message, nothing
stored on bad input, the acknowledgement e-mail with reference and deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from comments import services as comment_services
from takedowns.models import TakedownEvent, TakedownRequest, TakedownTarget
from takedowns.services.requests import new_reference

from .fixtures import START, request_for

pytestmark = pytest.mark.django_db


def test_a_request_is_stored_with_reference_deadline_event_and_acknowledgement(
    clock, authored, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        req = request_for(authored)
    assert req.state == "received" and req.version == 1
    assert req.reference.startswith("TD-") and len(req.reference) == 12
    assert req.received_at == START and req.deadline == START + timedelta(days=7)
    assert [t.comment_id for t in req.targets.all()] == [authored.pk]
    event = TakedownEvent.objects.get(request=req)
    assert (event.action, event.to_state, event.data["comments"]) == (
        "receive",
        "received",
        [authored.pk],
    )
    # The client address is kept only as a keyed hash, never in clear.
    assert "192.0.2.44" not in req.client_hash and req.client_hash
    [message] = mail.outbox
    assert message.to == ["taro@example.jp"]
    assert req.reference in message.subject and req.reference in message.body
    assert "2026年3月9日 10:00" in message.body  # the deadline, in Tokyo time


def test_the_deadline_follows_the_setting(clock, authored, settings):
    settings.TAKEDOWNS_DEADLINE_DAYS = 3
    assert request_for(authored).deadline == START + timedelta(days=3)


def test_posts_can_be_targets_with_comments(authored, post):
    req = request_for(authored, targets=[{"comment": authored.pk}, {"post": post.slug}])
    assert {(t.comment_id, t.post_id) for t in req.targets.all()} == {
        (authored.pk, None),
        (None, post.pk),
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("requester_name", "  ", "氏名を入力してください。"),
        ("requester_name", "山田\n太郎", "氏名に使用できない文字"),
        ("email", "not-an-address", "メールアドレスの形式が正しくありません"),
        ("email", "", "メールアドレスを入力してください。"),
        ("relationship", "friend", "申出者の立場を選んでください。"),
        ("right", "copyright", "侵害された権利を選んでください。"),
        ("passage", "", "該当箇所を入力してください。"),
        ("explanation", "x" * 5001, "5000文字以内"),
        ("explanation", "理由\x00", "使用できない文字"),
        ("declared", False, "真実であることを確認してください"),
        ("targets", [], "1件以上指定してください"),
        ("targets", [{"comment": 999999}], "見つかりません"),
        ("targets", [{"post": "no-such-post"}], "no-such-post"),
        ("targets", [{"comment": "1"}], "で指定してください"),
        ("targets", [{"comment": 1, "post": "x"}], "で指定してください"),
        ("targets", [{"comment": n} for n in range(1, 30)], "20件まで"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_stored(
    authored, field, value, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as exc:
        request_for(authored, **{field: value})
    errors = exc.value.message_dict
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert not TakedownRequest.objects.exists() and not TakedownTarget.objects.exists()
    assert not TakedownEvent.objects.exists() and mail.outbox == []


def test_several_errors_come_back_together(authored):
    with pytest.raises(ValidationError) as exc:
        request_for(authored, requester_name="", email="x", right="")
    assert set(exc.value.message_dict) == {"requester_name", "email", "right"}


def test_hidden_comments_cannot_be_targeted(authored, senior_moderator):
    comment_services.comment_reject(
        comment_id=authored.pk, version=authored.version, actor=senior_moderator, reason_code="spam"
    )
    with pytest.raises(ValidationError) as exc:
        request_for(authored)
    assert f"#{authored.pk}" in exc.value.message_dict["targets"][0]


def test_references_are_unique():
    assert len({new_reference() for _ in range(200)}) == 200
