"""Small query-parameter pieces shared by both apps' APIs: bounded ids and dates, and the
slug pattern of post URLs. No app imports here; both apps may import from here."""

from __future__ import annotations

from datetime import datetime, timedelta

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

# A post slug in API URLs.
SLUG = r"[-a-zA-Z0-9_]+"
# The largest id either database stores (signed 64-bit); anything bigger is bad input.
MAX_ID = 2**63 - 1
# Datetimes the database can store in every time zone (year 1 overflows on conversion).
EARLIEST, LATEST = datetime(1900, 1, 1), datetime(9000, 1, 1)


# Real UTC offsets lie within ±14 h; PostgreSQL refuses larger ones (a 500, not a 400).
MAX_OFFSET = timedelta(hours=14)


class BoundedIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    def to_python(self, value):
        value = super().to_python(value)
        if value is not None and not EARLIEST <= value.replace(tzinfo=None) < LATEST:
            raise ValidationError(_("日時が範囲外です。"), code="out_of_range")
        offset = value.utcoffset() if value is not None else None
        if offset is not None and abs(offset) > MAX_OFFSET:
            raise ValidationError(
                _("タイムゾーンのずれが大きすぎます（±14時間まで）。"), code="offset"
            )
        return value


class BoundedIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO-8601 date or datetime (naive ones are Asia/Tokyo), within years 1900–8999."""

    field_class = BoundedIsoDateTimeField


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField
