from django.contrib import admin

from .models import Post


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "status", "premoderate", "published_at"]
    list_filter = ["status", "premoderate", "published_at"]
    search_fields = ["title", "body", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"
