"""The moderation API: queue, decisions, protected persons and the audit log."""

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Finding, ModerationAction, ProtectedPerson, Report
from comments.services import comment_approve, comment_report
from tests.factories import CommentFactory, FindingFactory, ProtectedPersonFactory, UserFactory

pytestmark = pytest.mark.django_db
QUEUE = reverse("api-moderation-queue-list")
PEOPLE = reverse("api-protected-person-list")
LOG = reverse("api-moderation-action-list")
SECRET = "090-1234-5678"


def decide(name, comment_id):
    return reverse(f"api-moderation-comment-{name}", args=[comment_id])


def person_url(person):
    return reverse("api-protected-person-detail", args=[person.pk])


@pytest.fixture
def held(post):
    comment = CommentFactory(post=post, body=f"番号は{SECRET}です", status=Comment.Status.PENDING)
    FindingFactory(comment=comment, category="PHONE", start=3, end=16, rule="phone.mobile")
    return comment


# --- Queue --------------------------------------------------------------------------------
def test_queue_lists_held_comments_by_priority_then_age(as_user, moderator, post, held):
    urgent = CommentFactory(post=post, status=Comment.Status.PENDING, priority=0)
    older = CommentFactory(
        post=post,
        status=Comment.Status.PENDING,
        created_at=timezone.now() - timezone.timedelta(days=1),
    )
    CommentFactory(post=post)  # published: not in the queue

    response = as_user(moderator).get(QUEUE)

    assert response.status_code == 200
    results = response.json()["results"]
    assert [c["id"] for c in results] == [urgent.pk, older.pk, held.pk]
    item = results[-1]
    assert set(item) >= {
        "id",
        "post",
        "parent",
        "body",
        "findings",
        "reports",
        "version",
        "created_at",
    }
    assert item["body"] == f"番号は{SECRET}です"  # the original, for moderators
    assert item["findings"] == [
        {"start": 3, "end": 16, "category": "PHONE", "score": 1.0, "rule": "phone.mobile"}
    ]
    assert item["reports"] == 0 and item["version"] == 1 and item["post"] == post.slug
    assert item["post_id"] == post.pk


def test_queue_filters(as_user, moderator, post, other_post, held):
    other = CommentFactory(post=other_post, status=Comment.Status.PENDING)
    FindingFactory(comment=other, category="EMAIL")
    reported = CommentFactory(post=post)
    for n in range(3):  # the default threshold sends it back to the queue
        comment_report(comment_id=reported.pk, client_ip=f"10.0.0.{n}", reason="harassment")
    client = as_user(moderator)

    def ids(**params):
        response = client.get(QUEUE, params)
        assert response.status_code == 200, response.json()
        return {c["id"] for c in response.json()["results"]}

    assert ids(category="PHONE") == {held.pk}
    assert ids(post=other_post.pk) == {other.pk}
    assert ids(reported="true") == {reported.pk}
    assert ids(reported="false") == {held.pk, other.pk}
    assert ids() == {held.pk, other.pk, reported.pk}
    row = client.get(QUEUE, {"reported": "true"}).json()["results"][0]
    assert row["reports"] == 3
    assert "10.0.0" not in str(row) and "reporter" not in row


@pytest.mark.parametrize(
    "params", [{"post": "abc"}, {"post": "1" * 30}, {"reported": "maybe"}, {"category": "x" * 40}]
)
def test_queue_bad_filters_are_400(as_user, moderator, params):
    response = as_user(moderator).get(QUEUE, params)
    assert response.status_code == 400 and response.json()["code"] == "invalid"


@pytest.mark.parametrize("rows", [10, 1000])
def test_queue_runs_constant_queries(
    as_user, moderator, post, make_comments, rows, django_assert_num_queries
):
    make_comments(post, rows, status=Comment.Status.PENDING, finding="PHONE")
    client = as_user(moderator)
    # 1 token + user, 2 permission lookups (user, groups), 1 COUNT(*),
    # 1 SELECT of the page joining post/parent/author with the open-report count,
    # 1 prefetch of the page's findings
    with django_assert_num_queries(6):
        response = client.get(QUEUE)
    assert response.json()["count"] == rows
    assert all(len(c["findings"]) == 1 for c in response.json()["results"])


