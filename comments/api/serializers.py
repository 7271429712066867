"""Input serializers validate shapes and types only; the services own every rule.

Output serializers read only what the selectors already loaded (no query per row).
"""

from __future__ import annotations

from rest_framework import serializers

from ..kinds import REJECT_REASONS
from ..models import Comment, Finding, ModerationAction, ProtectedPerson, Report, Sanction
from ..selectors import ThreadItem, moderator_text
from .filters import MAX_ID
from .permissions import VIEW_ORIGINAL

# Versions are small counters; anything beyond a 32-bit int is bad input, not a 500.
MAX_VERSION = 2**31 - 1
STATUS_CHOICES = Comment.Status.choices


# --- Public thread and feed ---------------------------------------------------------------
class ThreadItemOutput(serializers.Serializer):
    """One row of a public thread (also the answer to posting a reply)."""

    id = serializers.IntegerField(source="comment.pk")
    parent = serializers.IntegerField(source="comment.parent_id", allow_null=True)
    depth = serializers.IntegerField(source="comment.depth")
    author_name = serializers.SerializerMethodField()
    body = serializers.CharField(
        source="text",
        help_text="The public text: redacted where redacted; empty for your own held reply; "
        "a placeholder sentence for a hidden comment kept for its replies.",
    )
    status = serializers.ChoiceField(source="comment.status", choices=STATUS_CHOICES)
    placeholder = serializers.BooleanField(
        help_text="True when this row stands in for a held, rejected or purged comment."
    )
    created_at = serializers.DateTimeField(source="comment.created_at")

    def get_author_name(self, item: ThreadItem) -> str:
        return "" if item.placeholder else item.comment.author_name


class CreatedReplyOutput(ThreadItemOutput):
    edit_token = serializers.CharField(
        help_text="A secret, given once: send it as the X-Edit-Token header to PATCH (within "
        "the edit window) or DELETE /api/v1/comments/{id}/. Keep it private."
    )


class EditInput(serializers.Serializer):
    body = serializers.CharField(allow_blank=True, trim_whitespace=False)


class CommentInput(serializers.Serializer):
    body = serializers.CharField(allow_blank=True, trim_whitespace=False)
    parent = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=MAX_ID, help_text="Reply to."
    )
    author_name = serializers.CharField(
        required=False,
        allow_blank=True,
        allow_null=True,
        trim_whitespace=False,
        help_text="Display name; 匿名 when empty.",
    )


class FeedItemOutput(serializers.ModelSerializer):
    post = serializers.CharField(source="post.slug", help_text="The post's slug.")
    parent = serializers.IntegerField(source="parent_id", allow_null=True)
    body = serializers.CharField(source="public_body", help_text="The public (redacted) text.")
    status = serializers.ChoiceField(choices=[Comment.Status.PUBLISHED, Comment.Status.REDACTED])
    html_url = serializers.SerializerMethodField()

    class Meta:
        model = Comment
        fields = [
            "id",
            "post",
            "parent",
            "depth",
            "author_name",
            "body",
            "status",
            "created_at",
            "html_url",
        ]

    def get_html_url(self, comment: Comment) -> str:
        return self.context["request"].build_absolute_uri(comment.get_absolute_url())


class ReportInput(serializers.Serializer):
    reason = serializers.ChoiceField(choices=Report.Reason.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class ReportOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()


# --- Moderation queue and decisions ---------------------------------------------------------
class FindingOutput(serializers.ModelSerializer):
    class Meta:
        model = Finding
        fields = ["start", "end", "category", "score", "rule"]


class QueueItemOutput(serializers.ModelSerializer):
    post = serializers.CharField(source="post.slug", help_text="The post's slug (as elsewhere).")
    post_id = serializers.IntegerField(help_text="The post's id (the queue's `post` filter).")
    parent = serializers.IntegerField(source="parent_id", allow_null=True)
    body = serializers.SerializerMethodField(
        help_text="The original text, as submitted; once redacted, the original only with "
        "comments.view_original (else the last redaction)."
    )
    findings = FindingOutput(many=True, read_only=True)
    reports = serializers.IntegerField(source="open_reports", help_text="Open reports.")

    class Meta:
        model = Comment
        fields = [
            "id",
            "post",
            "post_id",
            "parent",
            "depth",
            "author_name",
            "body",
            "status",
            "priority",
            "findings",
            "reports",
            "version",
            "created_at",
        ]

    def get_body(self, comment: Comment) -> str:
        user = self.context["request"].user
        return moderator_text(comment, may_see_original=user.has_perm(VIEW_ORIGINAL))


class DecisionInput(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, max_value=MAX_VERSION, help_text="The version you decided on."
    )
    reason = serializers.CharField(
        required=False, allow_blank=True, max_length=1000, default="", help_text="A note."
    )


class PublishInput(DecisionInput):
    dismiss = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        default=list,
        max_length=200,
        help_text="Harassment finding ids judged not harassment (「誹謗中傷ではない」); "
        "recorded as an override. Open harassment findings that are neither masked nor "
        "dismissed make the decision fail with 422 `unresolved_harassment`.",
    )
    dismiss_note = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=1000,
        default="",
        help_text="Why the dismissed findings are not harassment (required with `dismiss`).",
    )


