"""The review tier in the workspace: a reply with weak signals only waits as 要確認, its
signals are listed, and a moderator approves it with one key (no confirmation: nothing
confident was found)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from comments import services
from comments.models import Comment
from comments.roles import MODERATORS, ensure_groups
from tests.e2e.test_keyboard import keyboard_login
from tests.e2e.test_moderation_flow import screenshot_path
from tests.factories import PostFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_review_item_shows_its_signals_and_is_approved_in_one_key(
    live_server, new_page, tmp_path
):
    ensure_groups()
    mod = UserFactory(username="mod-keys")
    mod.groups.add(Group.objects.get(name=MODERATORS))
    post = PostFactory(title="塾の対応", slug="review-tier")
    # a veiled threat in no listed words: no confident finding, a whereabouts signal
    reply = services.comment_submit(
        post=post, body="担当さん、お子さんはどこの学校に通ってるんでしたっけ"
    )
    assert reply.status == Comment.Status.PENDING
    assert {f.kind for f in reply.findings.all()} == {"review"}

    page = new_page()
    keyboard_login(page, live_server.url)
    page.wait_for_url("**/moderation/")
    row = page.locator(f"tr.queue-row[data-href*='/comments/{reply.pk}/']")
    assert "要確認" in row.inner_text()
    page.goto(f"{live_server.url}/moderation/comments/{reply.pk}/")
    body = page.inner_text("main")
    assert "要確認" in body and "居場所・家族への言及" in body  # the signal, by its label
    page.screenshot(path=str(screenshot_path("review.png", tmp_path)), full_page=True)
    with page.expect_navigation():
        page.keyboard.press("a")  # one key: no confirmation for weak signals only
    reply.refresh_from_db()
    assert reply.status == Comment.Status.PUBLISHED
    assert reply.actions.first().action == "approve"
