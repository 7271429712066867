"""The API's JSON parser: DRF's, bounded in size and nesting.

DRF reads a JSON body whole, whatever DATA_UPLOAD_MAX_MEMORY_SIZE says, and a body
nested a few thousand levels deep makes Python's json module raise RecursionError,
which used to end as a 500. Here the body is read up to the limit (beyond it:
RequestDataTooBig, answered 413 by complaints_site/api_errors.py) and anything nested
deeper than MAX_DEPTH is a 400 ``parse_error``. No endpoint takes more than a few
levels.
"""

from __future__ import annotations

import io

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32


def _too_deep(value, limit: int) -> bool:
    """Whether containers nest deeper than ``limit``; iterative, so no recursion limit."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read() if limit is None else stream.read(limit + 1)
        if limit is not None and len(raw) > limit:
            raise RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.")
        try:
            data = super().parse(io.BytesIO(raw), media_type, parser_context)
        except RecursionError:
            data = None
            too_deep = True
        else:
            too_deep = _too_deep(data, MAX_DEPTH)
        if too_deep:
            raise ParseError(
                _("JSONの入れ子が深すぎます（%(n)s段まで）。") % {"n": MAX_DEPTH},
                code="parse_error",
            )
        return data
