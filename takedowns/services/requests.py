"""A reader's removal request: validate every field and target, then store it with its
first event and send the acknowledgement. Nothing is stored when anything is refused."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.client import client_hash
from comments.models import Comment
from comments.selectors import public_comments
from posts.models import Post

from .. import notices
from ..models import TakedownEvent, TakedownRequest, TakedownTarget
from ..validation import clean_choice, clean_email, clean_target_shapes, clean_text
from .audit import audit_step

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone


def new_reference() -> str:
    """A reference nobody can guess (it is not a key to anything, but it is quoted)."""
    while True:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
        reference = f"TD-{code[:4]}-{code[4:]}"
        if not TakedownRequest.objects.filter(reference=reference).exists():
            return reference


def target_label(target: TakedownTarget) -> str:
    if target.comment_id:
        return _("返信 #%(id)s") % {"id": target.comment_id}
    return _("投稿「%(title)s」") % {"title": target.post.title}


def _resolve_targets(shapes) -> tuple[list[Comment], list[Post]]:
    comment_ids = [value for kind, value in shapes if kind == "comment"]
    slugs = [value for kind, value in shapes if kind == "post"]
    comments = {c.pk: c for c in public_comments().filter(pk__in=comment_ids)}
    posts = {p.slug: p for p in Post.objects.visible().filter(slug__in=slugs)}
    missing = [f"#{i}" for i in comment_ids if i not in comments] + [
        s for s in slugs if s not in posts
    ]
    if missing:
        raise ValidationError(
            _("次の対象が見つかりません（公開中の返信・投稿だけを指定できます）: %(list)s")
            % {"list": "、".join(missing)},
            "target_missing",
        )
    return [comments[i] for i in comment_ids], [posts[s] for s in slugs]


def takedown_request_submit(
    *,
    requester_name,
    email,
    relationship,
    right,
    passage,
    explanation,
    declared,
    targets,
    client_ip: str | None = None,
) -> TakedownRequest:
    """Store a removal request and acknowledge it by e-mail (reference and deadline).

    ``targets``: ``[{"comment": id} | {"post": slug}, ...]``. Raises ValidationError with
    a message per field and stores nothing when any field or target is refused.
    """
    Right, Relationship = TakedownRequest.Right, TakedownRequest.Relationship
    errors: dict[str, list[ValidationError]] = {}
    cleaned: dict = {}
    checks = {
        "requester_name": lambda: clean_text(
            requester_name, label=_("氏名"), max_length=100, multiline=False
        ),
        "email": lambda: clean_email(email),
        "relationship": lambda: clean_choice(
            relationship, choices=Relationship.choices, label=_("申出者の立場")
        ),
        "right": lambda: clean_choice(right, choices=Right.choices, label=_("侵害された権利")),
        "passage": lambda: clean_text(passage, label=_("該当箇所"), max_length=2000),
        "explanation": lambda: clean_text(
            explanation, label=_("権利が侵害されたとする理由"), max_length=5000
        ),
        "targets": lambda: _resolve_targets(clean_target_shapes(targets)),
    }
    for field, check in checks.items():
        try:
            cleaned[field] = check()
        except ValidationError as exc:
            errors[field] = exc.error_list
    if declared is not True:
        errors["declared"] = [
            ValidationError(_("記載内容が真実であることを確認してください。"), "declaration")
        ]
    if errors:
        raise ValidationError(errors)

    comments, posts = cleaned["targets"]
    now = timezone.now()
    with transaction.atomic():
        request = TakedownRequest.objects.create(
            reference=new_reference(),
            requester_name=cleaned["requester_name"],
            requester_email=cleaned["email"],
            relationship=cleaned["relationship"],
            right=cleaned["right"],
            passage=cleaned["passage"],
            explanation=cleaned["explanation"],
            declared=True,
            client_hash=client_hash(client_ip),
            received_at=now,
            deadline=now + timedelta(days=settings.TAKEDOWNS_DEADLINE_DAYS),
        )
        TakedownTarget.objects.bulk_create(
            [TakedownTarget(request=request, comment=c) for c in comments]
            + [TakedownTarget(request=request, post=p) for p in posts]
        )
        audit_step(
            request=request,
            actor=None,
            action=TakedownEvent.Action.RECEIVE,
            from_state="",
            to_state=request.state,
            at=now,
            data={"comments": [c.pk for c in comments], "posts": [p.pk for p in posts]},
        )
        transaction.on_commit(lambda: send_acknowledgement(request.pk))
    return request


def send_acknowledgement(request_id: int) -> None:
    request = TakedownRequest.objects.get(pk=request_id)
    targets = request.targets.select_related("post")
    notices.send(
        "acknowledgement",
        to=[request.requester_email],
        context={
            "name": request.requester_name,
            "reference": request.reference,
            "received_at": notices.local(request.received_at),
            "deadline": notices.local(request.deadline),
            "targets": [target_label(t) for t in targets],
            "right": request.get_right_display(),
        },
    )
