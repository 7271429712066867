"""The moderator workspace: who may enter, what it shows, and that decisions work."""

import pytest
from django.urls import reverse

from comments.models import Comment, ModerationAction
from comments.services import comment_redact
from tests.factories import CommentFactory, FindingFactory, PostFactory

pytestmark = pytest.mark.django_db
SECRET = "090-1234-5678"


@pytest.fixture
def held(post):
    c = CommentFactory(post=post, body=f"番号は{SECRET}です", status=Comment.Status.PENDING)
    FindingFactory(comment=c, category="PHONE", start=3, end=16)
    return c


@pytest.fixture
def redacted(post, moderator):
    c = CommentFactory(post=post, body=f"秘密の{SECRET}", status=Comment.Status.PENDING)
    FindingFactory(comment=c, category="PHONE", start=3, end=16)
    return comment_redact(comment_id=c.pk, version=1, actor=moderator)


WORKSPACE_PAGES = ["comments:queue", "comments:log", "comments:protected", "comments:protected-new"]


@pytest.mark.parametrize("name", WORKSPACE_PAGES)
def test_anonymous_is_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", WORKSPACE_PAGES)
def test_readers_get_403(client, reader, name):
    client.force_login(reader)
    assert client.get(reverse(name)).status_code == 403


def test_readers_get_no_item_findings_or_preview(client, reader, held):
    client.force_login(reader)
    assert client.get(reverse("comments:item", args=[held.pk])).status_code == 403
    assert client.post(reverse("comments:preview", args=[held.pk])).status_code == 403
    response = client.post(
        reverse("comments:decide", args=[held.pk]), {"decision": "approve", "version": 1}
    )
    assert response.status_code == 403
    held.refresh_from_db()
    assert held.status == "pending"


def test_queue_shows_held_items_with_counts(client, moderator, held):
    client.force_login(moderator)
    html = client.get(reverse("comments:queue")).content.decode()
    assert f"#{held.pk}" in html and "電話番号" in html


def test_moderator_without_view_original_cannot_read_a_redacted_original(
    client, moderator, redacted
):
    client.force_login(moderator)
    html = client.get(reverse("comments:item", args=[redacted.pk])).content.decode()
    assert SECRET not in html and "〔電話番号〕" in html
    assert client.post(reverse("comments:preview", args=[redacted.pk])).status_code == 403


def test_view_original_permission_shows_it(client, senior_moderator, redacted):
    client.force_login(senior_moderator)
    html = client.get(reverse("comments:item", args=[redacted.pk])).content.decode()
    assert SECRET in html


def test_public_page_never_shows_the_original(client, redacted):
    html = client.get(redacted.post.get_absolute_url()).content.decode()
    assert SECRET not in html and "〔電話番号〕" in html


def test_item_highlights_findings_and_previews_redaction(client, moderator, held):
    client.force_login(moderator)
    html = client.get(reverse("comments:item", args=[held.pk])).content.decode()
    assert 'class="finding cat-phone"' in html
    assert "番号は〔電話番号〕です" in html  # the preview
    response = client.post(
        reverse("comments:preview", args=[held.pk]),
        {"spans": '[{"start": 0, "end": 2, "category": "PERSON"}]'},
    )
    assert response.json() == {"text": f"〔氏名〕は{SECRET}です"}
    bad = client.post(reverse("comments:preview", args=[held.pk]), {"spans": "[{"})
    assert bad.status_code == 400


