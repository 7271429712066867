"""GET /healthz: can this process serve? The database and the shared cache, checked.

200 ``{"status": "ok", "database": "ok", "cache": "ok"}`` or 503 with the failing part
``"error"``; never cached. For load balancers and systemd/monitoring probes: cheap (one
SELECT 1 and one cache round trip), no session, no authentication.
"""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger("complaints_site.health")


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key, value = "healthz", uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not return what was stored")


@never_cache
@require_GET
def healthz(request):
    checks = {}
    for name, check in (("database", _database), ("cache", _cache)):
        try:
            check()
        except Exception:  # any failure makes this process unhealthy, whatever it is
            logger.warning("healthz: %s unavailable", name, exc_info=True)
            checks[name] = "error"
        else:
            checks[name] = "ok"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
