"""generate_demo_data makes posts and threads through the services, once."""

import pytest
from django.core.management import call_command

from comments.models import Comment, ModerationAction
from posts.models import Post

pytestmark = pytest.mark.django_db


def test_it_creates_posts_and_threads_and_is_idempotent(capsys):
    call_command("generate_demo_data", posts=2, comments=30, scanned_every=3)
    assert Post.objects.filter(slug__startswith="demo-").count() == 2
    assert Comment.objects.count() == 60
    assert Comment.objects.filter(parent__isnull=False).exists()
    # Every comment went through a service: each has its audit row.
    assert (
        ModerationAction.objects.filter(comment__isnull=False).values("comment").distinct().count()
        == 60
    )
    assert "replies [" in capsys.readouterr().err
    call_command("generate_demo_data", posts=2, comments=30)
    assert Comment.objects.count() == 60
