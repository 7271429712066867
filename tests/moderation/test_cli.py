"""The command-line contract: JSON lines in, JSON lines out, bad lines reported."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "comments.moderation", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_bad_lines_are_reported_and_skipped_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "電話は090-1111-2222"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "b", "text": 5}),
                "",
                json.dumps({"id": "c", "text": "いい天気"}, ensure_ascii=False),
                json.dumps({"id": "d"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    proc = run(["scan", str(src)])
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    for number in (2, 3, 4, 6):
        assert f"line {number}:" in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "c"]
    assert rows[0]["hold"] and rows[0]["spans"][0]["category"] == "PHONE"
    assert set(rows[0]["spans"][0]) >= {"start", "end", "category", "score", "rule"}
    assert rows[1] == {**rows[1], "spans": [], "harassment": False, "hold": False}


def test_stdin_protected_file_and_stats(tmp_path):
    protected = tmp_path / "protected.json"
    protected.write_text(
        json.dumps({"protected": [{"name": "青木 美里", "aliases": ["@misato_a", "担当の店員"]}]}),
        encoding="utf-8",
    )
    lines = [
        {"id": i, "text": t}
        for i, t in enumerate(["青木美里 死ね", "担当の店員はクズ", "普通の感想"])
    ]
    proc = run(
        ["scan", "-", "--protected", str(protected), "--stats"],
        stdin="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2]
    assert [r["harassment"] for r in rows] == [True, True, False]
    assert "comments/s" in proc.stderr


def test_only_bad_lines_exit_1_and_missing_file_exit_2(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text("nope\n", encoding="utf-8")
    assert run(["scan", str(src)]).returncode == 1
    missing = run(["scan", str(tmp_path / "missing.jsonl")])
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_protected_file_of_the_wrong_shape_is_a_usage_error(tmp_path):
    # a bare list instead of {"protected": [...]}: a clear message and exit 2, no traceback
    bad = tmp_path / "protected.json"
    bad.write_text(json.dumps([{"name": "佐々木 健太"}], ensure_ascii=False), encoding="utf-8")
    proc = run(["scan", "-", "--protected", str(bad)], stdin='{"id": 1, "text": "a"}\n')
    assert proc.returncode == 2
    assert '{"protected": [' in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""
