"""Reads for pages and the API, each a fixed number of queries; no writes, no rules
(who may see what is asked of ``comments.policy``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    Count,
    IntegerField,
    JSONField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from posts.models import Post

from . import policy
from .kinds import TAKEDOWN_REASON
from .masking import mask
from .models import (
    PATH_SEGMENT,
    Comment,
    Finding,
    ModerationAction,
    ModeratorPreference,
    Premoderation,
    Report,
    Sanction,
)
from .policy import PUBLIC_STATUSES, ReaderView
from .transitions import UNDOABLE

Status = Comment.Status
Action = ModerationAction.Action
REMOVED_TEXT = _("このコメントは削除されました")
TAKEDOWN_TEXT = _("申出により非表示")
PENDING_TEXT = _("このコメントは確認中です")
DELETED_TEXT = _("投稿者により削除されました")
HIDDEN_PARENT_TEXT = _("非公開のコメントへの返信")


@dataclass(frozen=True)
class ThreadItem:
    comment: Comment
    text: str  # what this viewer may read
    placeholder: bool = False  # the text stands in for a hidden comment
    own_pending: bool = False  # the viewer's own reply, waiting for a moderator
    reply_to: str = ""  # 「〇〇さんへの返信」: whom a reply answers, in words (screen readers)

    @property
    def depth(self) -> int:
        return self.comment.depth


THREAD_FIELDS = (
    "pk",
    "parent_id",
    "path",
    "depth",
    "author_id",
    "author_name",
    "body",
    "public_body",
    "status",
    "created_at",
)
ROOTS_PER_PAGE = 40


@dataclass(frozen=True)
class ThreadPage:
    """One page of a thread: top-level comments ``number`` by ``per_page``, each with its
    whole subtree (a subtree is never split across pages)."""

    items: list[ThreadItem]
    number: int
    num_pages: int
    public_count: int  # public comments in the whole thread
    roots: int = 0  # top-level comments in the whole thread

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def _root_path_at(post: Post, index: int):
    """The path of the index-th top-level comment (a scalar subquery)."""
    return Subquery(
        Comment.objects.filter(post=post, depth=0)
        .order_by("path")
        .values("path")[index : index + 1]
    )


def comment_thread_page(
    *,
    post: Post,
    page: int = 1,
    own_ids: frozenset[int] = frozenset(),
    user=None,
    per_page: int = ROOTS_PER_PAGE,
) -> ThreadPage:
    """A page of the thread as readers see it, in TWO queries whatever the thread's size:
    the counts, then the page's rows. Materialised paths make a page of top-level comments
    with their subtrees one contiguous range of paths."""
    counts = Comment.objects.filter(post=post).aggregate(
        roots=Count("pk", filter=Q(depth=0)),
        public=Count("pk", filter=Q(status__in=PUBLIC_STATUSES)),
    )
    num_pages = max(1, -(-counts["roots"] // per_page))
    number = min(max(1, page), num_pages)
    start = (number - 1) * per_page
    rows = Comment.objects.filter(post=post, path__gte=_root_path_at(post, start))
    if number < num_pages:
        rows = rows.filter(path__lt=_root_path_at(post, start + per_page))
    rows = rows.only(*THREAD_FIELDS).annotate(removed_as=_last_reject_reason()).order_by("path")
    items = _thread_items(rows, own_ids, user)
    return ThreadPage(items, number, num_pages, counts["public"], counts["roots"])


def thread_page_of(comment: Comment, *, per_page: int = ROOTS_PER_PAGE) -> int:
    """The page of the thread that shows a comment (its top-level ancestor's page)."""
    root_path = comment.path[:PATH_SEGMENT]
    before = Comment.objects.filter(post_id=comment.post_id, depth=0, path__lt=root_path).count()
    return before // per_page + 1


def comment_thread(
    *, post: Post, own_ids: frozenset[int] = frozenset(), user=None
) -> list[ThreadItem]:
    """The whole thread as readers see it, in display order, from ONE query (the API).

    Hidden comments (held, rejected, purged) appear only as placeholders, and only
    when a visible reply hangs under them, so the conversation keeps its shape.
    A viewer's own held reply is shown to them with its status.
    """
    rows = (
        Comment.objects.filter(post=post)
        .only(*THREAD_FIELDS)
        .annotate(removed_as=_last_reject_reason())
        .order_by("path")
    )
    return _thread_items(rows, own_ids, user)


def _thread_items(rows, own_ids: frozenset[int], user) -> list[ThreadItem]:
    rows = list(rows)
    user_id = getattr(user, "pk", None) if getattr(user, "is_authenticated", False) else None

    def own(c: Comment) -> bool:
        return c.pk in own_ids or (user_id is not None and c.author_id == user_id)

    # Walk from the deepest rows up so each parent learns whether anything below shows.
    shows_below: set[int] = set()
    views: dict[int, ReaderView] = {}
    for c in reversed(rows):
        view = policy.reader_view(
            status=c.status,
            own=own(c),
            shows_below=c.pk in shows_below,
            tombstone=getattr(c, "removed_as", None) == TAKEDOWN_REASON,
        )
        views[c.pk] = view
        if view is not ReaderView.HIDDEN and c.parent_id:
            shows_below.add(c.parent_id)

    items = []
    names: dict[int, str | None] = {}  # shown comment -> its author's name (None: placeholder)
    for c in rows:
        view = views[c.pk]
        if view is ReaderView.HIDDEN:
            continue
        reply_to = ""
        if c.parent_id in names:
            name = names[c.parent_id]
            reply_to = (
                _("%(name)sさんへの返信") % {"name": name} if name else str(HIDDEN_PARENT_TEXT)
            )
        if view is ReaderView.PUBLIC:
            items.append(ThreadItem(c, c.public_body, reply_to=reply_to))
        elif view is ReaderView.OWN_PENDING:
            items.append(ThreadItem(c, c.body, own_pending=True, reply_to=reply_to))
        elif view is ReaderView.PLACEHOLDER:
            text = {Status.PENDING: PENDING_TEXT, Status.DELETED: DELETED_TEXT}.get(
                c.status, REMOVED_TEXT
            )
            if c.status == Status.REJECTED and getattr(c, "removed_as", None) == TAKEDOWN_REASON:
                text = TAKEDOWN_TEXT
            items.append(ThreadItem(c, str(text), placeholder=True))
        names[c.pk] = None if view is ReaderView.PLACEHOLDER else c.author_name
    return items


def _last_reject_reason():
    """The reason code of a rejected comment's latest rejection (NULL for other states)."""
    return Case(
        When(
            status=Status.REJECTED,
            then=Subquery(
                ModerationAction.objects.filter(comment=OuterRef("pk"), action=Action.REJECT)
                .order_by("-created_at", "-id")
                .values("reason_code")[:1]
            ),
        ),
        default=Value(""),
        output_field=CharField(),
    )


def public_comments() -> QuerySet[Comment]:
    """Published and redacted comments on visible posts (feeds and the API)."""
    return Comment.objects.filter(status__in=PUBLIC_STATUSES, post__in=Post.objects.visible())


def _count(model, **filters):
    return Coalesce(
        Subquery(
            model.objects.filter(comment=OuterRef("pk"), **filters)
            .order_by()
            .values("comment")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        Value(0),
    )


def _last_redaction():
    """The audit data of a comment's latest redaction (its spans), or NULL."""
    return Subquery(
        ModerationAction.objects.filter(
            comment=OuterRef("pk"), action=ModerationAction.Action.REDACT
        )
        .order_by("-created_at", "-id")
        .values("data")[:1],
        output_field=JSONField(),
    )


def last_redaction_spans(comment: Comment) -> list[dict] | None:
    """Spans of the comment's latest redaction; None if it was never redacted."""
    if hasattr(comment, "last_redaction"):
        data = comment.last_redaction
    else:
        data = (
            comment.actions.filter(action=ModerationAction.Action.REDACT)
            .order_by("-created_at", "-id")
            .values_list("data", flat=True)
            .first()
        )
    return None if data is None else list((data or {}).get("spans", []))


def suggested_spans(comment: Comment) -> list[dict]:
    """The scanner's personal-data findings as redaction spans, in text order."""
    return [
        {"start": f.start, "end": f.end, "category": f.category}
        for f in comment.findings.filter(kind=Finding.Kind.PERSONAL).order_by("start")
    ]


def open_harassment(comment: Comment) -> list[tuple[int, int, int]]:
    """(id, start, end) of the comment's harassment findings nobody has dismissed."""
    return list(
        comment.findings.filter(kind=Finding.Kind.HARASSMENT, dismissed_at__isnull=True)
        .order_by("start", "id")
        .values_list("pk", "start", "end")
    )


def last_undoable_decision(comment: Comment) -> ModerationAction | None:
    """The latest decision, restore or re-queue: what a restore would have to undo."""
    return (
        comment.actions.filter(action__in=(*UNDOABLE, Action.RESTORE, Action.REQUEUE))
        .order_by("-created_at", "-id")
        .first()
    )


def was_redacted(comment: Comment) -> bool:
    return last_redaction_spans(comment) is not None


def original_visible(comment: Comment, *, may_see_original: bool) -> bool:
    """Whether a moderator may read the original text (the rule: ``policy.original_visible``)."""
    if may_see_original:  # no query needed
        return True
    return policy.original_visible(
        status=comment.status, was_redacted=was_redacted(comment), may_see_original=False
    )


def moderator_text(comment: Comment, *, may_see_original: bool) -> str:
    """The original where allowed; else the last redaction (held) or the public text."""
    if original_visible(comment, may_see_original=may_see_original):
        return comment.body
    if comment.status == Status.PENDING:
        return mask(comment.body, last_redaction_spans(comment) or [])
    return comment.public_body


def moderation_queue(
    *, category: str | None = None, post: int | None = None, reported: bool | None = None
) -> QuerySet[Comment]:
    """Held comments, most urgent first, then oldest first, with what a queue row shows."""
    qs = (
        Comment.objects.filter(status=Status.PENDING)
        .select_related("post", "parent", "author")
        .annotate(
            open_reports=_count(Report, resolved_at__isnull=True),
            last_redaction=_last_redaction(),
        )
        .order_by("priority", "created_at", "id")
    )
    if category:
        qs = qs.filter(pk__in=Finding.objects.filter(category=category).values("comment"))
    if post:
        qs = qs.filter(post_id=post)
    if reported is True:
        qs = qs.filter(open_reports__gt=0)
    elif reported is False:
        qs = qs.filter(open_reports=0)
    return qs


def queue_category_counts() -> dict[str, int]:
    rows = (
        Finding.objects.filter(comment__status=Status.PENDING)
        .values("category")
        .annotate(n=Count("comment", distinct=True))
        .order_by("category")
    )
    return {r["category"]: r["n"] for r in rows}


def author_history(comment: Comment) -> dict[str, int]:
    """How this author's earlier comments fared (by account, else by hashed client)."""
    if comment.author_id:
        scope = Q(author_id=comment.author_id)
    elif comment.client_hash:
        scope = Q(client_hash=comment.client_hash)
    else:
        return {"published": 0, "redacted": 0, "rejected": 0, "pending": 0}
    counts = (
        Comment.objects.filter(scope)
        .exclude(pk=comment.pk)
        .values("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    result = {"published": 0, "redacted": 0, "rejected": 0, "pending": 0}
    result.update({r["status"]: r["n"] for r in counts if r["status"] in result})
    return result


def moderation_log(
    *,
    action: str | None = None,
    comment: int | None = None,
    actor: str | None = None,
    since=None,
    until=None,
) -> QuerySet[ModerationAction]:
    """The audit log, newest first, with actor, comment and post joined (one query a page).

    ``actor`` is a username, or "system" for automatic actions.
    """
    qs = ModerationAction.objects.select_related("actor", "comment", "post").order_by(
        "-created_at", "-id"
    )
    if action:
        qs = qs.filter(action=action)
    if comment:
        qs = qs.filter(comment_id=comment)
    if actor == "system":
        qs = qs.filter(actor__isnull=True)
    elif actor:
        qs = qs.filter(actor__username=actor)
    if since:
        qs = qs.filter(created_at__date__gte=since)
    if until:
        qs = qs.filter(created_at__date__lte=until)
    return qs


def active_sanctions(*, author_id: int | None, client_hash: str) -> list[Sanction]:
    """Sanctions in force against an account, or (anonymous) a hashed client."""
    if author_id:
        scope = Q(author_id=author_id)
    elif client_hash:
        scope = Q(author__isnull=True, client_hash=client_hash)
    else:
        return []
    return list(Sanction.objects.filter(scope).in_force().order_by("-created_at", "-id"))


def author_scope(comment: Comment) -> Q | None:
    """The author of a comment: their account, else their hashed client, else unknown."""
    if comment.author_id:
        return Q(author_id=comment.author_id)
    if comment.client_hash:
        return Q(author__isnull=True, client_hash=comment.client_hash)
    return None


def author_sanctions(comment: Comment) -> QuerySet[Sanction]:
    scope = author_scope(comment)
    if scope is None:
        return Sanction.objects.none()
    return Sanction.objects.filter(scope).select_related("created_by", "lifted_by")


def author_recent_decisions(comment: Comment, *, limit: int = 5) -> list[ModerationAction]:
    """The latest moderator decisions on this author's other comments (for the side panel)."""
    scope = author_scope(comment)
    if scope is None:
        return []
    others = Comment.objects.filter(scope).exclude(pk=comment.pk).values("pk")
    return list(
        ModerationAction.objects.filter(comment__in=others, actor__isnull=False)
        .select_related("actor")
        .order_by("-created_at", "-id")[:limit]
    )


def sanction_list(*, active: bool | None = None) -> QuerySet[Sanction]:
    qs = Sanction.objects.select_related("author", "created_by", "lifted_by", "comment")
    if active is True:
        qs = qs.in_force()
    elif active is False:
        qs = qs.over()
    return qs.order_by("-created_at", "-id")


def premoderation_periods(*, active: bool) -> QuerySet[Premoderation]:
    """Post pre-moderation periods in force (active) or over, newest first, posts joined."""
    qs = Premoderation.objects.select_related("post", "started_by", "ended_by")
    qs = qs.in_force() if active else qs.over()
    return qs.order_by("-started_at", "-id")


def single_key_shortcuts(user) -> bool:
    """Whether this moderator's single-letter shortcuts act (on unless they turned them off)."""
    stored = (
        ModeratorPreference.objects.filter(user=user)
        .values_list("single_key_shortcuts", flat=True)
        .first()
    )
    return True if stored is None else stored


def published_for_a_look(*, limit: int = 50) -> list[Comment]:
    """Public comments published with review signals nobody has looked at yet
    (COMMENTS_REVIEW_TIER=publish_and_queue), oldest first."""
    flagged = Finding.objects.filter(kind=Finding.Kind.REVIEW, dismissed_at__isnull=True)
    return list(
        Comment.objects.filter(status__in=PUBLIC_STATUSES, pk__in=flagged.values("comment"))
        .select_related("post")
        .order_by("created_at", "id")[:limit]
    )


@dataclass
class ReportedComment:
    comment: Comment
    count: int
    reasons: dict[str, int]
    notes: list[str]
    last_at: object


def open_reports(*, limit: int = 100) -> list[ReportedComment]:
    """Comments with open reports, even below the re-queue threshold: counts per reason and
    the notes, newest report first. Never who reported."""
    rows = (
        Report.objects.filter(resolved_at__isnull=True)
        .select_related("comment", "comment__post")
        .only(
            "reason",
            "note",
            "created_at",
            "comment__id",
            "comment__status",
            "comment__post__title",
            "comment__post__slug",
            "comment__public_body",
        )
        .order_by("-created_at", "-id")[: limit * 20]
    )
    grouped: dict[int, ReportedComment] = {}
    for r in rows:
        entry = grouped.get(r.comment_id)
        if entry is None:
            if len(grouped) >= limit:
                continue
            entry = grouped[r.comment_id] = ReportedComment(r.comment, 0, {}, [], r.created_at)
        entry.count += 1
        entry.reasons[r.get_reason_display()] = entry.reasons.get(r.get_reason_display(), 0) + 1
        if r.note:
            entry.notes.append(r.note)
    return list(grouped.values())
