"""The documented production environment passes `check --deploy`; the deploy files load."""

from __future__ import annotations

import secrets
import subprocess
import sys

from .servers import ROOT, server_env

ENV_EXAMPLE = ROOT / "deploy" / "env.example"


def documented_env() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _sep, value = line.partition("=")
            values[name] = value
    values["DJANGO_SECRET_KEY"] = secrets.token_hex(32)  # as the guide says: openssl rand
    env = server_env(values.pop("DATABASE_URL"))
    env.update(values)
    return env


def test_check_deploy_is_clean_with_the_documented_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=documented_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_does_complain_without_tls():
    """Control: the same environment without DJANGO_SECURE_SSL is not clean."""
    env = {**documented_env(), "DJANGO_SECURE_SSL": "false"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout


def test_the_gunicorn_config_loads_with_gthread_workers():
    env = {**server_env("sqlite:///:memory:"), "GUNICORN_WORKERS": "3"}
    script = (
        "from gunicorn.config import Config; from gunicorn.app.base import Application\n"
        "c = Config(); ns = {}\n"
        "exec(open('deploy/gunicorn.conf.py').read(), ns)\n"
        "print(ns['worker_class'], ns['workers'], ns['threads'], ns['timeout'], ns['preload_app'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["gthread", "3", "4", "30", "True"]
    check = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "-c", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
