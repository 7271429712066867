"""The workspace as a professional moderator expects: the reports tab, bulk reject, log
labels and counts, no span tool on a purged item, deleting a protected person, the
dashboard."""

import pytest
from django.urls import reverse

from comments import services
from comments.models import Comment, ModerationAction, ProtectedPerson
from tests.factories import CommentFactory, ProtectedPersonFactory

pytestmark = pytest.mark.django_db


def test_every_open_report_is_listed_without_the_reporter(client, moderator, post):
    c = CommentFactory(post=post)
    services.comment_report(
        comment_id=c.pk, client_ip="203.0.113.7", reason="harassment", note="名指しで攻撃"
    )
    client.force_login(moderator)
    page = client.get(reverse("comments:reports")).content.decode()
    assert f"#{c.pk}" in page and "名指しで攻撃" in page and "誹謗中傷" in page
    assert "203.0.113.7" not in page
    # One report is below the threshold: the comment stays public.
    assert Comment.objects.get(pk=c.pk).status == "published"


def test_bulk_reject_with_a_reason(client, moderator, post):
    held = [CommentFactory(post=post, status="pending") for _ in range(2)]
    client.force_login(moderator)
    client.post(
        reverse("comments:bulk-reject"),
        {"selected": [f"{c.pk}:{c.version}" for c in held], "reason_code": "spam"},
    )
    assert set(Comment.objects.values_list("status", flat=True)) == {"rejected"}
    assert set(
        ModerationAction.objects.filter(action="reject").values_list("reason_code", flat=True)
    ) == {"spam"}
    response = client.post(
        reverse("comments:bulk-reject"), {"selected": ["1:1"], "reason_code": "nope"}, follow=True
    )
    assert "理由を一覧から" in response.content.decode()


def test_bulk_decisions_count_what_was_done_and_what_was_skipped(client, moderator, post):
    fresh, stale = (CommentFactory(post=post, status="pending") for _ in range(2))
    client.force_login(moderator)
    selected = [f"{fresh.pk}:{fresh.version}", f"{stale.pk}:{stale.version + 1}", "x:1"]
    page = client.post(
        reverse("comments:bulk-reject"),
        {"selected": selected, "reason_code": "spam"},
        follow=True,
    ).content.decode()
    assert "1 件を却下しました。" in page
    assert "1 件は他のモデレーターが先に変更したため却下しませんでした。" in page
    assert Comment.objects.get(pk=stale.pk).status == "pending"
    page = client.post(reverse("comments:bulk-approve"), {}, follow=True).content.decode()
    assert "承認する項目が選ばれていません。" in page and "件を承認しました" not in page


def test_log_rows_show_japanese_labels_and_rescan_counts(client, moderator, post):
    services.comment_submit(post=post, body="電話は090-1234-5678")
    services.rescan_public_comments()
    client.force_login(moderator)
    page = client.get(reverse("comments:log")).content.decode()
    assert "スキャナーの検出" in page and "件を再スキャン" in page
    assert ">scanner<" not in page


def test_a_purged_item_has_no_span_tool(client, senior_moderator, post):
    c = services.comment_submit(post=post, body="電話は090-1234-5678")
    services.comment_purge(comment_id=c.pk, version=1, actor=senior_moderator)
    client.force_login(senior_moderator)
    page = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert 'id="add-selection"' not in page and 'id="preview"' not in page


def test_a_protected_person_can_be_deleted_from_the_workspace(client, moderator):
    person = ProtectedPersonFactory()
    client.force_login(moderator)
    edit = client.get(reverse("comments:protected-edit", args=[person.pk])).content.decode()
    assert 'id="btn-protected-delete"' in edit
    client.post(reverse("comments:protected-delete", args=[person.pk]))
    assert not ProtectedPerson.objects.exists()


def test_the_dashboard_draws_its_charts(client, moderator, post):
    held = services.comment_submit(post=post, body="電話は090-1234-5678")
    services.comment_submit(post=post, body="ブログ主は死ね")
    services.comment_approve(comment_id=held.pk, version=1, actor=moderator)
    client.force_login(moderator)
    page = client.get(reverse("comments:dashboard")).content.decode()
    assert page.count('<svg class="chart"') == 2
    assert "電話番号" in page and "死ね等" in page
    figures = page.split('id="figures"')[1][:600]
    assert "<dd>1</dd>" in figures  # one decision in the period


def test_dashboard_queue_size_walks_back_from_today(moderator, post):
    from comments.dashboard import dashboard

    services.comment_submit(post=post, body="電話は090-1234-5678")
    services.comment_submit(post=post, body="連絡先 03-3333-4444")
    data = dashboard(days=3)
    assert data.queue_size[-1] == 2 and data.queue_size[0] == 0
