from django.urls import path

from . import feeds, views

app_name = "posts"
urlpatterns = [
    path("", views.post_list, name="list"),
    path("feeds/posts.atom", feeds.PostAtomFeed(), name="feed-atom"),
    path("feeds/posts.rss", feeds.PostRssFeed(), name="feed-rss"),
    path("posts/<slug:slug>/", views.post_detail, name="detail"),
    path("posts/<slug:slug>/comments.atom", feeds.CommentAtomFeed(), name="comments-feed-atom"),
    path("posts/<slug:slug>/comments.rss", feeds.CommentRssFeed(), name="comments-feed-rss"),
]
