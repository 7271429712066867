"""The sign-in pages, throttled per account and per client (complaints_site/login_throttle.py)."""

from __future__ import annotations

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import login_throttle

THROTTLED_MESSAGE = _(
    "ログインの試行が多すぎます。%(minutes)s分ほど待ってから、もう一度お試しください。"
)


class ThrottledLoginMixin:
    """For AuthenticationForm and its subclasses: refuse while throttled, count failures."""

    throttled_for: int | None = None

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        wait = login_throttle.wait_seconds(self.request, username)
        if wait is not None:
            self.throttled_for = wait
            raise ValidationError(
                THROTTLED_MESSAGE, code="throttled", params={"minutes": -(-wait // 60)}
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            login_throttle.record_failure(self.request, username)
            raise
        if self.user_cache is not None:
            login_throttle.record_success(self.request, username)
        return cleaned


class ThrottledAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledLoginMixin, AdminAuthenticationForm):
    pass


class ThrottledLoginView(LoginView):
    authentication_form = ThrottledAuthenticationForm

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.throttled_for is not None:
            response.status_code = 429
            response["Retry-After"] = str(form.throttled_for)
        return response
