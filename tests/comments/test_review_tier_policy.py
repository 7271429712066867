"""The review tier on the site: weak signals hold a reply at low priority, labelled 要確認
with the signals listed (or publish it, when COMMENTS_REVIEW_TIER=publish_and_queue)."""

import pytest
from django.urls import reverse

from comments import policy
from comments.kinds import category_label
from comments.models import Comment, Finding, ModerationAction
from comments.services import comment_approve, comment_submit

pytestmark = pytest.mark.django_db
WHEREABOUTS = "例の整備士、住んでるとこ見つけたよ"


def test_a_review_signal_holds_below_confident_findings(post):
    c = comment_submit(post=post, body=WHEREABOUTS)
    phone = comment_submit(post=post, body="電話は090-1234-5678")
    assert c.status == "pending" and c.priority == policy.PRIORITY_REVIEW
    assert phone.priority < c.priority
    # The rule's signal (the learned score may add its own beside it).
    f = Finding.objects.get(comment=c, category="REVIEW_WHEREABOUTS")
    assert (f.kind, f.rule) == ("review", "review.whereabouts")
    assert set(Finding.objects.filter(comment=c).values_list("kind", flat=True)) == {"review"}
    assert category_label(f.category).startswith("要確認")
    assert ModerationAction.objects.get(comment=c).reason_code == "review"


def test_publish_and_queue_publishes_with_the_signals_kept(post, settings):
    settings.COMMENTS_REVIEW_TIER = "publish_and_queue"
    c = comment_submit(post=post, body=WHEREABOUTS)
    assert c.status == "published" and c.public_body == WHEREABOUTS
    assert Finding.objects.filter(comment=c, kind="review").count() >= 1


def test_clean_text_is_untouched(post):
    assert comment_submit(post=post, body="実家に帰ったら母が元気そうで安心した").status == (
        "published"
    )


def test_a_review_item_shows_its_signals_and_approves_without_the_gate(client, moderator, post):
    c = comment_submit(post=post, body=WHEREABOUTS)
    client.force_login(moderator)
    page = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert "要確認：居場所・家族への言及" in page
    assert 'data-findings="0"' in page  # a review-only item is approved in one key
    assert 'id="harassment-gate"' not in page
    approved = comment_approve(comment_id=c.pk, version=c.version, actor=moderator)
    assert approved.status == "published"


def test_review_signals_are_not_redaction_spans(moderator, post):
    from django.core.exceptions import ValidationError

    from comments.services import comment_redact

    c = comment_submit(post=post, body=WHEREABOUTS)
    f = Finding.objects.get(comment=c, category="REVIEW_WHEREABOUTS")
    with pytest.raises(ValidationError):
        comment_redact(
            comment_id=c.pk,
            version=c.version,
            actor=moderator,
            spans=[{"start": f.start, "end": f.end, "category": f.category}],
        )
    assert Comment.objects.get(pk=c.pk).status == "pending"


def test_published_for_a_look_is_listed_and_acknowledged(client, moderator, post, settings):
    settings.COMMENTS_REVIEW_TIER = "publish_and_queue"
    c = comment_submit(post=post, body=WHEREABOUTS)
    client.force_login(moderator)
    queue = client.get(reverse("comments:queue")).content.decode()
    assert 'id="for-a-look"' in queue and f"#{c.pk}" in queue
    item = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert 'id="btn-acknowledge"' in item
    client.post(reverse("comments:acknowledge", args=[c.pk]))
    assert "for-a-look" not in client.get(reverse("comments:queue")).content.decode()
    assert ModerationAction.objects.filter(comment=c, action="override").count() == 1
    assert Comment.objects.get(pk=c.pk).status == "published"
