"""A moderator suspends an anonymous author from the item page; the author's next reply
is refused with a message saying until when."""

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment, Sanction
from comments.roles import MODERATORS, ensure_groups
from tests.factories import PostFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_sanction_is_enforced_on_the_form(live_server, new_page):
    post = PostFactory(slug="gym")
    ensure_groups()
    UserFactory(username="mod-s").groups.add(Group.objects.get(name=MODERATORS))
    url = f"{live_server.url}{post.get_absolute_url()}"

    reader = new_page()
    reader.goto(url)
    reader.fill("textarea[name=body]", "当該トレーナーの家、駅から近いらしいね")
    with reader.expect_navigation():
        reader.click("button:has-text('返信を投稿')")
    comment = Comment.objects.get()

    mod = new_page()
    mod.goto(f"{live_server.url}/moderation/comments/{comment.pk}/")
    mod.fill("input[name=username]", "mod-s")
    mod.fill("input[name=password]", "pw-123456")
    with mod.expect_navigation():
        mod.click("button[type=submit]")
    mod.click("text=この投稿者に制裁を科す")
    mod.select_option("#sanction-kind", "suspend")
    mod.fill("#sanction-days", "3")
    mod.fill("#sanction-reason", "特定の人物への執拗な言及")
    with mod.expect_navigation():
        mod.click("#btn-sanction")
    assert "一時停止" in mod.inner_text("#author-sanctions")
    assert Sanction.objects.get().kind == "suspend"

    reader.goto(url)
    reader.fill("textarea[name=body]", "まだ言いたいことがある")
    with reader.expect_navigation():
        reader.click("button:has-text('返信を投稿')")
    assert "停止されています" in reader.inner_text("#reply-form")
    assert Comment.objects.count() == 1
