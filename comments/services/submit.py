"""New replies: validate, scan, apply the policy, store the comment with its findings and
its first audit row. Seed imports too. Nothing is stored when the input is refused."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from posts.models import Post

from .. import policy, selectors
from ..client import client_hash
from ..exceptions import AuthorSuspended
from ..models import ANONYMOUS_NAME, PATH_SEGMENT, Comment, Sanction
from ..policy import PUBLIC_STATUSES
from ..scanning import scan_text
from ..signals import comment_submitted
from ..validation import clean_author_name, clean_body
from .audit import audit_import, audit_submission
from .authoring import new_edit_token
from .findings import store_findings
from .premoderation import post_premoderation_state, record_mentions


def _attach_point(parent: Comment) -> tuple[int | None, str, int]:
    """(parent id, parent path, parent depth), climbing to the deepest allowed ancestor."""
    deepest_parent = settings.COMMENTS_MAX_DEPTH - 2  # replies may sit at depth MAX_DEPTH-1
    if deepest_parent < 0:  # one level only: every reply is a top-level comment
        return None, "", -1
    if parent.depth <= deepest_parent:
        return parent.pk, parent.path, parent.depth
    path = parent.path[: PATH_SEGMENT * (deepest_parent + 1)]
    return int(path[-PATH_SEGMENT:]), path, deepest_parent


def comment_submit(
    *,
    post: Post,
    body: str,
    parent_id: int | None = None,
    author=None,
    author_name: str | None = None,
    client_ip: str | None = None,
) -> Comment:
    """Validate, scan and store a new reply; publish it or hold it for a moderator.

    Raises ValidationError (per field) and stores nothing when the input is refused;
    AuthorSuspended when the author is suspended or banned.
    """
    hashed = client_hash(client_ip)
    sanctions = selectors.active_sanctions(
        author_id=author.pk if author is not None else None, client_hash=hashed
    )
    effect = policy.sanction_effect({s.kind for s in sanctions})
    if effect is policy.Effect.REFUSE:
        refusing = [s for s in sanctions if s.kind != Sanction.Kind.PREMODERATE]
        ends = [s.expires_at for s in refusing]
        raise AuthorSuspended(until=None if None in ends else max(ends))
    errors: dict[str, list] = {}
    text = name = ""
    try:
        text = clean_body(body)
    except ValidationError as exc:
        errors["body"] = exc.error_list
    try:
        name = (
            clean_author_name(author_name)
            if author is None
            else (clean_author_name(author_name or author.get_username()))
        )
    except ValidationError as exc:
        errors["author_name"] = exc.error_list
    else:
        chosen = bool(author_name) and name != ANONYMOUS_NAME
        if policy.display_name_refused(chosen=chosen, flagged=chosen and scan_text(name).hold):
            errors["author_name"] = [
                ValidationError(
                    _(
                        "表示名に電話番号・実名・アカウントなどの個人情報や、攻撃的な言葉は"
                        "使えません。匿名のままでも投稿できます。"
                    ),
                    code="author_name_flagged",
                )
            ]
    parent = None
    if post.status != Post.Status.PUBLISHED:
        errors["post"] = [ValidationError(_("この投稿には返信できません。"), code="post_closed")]
    if parent_id is not None:
        parent = (
            Comment.objects.filter(pk=parent_id)
            .only("pk", "post_id", "status", "path", "depth")
            .first()
        )
        if parent is None:
            message, code = _("返信先のコメントが見つかりません。"), "parent_missing"
        elif parent.post_id != post.pk:
            message, code = (
                _("返信先のコメントはこの投稿のものではありません。"),
                "parent_other_post",
            )
        elif parent.status not in PUBLIC_STATUSES:
            message, code = (
                _("返信先のコメントは表示されていないため返信できません。"),
                "parent_hidden",
            )
        else:
            message = None
        if message:
            errors["parent"] = [ValidationError(message, code=code)]
    if errors:
        raise ValidationError(errors)

    # Scan before the transaction: nothing slow runs while rows are locked.
    verdict = policy.decide(
        premoderate=post_premoderation_state(post=post).active,
        result=scan_text(text),
        config=policy.current(),
        sanctioned=effect is policy.Effect.HOLD,
    )
    status = Comment.Status.PENDING if verdict.hold else Comment.Status.PUBLISHED
    parent_pk, parent_path, parent_depth = _attach_point(parent) if parent else (None, "", -1)

    edit_token, edit_token_hash = new_edit_token()
    with transaction.atomic():
        comment = Comment.objects.create(
            post=post,
            parent_id=parent_pk,
            depth=parent_depth + 1,
            author=author,
            author_name=name,
            body=text,
            public_body="" if verdict.hold else text,
            status=status,
            priority=verdict.priority,
            client_hash=hashed,
            edit_token_hash=edit_token_hash,
        )
        comment.path = f"{parent_path}{comment.pk:0{PATH_SEGMENT}d}"
        Comment.objects.filter(pk=comment.pk).update(path=comment.path)
        store_findings(comment=comment, findings=verdict.findings)
        audit_submission(comment=comment, verdict=verdict)
        record_mentions(comment=comment, verdict=verdict)
        comment_submitted.send(
            sender=Comment, comment_id=comment.pk, client_ip=client_ip, at=comment.created_at
        )
    # Handed to the author once (a signed cookie on the form, the API's 201 answer); only
    # its hash is stored.
    comment.edit_token = edit_token
    return comment


def comment_import(
    *,
    post: Post,
    body: str,
    parent: Comment | None = None,
    author_name: str | None = None,
    created_at=None,
) -> Comment:
    """Store an imported comment as published (seed data the site already showed)."""
    text = clean_body(body)
    with transaction.atomic():
        comment = Comment.objects.create(
            post=post,
            parent=parent,
            depth=parent.depth + 1 if parent else 0,
            author_name=clean_author_name(author_name),
            body=text,
            public_body=text,
            status=Comment.Status.PUBLISHED,
            **({"created_at": created_at} if created_at else {}),
        )
        comment.path = f"{parent.path if parent else ''}{comment.pk:0{PATH_SEGMENT}d}"
        Comment.objects.filter(pk=comment.pk).update(path=comment.path)
        audit_import(comment=comment)
    return comment
