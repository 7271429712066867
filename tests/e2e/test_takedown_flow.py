"""The removal-request path in the browser: a reader files a request from a comment, a
handler sends the author inquiry, the author objects, the handler decides removal, both
are told by e-mail, the thread shows the tombstone and the transparency page counts it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from comments import services as comment_services
from comments.models import Comment
from takedowns.models import TakedownRequest
from takedowns.roles import TAKEDOWN_HANDLERS, ensure_groups
from tests.factories import PostFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
TEXT = "この店の店長の説明は事実と違っていたし、態度も悪かった"


def sign_in(page, base: str, path: str, username: str) -> None:
    page.goto(f"{base}{path}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.wait_for_url(f"**{path}")


def test_a_request_from_a_comment_to_a_removal(live_server, new_page):
    ensure_groups()
    post = PostFactory(title="家電量販店の対応", slug="store")
    author = UserFactory(username="writer", email="writer@example.jp")
    handler = UserFactory(username="handler", email="handler@example.jp")
    handler.groups.add(Group.objects.get(name=TAKEDOWN_HANDLERS))
    comment = comment_services.comment_submit(post=post, body=TEXT, author=author)
    assert comment.status == "published"
    base = live_server.url

    # A reader files a request from the comment's link.
    reader = new_page()
    reader.goto(f"{base}{post.get_absolute_url()}")
    with reader.expect_navigation():
        reader.click(f"#c{comment.pk} a:has-text('この投稿の削除を申し出る')")
    assert reader.input_value("#id_comments") == f"#{comment.pk}"
    reader.fill("#id_requester_name", "山田 太郎")
    reader.fill("#id_email", "taro@example.jp")
    reader.get_by_label("名誉（名誉毀損）").check()
    reader.fill("#id_passage", "態度も悪かった")
    reader.fill("#id_explanation", "事実に反し、私の評価を下げる書き込みです。")
    reader.get_by_label("この申出の内容は真実であり").check()
    with reader.expect_navigation():
        reader.click("button:has-text('申出を送信する')")
    req = TakedownRequest.objects.get()
    assert req.reference in reader.inner_text("#reference")
    assert any(req.reference in m.subject for m in mail.outbox)

    # The handler sends the author inquiry.
    desk = new_page()
    sign_in(desk, base, "/moderation/takedowns/", "handler")
    with desk.expect_navigation():
        desk.click(f"a:has-text('{req.reference}')")
    with desk.expect_navigation():
        desk.click("button:has-text('投稿者に意見照会を送る')")
    desk.get_by_role("status").get_by_text("意見照会を送りました").wait_for()
    inquiry_mail = next(m for m in mail.outbox if m.to == ["writer@example.jp"])
    path = re.search(r"(/takedown/inquiries/\d+/)", inquiry_mail.body).group(1)

    # The author objects, with reasons.
    writer = new_page()
    sign_in(writer, base, path, "writer")
    writer.get_by_label("不同意").check()
    writer.fill("#id_reason", "実際に体験したことを書いただけです。")
    with writer.expect_navigation():
        writer.click("button:has-text('回答する')")
    assert "不同意" in writer.inner_text("#answered")

    # The handler reads the objection and decides removal.
    desk.reload()
    assert "不同意" in desk.inner_text("#inquiries")
    desk.check("#decide input[value=remove]")
    desk.fill(
        "#reason-decide", "具体的な人物への侮辱的表現で、異議の理由を踏まえても削除が相当です。"
    )
    mail.outbox.clear()
    with desk.expect_navigation():
        desk.click("button:has-text('判断して通知する')")
    desk.get_by_role("status").get_by_text("判断を記録し").wait_for()
    assert "判断済み" in desk.inner_text("#state")
    assert sorted(m.to[0] for m in mail.outbox) == ["taro@example.jp", "writer@example.jp"]
    assert Comment.objects.get(pk=comment.pk).status == "rejected"

    # Readers see the tombstone; the transparency page counts the removal.
    reader.goto(f"{base}{post.get_absolute_url()}")
    assert "申出により非表示" in reader.inner_text(f"#c{comment.pk}")
    assert TEXT not in reader.inner_text(".thread")
    reader.goto(f"{base}/transparency/")
    last_row = reader.locator("#comments-table tbody tr").last
    assert last_row.locator("td").nth(5).inner_text() == "1"
    assert reader.locator("#requests-table tbody tr").last.locator("td").nth(0).inner_text() == "1"
