"""The dev-corpus gate: the CLI's predictions scored by the corpus's own score.py."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "moderation-corpus"


def test_dev_corpus_meets_the_quality_targets(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip(f"dev corpus not found at {CORPUS}")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run(
            [
                sys.executable, "-m", "comments.moderation", "scan",
                str(CORPUS / "dev.jsonl"), "--protected", str(CORPUS / "protected.json"),
            ],
            stdout=out, check=True, cwd=ROOT, timeout=120,
        )  # fmt: skip
    scored = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(CORPUS / "dev.jsonl"), str(pred), "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    figures = json.loads(scored.stdout)
    assert figures["leak"] <= 0.02, figures
    assert figures["span"]["f1"] >= 0.93, figures
    assert figures["harassment"]["f1"] >= 0.90, figures
    assert figures["hold_recall"] >= 0.98, figures
    assert figures["false_hold_rate"] <= 0.08, figures
