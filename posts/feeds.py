"""Atom and RSS feeds of new posts (each post's comment feeds live in ``comments.feeds``)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from .models import Post
from .selectors import post_list

ITEMS = 50


class PostRssFeed(Feed):
    title = _("苦情ボード：新着投稿")
    description = _("新しく公開された投稿")

    def link(self):
        return reverse("posts:list")

    def items(self):
        return post_list()[:ITEMS]

    def item_title(self, item: Post):
        return item.title

    def item_description(self, item: Post):
        # Readers render descriptions as HTML: the text is escaped, never markup.
        return linebreaks(item.body[:500], autoescape=True)

    def item_pubdate(self, item: Post):
        return item.published_at

    def item_updateddate(self, item: Post):
        return item.updated_at


class PostAtomFeed(PostRssFeed):
    feed_type = Atom1Feed
    subtitle = PostRssFeed.description