class SpanInput(serializers.Serializer):
    start = serializers.IntegerField(min_value=0, max_value=MAX_VERSION)
    end = serializers.IntegerField(min_value=0, max_value=MAX_VERSION)
    category = serializers.CharField(required=False, max_length=32, help_text="e.g. PHONE.")


class RedactInput(PublishInput):
    spans = SpanInput(
        many=True,
        required=False,
        help_text="Offsets into the original text; omitted: the scanner's personal-data "
        "suggestions. A span with a harassment category (e.g. DEATH_WISH) masks abusive "
        "words as 〔不適切な表現〕.",
    )


class RejectInput(DecisionInput):
    reason = serializers.ChoiceField(
        choices=list(REJECT_REASONS.items()), help_text="A reject reason code."
    )
    note = serializers.CharField(
        required=False, allow_blank=True, max_length=1000, default="", help_text="Free text."
    )


class DecisionOutput(serializers.ModelSerializer):
    class Meta:
        model = Comment
        fields = ["id", "status", "version", "public_body", "author_name", "updated_at"]


# --- Protected persons and the audit log ----------------------------------------------------
class ProtectedPersonInput(serializers.Serializer):
    name = serializers.CharField(trim_whitespace=False, allow_blank=True)
    aliases = serializers.ListField(child=serializers.CharField(), required=False)
    handles = serializers.ListField(child=serializers.CharField(), required=False)
    roles = serializers.ListField(child=serializers.CharField(), required=False)
    note = serializers.CharField(required=False, allow_blank=True, default="")
    active = serializers.BooleanField(required=False, default=True)


class ProtectedPersonOutput(serializers.ModelSerializer):
    aliases = serializers.ListField(child=serializers.CharField())
    handles = serializers.ListField(child=serializers.CharField())
    roles = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = ProtectedPerson
        fields = [
            "id",
            "name",
            "aliases",
            "handles",
            "roles",
            "note",
            "active",
            "created_at",
            "updated_at",
        ]


class ModerationActionOutput(serializers.ModelSerializer):
    comment = serializers.IntegerField(source="comment_id", allow_null=True)
    post = serializers.IntegerField(source="post_id", allow_null=True)
    actor = serializers.CharField(
        source="actor_username",
        allow_null=True,
        help_text="The moderator's username; null for the system and for reports "
        "(who reported is never shown: report rows carry no actor).",
    )
    data = serializers.DictField(help_text="Offsets, categories and counts; never text.")

    class Meta:
        model = ModerationAction
        fields = [
            "id",
            "comment",
            "post",
            "actor",
            "action",
            "from_status",
            "to_status",
            "reason_code",
            "reason",
            "data",
            "created_at",
        ]


# --- Sanctions ----------------------------------------------------------------------------
class SanctionInput(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=Sanction.Kind.choices, help_text="suspend (needs days), ban or premoderate."
    )
    days = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        min_value=1,
        max_value=3650,
        help_text="Length in days; null or omitted: until lifted (not for suspend).",
    )
    reason = serializers.CharField(max_length=1000, help_text="Why (shown to moderators).")


class SanctionLiftInput(serializers.Serializer):
    reason = serializers.CharField(max_length=1000, help_text="Why the sanction ends early.")


class SanctionOutput(serializers.ModelSerializer):
    author = serializers.SerializerMethodField(
        help_text="The account's username, or null for an anonymous author (hashed client)."
    )
    anonymous = serializers.SerializerMethodField(
        help_text="True when the sanction is on an anonymous author's hashed client."
    )
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    lifted_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    active = serializers.SerializerMethodField()

    class Meta:
        model = Sanction
        fields = [
            "id",
            "kind",
            "author",
            "anonymous",
            "comment",
            "reason",
            "created_by",
            "created_at",
            "expires_at",
            "lifted_at",
            "lifted_by",
            "lift_reason",
            "active",
        ]

    def get_author(self, sanction: Sanction) -> str | None:
        return sanction.author.get_username() if sanction.author_id else None

    def get_anonymous(self, sanction: Sanction) -> bool:
        return sanction.author_id is None

    def get_active(self, sanction: Sanction) -> bool:
        from django.utils import timezone

        from ..policy.sanctions import is_active

        return is_active(
            lifted_at=sanction.lifted_at, expires_at=sanction.expires_at, now=timezone.now()
        )


# --- The author's self-check ----------------------------------------------------------------
class CheckInput(serializers.Serializer):
    body = serializers.CharField(
        trim_whitespace=False, allow_blank=True, help_text="The draft reply (not stored)."
    )


class CheckFindingOutput(serializers.Serializer):
    start = serializers.IntegerField(help_text="Offset into the draft as stored (trimmed).")
    end = serializers.IntegerField()
    category = serializers.CharField(help_text="e.g. PHONE, PERSON, INSULT.")
    label = serializers.CharField(help_text="Japanese label, e.g. 電話番号.")


class CheckOutput(serializers.Serializer):
    risk = serializers.ChoiceField(
        choices=["publish", "review", "hold"],
        help_text="publish: nothing found; otherwise the reply would wait for a moderator.",
    )
    findings = CheckFindingOutput(many=True)
    masked = serializers.CharField(
        help_text="The draft with personal data replaced by its labels (〔電話番号〕)."
    )
