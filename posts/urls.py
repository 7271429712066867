"""URLs of the posts app: the list and the post feeds. The project's urls.py adds the
post page and its comment feeds (views of ``comments``) to this same ``posts`` namespace."""

from django.urls import path

from . import feeds, views

app_name = "posts"
urlpatterns = [
    path("", views.post_list, name="list"),
    path("feeds/posts.atom", feeds.PostAtomFeed(), name="feed-atom"),
    path("feeds/posts.rss", feeds.PostRssFeed(), name="feed-rss"),
]
