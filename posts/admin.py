"""The admin for posts; a save goes through posts.services so the post is scanned."""

from django.contrib import admin

from complaints_site.admin_guard import GuardedAdmin

from .models import Post
from .services import post_scan


@admin.register(Post)
class PostAdmin(GuardedAdmin, admin.ModelAdmin):
    list_display = ["title", "slug", "status", "premoderate", "published_at"]
    list_filter = ["status", "premoderate", "published_at"]
    search_fields = ["title", "body", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"

    def save_model(self, request, obj, form, change):
        # Saved through the admin form, then scanned like every post (findings for moderators).
        super().save_model(request, obj, form, change)
        post_scan(post=obj)
