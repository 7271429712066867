"""The load harness's verification rules (benchmarks/load/verify.py), on made-up logs:
what counts as a failure must fail the run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("load_verify", ROOT / "benchmarks/load/verify.py")
verify = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(verify)

EVENTS = {"start": 100.0, "worker_killed": 110.0, "restart_begin": 120.0, "db_ready": 123.0}


def row(t: float, status: int, ms: float = 50) -> dict:
    return {"t": t, "end": t + ms / 1000, "phase": "fault", "name": "GET /", "status": status}


def test_503_is_allowed_only_while_the_database_restarts():
    inside = [row(120.5, 503), row(127.9, 503)]  # up to 5 s after it is back
    outside = [row(119.0, 503), row(128.5, 503)]
    result = verify.check_statuses(inside + outside, EVENTS, "fault")
    assert result["unexpected_count"] == 2
    assert [r["t"] for r in result["unexpected"]] == [119.0, 128.5]


def test_any_other_5xx_fails_even_during_the_outage():
    result = verify.check_statuses([row(121.0, 500), row(121.0, 502)], EVENTS, "fault")
    assert result["unexpected_count"] == 2


def test_no_answer_is_allowed_only_around_the_worker_kill_or_the_outage():
    rows = [row(110.2, 0), row(121.0, 0), row(105.0, 0), row(140.0, 0)]
    result = verify.check_statuses(rows, EVENTS, "fault")
    assert [r["t"] for r in result["unexpected"]] == [105.0, 140.0]


def test_the_normal_phase_allows_no_5xx_and_no_failed_connection():
    rows = [{**row(121.0, 503), "phase": "normal"}, {**row(110.1, 0), "phase": "normal"}]
    result = verify.check_statuses(rows, {"start": 100.0}, "normal")
    assert result["unexpected_count"] == 2
    assert result["by_status"] == {"0": 1, "503": 1}


def test_held_text_is_found_in_its_full_width_form_too():
    page = "<p>担当者の携帯は０９０－１２３４－５６７８です</p>"
    assert verify.nfkc("090-1234-5678") in verify.nfkc(page)
    assert verify.MARKER.findall("返信［ld-0123456789ab］") == ["0123456789ab"]
