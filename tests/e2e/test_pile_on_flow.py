"""Three replies attacking the blogger switch the post to pre-moderation: the queue shows
the banner and the post's badge, and a moderator ends it early."""

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment, Premoderation
from comments.roles import MODERATORS, ensure_groups
from tests.e2e.test_moderation_flow import screenshot_path
from tests.factories import PostFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_pile_on_banner_and_end(live_server, new_page, tmp_path):
    post = PostFactory(title="auショップの対応", slug="au-shop")
    ensure_groups()
    UserFactory(username="mod-p").groups.add(Group.objects.get(name=MODERATORS))
    url = f"{live_server.url}{post.get_absolute_url()}"
    reader = new_page()
    for body in ["ブログ主はバカ", "主さん頭おかしいでしょ", "ブログ主は消えろ", "普通の感想です"]:
        reader.goto(url)
        reader.fill("textarea[name=body]", body)
        with reader.expect_navigation():
            reader.click("button:has-text('返信を投稿')")
    assert Premoderation.objects.get().reason == "surge"
    # The clean fourth reply waits too.
    assert Comment.objects.get(body="普通の感想です").status == "pending"

    mod = new_page()
    mod.goto(f"{live_server.url}/moderation/")
    mod.fill("input[name=username]", "mod-p")
    mod.fill("input[name=password]", "pw-123456")
    with mod.expect_navigation():
        mod.click("button[type=submit]")
    assert "同じ対象への集中" in mod.inner_text("#premod-banner")
    assert mod.locator(".badge.premod").count() == 4
    mod.screenshot(path=str(screenshot_path("premoderation.png", tmp_path)), full_page=True)
    with mod.expect_navigation():
        mod.click("#premod-banner a")
    mod.fill("#premod-periods input[name=note]", "対応済み")
    with mod.expect_navigation():
        mod.click("#premod-periods button:has-text('終了する')")
    assert Premoderation.objects.get().ended_at is not None
    mod.goto(f"{live_server.url}/moderation/")
    assert mod.locator("#premod-banner").count() == 0
