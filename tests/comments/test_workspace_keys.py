"""The workspace's keyboard contract on the server side: the per-moderator shortcut setting
(stored with the account), the help and confirm step the pages carry, decision errors shown
beside the decision form. (tests/e2e/test_keyboard.py presses the keys.)"""

import pytest
from django.urls import reverse

from comments.models import Comment, ModeratorPreference
from tests.factories import CommentFactory, FindingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(post):
    c = CommentFactory(post=post, body="番号は090-1111-2222です", status=Comment.Status.PENDING)
    FindingFactory(comment=c, category="PHONE", start=3, end=16)
    return c


def test_shortcuts_are_on_until_a_moderator_turns_them_off(client, moderator, held):
    client.force_login(moderator)
    assert 'data-shortcuts="on"' in client.get(reverse("comments:queue")).content.decode()
    response = client.post(
        reverse("comments:preferences"), {"next": reverse("comments:item", args=[held.pk])}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("comments:item", args=[held.pk])
    assert ModeratorPreference.objects.get(user=moderator).single_key_shortcuts is False
    html = client.get(response["Location"]).content.decode()
    assert 'data-shortcuts="off"' in html
    # The confirmation is shown inside the (opened) help, as a status.
    help_html = html[html.index('id="shortcut-help"') :]
    assert "<details open>" in help_html and "オフにしました" in help_html
    client.post(reverse("comments:preferences"), {"single_key_shortcuts": "on"})
    assert ModeratorPreference.objects.get(user=moderator).single_key_shortcuts is True


def test_setting_is_per_moderator(client, moderator, senior_moderator):
    client.force_login(moderator)
    client.post(reverse("comments:preferences"), {})
    client.force_login(senior_moderator)
    assert 'data-shortcuts="on"' in client.get(reverse("comments:queue")).content.decode()


def test_preferences_redirect_only_to_this_site(client, moderator):
    client.force_login(moderator)
    response = client.post(reverse("comments:preferences"), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("comments:queue")


def test_preferences_need_a_moderator(client, reader):
    url = reverse("comments:preferences")
    assert client.post(url).status_code == 302  # to the login page
    client.force_login(reader)
    assert client.post(url).status_code == 403
    assert client.get(url).status_code in (403, 405)
    assert not ModeratorPreference.objects.exists()


def test_item_page_has_the_confirm_step_and_help_but_no_access_key(client, senior_moderator, held):
    client.force_login(senior_moderator)
    html = client.get(reverse("comments:item", args=[held.pk])).content.decode()
    assert 'id="shortcut-confirm"' in html and 'data-findings="1"' in html
    assert "accesskey" not in html
    assert 'id="span-source"' in html and 'aria-readonly="true"' in html
    assert '<nav class="item-nav" aria-label="コメント間の移動">' in html


def test_queue_help_lists_the_keys_and_focus_is_left_alone(client, moderator, held):
    client.force_login(moderator)
    html = client.get(reverse("comments:queue")).content.decode()
    for key in ("j", "k", "x", "Enter", "a", "d", "r", "s", "Esc"):
        assert f"<kbd>{key}</kbd>" in html
    # The old hint promised a/d/r on the queue, where they now do nothing.
    assert "a 承認 · d 伏せ字 · r 却下" not in html


def test_a_stale_decision_is_reported_beside_the_decision_form(client, moderator, held):
    client.force_login(moderator)
    url = reverse("comments:decide", args=[held.pk])
    client.post(url, {"decision": "reject", "reason_code": "spam", "version": 1}, follow=True)
    html = client.post(
        url, {"decision": "reject", "reason_code": "spam", "version": 1}, follow=True
    ).content.decode()
    decide = html[html.index('<section class="decide">') :]
    assert 'role="status"' in decide[: decide.index("</section>")]
    assert "msg-error" in decide[: decide.index("</section>")]
    top = html[html.index("<main") : html.index('class="ws-nav"')]
    assert 'role="status"' not in top