def test_queue_answers_304_to_a_matching_etag(as_user, moderator, held):
    client = as_user(moderator)
    first = client.get(QUEUE)
    assert client.get(QUEUE, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    # Per-user answers: caches may revalidate them but never share them.
    assert "private" in first["Cache-Control"]
    assert "Authorization" in first["Vary"]


# --- Decisions ----------------------------------------------------------------------------
def test_approve(as_user, moderator, held):
    response = as_user(moderator).post(
        decide("approve", held.pk), {"version": 1, "reason": "ok"}, format="json"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == held.pk and body["status"] == "published" and body["version"] == 2
    assert body["public_body"] == held.body
    action = ModerationAction.objects.get(comment=held, action="approve")
    assert (action.actor, action.from_status, action.to_status) == (
        moderator,
        "pending",
        "published",
    )


def test_redact_with_suggested_spans(as_user, moderator, held):
    response = as_user(moderator).post(decide("redact", held.pk), {"version": 1}, format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "redacted"
    assert SECRET not in response.json()["public_body"]
    assert "090" not in response.content.decode()


def test_redact_with_chosen_spans(as_user, moderator, held):
    response = as_user(moderator).post(
        decide("redact", held.pk),
        {"version": 1, "spans": [{"start": 0, "end": 2, "category": "PERSON"}]},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["public_body"].endswith(f"は{SECRET}です")
    assert not response.json()["public_body"].startswith("番号")


@pytest.mark.parametrize(
    "spans",
    [
        [{"start": 5, "end": 500}],
        [{"start": 3, "end": 2}],
        [{"start": 0, "end": 2, "category": "NOPE"}],
        [{"start": "a", "end": 2}],
        [{"end": 2}],
        [],
        "0-2",
        [1, 2],
    ],
)
def test_bad_spans_are_400(as_user, moderator, held, spans):
    response = as_user(moderator).post(
        decide("redact", held.pk), {"version": 1, "spans": spans}, format="json"
    )
    assert response.status_code == 400, response.json()
    assert "spans" in response.json()["errors"]
    held.refresh_from_db()
    assert held.status == "pending"


def test_reject_with_a_reason_code_and_note(as_user, moderator, held):
    response = as_user(moderator).post(
        decide("reject", held.pk),
        {"version": 1, "reason": "personal_data", "note": "電話番号"},
        format="json",
    )
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    action = ModerationAction.objects.get(comment=held, action="reject")
    assert (action.reason_code, action.reason) == ("personal_data", "電話番号")


@pytest.mark.parametrize("payload", [{"version": 1}, {"version": 1, "reason": "boring"}])
def test_reject_needs_a_known_reason(as_user, moderator, held, payload):
    response = as_user(moderator).post(decide("reject", held.pk), payload, format="json")
    assert response.status_code == 400 and "reason" in response.json()["errors"]


def test_restore_undoes_the_last_decision(as_user, moderator, held):
    client = as_user(moderator)
    client.post(decide("reject", held.pk), {"version": 1, "reason": "spam"}, format="json")
    response = client.post(decide("restore", held.pk), {"version": 2}, format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "pending" and response.json()["version"] == 3


def test_purge_blanks_the_text(as_user, senior_moderator, held):
    response = as_user(senior_moderator).post(
        decide("purge", held.pk), {"version": 1, "reason": "削除請求"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["status"] == "purged" and response.json()["public_body"] == ""
    held.refresh_from_db()
    assert held.body == "" and not Finding.objects.filter(comment=held).exists()


def test_purge_needs_view_original(as_user, moderator, held):
    response = as_user(moderator).post(decide("purge", held.pk), {"version": 1}, format="json")
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"


def test_a_stale_version_is_409_with_the_current_version(
    as_user, moderator, senior_moderator, held
):
    comment_approve(comment_id=held.pk, version=1, actor=senior_moderator)  # someone was first
    response = as_user(moderator).post(
        decide("reject", held.pk), {"version": 1, "reason": "spam"}, format="json"
    )
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "conflict" and body["current_version"] == 2 and body["detail"]
    held.refresh_from_db()
    assert held.status == "published"


def test_a_decision_the_state_does_not_allow_is_409_invalid_transition(as_user, moderator, post):
    published = CommentFactory(post=post)
    response = as_user(moderator).post(
        decide("approve", published.pk), {"version": 1}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_transition"
    assert response.json()["current_status"] == "published"


@pytest.mark.parametrize("name", ["approve", "redact", "reject", "restore", "purge"])
@pytest.mark.parametrize("pk", [10**9, 9_999_999_999_999_999_999])
def test_unknown_comments_are_404(as_user, senior_moderator, name, pk):
    response = as_user(senior_moderator).post(
        decide(name, pk), {"version": 1, "reason": "spam"}, format="json"
    )
    assert response.status_code == 404 and response.json()["code"] == "not_found"


@pytest.mark.parametrize("path_id", ["abc", "1.5", "-1", "1" * 25, "%00"])
def test_non_integer_ids_are_json_404(as_user, moderator, path_id):
    response = as_user(moderator).post(
        f"/api/v1/moderation/comments/{path_id}/approve/", {"version": 1}, format="json"
    )
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"version": "one"},
        {"version": 0},
        {"version": 10**30},
        {"version": None},
        {"version": [1]},
        {"version": 1, "reason": "x" * 1001},
        {"version": 1, "reason": "a\x00b"},
    ],
)
def test_bad_decision_input_is_400(as_user, moderator, held, payload):
    response = as_user(moderator).post(decide("approve", held.pk), payload, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "invalid"


@pytest.mark.parametrize("body", ["{", "[1, 2]", '"text"', "null", '{"version": 1e999}', "\x00"])
def test_malformed_json_bodies_are_400(as_user, moderator, held, body):
    response = as_user(moderator).post(
        decide("approve", held.pk), data=body, content_type="application/json"
    )
    assert response.status_code == 400, response.content


def test_unsupported_media_type_is_415(as_user, moderator, held):
    response = as_user(moderator).post(
        decide("approve", held.pk), data="version=1", content_type="text/plain"
    )
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


# --- Protected persons --------------------------------------------------------------------
def test_protected_person_crud_goes_through_the_services(
    as_user, moderator, post, django_capture_on_commit_callbacks
):
    named = CommentFactory(post=post, body="山田一郎さんは", public_body="山田一郎さんは")
    client = as_user(moderator)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            PEOPLE,
            {"name": "山田 一郎", "aliases": ["山田一郎", "やまだ"], "roles": ["当該店員"]},
            format="json",
        )
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "山田 一郎" and body["aliases"] == ["山田一郎", "やまだ"]
    assert body["active"] is True and body["handles"] == []
    assert len(callbacks) == 1  # the rescan
    named.refresh_from_db()
    assert named.status == "pending"  # the rescan sent the naming comment back

    person = ProtectedPerson.objects.get()
    response = client.patch(person_url(person), {"active": False}, format="json")
    assert response.status_code == 200
    assert response.json()["active"] is False and response.json()["name"] == "山田 一郎"
    assert response.json()["aliases"] == ["山田一郎", "やまだ"]

    assert client.get(person_url(person)).json()["id"] == person.pk
    assert client.get(PEOPLE).json()["count"] == 1

    assert client.delete(person_url(person)).status_code == 204
    assert not ProtectedPerson.objects.exists()
    assert client.get(person_url(person)).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {"name": ""},
        {"name": "x" * 101},
        {},
        {"name": "ok", "aliases": "not-a-list"},
        {"name": "ok", "aliases": [1, {"a": 2}]},
        {"name": "a\x00b"},
    ],
)
def test_bad_protected_person_input_is_400(as_user, moderator, payload):
    response = as_user(moderator).post(PEOPLE, payload, format="json")
    assert response.status_code == 400, response.json()
    assert response.json()["code"] == "invalid"
    assert not ProtectedPerson.objects.exists()


def test_put_is_not_offered(as_user, moderator):
    person = ProtectedPersonFactory()
    response = as_user(moderator).put(person_url(person), {"name": "x"}, format="json")
    assert response.status_code == 405


@pytest.mark.parametrize("rows", [10, 1000])
def test_protected_person_list_runs_constant_queries(
    as_user, moderator, rows, django_assert_num_queries
):
    ProtectedPerson.objects.bulk_create(ProtectedPerson(name=f"人{i}") for i in range(rows))
    client = as_user(moderator)
    # 1 token + user, 2 permission lookups (user, groups), 1 COUNT(*), 1 SELECT of the page
    with django_assert_num_queries(5):
        response = client.get(PEOPLE)
    assert response.json()["count"] == rows


def test_protected_person_list_answers_304_to_a_matching_etag(as_user, moderator):
    ProtectedPersonFactory()
    client = as_user(moderator)
    etag = client.get(PEOPLE)["ETag"]
    assert client.get(PEOPLE, HTTP_IF_NONE_MATCH=etag).status_code == 304


# --- Audit log ----------------------------------------------------------------------------
def test_audit_log_lists_actions_newest_first_with_filters(
    as_user, moderator, senior_moderator, post, held
):
    client = as_user(moderator)
    client.post(decide("approve", held.pk), {"version": 1}, format="json")
    other = CommentFactory(post=post, status=Comment.Status.PENDING)
    as_user(senior_moderator).post(
        decide("reject", other.pk), {"version": 1, "reason": "spam"}, format="json"
    )
    ModerationAction.objects.create(comment=other, action="rescan", data={"scanned": 1})
    client = as_user(moderator)

    def actions(**params):
        response = client.get(LOG, params)
        assert response.status_code == 200, response.json()
        return [(a["comment"], a["action"], a["actor"]) for a in response.json()["results"]]

    assert actions() == [
        (other.pk, "rescan", None),
        (other.pk, "reject", "senior"),
        (held.pk, "approve", "mod"),
    ]
    assert actions(comment=held.pk) == [(held.pk, "approve", "mod")]
    assert actions(actor="senior") == [(other.pk, "reject", "senior")]
    assert actions(actor="system") == [(other.pk, "rescan", None)]
    assert actions(action="approve") == [(held.pk, "approve", "mod")]
    tomorrow = (timezone.localdate() + timezone.timedelta(days=1)).isoformat()  # Tokyo
    assert actions(since=tomorrow) == []
    assert len(actions(until=tomorrow)) == 3
    row = client.get(LOG).json()["results"][0]
    assert set(row) == {
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
    }


def test_audit_log_never_names_reporters(as_user, moderator, post):
    comment = CommentFactory(post=post)
    snitch = UserFactory(username="snitch")
    comment_report(comment_id=comment.pk, reporter=snitch, reason="spam", note="私の電話は…")
    client = as_user(moderator)

    response = client.get(LOG)
    assert "snitch" not in response.content.decode()
    assert "私の電話" not in response.content.decode()
    report_row = response.json()["results"][0]
    assert report_row["action"] == "report" and report_row["actor"] is None
    assert client.get(LOG, {"actor": "snitch"}).json()["count"] == 0
    assert Report.objects.get().reporter == snitch


@pytest.mark.parametrize(
    "params",
    [
        {"comment": "x"},
        {"comment": "1.5"},
        {"action": "nope"},
        {"since": "soon"},
        {"until": "0001-01-01"},
    ],
)
def test_audit_log_bad_filters_are_400(as_user, moderator, params):
    response = as_user(moderator).get(LOG, params)
    assert response.status_code == 400 and response.json()["code"] == "invalid"


def test_audit_log_is_read_only(as_user, senior_moderator):
    client = as_user(senior_moderator)
    assert client.post(LOG, {"action": "approve"}, format="json").status_code == 405


@pytest.mark.parametrize("rows", [10, 1000])
def test_audit_log_runs_constant_queries(
    as_user, moderator, post, make_comments, rows, django_assert_num_queries
):
    comments = make_comments(post, rows, status=Comment.Status.PENDING)
    ModerationAction.objects.bulk_create(
        ModerationAction(comment=c, actor=moderator, action="approve") for c in comments
    )
    client = as_user(moderator)
    # 1 token + user, 2 permission lookups (user, groups), 1 COUNT(*),
    # 1 SELECT of the page joining the actor's username
    with django_assert_num_queries(5):
        response = client.get(LOG)
    assert response.json()["count"] == rows


def test_audit_log_answers_304_to_a_matching_etag(as_user, moderator, held):
    ModerationAction.objects.create(comment=held, action="hold")
    client = as_user(moderator)
    etag = client.get(LOG)["ETag"]
    assert client.get(LOG, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_queue_keeps_a_requeued_redaction_original_restricted(
    as_user, moderator, senior_moderator, held, settings, django_assert_max_num_queries
):
    # Redacted, then sent back by a report: it is pending again, but its original stays
    # for comments.view_original; other moderators see the last redaction.
    from comments.services import comment_redact

    settings.COMMENTS_REPORT_THRESHOLD = 1
    comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    comment_report(comment_id=held.pk, client_ip="192.0.2.1", reason="spam")
    for n in range(5):
        CommentFactory(post=held.post, status=Comment.Status.PENDING, body=f"保留 {n}")

    client = as_user(moderator)
    with django_assert_max_num_queries(8):
        results = client.get(QUEUE).json()["results"]
    item = next(r for r in results if r["id"] == held.pk)
    assert item["body"] == "番号は〔電話番号〕です"
    others = [r["body"] for r in results if r["id"] != held.pk]
    assert sorted(others) == [f"保留 {n}" for n in range(5)]  # never redacted: originals

    results = as_user(senior_moderator).get(QUEUE).json()["results"]
    assert next(r for r in results if r["id"] == held.pk)["body"] == f"番号は{SECRET}です"


def test_blind_moderator_approving_a_requeued_redaction_gets_403(post, moderator, senior_moderator):
    from rest_framework.test import APIClient

    from comments import services as comment_services
    from comments.models import Comment
    from comments.services.reports import requeue
    from tests.factories import CommentFactory, FindingFactory

    held = CommentFactory(post=post, body="電話は090-1234-5678です", status=Comment.Status.PENDING)
    FindingFactory(comment=held, category="PHONE", start=3, end=16)
    c = comment_services.comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    requeue(comment=c, priority=30, reason_code="reports", data={})
    c.refresh_from_db()
    client = APIClient()
    client.force_authenticate(moderator)
    response = client.post(
        f"/api/v1/moderation/comments/{c.pk}/approve/", {"version": c.version}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "original_restricted"
    c.refresh_from_db()
    assert c.status == "pending"
