"""No admin page leaks original text or reporters to a moderator without view_original.

Every registered ModelAdmin is probed with URL lookups that reach Comment.body,
client hashes or Report.reporter, directly or through relations, and with ordering
and search parameters. A probe leaks if a value that matches answers differently from
one that does not; each pair must answer the same (both 400, both 403, or the same
result count).
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.db.models import CharField, TextField
from django.urls import reverse

from comments.client import client_hash
from comments.models import Comment, Report
from comments.services import comment_redact, comment_report
from complaints_site.admin_guard import IDENTITY, ORIGINAL_TEXT
from tests.factories import CommentFactory, FindingFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = "090-1234-5678"
IP = "192.0.2.77"
HIDDEN = ORIGINAL_TEXT | IDENTITY


@pytest.fixture
def data(post, senior_moderator):
    held = CommentFactory(post=post, body=f"担当者は{SECRET}です", status=Comment.Status.PENDING)
    FindingFactory(comment=held, category="PHONE", start=4, end=17)
    redacted = comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    CommentFactory(post=post, body="普通の返信", status=Comment.Status.PUBLISHED)
    informant = UserFactory(username="informant")
    comment_report(comment_id=redacted.pk, reporter=informant, client_ip=IP, reason="spam")
    Comment.objects.filter(pk=redacted.pk).update(client_hash=client_hash(IP))
    return {"informant": informant}


@pytest.fixture
def staff_moderator(client, moderator):
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    client.force_login(moderator)
    return client


def _key(model, field):
    return (model._meta.app_label, model._meta.model_name, field.name)


def hidden_paths(model, depth: int = 3):
    """Every lookup path from model (through up to `depth` relations) to a hidden field."""
    found = []
    queue = [(model, "", 0)]
    while queue:
        current, prefix, hops = queue.pop(0)
        for field in current._meta.get_fields():
            name = field.name if not field.auto_created or field.concrete else field.name
            if not field.concrete and not field.is_relation:
                continue
            path = f"{prefix}{name}"
            if _key(current, field) in HIDDEN:
                found.append((path, field))
            elif field.is_relation and field.related_model and hops < depth:
                queue.append((field.related_model, f"{path}__", hops + 1))
    return found


def probes(model, informant):
    """(lookup, matching value, other value) pairs."""
    pairs = []
    for path, field in hidden_paths(model):
        if field.name == "body":
            pairs += [
                (f"{path}__contains", "1234", "zzzz"),
                (f"{path}__regex", "^担当者は090", "^zzz"),
                (f"{path}__startswith", "担当", "zz"),
            ]
        elif field.name == "client_hash":
            pairs += [
                (f"{path}__startswith", client_hash(IP)[:4], "zzzz"),
                (path, client_hash(IP), "0" * 32),
            ]
        elif field.name == "reporter":
            pairs += [
                (f"{path}__username", "informant", "nobody"),
                (path, str(informant.pk), "999999"),
                (f"{path}__isnull", "False", "True"),
            ]
    # Free-form lookups on the model's own text fields (original or not).
    for field in model._meta.fields:
        if isinstance(field, CharField | TextField):
            pairs.append((f"{field.name}__regex", "1234", "zzzz"))
    return pairs


def _answer(client, url, params):
    response = client.get(f"{url}?{urlencode(params)}")
    if response.status_code == 200:
        return 200, response.context["cl"].result_count
    return response.status_code, None


REGISTRY = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


@pytest.mark.parametrize(
    ("model", "model_admin"), REGISTRY, ids=[m._meta.label for m, _ in REGISTRY]
)
def test_lookups_reveal_nothing_hidden(staff_moderator, data, model, model_admin):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    for lookup, matching, other in probes(model, data["informant"]):
        hit = _answer(staff_moderator, url, {lookup: matching})
        miss = _answer(staff_moderator, url, {lookup: other})
        assert hit == miss, f"{model._meta.label} ?{lookup}= leaks: {hit} vs {miss}"
        assert hit[0] in (400, 403), f"{model._meta.label} accepts ?{lookup}="


@pytest.mark.parametrize(
    ("model", "model_admin"), REGISTRY, ids=[m._meta.label for m, _ in REGISTRY]
)
def test_search_and_ordering_never_use_hidden_fields(staff_moderator, data, model, model_admin):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert _answer(staff_moderator, url, {"q": "1234"}) == _answer(
        staff_moderator, url, {"q": "zzzz"}
    )
    response = staff_moderator.get(url)
    if response.status_code != 200:
        assert response.status_code == 403
        return
    columns = len(response.context["cl"].list_display)
    for index in range(columns + 1):
        for order in (str(index), f"-{index}"):
            response = staff_moderator.get(f"{url}?o={order}")
            assert response.status_code == 200
            for term in response.context["cl"].queryset.query.order_by:
                parts = str(term).lstrip("-").split("__")
                assert not {"body", "client_hash", "reporter"} & set(parts), term


def test_the_declared_filters_still_work(staff_moderator, data, post):
    url = reverse("admin:comments_comment_changelist")
    assert _answer(staff_moderator, url, {"status__exact": "redacted"}) == (200, 1)
    assert _answer(staff_moderator, url, {"post__id__exact": post.pk}) == (200, 2)
    assert _answer(staff_moderator, url, {"q": "普通"}) == (200, 1)
    # ...but not an undeclared lookup, even a harmless-looking one.
    assert _answer(staff_moderator, url, {"id__exact": "1"})[0] == 400
    # Nor a declared relation followed somewhere else (a password hash, say).
    assert _answer(staff_moderator, url, {"post__author__password__startswith": "m"})[0] == 400


def test_the_probe_detects_a_leak_where_the_original_may_be_read(client, senior_moderator, data):
    """Control: for view_original holders the body filter works, so the probe would see it."""
    senior_moderator.is_staff = True
    senior_moderator.save(update_fields=["is_staff"])
    client.force_login(senior_moderator)
    url = reverse("admin:comments_comment_changelist")
    assert _answer(client, url, {"body__contains": "1234"}) == (200, 1)
    assert _answer(client, url, {"body__contains": "zzzz"}) == (200, 0)
    # Reporters stay hidden from them too: only superusers see who reported.
    assert _answer(client, reverse("admin:comments_report_changelist"), {"reporter": "1"})[0] == 400


def _report_page(client):
    report = Report.objects.get()
    return client.get(reverse("admin:comments_report_change", args=[report.pk])).content.decode()


def test_the_report_page_names_no_reporter(staff_moderator, data):
    page = _report_page(staff_moderator)
    assert "informant" not in page
    assert client_hash(IP) not in page


def test_superusers_see_the_reporter(client, admin_user, data):
    client.force_login(admin_user)
    assert "informant" in _report_page(client)
    url = reverse("admin:comments_report_changelist")
    assert _answer(client, url, {"reporter": data["informant"].pk}) == (200, 1)


def test_the_comment_page_shows_the_original_only_to_view_original(client, senior_moderator, data):
    comment = Comment.objects.get(status=Comment.Status.REDACTED)
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    senior_moderator.is_staff = True
    senior_moderator.save(update_fields=["is_staff"])
    client.force_login(senior_moderator)
    assert SECRET in client.get(url).content.decode()
