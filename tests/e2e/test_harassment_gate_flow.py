"""A held death wish naming the operator cannot be published by pressing d: the refusal
shows next to the buttons; masking the abusive words (or dismissing them) publishes it."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from comments.models import Comment
from comments.roles import MODERATORS, ORIGINAL_VIEWERS, ensure_groups
from tests.e2e.test_moderation_flow import screenshot_path
from tests.factories import PostFactory, ProtectedPersonFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
TEXT = "オペレーターの佐藤花子は死ね"


def test_redaction_cannot_publish_abuse(live_server, new_page, tmp_path):
    post = PostFactory(title="オペレーターの対応", slug="operator")
    ProtectedPersonFactory()
    ensure_groups()
    mod = UserFactory(username="mod-gate")
    mod.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS))

    reader = new_page()
    reader.goto(f"{live_server.url}{post.get_absolute_url()}")
    reader.fill("textarea[name=body]", TEXT)
    with reader.expect_navigation():
        reader.click("button:has-text('返信を投稿')")
    comment = Comment.objects.get()
    assert comment.status == "pending"

    page = new_page()
    page.goto(f"{live_server.url}/moderation/comments/{comment.pk}/")
    page.fill("input[name=username]", "mod-gate")
    page.fill("input[name=password]", "pw-123456")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator("#harassment-gate").is_visible()
    # The reject reason defaults to the strongest finding's kind.
    assert page.locator("#reject-reason").input_value() == "threat"

    # d then Enter would have published 「…〔氏名〕は死ね」: it is refused, next to the buttons.
    page.keyboard.press("d")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "未解決" in page.inner_text("#decide-error")
    page.screenshot(path=str(screenshot_path("gate.png", tmp_path)), full_page=True)
    comment.refresh_from_db()
    assert comment.status == "pending"

    # Tick the death wish as a span: the preview masks it; then publish.
    page.check("input.span-toggle[data-category=DEATH_WISH]")
    # A locator wait (no page-side eval, which the strict CSP may refuse).
    expect(page.locator("#preview")).to_contain_text("〔不適切な表現〕")
    with page.expect_navigation():
        page.click("#btn-redact")
    comment.refresh_from_db()
    assert comment.status == "redacted"
    assert comment.public_body == "オペレーターの〔氏名〕は〔不適切な表現〕"

    public = new_page()
    public.goto(f"{live_server.url}{post.get_absolute_url()}")
    thread = public.inner_text(".thread")
    assert "死ね" not in thread and "佐藤花子" not in thread
