"""URLs of the takedowns app: the public request, acknowledgement, author answer,
standards and transparency pages, and the handlers' workspace under /moderation/."""

from django.urls import path

from . import views, workspace

app_name = "takedowns"
urlpatterns = [
    path("takedown/", views.request_page, name="request"),
    path("takedown/received/", views.received, name="received"),
    path("takedown/inquiries/<int:pk>/", views.inquiry, name="inquiry"),
    path("standards/", views.standards_page, name="standards"),
    path("transparency/", views.transparency_page, name="transparency"),
    path("moderation/takedowns/", workspace.queue, name="queue"),
    path("moderation/takedowns/sender/", workspace.disclose, name="disclose"),
    path("moderation/takedowns/<str:reference>/", workspace.item, name="item"),
    path("moderation/takedowns/<str:reference>/step/", workspace.step, name="step"),
]
