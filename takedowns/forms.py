"""The public request form and the handler/author forms: fields and labels only. The
rules (what is required, which targets exist) live in services, whose per-field errors
the views put back on these forms."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AuthorInquiry, TakedownRequest
from .services import BASIS_KINDS

# Service error keys → the form field that shows them.
FIELD_OF = {"targets": "comments"}


class TakedownRequestForm(forms.Form):
    relationship = forms.ChoiceField(
        label=_("あなたの立場"),
        choices=TakedownRequest.Relationship.choices,
        initial=TakedownRequest.Relationship.SELF,
        widget=forms.RadioSelect,
        required=False,
    )
    requester_name = forms.CharField(label=_("氏名"), required=False, max_length=1000)
    email = forms.CharField(
        label=_("メールアドレス"),
        required=False,
        max_length=1000,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("受付のお知らせと判断の結果をお送りします。"),
    )
    comments = forms.CharField(
        label=_("削除を求める返信の番号"),
        required=False,
        max_length=1000,
        help_text=_("「#12, #15」のように、カンマで区切って複数指定できます。"),
    )
    post = forms.CharField(
        label=_("削除を求める投稿（スラッグ、任意）"),
        required=False,
        max_length=100,
        help_text=_("投稿そのものの削除を求める場合だけ入力してください。"),
    )
    right = forms.ChoiceField(
        label=_("侵害された権利"),
        choices=TakedownRequest.Right.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    passage = forms.CharField(
        label=_("該当箇所"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("権利を侵害している部分を、返信から書き写してください。"),
    )
    explanation = forms.CharField(
        label=_("権利が侵害されたとする理由"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    declared = forms.BooleanField(
        label=_("この申出の内容は真実であり、正当な権利に基づくものであることを誓約します。"),
        required=False,
    )


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("削除に同意しますか"),
        choices=AuthorInquiry.Answer.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    reason = forms.CharField(
        label=_("理由（同意しない場合は必須）"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class DiscloseForm(forms.Form):
    comment = forms.IntegerField(label=_("返信の番号"), min_value=1, max_value=2**63 - 1)
    basis_kind = forms.ChoiceField(label=_("開示の根拠の種類"), choices=BASIS_KINDS)
    basis = forms.CharField(
        label=_("根拠（事件番号、または任意開示の理由）"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
