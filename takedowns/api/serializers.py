"""Shapes of the takedowns API: input serializers check types only (the rules are in
services); outputs never carry connection data."""

from __future__ import annotations

from rest_framework import serializers

from ..models import AuthorInquiry, TakedownRequest, TakedownTarget

MAX_VERSION = 2**31 - 1


class TargetInput(serializers.Serializer):
    comment = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    post = serializers.SlugField(required=False, max_length=100)

    def validate(self, attrs):
        if len(attrs) != 1:
            raise serializers.ValidationError(
                '{"comment": 番号} か {"post": スラッグ} のどちらか一方を指定してください。'
            )
        return attrs


class TakedownRequestInput(serializers.Serializer):
    targets = TargetInput(many=True, help_text="The comments and/or posts to remove.")
    requester_name = serializers.CharField(max_length=1000, allow_blank=True)
    email = serializers.CharField(max_length=1000, allow_blank=True)
    relationship = serializers.CharField(
        required=False, default="self", help_text="`self` (本人) or `agent` (代理人)."
    )
    right = serializers.CharField(
        help_text="privacy, defamation, honor_feeling, portrait or other."
    )
    explanation = serializers.CharField(max_length=20000, allow_blank=True)
    passage = serializers.CharField(max_length=10000, allow_blank=True)
    declared = serializers.BooleanField(
        required=False, default=True, help_text="The declaration of truth (default true)."
    )


class TakedownReceiptOutput(serializers.Serializer):
    reference = serializers.CharField()
    deadline = serializers.DateTimeField()


class TargetOutput(serializers.ModelSerializer):
    post = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    comment_status = serializers.SerializerMethodField()

    class Meta:
        model = TakedownTarget
        fields = ["comment", "post", "comment_status"]

    def get_comment_status(self, target) -> str | None:
        return target.comment.status if target.comment_id else None


class InquiryOutput(serializers.ModelSerializer):
    class Meta:
        model = AuthorInquiry
        fields = ["comment", "channel", "sent_at", "answer_due", "answer", "answered_at"]


class TakedownRequestOutput(serializers.ModelSerializer):
    targets = TargetOutput(many=True, read_only=True)
    overdue = serializers.SerializerMethodField()

    class Meta:
        model = TakedownRequest
        fields = [
            "reference",
            "state",
            "version",
            "right",
            "relationship",
            "requester_name",
            "requester_email",
            "passage",
            "explanation",
            "received_at",
            "deadline",
            "extended",
            "overdue",
            "outcome",
            "decision_reason",
            "decided_at",
            "targets",
        ]

    def get_overdue(self, request) -> bool:
        return request.overdue()


class TakedownDetailOutput(TakedownRequestOutput):
    inquiries = InquiryOutput(many=True, read_only=True)

    class Meta(TakedownRequestOutput.Meta):
        fields = [*TakedownRequestOutput.Meta.fields, "inquiries"]


class QueueFilterInput(serializers.Serializer):
    state = serializers.ChoiceField(choices=TakedownRequest.State.choices, required=False)
    overdue = serializers.BooleanField(required=False, allow_null=True, default=None)
    page = serializers.IntegerField(required=False, min_value=1)


class VersionInput(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_VERSION)


class DecideSpanInput(serializers.Serializer):
    comment = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    start = serializers.IntegerField(min_value=0, max_value=MAX_VERSION)
    end = serializers.IntegerField(min_value=0, max_value=MAX_VERSION)
    category = serializers.CharField(required=False, max_length=32)


class DecideInput(VersionInput):
    outcome = serializers.ChoiceField(choices=TakedownRequest.Outcome.choices)
    reason = serializers.CharField(max_length=2000, allow_blank=True)
    spans = DecideSpanInput(
        many=True,
        required=False,
        help_text="For `redact`: offsets into each comment's original; omitted: the "
        "requester's passage where it appears verbatim, else the scanner's suggestions.",
    )


class TransparencyMonthOutput(serializers.Serializer):
    month = serializers.CharField()
    comments_posted = serializers.IntegerField()
    comments_held = serializers.IntegerField()
    published_after_review = serializers.IntegerField()
    redacted = serializers.IntegerField()
    rejected = serializers.IntegerField()
    removed_on_request = serializers.IntegerField()
    redacted_on_request = serializers.IntegerField()
    requests_received = serializers.IntegerField()
    requests_decided = serializers.IntegerField()
    decided_within_deadline = serializers.IntegerField()
    median_days_to_decision = serializers.FloatField(allow_null=True)
    outcomes = serializers.DictField(child=serializers.IntegerField())


class CountOutput(serializers.Serializer):
    label = serializers.CharField()
    count = serializers.IntegerField()


class TransparencyOutput(serializers.Serializer):
    generated_at = serializers.DateTimeField()
    period = serializers.DictField(child=serializers.CharField())
    months = TransparencyMonthOutput(many=True)
    requests_by_right = CountOutput(many=True)
    findings_by_category = CountOutput(many=True)
