"""Sender-information readiness: connection data encrypted per comment when a key is
set (nothing otherwise), never in clear; decryption only with the permission and a legal
basis, every attempt audited; expiry and the purge; the system check."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from comments import services as comment_services
from takedowns import services
from takedowns.checks import sender_key_check
from takedowns.models import SenderRecord, TakedownEvent

from .fixtures import START

pytestmark = pytest.mark.django_db
IP = "203.0.113.77"


def submit(post, ip=IP):
    return comment_services.comment_submit(post=post, body="対応が遅すぎました", client_ip=ip)


def disclose(comment, actor, **fields):
    payload = {"basis_kind": "court_order", "basis": "東京地裁 令和8年(モ)第123号"}
    payload.update(fields)
    return services.sender_disclose(comment_id=comment.pk, actor=actor, **payload)


def test_without_a_key_nothing_is_kept_and_check_warns(post, settings):
    settings.TAKEDOWNS_SENDER_KEY = ""
    submit(post)
    assert not SenderRecord.objects.exists()
    [warning] = sender_key_check()
    assert warning.id == "takedowns.W001"


def test_a_bad_key_is_an_error_and_submission_still_works(post, settings):
    settings.TAKEDOWNS_SENDER_KEY = "not-a-fernet-key"
    [error] = sender_key_check()
    assert error.id == "takedowns.E001"
    assert submit(post).status == "published" and not SenderRecord.objects.exists()


def test_each_comment_gets_an_encrypted_record_with_its_retention(
    clock, post, sender_key, settings
):
    settings.TAKEDOWNS_SENDER_RETENTION_DAYS = 30
    assert sender_key_check() == []
    comment = submit(post)
    record = SenderRecord.objects.get(comment=comment)
    assert IP not in record.token and record.expires_at == START + timedelta(days=30)
    assert IP in Fernet(sender_key).decrypt(record.token.encode()).decode()
    # Nowhere else in clear: not on the comment, not in any audit row.
    assert IP not in comment.client_hash
    assert not TakedownEvent.objects.exists()


def test_a_comment_without_an_address_gets_no_record(post, sender_key):
    comment_services.comment_submit(post=post, body="対応が遅すぎました")
    assert not SenderRecord.objects.exists()


def test_disclosure_needs_the_permission_and_refusals_are_audited(
    post, sender_key, handler, moderator
):
    comment = submit(post)
    for user in (handler, moderator):
        with pytest.raises(PermissionDenied):
            disclose(comment, user)
    rows = list(TakedownEvent.objects.filter(action="disclose").order_by("id"))
    assert [(r.actor, r.data["outcome"]) for r in rows] == [
        (handler, "denied"),
        (moderator, "denied"),
    ]


def test_disclosure_with_a_basis_shows_the_data_and_is_audited_without_it(
    clock, post, sender_key, discloser, caplog
):
    comment = submit(post)
    with caplog.at_level(logging.DEBUG):
        shown = disclose(comment, discloser)
    assert (shown.comment_id, shown.ip, shown.port) == (comment.pk, IP, None)
    assert shown.at == comment.created_at.isoformat()
    event = TakedownEvent.objects.get(action="disclose")
    assert (event.actor, event.comment_id, event.reason) == (
        discloser,
        comment.pk,
        "東京地裁 令和8年(モ)第123号",
    )
    assert event.data == {"comment": comment.pk, "basis_kind": "court_order", "outcome": "shown"}
    assert IP not in str(event.data) and IP not in caplog.text


@pytest.mark.parametrize(
    ("fields", "field"),
    [({"basis": " "}, "basis"), ({"basis_kind": "curiosity"}, "basis_kind")],
)
def test_a_legal_basis_is_required(post, sender_key, discloser, fields, field):
    comment = submit(post)
    with pytest.raises(ValidationError) as exc:
        disclose(comment, discloser, **fields)
    assert field in exc.value.message_dict
    assert not TakedownEvent.objects.filter(action="disclose").exists()


def test_expired_or_missing_records_are_absent_and_still_audited(
    clock, post, sender_key, discloser
):
    comment = submit(post)
    clock.advance(days=90, seconds=1)
    with pytest.raises(ValidationError):
        disclose(comment, discloser)
    with pytest.raises(ValidationError):
        services.sender_disclose(
            comment_id=999999, actor=discloser, basis_kind="voluntary", basis="明白な権利侵害"
        )
    outcomes = list(
        TakedownEvent.objects.filter(action="disclose").values_list("data__outcome", "comment_id")
    )
    assert sorted(outcomes, key=str) == sorted([("absent", comment.pk), ("absent", None)], key=str)


def test_the_purge_erases_expired_records_and_counts_them(clock, post, sender_key, caplog):
    old = submit(post)
    clock.advance(days=60)
    recent = submit(post, ip="198.51.100.200")
    clock.advance(days=31)
    with caplog.at_level(logging.INFO, logger="takedowns.services.sender"):
        call_command("purge_sender_records", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(SenderRecord.objects.values_list("comment_id", flat=True)) == [recent.pk]
    assert "purged 1 expired sender records" in caplog.text
    assert TakedownEvent.objects.get(action="purge_sender").data == {"removed": 1}
    assert old.pk  # the comment itself stays


def test_a_rotated_key_still_reads_old_records(post, discloser, settings):
    old_key = Fernet.generate_key().decode()
    settings.TAKEDOWNS_SENDER_KEY = old_key
    comment = submit(post)
    settings.TAKEDOWNS_SENDER_KEY = f"{Fernet.generate_key().decode()},{old_key}"
    assert disclose(comment, discloser).ip == IP


def test_the_disclosure_page_lists_every_access(client, post, sender_key, discloser, handler):
    comment = submit(post)
    client.force_login(handler)
    assert client.get(reverse("takedowns:disclose")).status_code == 403
    client.force_login(discloser)
    response = client.post(
        reverse("takedowns:disclose"),
        {"comment": comment.pk, "basis_kind": "voluntary", "basis": "脅迫の明白な証拠"},
    )
    assert response.status_code == 200 and IP in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    listing = client.get(reverse("takedowns:disclose")).content.decode()
    assert "脅迫の明白な証拠" in listing and IP not in listing
    bad = client.post(reverse("takedowns:disclose"), {"comment": comment.pk, "basis": ""})
    assert bad.status_code == 400
