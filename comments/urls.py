"""URLs of the comments app: replying, reporting and the moderator workspace, plus the
post-page patterns that the project mounts in the ``posts`` namespace."""

from django.urls import path

from . import feeds, views, workspace, workspace_premoderation, workspace_sanctions

# A post's page and its comment feeds are rendered here but keep their public names
# (posts:detail, posts:comments-feed-atom…): complaints_site/urls.py mounts them there.
post_page_urlpatterns = [
    path("posts/<slug:slug>/", views.post_detail, name="detail"),
    path("posts/<slug:slug>/comments.atom", feeds.CommentAtomFeed(), name="comments-feed-atom"),
    path("posts/<slug:slug>/comments.rss", feeds.CommentRssFeed(), name="comments-feed-rss"),
]

app_name = "comments"
urlpatterns = [
    path("posts/<slug:slug>/reply/", views.reply, name="reply"),
    path("comments/<int:pk>/", views.permalink, name="permalink"),
    path("comments/<int:pk>/report/", views.report, name="report"),
    path("comments/<int:pk>/edit/", views.edit, name="edit"),
    path("comments/<int:pk>/delete/", views.delete, name="delete"),
    path("moderation/", workspace.queue, name="queue"),
    path("moderation/bulk-approve/", workspace.bulk_approve, name="bulk-approve"),
    path("moderation/bulk-reject/", workspace.bulk_reject, name="bulk-reject"),
    path("moderation/comments/<int:pk>/", workspace.item, name="item"),
    path("moderation/comments/<int:pk>/decide/", workspace.decide, name="decide"),
    path("moderation/comments/<int:pk>/acknowledge/", workspace.acknowledge, name="acknowledge"),
    path("moderation/comments/<int:pk>/preview/", workspace.preview, name="preview"),
    path(
        "moderation/comments/<int:pk>/sanction/",
        workspace_sanctions.sanction,
        name="sanction",
    ),
    path("moderation/sanctions/", workspace_sanctions.sanction_list, name="sanctions"),
    path(
        "moderation/sanctions/<int:pk>/lift/",
        workspace_sanctions.sanction_lift,
        name="sanction-lift",
    ),
    path(
        "moderation/premoderation/",
        workspace_premoderation.premoderation,
        name="premoderation",
    ),
    path(
        "moderation/premoderation/start/",
        workspace_premoderation.premoderation_start,
        name="premoderation-start",
    ),
    path(
        "moderation/premoderation/<int:pk>/end/",
        workspace_premoderation.premoderation_end,
        name="premoderation-end",
    ),
    path(
        "moderation/premoderation/<int:pk>/extend/",
        workspace_premoderation.premoderation_extend,
        name="premoderation-extend",
    ),
    path("moderation/reports/", workspace.reports, name="reports"),
    path("moderation/dashboard/", workspace.dashboard, name="dashboard"),
    path("moderation/log/", workspace.audit_log, name="log"),
    path("moderation/preferences/", workspace.preferences, name="preferences"),
    path("moderation/posts/", workspace.post_findings, name="post-findings"),
    path("moderation/protected/", workspace.protected_list, name="protected"),
    path("moderation/protected/new/", workspace.protected_edit, name="protected-new"),
    path("moderation/protected/<int:pk>/", workspace.protected_edit, name="protected-edit"),
    path(
        "moderation/protected/<int:pk>/delete/",
        workspace.protected_delete,
        name="protected-delete",
    ),
]
