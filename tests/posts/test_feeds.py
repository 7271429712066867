"""Atom and RSS feeds: public text only, and markup in it is text, not HTML."""

import pytest

from comments.services import comment_submit
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db
MARKUP = '<img src=x onerror="alert(1)">'


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_comment_feed_escapes_markup_in_bodies(client, post, kind):
    # Feed readers render <summary type="html"> and RSS <description> as HTML, so the
    # text must be HTML-escaped inside the XML (double-escaped on the wire).
    comment_submit(post=post, body=f"{MARKUP} 対応が遅い")
    xml = client.get(f"/posts/{post.slug}/comments.{kind}").content.decode()
    assert "&lt;img" not in xml.replace("&amp;lt;img", "")
    assert "&amp;lt;img" in xml


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_post_feed_escapes_markup_in_bodies(client, kind):
    PostFactory(body=f"{MARKUP} 苦情です")
    xml = client.get(f"/feeds/posts.{kind}").content.decode()
    assert "&lt;img" not in xml.replace("&amp;lt;img", "")


def test_comment_feed_leaves_out_held_comments(client, post):
    comment_submit(post=post, body="担当者の電話番号は090-1234-5678です")
    xml = client.get(f"/posts/{post.slug}/comments.atom").content.decode()
    assert "090-1234-5678" not in xml and "<entry>" not in xml
