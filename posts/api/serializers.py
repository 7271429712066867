"""Output serializers of the posts API; they read only annotated fields (no query per row)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from comments import services as comment_services

from ..models import Post


class PostOutput(serializers.ModelSerializer):
    comment_count = serializers.IntegerField(
        read_only=True, help_text="Public (published or redacted) comments."
    )
    url = serializers.HyperlinkedIdentityField(
        view_name="api-post-detail", lookup_field="slug", help_text="This post in the API."
    )
    html_url = serializers.SerializerMethodField(help_text="The post's public page.")

    class Meta:
        model = Post
        fields = ["slug", "title", "body", "published_at", "comment_count", "url", "html_url"]

    def get_html_url(self, post: Post) -> str:
        return self.context["request"].build_absolute_uri(post.get_absolute_url())


class PremoderationOutput(serializers.Serializer):
    active = serializers.BooleanField(help_text="New replies wait for a moderator.")
    reason = serializers.ChoiceField(
        choices=["surge", "manual", "site"],
        allow_null=True,
        help_text="surge: a pile-on against one target; manual: a moderator; site: site-wide.",
    )
    until = serializers.DateTimeField(allow_null=True, help_text="End, or null: until ended.")


class PostDetailOutput(PostOutput):
    premoderation = serializers.SerializerMethodField()

    class Meta(PostOutput.Meta):
        fields = [*PostOutput.Meta.fields, "premoderation"]

    @extend_schema_field(PremoderationOutput)
    def get_premoderation(self, post: Post) -> dict:
        state = comment_services.post_premoderation_state(post=post)
        return {"active": state.active, "reason": state.reason, "until": state.until}
