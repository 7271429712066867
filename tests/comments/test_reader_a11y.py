"""The post page for keyboard and screen-reader users: errors returned to the form with a
linked summary, messages beside the comment they concern, whom a reply answers, skip links.
(The browser tests in tests/e2e/test_keyboard.py check focus and announcements.)"""

import re

import pytest
from django.urls import reverse

from comments.models import Comment
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def _li(html: str, comment_id: int) -> str:
    """The markup of one comment's list item (up to the next comment or the list's end)."""
    start = html.index(f'id="c{comment_id}"')
    end = min(i for i in (html.find('<li id="c', start), html.find("</ol>", start)) if i > 0)
    return html[start:end]


def test_failed_reply_returns_to_the_form_with_a_linked_error_summary(client, post):
    response = client.post(reverse("comments:reply", args=[post.slug]), {"body": "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<title>エラー: ", html)
    # The form posts to #reply-form, so the answer opens at the form, not the page's top.
    assert f'action="{reverse("comments:reply", args=[post.slug])}#reply-form"' in html
    summary = html[
        html.index('id="error-summary"') : html.index("</div>", html.index("error-summary"))
    ]
    assert 'tabindex="-1"' in summary and "data-focus-on-load" in summary
    assert '<a href="#id_body">本文: ' in summary
    assert 'aria-describedby="id_body_error"' in html and 'aria-invalid="true"' in html


def test_page_without_errors_has_no_summary_and_a_plain_title(client, post):
    html = client.get(post.get_absolute_url()).content.decode()
    assert "error-summary" not in html and "<title>エラー" not in html


def test_held_reply_message_is_shown_beside_the_reply_as_a_status(client, post, settings):
    settings.COMMENTS_PREMODERATE = True
    response = client.post(
        reverse("comments:reply", args=[post.slug]), {"body": "普通の感想です"}, follow=True
    )
    html = response.content.decode()
    comment = Comment.objects.get()
    item = _li(html, comment.pk)
    assert 'role="status"' in item and "返信を受け付けました" in item
    assert html.count("返信を受け付けました") == 1  # not repeated at the top of the page
    assert '<ul class="messages" role="status">' not in html  # list items need a list


def test_report_confirmation_is_shown_beside_the_reported_comment(client, post):
    first = CommentFactory(post=post, body="一つ目")
    second = CommentFactory(post=post, body="二つ目")
    response = client.post(
        reverse("comments:report", args=[second.pk]), {"reason": "personal_data"}, follow=True
    )
    html = response.content.decode()
    assert "通報を受け付けました" in _li(html, second.pk)
    assert "通報を受け付けました" not in _li(html, first.pk)


def test_messages_for_places_a_page_does_not_show_stay_general(rf):
    from django.contrib import messages
    from django.contrib.messages.storage.cookie import CookieStorage

    from comments.notices import notify, split_messages

    request = rf.get("/")
    request._messages = CookieStorage(request)
    notify(request, messages.INFO, "一つ目へ", place="c1")
    notify(request, messages.INFO, "見えないコメントへ", place="c9")
    notify(request, messages.INFO, "全体へ")
    general, placed = split_messages(request, {"c1", "c2"})
    assert [str(m) for m in general] == ["見えないコメントへ", "全体へ"]
    assert {k: [str(m) for m in v] for k, v in placed.items()} == {"c1": ["一つ目へ"]}


def test_replies_say_whom_they_answer_and_their_level(client, post):
    root = CommentFactory(post=post, author_name="配達待ち")
    reply = CommentFactory(post=post, parent=root, author_name="同じ被害者")
    hidden = CommentFactory(post=post, status=Comment.Status.REJECTED)
    under_hidden = CommentFactory(post=post, parent=hidden)
    html = client.get(post.get_absolute_url()).content.decode()
    assert 'aria-level="1"' in _li(html, root.pk) and "への返信" not in _li(html, root.pk)
    assert 'aria-level="2"' in _li(html, reply.pk)
    assert '<span class="reply-to">配達待ちさんへの返信</span>' in _li(html, reply.pk)
    assert "非公開のコメントへの返信" in _li(html, under_hidden.pk)


def test_skip_links_lead_to_the_main_content_and_the_reply_form(client, post):
    html = client.get(post.get_absolute_url()).content.decode()
    assert '<a class="skip-link" href="#main-content">本文へ移動</a>' in html
    assert '<a class="skip-link" href="#reply-form">返信フォームへ移動</a>' in html
    assert '<main id="main-content" tabindex="-1"' in html and 'id="reply-form"' in html
