"""Authors edit and delete their own replies: recognised by account, or (anonymous) by the
secret they got when posting. An edit is scanned again and may wait; the previous text is
kept privately; a delete leaves a tombstone. Each writes one audit row."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import policy, selectors
from ..exceptions import AuthorSuspended, EditNotAllowed
from ..models import Comment, CommentVersion, Finding, Report, Sanction
from ..scanning import scan_text
from ..transitions import edit_status, next_status
from ..validation import clean_body
from .audit import audit_author_delete, audit_author_edit
from .findings import store_findings
from .premoderation import post_premoderation_state


def new_edit_token() -> tuple[str, str]:
    """(the secret handed to the author once, the hash kept on the comment)."""
    token = secrets.token_urlsafe(24)
    return token, _hash(token)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def is_author(comment: Comment, *, user=None, edit_token: str | None = None) -> bool:
    if user is not None and getattr(user, "is_authenticated", False) and comment.author_id:
        return comment.author_id == user.pk
    if edit_token and comment.edit_token_hash:
        return hmac.compare_digest(_hash(edit_token), comment.edit_token_hash)
    return False


def _locked_own(comment_id: int, user, edit_token: str | None) -> Comment:
    comment = Comment.objects.select_for_update().filter(pk=comment_id).first()
    if comment is None or not is_author(comment, user=user, edit_token=edit_token):
        raise EditNotAllowed  # no difference between "missing" and "not yours"
    return comment


def comment_edit(*, comment_id: int, body: str, user=None, edit_token: str | None = None):
    """Replace the text of one's own reply within the edit window; it is scanned again."""
    try:
        text = clean_body(body)
    except ValidationError as exc:
        raise ValidationError({"body": exc.error_list}) from None
    result = scan_text(text)  # before the transaction: nothing slow under a row lock
    config = policy.current()
    with transaction.atomic():
        comment = _locked_own(comment_id, user, edit_token)
        now = timezone.now()
        if not policy.may_edit(
            is_author=True, status=comment.status, age=now - comment.created_at, config=config
        ):
            raise EditNotAllowed
        sanctions = selectors.active_sanctions(
            author_id=comment.author_id, client_hash=comment.client_hash
        )
        effect = policy.sanction_effect({s.kind for s in sanctions})
        if effect is policy.Effect.REFUSE:
            ends = [s.expires_at for s in sanctions if s.kind != Sanction.Kind.PREMODERATE]
            raise AuthorSuspended(until=None if None in ends else max(ends))
        verdict = policy.decide(
            premoderate=post_premoderation_state(post=comment.post).active,
            result=result,
            config=config,
            sanctioned=effect is policy.Effect.HOLD,
        )
        before = comment.status
        after = edit_status(before, hold=verdict.hold)
        CommentVersion.objects.create(comment=comment, body=comment.body, replaced_at=now)
        Comment.objects.filter(pk=comment.pk).update(
            body=text,
            public_body="" if verdict.hold else text,
            status=after,
            priority=verdict.priority,
            edited_at=now,
            version=F("version") + 1,
            updated_at=now,
        )
        Finding.objects.filter(comment=comment).delete()
        store_findings(comment=comment, findings=verdict.findings)
        comment.status = after
        audit_author_edit(comment=comment, from_status=before, verdict=verdict)
    comment.refresh_from_db()
    return comment


def comment_delete(*, comment_id: int, user=None, edit_token: str | None = None) -> Comment:
    """Take one's own reply down at any time: the text is blanked (kept privately as a
    previous version), a tombstone keeps the thread's shape."""
    with transaction.atomic():
        comment = _locked_own(comment_id, user, edit_token)
        if not policy.may_delete(is_author=True, status=comment.status):
            raise EditNotAllowed
        before, now = comment.status, timezone.now()
        after = next_status(before, "author_delete")
        CommentVersion.objects.create(comment=comment, body=comment.body, replaced_at=now)
        Comment.objects.filter(pk=comment.pk).update(
            body="", public_body="", status=after, version=F("version") + 1, updated_at=now
        )
        Finding.objects.filter(comment=comment).delete()  # offsets into a text that is gone
        Report.objects.filter(comment=comment, resolved_at__isnull=True).update(resolved_at=now)
        comment.status = after
        audit_author_delete(comment=comment, from_status=before)
    comment.refresh_from_db()
    return comment
