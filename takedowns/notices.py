"""E-mails of the takedown flow, rendered from editable Japanese templates
(``templates/takedowns/email/<name>.subject.txt`` and ``<name>.txt``; override them in
the project's template directory). Sent after the transaction commits; an outage is
logged (reference only, no addresses) and never undoes a decision. No decisions here.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def local(dt) -> str:
    return timezone.localtime(dt).strftime("%Y年%-m月%-d日 %H:%M") if dt else "—"


def send(name: str, *, to: list[str], context: dict) -> bool:
    """Render and send one notice; False (logged) when it could not be sent."""
    if not to:
        return False
    context = {"site_url": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"takedowns/email/{name}.subject.txt", context).split())
    body = render_to_string(f"takedowns/email/{name}.txt", context)
    try:
        send_mail(subject=subject, message=body, from_email=None, recipient_list=to)
    except Exception:  # a mail outage must not undo anything; it is logged
        logger.exception("takedown notice %s not sent (%s)", name, context.get("reference", ""))
        return False
    return True


def handler_emails() -> list[str]:
    """Everyone who may handle requests and has an e-mail address."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    handlers = users.filter(
        Q(is_superuser=True)
        | Q(
            groups__permissions__codename="handle",
            groups__permissions__content_type__app_label="takedowns",
        )
        | Q(
            user_permissions__codename="handle",
            user_permissions__content_type__app_label="takedowns",
        )
    ).distinct()
    return sorted({u.email for u in handlers})


def inquiry_url(inquiry_id: int) -> str:
    return absolute(reverse("takedowns:inquiry", args=[inquiry_id]))


def workspace_url(reference: str) -> str:
    return absolute(reverse("takedowns:item", args=[reference]))
