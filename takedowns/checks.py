"""System check of the sender key: off without a key (a warning), an error when the key
is not a valid Fernet key. Nothing else."""

from __future__ import annotations

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def sender_key_check(app_configs=None, **kwargs):
    keys = [k.strip() for k in (settings.TAKEDOWNS_SENDER_KEY or "").split(",") if k.strip()]
    if not keys:
        return [
            Warning(
                "TAKEDOWNS_SENDER_KEY is not set: connection data for sender-information "
                "disclosure (発信者情報開示) is not kept.",
                hint="Generate one with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'",
                id="takedowns.W001",
            )
        ]
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError):
            return [
                Error(
                    "TAKEDOWNS_SENDER_KEY is not a valid Fernet key (32 url-safe base64 bytes).",
                    id="takedowns.E001",
                )
            ]
    return []
