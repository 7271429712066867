"""DJANGO_LOG_FORMAT=json writes one JSON object per line."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

from django.test import RequestFactory

from complaints_site.logs import JsonFormatter
from tests.deploy.servers import ROOT, server_env


def test_a_request_error_is_one_json_line():
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Internal: %s", ("/x",), None
    )
    record.status_code = 500
    record.request = RequestFactory().post("/api/v1/posts/")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line.split('"exception"')[0]
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "django.request"
    assert (entry["message"], entry["status_code"]) == ("Internal: /x", 500)
    assert (entry["method"], entry["path"]) == ("POST", "/api/v1/posts/")
    assert "RuntimeError: boom" in entry["exception"]


def test_the_setting_switches_the_console_handler():
    env = {**server_env("sqlite:///:memory:"), "DJANGO_LOG_FORMAT": "json"}
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('complaints_site.test').warning('日本語のログ')"
    )
    env["DJANGO_SETTINGS_MODULE"] = "complaints_site.settings"
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    entry = json.loads(out.stderr.strip().splitlines()[-1])
    assert entry["message"] == "日本語のログ"
    assert entry["level"] == "WARNING"


def test_an_unknown_format_fails_at_start_up():
    env = {**server_env("sqlite:///:memory:"), "DJANGO_LOG_FORMAT": "xml"}
    env["DJANGO_SETTINGS_MODULE"] = "complaints_site.settings"
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0
    assert "DJANGO_LOG_FORMAT" in out.stderr
