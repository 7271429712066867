"""Reader pages of posts: the list. A post's own page (the post with its thread and reply
form) is rendered by ``comments.views``, which owns everything about replies."""

from __future__ import annotations

from django.shortcuts import render

from . import selectors


def post_list(request):
    posts = selectors.post_list()
    return render(request, "posts/post_list.html", {"posts": posts})
