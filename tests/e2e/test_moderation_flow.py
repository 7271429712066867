"""A reader's reply with a phone number and a protected name is held, then redacted by
keyboard in the moderator workspace; the public thread shows only bracketed labels."""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment
from comments.roles import MODERATORS, ORIGINAL_VIEWERS, ensure_groups
from tests.factories import PostFactory, ProtectedPersonFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = "090-3141-5926"
NAME = "佐藤花子"


def screenshot_path(name: str, tmp_path: Path) -> Path:
    # `UPDATE_SCREENSHOTS=1 make test` refreshes the README's pictures.
    return (SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path) / name


def test_reader_reply_is_held_then_redacted_by_keyboard(live_server, new_page, tmp_path):
    post = PostFactory(title="ショップ店員の対応について", slug="shop-staff")
    ProtectedPersonFactory()  # 佐藤 花子, the clerk this site shields
    ensure_groups()  # a transactional test may have flushed them
    mod = UserFactory(username="mod-e2e")
    mod.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS))
    url = f"{live_server.url}{post.get_absolute_url()}"

    # The reader replies.
    reader = new_page()
    reader.goto(url)
    reader.fill("textarea[name=body]", f"あの店員は{NAME}だよ。携帯は{PHONE}")
    with reader.expect_navigation():
        reader.click("button:has-text('返信を投稿')")
    assert "確認中" in reader.inner_text("main")
    comment = Comment.objects.get()
    assert comment.status == "pending"

    # The moderator signs in and finds it first in the queue, both findings highlighted.
    moderator = new_page()
    moderator.goto(f"{live_server.url}/moderation/")
    moderator.fill("input[name=username]", "mod-e2e")
    moderator.fill("input[name=password]", "pw-123456")
    moderator.click("button[type=submit]")
    moderator.wait_for_url("**/moderation/")
    first = moderator.locator("tr.queue-row").first
    assert f"#{comment.pk}" in first.inner_text()
    moderator.screenshot(path=str(screenshot_path("queue.png", tmp_path)), full_page=True)

    # Focus stays put on load; j chooses the first row, Enter opens it.
    moderator.keyboard.press("j")
    with moderator.expect_navigation():
        moderator.keyboard.press("Enter")
    moderator.wait_for_url(f"**/moderation/comments/{comment.pk}/**")
    labels = moderator.locator("#original .finding").all_inner_texts()
    assert NAME in labels and PHONE in labels
    preview = moderator.inner_text("#preview")
    assert "〔氏名〕" in preview and "〔電話番号〕" in preview
    moderator.screenshot(path=str(screenshot_path("item.png", tmp_path)), full_page=True)

    # Redact with the keyboard: d shows what readers will see, Enter publishes it.
    moderator.keyboard.press("d")
    assert "〔電話番号〕" in moderator.inner_text("#shortcut-confirm-preview")
    with moderator.expect_navigation():
        moderator.keyboard.press("Enter")
    # Messages are announced: the status region is refilled a moment after load.
    moderator.get_by_role("status").get_by_text("伏せ字にして公開しました").wait_for()
    comment.refresh_from_db()
    assert comment.status == "redacted"

    # The public thread shows the labels and neither the number nor the name.
    public = new_page()
    public.goto(url)
    text = public.inner_text(".thread")
    assert "〔電話番号〕" in text and "〔氏名〕" in text
    assert PHONE not in text and NAME not in text
