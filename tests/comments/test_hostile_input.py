"""Input that shows nothing or reads backwards is refused; a form sent twice makes one reply
(issue 9: zero-width bodies, bidi display names, double submit)."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from comments.models import Comment
from comments.validation import clean_author_name, clean_body

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body", ["\u200b\u200b\u200b", "\u200b \u200c\u200d\ufeff", "\u2060\u00ad", " \u202e "]
)
def test_a_body_of_invisible_characters_is_refused(body):
    with pytest.raises(ValidationError) as info:
        clean_body(body)
    assert info.value.code in ("invisible", "required")


def test_a_body_with_some_text_and_a_joiner_is_fine():
    assert clean_body("家族👨\u200d👩\u200d👧で行きました") == "家族👨\u200d👩\u200d👧で行きました"


@pytest.mark.parametrize(
    "name", ["\u202eabc", "田中\u2066様", "a\u200bb", "\u200b", "x\u200fy", "\ufeff名"]
)
def test_display_names_with_bidi_or_invisible_characters_are_refused(name):
    with pytest.raises(ValidationError) as info:
        clean_author_name(name)
    assert info.value.code == "invisible_character"


def test_an_ordinary_name_passes():
    assert clean_author_name(" 通りすがり ") == "通りすがり"


def test_the_form_refuses_an_invisible_body(client, post):
    response = client.post(reverse("comments:reply", args=[post.slug]), {"body": "\u200b\u200b"})
    assert response.status_code == 400 and "見えない文字" in response.content.decode()
    assert not Comment.objects.exists()


def _token(client, post) -> str:
    page = client.get(post.get_absolute_url()).content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', page).group(1)


def test_the_same_form_sent_twice_makes_one_reply(client, post):
    token = _token(client, post)
    url = reverse("comments:reply", args=[post.slug])
    first = client.post(url, {"body": "待ち時間が長い", "form_token": token})
    second = client.post(url, {"body": "待ち時間が長い", "form_token": token})
    assert first.status_code == second.status_code == 302
    c = Comment.objects.get()
    assert second["Location"].endswith(f"#c{c.pk}")


def test_a_refused_form_can_be_sent_again_with_its_token(client, post):
    token = _token(client, post)
    url = reverse("comments:reply", args=[post.slug])
    assert client.post(url, {"body": "  ", "form_token": token}).status_code == 400
    assert client.post(url, {"body": "直しました", "form_token": token}).status_code == 302
    assert Comment.objects.count() == 1


def test_each_rendering_has_its_own_token(client, post):
    assert _token(client, post) != _token(client, post)
