"""Output serializers of the posts API; they read only annotated fields (no query per row)."""

from __future__ import annotations

from rest_framework import serializers

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
