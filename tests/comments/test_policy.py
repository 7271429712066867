"""The policy: publish clean replies at once, hold doubtful ones with their findings."""

import pytest

from comments.models import Comment, Finding, ModerationAction
from comments.services import comment_submit
from posts.services import post_create
from tests.factories import PostFactory, ProtectedPersonFactory

pytestmark = pytest.mark.django_db


def test_clean_reply_is_published_with_one_audit_row(post):
    c = comment_submit(post=post, body="サポートの待ち時間が長すぎると思います。")
    assert c.status == Comment.Status.PUBLISHED and c.public_body == c.body
    [a] = ModerationAction.objects.filter(comment=c)
    assert (a.action, a.actor, a.to_status) == ("publish", None, "published")


def test_phone_number_is_held_with_offsets_not_data(post):
    c = comment_submit(post=post, body="この人の番号は０９０ー１２３４ー５６７８です")
    assert c.status == Comment.Status.PENDING and c.public_body == ""
    [f] = Finding.objects.filter(comment=c, kind="personal")
    assert f.category == "PHONE"
    assert c.body[f.start : f.end] == "０９０ー１２３４ー５６７８"
    [a] = ModerationAction.objects.filter(comment=c)
    assert a.action == "hold" and a.data["findings"][0]["category"] == "PHONE"
    assert "1234" not in str(a.data) and "１２３４" not in str(a.data)


def test_harassment_at_a_person_is_held_first_in_priority(post):
    insult = comment_submit(post=post, body="ブログ主は死ね")
    phone = comment_submit(post=post, body="連絡先 03-3333-4444 まで")
    assert insult.status == phone.status == Comment.Status.PENDING
    assert insult.priority < phone.priority
    assert Finding.objects.filter(comment=insult, kind="harassment").exists()


def test_protected_person_name_is_held(post):
    person = ProtectedPersonFactory()
    c = comment_submit(post=post, body="その店員って さとう はなこ でしょ")
    assert c.status == Comment.Status.PENDING
    assert Finding.objects.filter(comment=c, protected_person=person).exists()


def test_premoderation_per_post_holds_everything():
    post = PostFactory(premoderate=True)
    c = comment_submit(post=post, body="こんにちは")
    assert c.status == Comment.Status.PENDING
    assert ModerationAction.objects.get(comment=c).reason_code == "premoderation"


def test_premoderation_site_wide(post, settings):
    settings.COMMENTS_PREMODERATE = True
    assert comment_submit(post=post, body="こんにちは").status == Comment.Status.PENDING


def test_posts_are_scanned_on_save():
    post = post_create(slug="p1", title="苦情", body="担当者の携帯 090-8765-4321 に電話した")
    assert Finding.objects.filter(post=post, category="PHONE").exists()
