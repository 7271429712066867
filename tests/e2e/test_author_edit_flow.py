"""An anonymous author edits their reply (it is scanned again) and then deletes it: the
thread keeps a tombstone where it had replies."""

import pytest

from comments.models import Comment
from comments.services import comment_submit
from tests.factories import PostFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_edit_then_delete(live_server, new_page):
    post = PostFactory(slug="edit-flow")
    url = f"{live_server.url}{post.get_absolute_url()}"
    page = new_page()
    page.goto(url)
    page.fill("textarea[name=body]", "窓口で三十分待たされました")
    with page.expect_navigation():
        page.click("#reply-form button[type=submit]")
    mine = Comment.objects.get()
    comment_submit(post=post, body="わかります、私もでした", parent_id=mine.pk)

    page.goto(url)
    with page.expect_navigation():
        page.click(f"#c{mine.pk} a:has-text('編集')")
    page.fill("textarea[name=body]", "窓口で三十分待たされました（平日の午前）")
    with page.expect_navigation():
        page.click("button:has-text('編集を保存')")
    assert "平日の午前" in page.inner_text(f"#c{mine.pk}")

    with page.expect_navigation():
        page.click(f"#c{mine.pk} a:has-text('削除')")
    with page.expect_navigation():
        page.click("#btn-delete")
    assert "投稿者により削除されました" in page.inner_text(f"#c{mine.pk}")
    assert "わかります" in page.inner_text(".thread")
    assert Comment.objects.get(pk=mine.pk).status == "deleted"
