"""The reply form's self-check without JavaScript: a draft that would wait is shown back
first, with what was found; the author sends it as it is or masked."""

import pytest
from django.urls import reverse

from comments.models import Comment

pytestmark = pytest.mark.django_db
DRAFT = "担当の携帯は090-1234-5678です"


def reply(client, post, **data):
    return client.post(reverse("comments:reply", args=[post.slug]), data)


def test_a_draft_that_would_wait_gets_a_confirm_step(client, post):
    response = reply(client, post, body=DRAFT)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="selfcheck-confirm"' in page and "電話番号" in page
    assert "担当の携帯は〔電話番号〕です" in page  # the masked version offered
    assert 'name="selfcheck" value="1"' in page
    assert not Comment.objects.exists()


def test_sent_as_it_is_after_the_check(client, post):
    response = reply(client, post, body=DRAFT, selfcheck="1", selfcheck_action="as_is")
    assert response.status_code == 302
    assert Comment.objects.get().status == "pending"


def test_sent_masked(client, post):
    response = reply(client, post, body=DRAFT, selfcheck="1", selfcheck_action="masked")
    assert response.status_code == 302
    c = Comment.objects.get()
    assert (c.status, c.body) == ("published", "担当の携帯は〔電話番号〕です")


def test_clean_drafts_and_checked_drafts_skip_the_step(client, post):
    assert reply(client, post, body="対応が遅い").status_code == 302
    assert reply(client, post, body=DRAFT, selfcheck="1").status_code == 302
    assert Comment.objects.count() == 2


def test_harassment_gets_a_note_not_a_mask(client, post):
    page = reply(client, post, body="ブログ主は死ね").content.decode()
    assert "攻撃する返信は公開されません" in page
    assert 'id="selfcheck-mask-submit"' not in page


def test_invalid_drafts_show_their_errors_not_the_check(client, post):
    response = reply(client, post, body="   ")
    assert response.status_code == 400 and "selfcheck-confirm" not in response.content.decode()
