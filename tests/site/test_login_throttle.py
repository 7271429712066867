"""Sign-in is throttled per account and per client, on every door (login, admin, token)."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
LOGIN = "/accounts/login/"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.LOGIN_FAILURES_PER_ACCOUNT = 5
    settings.LOGIN_FAILURES_PER_CLIENT = 20
    settings.LOGIN_FAILURE_WINDOW = 86400  # no test straddles two windows


@pytest.fixture
def account():
    user = UserFactory(username="kanri", is_staff=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def _login(client, username, password, ip, url=LOGIN):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_an_account_is_locked_after_five_failures_from_anywhere(client, account):
    for i in range(5):
        assert _login(client, "kanri", "wrong", f"192.0.2.{i}").status_code == 200
    response = _login(client, "kanri", PASSWORD, "198.51.100.7")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "ログインの試行が多すぎます" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_account_name_is_compared_case_insensitively(client, account):
    for i in range(5):
        _login(client, "KANRI" if i % 2 else "kanri", "wrong", f"192.0.2.{i}")
    assert _login(client, "Kanri", PASSWORD, "198.51.100.7").status_code == 429


def test_a_client_is_stopped_after_twenty_failures_on_any_accounts(client, account):
    for i in range(20):
        assert _login(client, f"guess{i}", "wrong", "203.0.113.9").status_code == 200
    assert _login(client, "kanri", PASSWORD, "203.0.113.9").status_code == 429
    # The account itself is not locked: the same password works from elsewhere.
    assert _login(client, "kanri", PASSWORD, "198.51.100.7").status_code == 302


def test_success_clears_the_accounts_failures(client, account):
    for _round in range(2):
        for i in range(4):
            _login(client, "kanri", "wrong", f"192.0.2.{i}")
        assert _login(client, "kanri", PASSWORD, "198.51.100.7").status_code == 302
        client.logout()


def test_the_admin_login_shares_the_counters(client, account):
    for i in range(5):
        _login(client, "kanri", "wrong", f"192.0.2.{i}")
    response = _login(client, "kanri", PASSWORD, "198.51.100.7", url="/admin/login/")
    assert "ログインの試行が多すぎます" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_token_endpoint_shares_the_counters(account):
    from rest_framework.test import APIClient

    api = APIClient()
    for i in range(5):
        response = api.post(
            "/api/v1/auth/token/",
            {"username": "kanri", "password": "wrong"},
            format="json",
            REMOTE_ADDR=f"192.0.2.{i}",
        )
        assert response.status_code == 400
    response = api.post(
        "/api/v1/auth/token/",
        {"username": "kanri", "password": PASSWORD},
        format="json",
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) > 0
    # ... and failures there lock the login page too.
    assert _login(APIClient(), "kanri", PASSWORD, "198.51.100.8").status_code == 429
