"""A small fixed-window rate limit on the cache, for the reader-facing HTML forms.

(The API uses DRF's throttles; these pages are plain Django views.)
"""

from __future__ import annotations

import time

from django.core.cache import cache


def hit(scope: str, key: str, *, limit: int, window: int) -> int | None:
    """Count one request; return None if allowed, else the seconds until the window ends."""
    now = int(time.time())
    bucket = now // window
    cache_key = f"rl:{scope}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        return (bucket + 1) * window - now
    return None
