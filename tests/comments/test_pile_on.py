"""Pile-on control: three held comments aimed at one target within the window switch the
post to pre-moderation for a day; moderators are told, end it early or extend it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from comments import services
from comments.models import Comment, ModerationAction, Premoderation, TargetMention
from tests.factories import ProtectedPersonFactory, UserFactory

pytestmark = pytest.mark.django_db


def submit(post, body, n):
    return services.comment_submit(post=post, body=body, client_ip=f"198.51.100.{n}")


def test_three_held_attacks_on_one_person_start_a_surge(
    post, moderator, django_capture_on_commit_callbacks
):
    ProtectedPersonFactory()
    moderator.email = "mod@example.jp"
    moderator.save()
    with django_capture_on_commit_callbacks(execute=True):
        for n, body in enumerate(
            ["佐藤花子は辞めろ", "佐藤花子の家を特定しよう", "佐藤花子ってバカ"]
        ):
            assert submit(post, body, n).status == "pending"
    period = Premoderation.objects.get(post=post)
    assert period.reason == "surge" and period.started_by is None
    assert period.until - period.started_at == timedelta(hours=24)
    row = ModerationAction.objects.get(action="premod_start")
    assert row.post_id == post.pk and row.actor is None and row.data["comments"] == 3
    # Names are kept only as keys: protected ids or keyed hashes, never the text.
    assert not TargetMention.objects.filter(key__contains="佐藤").exists()
    [message] = mail.outbox
    assert message.to == ["mod@example.jp"] and post.title in message.subject
    # Every new reply now waits, even a clean one.
    clean = submit(post, "いつも楽しく読んでいます", 9)
    assert clean.status == "pending"
    state = services.post_premoderation_state(post=post)
    assert (state.active, state.reason) == (True, "surge")


def test_attacks_on_different_people_or_clean_replies_start_nothing(post):
    submit(post, "ブログ主はバカ", 1)
    submit(post, "鈴木一郎の電話は090-1234-5678", 2)
    submit(post, "サポートの対応が遅い", 3)
    submit(post, "電話番号は03-1234-5678です", 4)  # data aimed at no one
    assert not Premoderation.objects.exists()


def test_the_blogger_counts_as_one_target(post):
    for n, body in enumerate(["ブログ主はバカ", "主さん頭おかしい", "ブログ主は消えろ"]):
        submit(post, body, n)
    assert Premoderation.objects.get(post=post).reason == "surge"


def test_outside_the_window_nothing_starts(post, settings):
    settings.COMMENTS_SURGE_WINDOW_MINUTES = 60
    first = submit(post, "ブログ主はバカ", 1)
    TargetMention.objects.filter(comment=first).update(
        created_at=timezone.now() - timedelta(hours=2)
    )
    submit(post, "主さん頭おかしい", 2)
    submit(post, "ブログ主は消えろ", 3)
    assert not Premoderation.objects.exists()


def test_the_threshold_is_a_setting(post, settings):
    settings.COMMENTS_SURGE_THRESHOLD = 2
    submit(post, "ブログ主はバカ", 1)
    submit(post, "ブログ主は消えろ", 2)
    assert Premoderation.objects.filter(post=post).exists()


def test_moderators_end_and_extend(post, moderator):
    period = services.premoderation_start(post=post, actor=moderator, note="荒れ気味", hours=2)
    assert submit(post, "こんにちは", 1).status == "pending"
    before = period.until
    period = services.premoderation_extend(
        period_id=period.pk, actor=moderator, hours=3, note="まだ続く"
    )
    assert period.until - before == timedelta(hours=3)
    services.premoderation_end(period_id=period.pk, actor=moderator, note="落ち着いた")
    assert submit(post, "こんにちは", 2).status == "published"
    actions = list(
        ModerationAction.objects.filter(post=post).order_by("id").values_list("action", flat=True)
    )
    assert actions == ["premod_start", "premod_extend", "premod_end"]
    with pytest.raises(ValidationError):
        services.premoderation_end(period_id=period.pk, actor=moderator, note="二度目")


@pytest.mark.parametrize(("note", "hours"), [("", None), ("x", 0), ("x", -1), ("x", 10**6)])
def test_bad_input_is_refused(post, moderator, note, hours):
    with pytest.raises(ValidationError):
        services.premoderation_start(post=post, actor=moderator, note=note, hours=hours)
    assert not Premoderation.objects.exists()


def test_one_period_at_a_time(post, moderator):
    services.premoderation_start(post=post, actor=moderator, note="a")
    with pytest.raises(ValidationError):
        services.premoderation_start(post=post, actor=moderator, note="b")


def test_an_expired_period_no_longer_holds(post, moderator):
    period = services.premoderation_start(post=post, actor=moderator, note="a", hours=1)
    Premoderation.objects.filter(pk=period.pk).update(until=timezone.now() - timedelta(minutes=1))
    assert submit(post, "こんにちは", 1).status == "published"


# --- workspace and API --------------------------------------------------------------------
def test_queue_banner_badge_and_controls(client, moderator, post):
    for n, body in enumerate(["ブログ主はバカ", "主さん頭おかしい", "ブログ主は消えろ"]):
        submit(post, body, n)
    client.force_login(moderator)
    queue = client.get(reverse("comments:queue")).content.decode()
    assert 'id="premod-banner"' in queue and "同じ対象への集中" in queue
    assert 'class="badge premod"' in queue
    period = Premoderation.objects.get()
    response = client.post(
        reverse("comments:premoderation-end", args=[period.pk]), {"note": "対応済み"}
    )
    assert response.status_code == 302
    assert "premod-banner" not in client.get(reverse("comments:queue")).content.decode()


def test_manual_switch_from_the_workspace(client, moderator, post):
    client.force_login(moderator)
    page = client.get(reverse("comments:premoderation")).content.decode()
    assert 'id="premod-start"' in page
    client.post(
        reverse("comments:premoderation-start"),
        {"post": post.pk, "hours": "", "note": "炎上の兆候"},
    )
    period = Premoderation.objects.get()
    assert (period.reason, period.until, period.started_by) == ("manual", None, moderator)
    response = client.post(
        reverse("comments:premoderation-start"), {"post": post.pk, "note": "again"}, follow=True
    )
    assert "すでに事前確認中" in response.content.decode()


def test_non_moderators_cannot_switch(client, post):
    client.force_login(UserFactory())
    response = client.post(reverse("comments:premoderation-start"), {"post": post.pk, "note": "x"})
    assert response.status_code == 403 and not Premoderation.objects.exists()


def test_held_comments_count_once_per_target(post):
    c = submit(post, "ブログ主はバカ、ブログ主は消えろ", 1)
    assert c.status == "pending"
    assert TargetMention.objects.filter(comment=c).count() == 1
    assert Comment.objects.count() == 1
