"""Storing the scanner's findings on a comment or a post: offsets and categories, never
the text. Called inside the caller's transaction."""

from __future__ import annotations

from .. import policy
from ..models import Comment, Finding


def store_findings(
    *, findings: tuple[policy.FindingData, ...], comment: Comment | None = None, post=None
) -> None:
    Finding.objects.bulk_create(
        Finding(
            comment=comment,
            post=post,
            kind=f.kind,
            category=f.category,
            start=f.start,
            end=f.end,
            score=f.score,
            rule=f.rule[:64],
            protected_person_id=f.protected_key,
        )
        for f in findings
    )


def replace_post_findings(*, post, findings: tuple[policy.FindingData, ...]) -> None:
    Finding.objects.filter(post=post).delete()
    store_findings(post=post, findings=findings)
