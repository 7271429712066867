"""The author's self-check as they type: the phone number is highlighted under the box,
and 「伏せ字にして投稿」 sends the masked text, which publishes at once."""

import pytest

from comments.models import Comment
from tests.factories import PostFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_live_self_check_masks_before_sending(live_server, new_page):
    post = PostFactory(slug="selfcheck")
    page = new_page()
    page.goto(f"{live_server.url}{post.get_absolute_url()}")
    page.fill("textarea[name=body]", "店長の携帯は090-2222-3333だから直接聞いてみて")
    live = page.locator("#selfcheck-live")
    live.wait_for(state="visible")
    assert "電話番号" in live.inner_text() and "090-2222-3333" in live.inner_text()
    with page.expect_navigation():
        page.click("#selfcheck-mask")
    c = Comment.objects.get()
    assert c.status == "published"
    assert c.body == "店長の携帯は〔電話番号〕だから直接聞いてみて"
    assert "090-2222-3333" not in page.inner_text(".thread")


def test_a_clean_draft_shows_nothing_and_posts_once(live_server, new_page):
    post = PostFactory(slug="selfcheck-clean")
    page = new_page()
    page.goto(f"{live_server.url}{post.get_absolute_url()}")
    page.fill("textarea[name=body]", "窓口の待ち時間が長すぎました")
    page.wait_for_timeout(900)
    assert page.locator("#selfcheck-live").is_hidden()
    with page.expect_navigation():
        page.locator("#reply-form button[type=submit]").dblclick()
    assert Comment.objects.count() == 1  # the button is disabled while sending
