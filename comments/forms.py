"""HTML forms of the reader pages (reply, report): shapes only; the services own the rules."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Report


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("本文"),
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": settings.COMMENTS_MAX_LENGTH}),
        strip=False,  # the service trims and validates, so its messages are the ones shown
        required=False,
    )
    author_name = forms.CharField(
        label=_("表示名（任意）"),
        required=False,
        strip=False,
        widget=forms.TextInput(attrs={"placeholder": "匿名", "maxlength": 50}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # "1" once the author has seen the self-check (live with JavaScript, or the confirm
    # step without it): a draft that would wait is then sent as it is.
    selfcheck = forms.CharField(required=False, widget=forms.HiddenInput)
    # A one-time token per rendered form: a second POST of the same form (a double click,
    # a resent request) creates nothing and leads to the first reply.
    form_token = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def add_service_errors(self, exc) -> None:
        """Show a service's ValidationError on the fields it names (else on the form)."""
        errors = exc.error_dict if hasattr(exc, "error_dict") else {None: exc.error_list}
        for field, messages in errors.items():
            target = field if field in self.fields else None
            for message in messages:
                self.add_error(target, message)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("理由"), choices=Report.Reason.choices)
    note = forms.CharField(label=_("補足（任意）"), required=False, max_length=500)
