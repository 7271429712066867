"""Harassment is never published by accident: a held death wish cannot be approved or
redacted into public view unless its words are masked or the finding is dismissed."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from comments import services
from comments.exceptions import UnresolvedHarassment
from comments.models import Comment, Finding, ModerationAction
from tests.factories import CommentFactory, FindingFactory

pytestmark = pytest.mark.django_db
# 「オペレーターの佐藤は死ね」: a name (PERSON 7..9) and a death wish (DEATH_WISH 10..12).
BODY = "オペレーターの佐藤は死ね"


@pytest.fixture
def held(post):
    c = CommentFactory(post=post, body=BODY, status=Comment.Status.PENDING)
    FindingFactory(comment=c, kind="personal", category="PERSON", start=7, end=9)
    c.wish = FindingFactory(comment=c, kind="harassment", category="DEATH_WISH", start=10, end=12)
    return c


def test_redacting_only_the_name_is_refused(held, senior_moderator):
    with pytest.raises(UnresolvedHarassment) as info:
        services.comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    assert info.value.finding_ids == [held.wish.pk]
    held.refresh_from_db()
    assert (held.status, held.public_body, held.version) == ("pending", "", 1)
    assert not ModerationAction.objects.filter(comment=held).exists()


def test_approving_is_refused(held, moderator):
    with pytest.raises(UnresolvedHarassment):
        services.comment_approve(comment_id=held.pk, version=1, actor=moderator)


def test_masking_the_abusive_words_publishes_them_as_a_neutral_label(held, moderator):
    spans = [
        {"start": 7, "end": 9, "category": "PERSON"},
        {"start": 10, "end": 12, "category": "DEATH_WISH"},
    ]
    c = services.comment_redact(comment_id=held.pk, version=1, actor=moderator, spans=spans)
    assert c.public_body == "オペレーターの〔氏名〕は〔不適切な表現〕"
    assert "死ね" not in c.public_body


def test_a_partial_mask_is_not_enough(held, moderator):
    spans = [{"start": 7, "end": 9, "category": "PERSON"}, {"start": 10, "end": 11}]
    with pytest.raises(UnresolvedHarassment):
        services.comment_redact(comment_id=held.pk, version=1, actor=moderator, spans=spans)


def test_dismissing_with_a_reason_is_an_audited_override(held, moderator):
    c = services.comment_approve(
        comment_id=held.pk,
        version=1,
        actor=moderator,
        dismiss=[held.wish.pk],
        dismiss_note="小説の台詞の引用",
    )
    assert c.status == "published"
    wish = Finding.objects.get(pk=held.wish.pk)
    assert wish.dismissed_by == moderator and wish.dismiss_note == "小説の台詞の引用"
    override, decision = ModerationAction.objects.filter(comment=held).order_by("id")
    assert (override.action, override.actor, override.reason) == (
        "override",
        moderator,
        "小説の台詞の引用",
    )
    assert override.data == {"findings": [held.wish.pk]}
    assert decision.action == "approve" and decision.data == {"dismissed": [held.wish.pk]}


def test_a_dismissal_needs_a_reason_and_a_finding_of_this_comment(held, moderator, post):
    with pytest.raises(ValidationError) as info:
        services.comment_approve(
            comment_id=held.pk, version=1, actor=moderator, dismiss=[held.wish.pk]
        )
    assert "dismiss_note" in info.value.message_dict
    other = FindingFactory(comment=CommentFactory(post=post), kind="harassment", start=0, end=1)
    with pytest.raises(ValidationError) as info:
        services.comment_approve(
            comment_id=held.pk, version=1, actor=moderator, dismiss=[other.pk], dismiss_note="x"
        )
    assert "dismiss" in info.value.message_dict
    assert Comment.objects.get(pk=held.pk).status == "pending"


def test_rejecting_needs_no_resolution(held, moderator):
    c = services.comment_reject(
        comment_id=held.pk, version=1, actor=moderator, reason_code="threat"
    )
    assert c.status == "rejected"


def test_restoring_into_public_view_is_checked_too(held, moderator):
    c = services.comment_reject(comment_id=held.pk, version=1, actor=moderator, reason_code="other")
    # A rejected comment whose last decision came from "published" would be restored there.
    Comment.objects.filter(pk=c.pk).update(status="published", public_body=BODY)
    c = services.comment_reject(comment_id=c.pk, version=c.version, actor=moderator,
                                reason_code="other")  # fmt: skip
    with pytest.raises(UnresolvedHarassment):
        services.comment_restore(comment_id=c.pk, version=c.version, actor=moderator)


# --- the workspace ----------------------------------------------------------------------
def test_workspace_shows_the_gate_and_defaults_the_reject_reason(client, moderator, held):
    client.force_login(moderator)
    page = client.get(reverse("comments:item", args=[held.pk])).content.decode()
    assert 'id="harassment-gate"' in page
    assert f'name="dismiss" value="{held.wish.pk}"' in page
    # Death wishes default to 脅迫・危害の予告, not 個人情報.
    assert '<option value="threat" selected>' in page
    [box] = re.findall(r"<input[^>]*data-category=\"DEATH_WISH\"[^>]*>", page)
    assert "disabled" not in box and "checked" not in box  # selectable, not preselected


def test_workspace_refusal_is_shown_next_to_the_buttons(client, moderator, held):
    client.force_login(moderator)
    response = client.post(
        reverse("comments:decide", args=[held.pk]), {"decision": "redact", "version": 1}
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert 'id="decide-error"' in page and "未解決" in page
    assert page.index('id="decide-error"') < page.index('id="btn-redact"')
    assert Comment.objects.get(pk=held.pk).status == "pending"


def test_workspace_dismissal_publishes(client, moderator, held):
    client.force_login(moderator)
    response = client.post(
        reverse("comments:decide", args=[held.pk]),
        {
            "decision": "redact",
            "version": 1,
            "dismiss": [held.wish.pk],
            "dismiss_note": "慣用句（死ぬほど）の誤検出",
        },
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == "redacted" and held.public_body == "オペレーターの〔氏名〕は死ね"


def test_bulk_approve_skips_unresolved_harassment(client, moderator, held, post):
    clean = CommentFactory(post=post, status=Comment.Status.PENDING)
    client.force_login(moderator)
    response = client.post(
        reverse("comments:bulk-approve"),
        {"selected": [f"{held.pk}:1", f"{clean.pk}:{clean.version}"]},
        follow=True,
    )
    assert "未解決の誹謗中傷" in response.content.decode()
    assert Comment.objects.get(pk=held.pk).status == "pending"
    assert Comment.objects.get(pk=clean.pk).status == "published"
