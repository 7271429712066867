"""load_seeds: the Blogger dump becomes one post and its comment tree, idempotently."""

from io import StringIO

import pytest
from django.core.management import call_command

from comments.models import Comment
from posts.models import Post
from posts.seeding import SECTION_BREAK, parse_seed

pytestmark = pytest.mark.django_db
MARKERS = ("返信削除", "削除")


def load() -> str:
    out = StringIO()
    call_command("load_seeds", stdout=out)
    return out.getvalue()


def test_seed_becomes_one_post_with_the_conversation_tree():
    output = load()
    post = Post.objects.get()
    assert "created post" in output and "5 comments" in output
    comments = list(Comment.objects.filter(post=post).order_by("path"))
    assert len(comments) == 5
    top = [c for c in comments if c.parent_id is None]
    replies = [c for c in comments if c.parent_id is not None]
    assert len(top) == 3 and len(replies) == 2
    assert top[0].body.startswith("故意にやったわけではない")
    assert top[1].body == "総務省から連絡はありましたか?"
    # The blogger's answers hang under the comment they answer (about au's support).
    answered = top[2]
    assert "サポートがパンクすると思います" in answered.body
    assert {r.parent_id for r in replies} == {answered.pk}
    assert replies[0].body.startswith("コメントをありがとうございます。")
    assert replies[1].body.startswith("私も匿名さんのおっしゃるように")
    assert all(r.depth == 1 for r in replies)
    assert all(c.status == Comment.Status.PUBLISHED and c.public_body == c.body for c in comments)


def test_no_marker_text_remains_anywhere():
    load()
    post = Post.objects.get()
    for text in [post.title, post.body, *Comment.objects.values_list("body", flat=True)]:
        assert "■" not in text
        for line in text.splitlines():
            assert not line.startswith(MARKERS), line
    # The four ■ markers became section breaks.
    assert post.body.count(SECTION_BREAK) == 3
    assert post.body.startswith("本日午後4時すぎ")
    assert post.body.endswith("何か動きがありましたら、また、お伝えします。")


def test_running_twice_creates_nothing_new():
    load()
    before = (Post.objects.count(), Comment.objects.count())
    output = load()
    assert (Post.objects.count(), Comment.objects.count()) == before
    assert "already exists, nothing created" in output


def test_parser_reads_marker_after_each_comment():
    text = (
        "■\n本文です。\n最初のコメント\n返信削除二つ目\n"
        "返信削除返事その一\n削除返事その二\n削除三つ目?"
    )
    seed = parse_seed(text)
    assert [c.body for c in seed.comments] == ["最初のコメント", "二つ目"]
    assert [r.body for r in seed.comments[1].replies] == ["返事その一", "返事その二", "三つ目?"]
