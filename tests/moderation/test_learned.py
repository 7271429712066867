"""The learned harassment score: the shipped model, its review signal, and its training.

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from comments.moderation import Scanner, ScannerConfig
from comments.moderation.learned import HarassmentModel, load_model

ROOT = Path(__file__).resolve().parents[2]

# No stock insult word and no rule holds them: the score is the only thing that sees them.
POSITIVE = "あなたの顔なんて誰も見たくないんだよ"
# Complaints full of negative words about a shop, a service or a product: not harassment.
HARD_NEGATIVES = (
    "この店の対応は最悪、二度と行かない",
    "料金が高すぎる。サポートもクソ",
    "死ぬほど待たされたけど店員さんは親切だった",
    "このアプリ、アップデートしてから重すぎて使い物にならない",
)


def _score(scanner: Scanner, text: str) -> float:
    return scanner.model.score_features(scanner.features(text)[1])


def test_shipped_model_loads_once_and_is_small():
    model = load_model()
    assert model is load_model()
    assert 0.0 < model.threshold < 1.0
    assert 1_000 < len(model.weights) <= 50_000
    path = ROOT / "comments" / "moderation" / "model" / "harassment.json"
    assert path.stat().st_size < 400_000


def test_obvious_positive_above_and_hard_negatives_below_the_threshold(plain_scanner):
    threshold = plain_scanner.model.threshold
    assert _score(plain_scanner, POSITIVE) >= threshold
    for text in HARD_NEGATIVES:
        assert _score(plain_scanner, text) < threshold, text


def test_score_is_a_review_signal_when_no_rule_holds(plain_scanner):
    result = plain_scanner.scan(POSITIVE)
    assert result.risk == "review" and not result.hold
    (signal,) = [s for s in result.review_signals if s.rule == "review.learned_harassment"]
    assert signal.score >= plain_scanner.model.threshold
    for text in HARD_NEGATIVES:
        assert plain_scanner.scan(text).risk == "publish", text


def test_no_learned_signal_when_a_rule_finds_harassment(plain_scanner):
    result = plain_scanner.scan("あの店員、死ね")
    assert result.risk == "hold" and result.review_signals == []
    assert result.harassment and result.is_harassment


def test_score_reads_texts_held_for_personal_data(plain_scanner):
    # Held for the phone number by the rules; the abuse in it is the score's to see.
    result = plain_scanner.scan(POSITIVE + "。電話は090-1234-5678")
    assert result.risk == "hold" and result.findings and not result.harassment
    assert [s.rule for s in result.review_signals] == ["review.learned_harassment"]
    assert result.is_harassment and result.as_dict()["harassment"] is True
    assert result.as_dict()["harassment_findings"] == []
    # data alone, no abuse: held, and not harassment
    plain = plain_scanner.scan("落とし物を拾いました。連絡は090-1234-5678までお願いします")
    assert plain.risk == "hold" and not plain.is_harassment


def test_learned_can_be_switched_off():
    scanner = Scanner(replace(ScannerConfig(), learned=False))
    assert scanner.model is None
    assert scanner.scan(POSITIVE).risk == "publish"


def _trainer():
    pytest.importorskip("sklearn")
    path = ROOT / "benchmarks" / "train_harassment.py"
    spec = importlib.util.spec_from_file_location("train_harassment", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_corpus(directory: Path) -> None:
    targets = ["お前", "あの店員", "担当者", "あんた", ">>12", "例の配達員"]
    abuse = ["ほんと気持ち悪い", "消えてくれないかな", "生きてる価値ない", "顔も見たくない"]
    things = [
        "このアプリ",
        "店の料金",
        "サポートの電話",
        "配送の仕組み",
        "駅前の店舗",
        "新しいプラン",
    ]
    complaints = ["ほんと使いにくい", "高すぎて最悪", "繋がらなくて困る", "遅すぎてイライラする"]
    rows = []
    for i, (t, a) in enumerate((t, a) for t in targets for a in abuse):
        rows.append({"id": f"p{i}", "text": f"{t}、{a}", "harassment": True, "hold": True})
    for i, (t, a) in enumerate((t, a) for t in things for a in complaints):
        rows.append({"id": f"n{i}", "text": f"{t}、{a}", "harassment": False, "hold": False})
    lines = [json.dumps({**r, "spans": [], "target": None}, ensure_ascii=False) for r in rows]
    (directory / "tiny.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_training_script_runs_end_to_end_on_a_tiny_sample(tmp_path):
    trainer = _trainer()
    _tiny_corpus(tmp_path)
    out = tmp_path / "model.json"
    args = ["--corpus", str(tmp_path), "--out", str(out), "--grid", "1.0", "--curve"]
    assert trainer.main([*args, "--bits", "14", "--keep", "2000", "--val", "0.25"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meta"]["trained_on"]["comments"] == 48
    model = HarassmentModel(data)
    scanner = Scanner(replace(ScannerConfig(), learned=False))
    pos = model.score_features(scanner.features("あんた、顔も見たくない")[1])
    neg = model.score_features(scanner.features("このアプリ、高すぎて最悪")[1])
    assert pos > neg


def test_training_refuses_evaluation_sets(tmp_path):
    trainer = _trainer()
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit, match="evaluation set"):
        trainer.load_rows(tmp_path)


class _FixedScore:
    """A stand-in model: the same score for every text."""

    threshold = 0.3

    def __init__(self, score: float) -> None:
        self.score = score

    def score_features(self, feats) -> float:
        return self.score


def test_a_condemned_quote_needs_a_surer_score():
    # The rules read 死ね inside a quote that condemns it and drop it; the score sees the
    # same words, so below CONDEMNED_THRESHOLD it does not overrule them.
    scanner = Scanner()
    scanner.model = _FixedScore(0.7)
    quoted = scanner.scan("「あの店員死ね」とか書く人、ほんと最低だと思う")
    assert quoted.review_signals == [] and not quoted.is_harassment
    plain = scanner.scan("あなたの顔なんて誰も見たくないんだよ")
    assert [s.rule for s in plain.review_signals] == ["review.learned_harassment"]
    scanner.model = _FixedScore(0.9)
    assert scanner.scan("「あの店員死ね」とか書く人、ほんと最低だと思う").is_harassment
