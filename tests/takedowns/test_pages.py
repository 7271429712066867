"""The public pages (request form, acknowledgement, author's answer, 削除基準, 透明性
レポート) and the handlers' workspace, through Django's test client."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from takedowns import services
from takedowns.models import AuthorInquiry, TakedownRequest

from .fixtures import request_for

pytestmark = pytest.mark.django_db


def form(comment, **fields):
    data = {
        "relationship": "self",
        "requester_name": "山田 太郎",
        "email": "taro@example.jp",
        "comments": f"#{comment.pk}",
        "right": "privacy",
        "passage": "態度も悪かった",
        "explanation": "私のことだと分かる書き方です。",
        "declared": "on",
    }
    data.update(fields)
    return data


def test_every_comment_and_the_footer_link_to_the_request_page(client, authored, post):
    html = client.get(post.get_absolute_url()).content.decode()
    assert f'href="/takedown/?comment={authored.pk}"' in html
    assert "この投稿の削除を申し出る" in html
    footer = html[html.index('<footer class="site-footer">') :]
    for url in ("/takedown/", "/standards/", "/transparency/"):
        assert f'href="{url}"' in footer


def test_the_form_is_prefilled_from_the_link(client, authored):
    html = client.get(reverse("takedowns:request"), {"comment": authored.pk}).content.decode()
    assert f'value="#{authored.pk}"' in html and "削除の申出" in html
    # Junk in the link is ignored, not echoed.
    assert "<script>" not in client.get("/takedown/?comment=<script>").content.decode()


def test_filing_shows_the_acknowledgement_with_reference_and_deadline(
    client, authored, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("takedowns:request"), form(authored))
    assert response.status_code == 302 and response["Location"] == reverse("takedowns:received")
    req = TakedownRequest.objects.get()
    html = client.get(response["Location"]).content.decode()
    assert req.reference in html and "回答期限" in html
    assert mail.outbox[0].to == ["taro@example.jp"]
    # Another browser cannot see it.
    client.cookies.clear()
    assert client.get(reverse("takedowns:received")).status_code == 302


def test_errors_come_back_on_the_form_and_nothing_is_stored(client, authored):
    response = client.post(
        reverse("takedowns:request"),
        form(authored, email="nope", comments="abc", declared="", right=""),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "入力内容を確認してください" in html
    assert "返信の番号は「#12, #15」のように数字で入力してください。" in html
    response = client.post(
        reverse("takedowns:request"), form(authored, email="nope", declared="", right="")
    )
    html = response.content.decode()
    assert "メールアドレスの形式が正しくありません" in html
    assert "真実であることを確認してください" in html and "侵害された権利を選んでください" in html
    assert not TakedownRequest.objects.exists()


def test_a_post_url_is_accepted_as_a_target(client, authored, post):
    data = form(authored, comments="", post=f"http://testserver/posts/{post.slug}/")
    assert client.post(reverse("takedowns:request"), data).status_code == 302
    assert TakedownRequest.objects.get().targets.get().post == post


def test_the_form_is_rate_limited(client, authored, settings):
    settings.TAKEDOWNS_REQUESTS_PER_HOUR = 1
    assert client.post(reverse("takedowns:request"), form(authored)).status_code == 302
    response = client.post(reverse("takedowns:request"), form(authored))
    assert response.status_code == 429 and "Retry-After" in response
    assert TakedownRequest.objects.count() == 1


def test_the_author_answers_on_their_page_and_nobody_else_can(
    client, authored, author, handler, reader
):
    req = services.takedown_inquire_author(
        reference=request_for(authored).reference, version=1, actor=handler
    )
    inquiry = AuthorInquiry.objects.get(request=req)
    url = reverse("takedowns:inquiry", args=[inquiry.pk])
    assert client.get(url).status_code == 302  # sign in first
    client.force_login(reader)
    assert client.get(url).status_code == 404
    client.force_login(author)
    page = client.get(url).content.decode()
    assert "態度も悪かった" in page and "山田" not in page and "taro@example.jp" not in page
    bad = client.post(url, {"answer": "object", "reason": ""})
    assert bad.status_code == 400 and "理由を入力してください" in bad.content.decode()
    done = client.post(url, {"answer": "object", "reason": "事実です"}, follow=True)
    assert "回答「不同意」を受け付けました" in done.content.decode()


def test_the_standards_page_is_generated_from_the_vocabulary(client):
    html = client.get(reverse("takedowns:standards")).content.decode()
    for label in ("電話番号", "住所", "脅迫", "名誉感情", "プライバシー", "スパム・宣伝"):
        assert label in html
    assert "7 日" in html or "7日" in html


def test_the_transparency_page_has_tables_and_local_svg_charts(client, authored, handler):
    req = request_for(authored)
    services.takedown_decide(
        reference=req.reference, version=1, actor=handler, outcome="remove", reason="r"
    )
    html = client.get(reverse("takedowns:transparency")).content.decode()
    assert html.count("<svg") == 2 and "<script" not in html.split("</footer>")[0]
    assert "申出により削除" in html and "http://cdn" not in html and "https://" not in html
    row = html[html.index('id="requests-table"') :]
    assert "<td>1</td>" in row


def test_the_workspace_is_for_handlers(client, authored, handler, moderator):
    req = request_for(authored)
    client.force_login(moderator)
    assert client.get(reverse("takedowns:queue")).status_code == 403
    client.force_login(handler)
    html = client.get(reverse("takedowns:queue")).content.decode()
    assert req.reference in html
    item = client.get(reverse("takedowns:item", args=[req.reference]))
    assert item.status_code == 200 and "no-store" in item["Cache-Control"]
    step = reverse("takedowns:step", args=[req.reference])
    client.post(step, {"step": "inquire", "version": "1"})
    assert TakedownRequest.objects.get().state == "author_inquired"
    stale = client.post(step, {"step": "withdraw", "version": "1", "reason": "x"}, follow=True)
    assert "他の担当者が先に変更しました" in stale.content.decode()
    early = client.post(
        step, {"step": "decide", "version": "2", "outcome": "remove", "reason": "r"}, follow=True
    )
    assert "回答期限" in early.content.decode()
    assert TakedownRequest.objects.get().state == "author_inquired"
