"""The bridge between the database and the pure-Python scanner.

The scanner takes its protected-person registry as plain data; this module builds
one from the active ProtectedPerson rows and keeps it per process until the registry
changes (one cheap aggregate query tells).
"""

from __future__ import annotations

import threading

from django.db.models import Count, Max

from .models import ProtectedPerson
from .moderation import ProtectedPerson as ProtectedData
from .moderation import Scanner, ScannerConfig, ScanResult

_lock = threading.Lock()
_cached: tuple[tuple, Scanner] | None = None


def _registry_fingerprint() -> tuple:
    agg = ProtectedPerson.objects.aggregate(n=Count("id"), last=Max("updated_at"))
    return (agg["n"], agg["last"])


def protected_config() -> ScannerConfig:
    people = tuple(
        ProtectedData(
            name=p.name,
            aliases=tuple(p.aliases or ()),
            handles=tuple(p.handles or ()),
            roles=tuple(p.roles or ()),
            key=p.pk,
        )
        for p in ProtectedPerson.objects.filter(active=True).order_by("pk")
    )
    return ScannerConfig(protected=people)


def get_scanner() -> Scanner:
    """A scanner for the current registry, rebuilt only when the registry changed."""
    global _cached
    fingerprint = _registry_fingerprint()
    cached = _cached
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    with _lock:
        scanner = Scanner(protected_config())
        _cached = (fingerprint, scanner)
    return scanner


def scan_text(text: str) -> ScanResult:
    return get_scanner().scan(text)
