"""Admin: read-mostly. Decisions go through the moderator workspace so they are audited.

Every ModelAdmin mixes in GuardedAdmin: no original text without comments.view_original
and no reporters or client hashes for anyone but superusers, in forms, columns, filters,
search or URL lookups (complaints_site/admin_guard.py).
"""

from django.contrib import admin

from complaints_site.admin_guard import GuardedAdmin

from .models import Comment, Finding, ModerationAction, ProtectedPerson, Report


class FindingInline(admin.TabularInline):
    model = Finding
    fields = ["kind", "category", "start", "end", "score", "rule"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(GuardedAdmin, admin.ModelAdmin):
    list_display = ["id", "post", "author_name", "status", "depth", "priority", "created_at"]
    list_filter = ["status", "post", "created_at"]
    search_fields = ["public_body", "author_name"]
    readonly_fields = [
        "post",
        "parent",
        "path",
        "depth",
        "author",
        "author_name",
        "status",
        "version",
        "priority",
        "public_body",
        "body",  # only for comments.view_original (GuardedAdmin hides it from the rest)
        "created_at",
        "updated_at",
    ]
    exclude = ["client_hash"]
    inlines = [FindingInline]
    list_select_related = ["post"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ModerationAction)
class ModerationActionAdmin(GuardedAdmin, admin.ModelAdmin):
    list_display = [
        "created_at",
        "action",
        "comment",
        "from_status",
        "to_status",
        "actor",
        "reason_code",
    ]
    list_filter = ["action", "created_at"]
    search_fields = ["comment__id", "actor__username", "reason"]
    list_select_related = ["actor", "comment"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(GuardedAdmin, admin.ModelAdmin):
    list_display = ["created_at", "comment", "reason", "resolved_at"]
    list_filter = ["reason", "resolved_at"]
    readonly_fields = ["comment", "reporter", "reason", "note", "created_at", "resolved_at"]
    exclude = ["client_hash"]

    def has_add_permission(self, request):
        return False


@admin.register(ProtectedPerson)
class ProtectedPersonAdmin(GuardedAdmin, admin.ModelAdmin):
    list_display = ["name", "active", "updated_at"]
    list_filter = ["active"]
    search_fields = ["name", "note"]
    # Edits belong in the workspace, which starts the rescan.
    readonly_fields = ["name", "aliases", "handles", "roles", "note", "active"]

    def has_add_permission(self, request):
        return False
