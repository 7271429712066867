"""Atom and RSS feeds of one post's public comments (published and redacted text only)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from posts.models import Post

from .selectors import public_comments

ITEMS = 50


class CommentRssFeed(Feed):
    def get_object(self, request, slug: str):
        try:
            return Post.objects.visible().get(slug=slug)
        except Post.DoesNotExist:
            raise Http404 from None

    def title(self, obj: Post):
        return _("「%(title)s」への返信") % {"title": obj.title}

    def description(self, obj: Post):
        return self.title(obj)

    def link(self, obj: Post):
        return obj.get_absolute_url()

    def items(self, obj: Post):
        return (
            public_comments().filter(post=obj).select_related("post").order_by("-created_at", "-id")
        )[:ITEMS]

    def item_title(self, item):
        return _("%(name)sさんの返信") % {"name": item.author_name}

    def item_description(self, item):
        # Readers render descriptions as HTML: a reply's text is escaped, never markup.
        return linebreaks(item.public_body, autoescape=True)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_author_name(self, item):
        return item.author_name

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class CommentAtomFeed(CommentRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: Post):
        return self.title(obj)
