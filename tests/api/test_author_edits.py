"""PATCH and DELETE /api/v1/comments/{id}/ with the edit token from the 201 answer."""

import pytest
from django.urls import reverse

from comments.models import Comment

pytestmark = pytest.mark.django_db


def thread_url(post):
    return reverse("api-post-comment-list", kwargs={"slug": post.slug})


def comment_url(pk):
    return reverse("api-comment-detail", args=[pk])


def test_the_token_edits_and_deletes(api_client, post):
    created = api_client.post(thread_url(post), {"body": "最初の文"}, format="json").json()
    token = created["edit_token"]
    assert token and "edit_token_hash" not in created
    edited = api_client.patch(
        comment_url(created["id"]), {"body": "携帯は090-1234-5678"}, format="json",
        HTTP_X_EDIT_TOKEN=token,
    )  # fmt: skip
    assert edited.status_code == 200 and edited.json()["status"] == "pending"
    deleted = api_client.delete(comment_url(created["id"]), HTTP_X_EDIT_TOKEN=token)
    assert deleted.status_code == 204
    assert Comment.objects.get(pk=created["id"]).status == "deleted"


@pytest.mark.parametrize("header", [{}, {"HTTP_X_EDIT_TOKEN": "wrong"}])
def test_without_the_right_token_403(api_client, post, header):
    created = api_client.post(thread_url(post), {"body": "最初の文"}, format="json").json()
    response = api_client.patch(comment_url(created["id"]), {"body": "x"}, format="json", **header)
    assert response.status_code == 403 and response.json()["code"] == "edit_not_allowed"
    response = api_client.delete(comment_url(created["id"]), **header)
    assert response.status_code == 403 and response.json()["code"] == "edit_not_allowed"
    assert Comment.objects.get(pk=created["id"]).body == "最初の文"


def test_unknown_comment_is_403_not_404(api_client):
    # No difference between "missing" and "not yours": ids are not probed this way.
    response = api_client.delete(comment_url(999999), HTTP_X_EDIT_TOKEN="x")
    assert response.status_code == 403


def test_an_edit_after_the_window_is_403_and_bad_bodies_400(api_client, post, settings):
    created = api_client.post(thread_url(post), {"body": "最初の文"}, format="json").json()
    token = created["edit_token"]
    bad = api_client.patch(comment_url(created["id"]), {"body": " "}, format="json",
                           HTTP_X_EDIT_TOKEN=token)  # fmt: skip
    assert bad.status_code == 400 and "body" in bad.json()["errors"]
    settings.COMMENTS_EDIT_MINUTES = 0
    late = api_client.patch(comment_url(created["id"]), {"body": "後から"}, format="json",
                            HTTP_X_EDIT_TOKEN=token)  # fmt: skip
    assert late.status_code == 403 and late.json()["code"] == "edit_not_allowed"


def test_an_edit_that_adds_a_phone_number_waits(api_client, post):
    created = api_client.post(thread_url(post), {"body": "店員さんの対応"}, format="json").json()
    edited = api_client.patch(
        comment_url(created["id"]), {"body": "店員さんの携帯 080-1111-2222"}, format="json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
    )  # fmt: skip
    assert edited.json()["status"] == "pending" and edited.json()["body"] == ""
