"""Sender-information readiness (発信者情報開示): the connection data of each new comment,
encrypted with Fernet (key from TAKEDOWNS_SENDER_KEY), kept for the retention period,
decrypted one comment at a time by holders of ``takedowns.disclose_sender`` with a legal
basis, every attempt audited; and the purge of expired records.

Never log or return an address anywhere else; never store one in clear.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment

from ..models import SenderRecord
from ..roles import DISCLOSE_SENDER
from ..validation import clean_choice, clean_text
from .audit import audit_disclosure, audit_sender_purge

logger = logging.getLogger(__name__)

BASIS_KINDS = [
    ("court_order", _("裁判所の命令（発信者情報開示命令・仮処分など）")),
    ("voluntary", _("任意開示（権利侵害が明白で、開示に正当な理由がある）")),
    ("provider_request", _("他の事業者からの提供命令")),
]


def sender_cipher() -> MultiFernet | None:
    """The configured cipher, or None when the feature is off (no key, or a bad one)."""
    keys = [k.strip() for k in (settings.TAKEDOWNS_SENDER_KEY or "").split(",") if k.strip()]
    if not keys:
        return None
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except (ValueError, TypeError):
        return None


def sender_record_store(
    *, comment_id: int, client_ip: str | None, at: datetime, port: int | None = None
) -> SenderRecord | None:
    """Keep one comment's connection data, encrypted; nothing when off or without address."""
    cipher = sender_cipher()
    if cipher is None or not client_ip:
        return None
    payload = json.dumps({"ip": client_ip, "port": port, "at": at.isoformat()})
    now = timezone.now()  # retention runs from when the record is stored
    return SenderRecord.objects.create(
        comment_id=comment_id,
        token=cipher.encrypt(payload.encode()).decode(),
        created_at=now,
        expires_at=now + timedelta(days=settings.TAKEDOWNS_SENDER_RETENTION_DAYS),
    )


@dataclass(frozen=True)
class Disclosure:
    comment_id: int
    ip: str
    port: int | None
    at: str
    expires_at: datetime


def sender_disclose(*, comment_id: int, actor, basis_kind, basis) -> Disclosure:
    """Decrypt one comment's connection data for a holder of takedowns.disclose_sender.

    The legal basis (court order number, or why voluntary disclosure is justified) is
    required. Every attempt is audited, refused ones included, and the audit row never
    holds the data itself. Raises PermissionDenied, ValidationError (no record, expired,
    bad basis).
    """
    now = timezone.now()
    known = Comment.objects.filter(pk=comment_id).exists()
    if actor is None or not actor.is_authenticated or not actor.has_perm(DISCLOSE_SENDER):
        if actor is not None and actor.is_authenticated:
            audit_disclosure(
                comment_id=comment_id,
                known=known,
                actor=actor,
                basis_kind="",
                basis="",
                outcome="denied",
                at=now,
            )
        raise PermissionDenied(_("発信者情報を閲覧する権限がありません。"))
    errors = {}
    try:
        kind = clean_choice(basis_kind, choices=BASIS_KINDS, label=_("開示の根拠の種類"))
    except ValidationError as exc:
        errors["basis_kind"] = exc.error_list
    try:
        text = clean_text(basis, label=_("開示の根拠"), max_length=1000)
    except ValidationError as exc:
        errors["basis"] = exc.error_list
    if errors:
        raise ValidationError(errors)
    record = SenderRecord.objects.filter(comment_id=comment_id, expires_at__gt=now).first()
    cipher = sender_cipher()
    data = None
    if record is not None and cipher is not None:
        try:
            data = json.loads(cipher.decrypt(record.token.encode()))
        except InvalidToken:
            logger.error(
                "sender record of comment %s cannot be decrypted (key changed?)", comment_id
            )
    with transaction.atomic():
        audit_disclosure(
            comment_id=comment_id,
            known=known,
            actor=actor,
            basis_kind=kind,
            basis=text,
            outcome="shown" if data else "absent",
            at=now,
        )
    if not data:
        raise ValidationError(
            {
                "comment": _(
                    "この返信の接続情報は保存されていません（保存期間の経過、機能が無効、"
                    "または鍵の変更）。"
                )
            }
        )
    return Disclosure(comment_id, data["ip"], data.get("port"), data["at"], record.expires_at)


def sender_records_purge(*, now: datetime | None = None) -> int:
    """Erase connection data past its retention; audited with the count, and logged."""
    now = now or timezone.now()
    with transaction.atomic():
        removed, _detail = SenderRecord.objects.filter(expires_at__lte=now).delete()
        if removed:
            audit_sender_purge(removed=removed, at=now)
    logger.info("purged %s expired sender records", removed)
    return removed