def test_decide_redact_through_the_page(client, moderator, held):
    client.force_login(moderator)
    response = client.post(
        reverse("comments:decide", args=[held.pk]),
        {"decision": "redact", "version": 1, "spans": ""},
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == "redacted" and held.public_body == "番号は〔電話番号〕です"


def test_stale_decision_shows_the_conflict(client, moderator, held):
    client.force_login(moderator)
    client.post(reverse("comments:decide", args=[held.pk]), {"decision": "approve", "version": 1})
    response = client.post(
        reverse("comments:decide", args=[held.pk]),
        {"decision": "reject", "version": 1, "reason_code": "spam"},
        follow=True,
    )
    assert "他のモデレーターが先に変更しました" in response.content.decode()
    held.refresh_from_db()
    assert held.status == "published"


def test_bulk_approve(client, moderator, post):
    items = [CommentFactory(post=post, status="pending") for _ in range(3)]
    client.force_login(moderator)
    client.post(
        reverse("comments:bulk-approve"), {"selected": [f"{c.pk}:{c.version}" for c in items[:2]]}
    )
    statuses = [Comment.objects.get(pk=c.pk).status for c in items]
    assert statuses == ["published", "published", "pending"]
    assert ModerationAction.objects.filter(action="approve").count() == 2


def test_protected_person_form_validates_and_saves(client, moderator):
    client.force_login(moderator)
    bad = client.post(reverse("comments:protected-new"), {"name": "  "})
    assert bad.status_code == 400 and "名前を入力してください" in bad.content.decode()
    ok = client.post(
        reverse("comments:protected-new"),
        {
            "name": "山田 花子",
            "aliases": "やまだ はなこ\nYamada Hanako",
            "handles": "@hanayama",
            "roles": "当該スタッフ",
            "active": "on",
        },
    )
    assert ok.status_code == 302
    from comments.models import ProtectedPerson

    person = ProtectedPerson.objects.get()
    assert person.aliases == ["やまだ はなこ", "Yamada Hanako"] and person.handles == ["@hanayama"]


def test_audit_log_filters(client, moderator, held):
    client.force_login(moderator)
    client.post(reverse("comments:decide", args=[held.pk]), {"decision": "approve", "version": 1})
    html = client.get(reverse("comments:log"), {"action": "approve"}).content.decode()
    assert f"#{held.pk}" in html
    html = client.get(reverse("comments:log"), {"action": "reject"}).content.decode()
    assert f"#{held.pk}" not in html


@pytest.mark.parametrize("n", [10, 1000])
def test_queue_page_runs_constant_queries(client, moderator, django_assert_max_num_queries, n):
    post = PostFactory()
    CommentFactory.create_batch(n, post=post, status=Comment.Status.PENDING)
    for c in Comment.objects.all()[:5]:
        FindingFactory(comment=c)
    client.force_login(moderator)
    # session, user, permissions (groups), count, page of comments (+post/parent/author and
    # open-report counts), findings prefetch, category counts, posts for the filter,
    # pre-moderation periods in force (the banner and the posts' badges), and the
    # moderator's shortcut setting (ModeratorPreference), and comments published with
    # review signals waiting for a look.
    with django_assert_max_num_queries(12):
        response = client.get(reverse("comments:queue"))
    assert response.status_code == 200


def test_post_findings_are_shown_to_moderators(client, moderator):
    from posts.services import post_create

    post_create(slug="leak", title="苦情", body="店長の携帯は090-2222-3333です")
    client.force_login(moderator)
    html = client.get(reverse("comments:post-findings")).content.decode()
    assert 'class="finding cat-phone"' in html and "090-2222-3333" in html


def test_post_findings_are_not_for_readers(client, reader):
    client.force_login(reader)
    assert client.get(reverse("comments:post-findings")).status_code == 403


def test_audit_log_ignores_impossible_dates(client, moderator):
    client.force_login(moderator)
    response = client.get(reverse("comments:log"), {"since": "2026-02-31", "until": "x"})
    assert response.status_code == 200


# Odd query and form values get a clear answer, never a 500: "²" passes str.isdigit()
# but not int(), and 30 digits overflow the database's integer.
ODD_IDS = ["²", "9" * 30, "9" * 5000, "-1", "abc"]


@pytest.mark.parametrize("value", ODD_IDS)
def test_workspace_pages_ignore_odd_ids(client, moderator, held, value):
    client.force_login(moderator)
    assert client.get(reverse("comments:queue"), {"post": value}).status_code == 200
    assert client.get(reverse("comments:log"), {"comment": value}).status_code == 200
    item = reverse("comments:item", args=[held.pk])
    assert client.get(item, {"post": value}).status_code == 200


@pytest.mark.parametrize("value", ODD_IDS)
def test_decide_with_an_odd_next_id_still_redirects(client, moderator, held, value):
    client.force_login(moderator)
    response = client.post(
        reverse("comments:decide", args=[held.pk]),
        {"decision": "approve", "version": 1, "next": value},
    )
    assert response.status_code == 302 and response["Location"] == reverse("comments:queue")
    held.refresh_from_db()
    assert held.status == "published"


def test_bulk_approve_skips_odd_values(client, moderator, held):
    client.force_login(moderator)
    selected = ["²:1", f"{held.pk}:²", f"{'9' * 30}:1", f"{held.pk}:{'9' * 30}", f"{held.pk}:1"]
    response = client.post(reverse("comments:bulk-approve"), {"selected": selected})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == "published"


@pytest.mark.parametrize(
    "raw",
    [
        '[{"start": 0, "end": Infinity}]',
        '[{"start": 0, "end": NaN}]',
        '[{"start": 0.5, "end": 3}]',
        '[{"start": true, "end": 3}]',
        '[{"start": 0, "end": 1e400}]',
    ],
)
def test_preview_and_redact_refuse_non_integer_offsets(client, moderator, held, raw):
    client.force_login(moderator)
    response = client.post(reverse("comments:preview", args=[held.pk]), {"spans": raw})
    assert response.status_code == 400 and "整数" in response.json()["detail"]
    response = client.post(
        reverse("comments:decide", args=[held.pk]),
        {"decision": "redact", "version": 1, "spans": raw},
        follow=True,
    )
    assert "整数" in response.content.decode()
    held.refresh_from_db()
    assert (held.status, held.version) == ("pending", 1)


@pytest.mark.parametrize("field", ["name", "aliases", "handles", "roles", "note"])
def test_protected_person_form_refuses_control_characters(client, moderator, field):
    # PostgreSQL cannot store NUL in text: it must be a form error, not a 500 there.
    from comments.models import ProtectedPerson

    client.force_login(moderator)
    data = {"name": "佐藤 花子", field: "佐藤\x00花子"}
    response = client.post(reverse("comments:protected-new"), data)
    assert response.status_code == 400 and "使用できない文字" in response.content.decode()
    assert not ProtectedPerson.objects.exists()


@pytest.fixture
def requeued_redaction(post, senior_moderator, settings):
    """A redacted comment that enough reports sent back to the queue."""
    from comments.services import comment_report

    settings.COMMENTS_REPORT_THRESHOLD = 1
    c = CommentFactory(post=post, body=f"秘密の{SECRET}", status=Comment.Status.PENDING)
    FindingFactory(comment=c, category="PHONE", start=3, end=16)
    comment_redact(comment_id=c.pk, version=1, actor=senior_moderator)
    comment_report(comment_id=c.pk, client_ip="192.0.2.1", reason="spam")
    c.refresh_from_db()
    assert c.status == Comment.Status.PENDING
    return c


def test_requeued_redaction_keeps_its_original_restricted(client, moderator, requeued_redaction):
    client.force_login(moderator)
    queue = client.get(reverse("comments:queue")).content.decode()
    item = client.get(reverse("comments:item", args=[requeued_redaction.pk])).content.decode()
    assert f"#{requeued_redaction.pk}" in queue and SECRET not in queue
    assert SECRET not in item and "〔電話番号〕" in item
    preview = client.post(reverse("comments:preview", args=[requeued_redaction.pk]))
    assert preview.status_code == 403


def test_requeued_redaction_original_is_shown_with_view_original(
    client, senior_moderator, requeued_redaction
):
    client.force_login(senior_moderator)
    assert SECRET in client.get(reverse("comments:queue")).content.decode()
    assert (
        SECRET
        in client.get(reverse("comments:item", args=[requeued_redaction.pk])).content.decode()
    )


def test_filters_with_control_characters_are_ignored(client, moderator, held, monkeypatch):
    # PostgreSQL refuses NUL in a query parameter with an error (a 500): such a filter
    # value is dropped before it reaches the database.
    from comments import selectors

    seen = {}
    for name in ("moderation_queue", "moderation_log"):
        real = getattr(selectors, name)

        def spy(real=real, name=name, **kwargs):
            seen[name] = kwargs
            return real(**kwargs)

        monkeypatch.setattr(selectors, name, spy)
    client.force_login(moderator)
    assert client.get(reverse("comments:queue"), {"category": "PHONE\x00"}).status_code == 200
    assert client.get(reverse("comments:log"), {"actor": "mod\x00"}).status_code == 200
    assert seen["moderation_queue"]["category"] is None
    assert seen["moderation_log"]["actor"] is None


def test_blind_moderator_sees_no_approve_button_and_a_clear_refusal(
    client, moderator, senior_moderator, post
):
    from comments.services.reports import requeue

    held = CommentFactory(post=post, body=f"番号は{SECRET}です", status=Comment.Status.PENDING)
    FindingFactory(comment=held, category="PHONE", start=3, end=16)
    c = comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    requeue(comment=c, priority=30, reason_code="reports", data={})
    c.refresh_from_db()
    client.force_login(moderator)
    html = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert 'id="btn-approve"' not in html and "前回の伏せ字のまま公開" in html
    response = client.post(
        reverse("comments:decide", args=[c.pk]),
        {"decision": "approve", "version": c.version},
        follow=True,
    )
    assert "原文を閲覧できる権限がない" in response.content.decode()
    c.refresh_from_db()
    assert c.status == "pending"
