"""Benchmark the scanner: start-up, steady-state comments/s and quality on a corpus.

    .venv/bin/python benchmarks/scanner_bench.py [--corpus DIR] [--passes N]

DIR holds dev.jsonl, protected.json and score.py (default ../shared/moderation-corpus
next to the repository).  Not a timed test: it prints figures for docs/scanner.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "moderation-corpus"


def _load_score(corpus: Path):
    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {corpus}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    gold_path = corpus / "dev.jsonl"
    if not gold_path.is_file():
        print(f"corpus not found: {gold_path}", file=sys.stderr)
        return 2

    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from comments.moderation import Scanner, ScannerConfig  # noqa: PLC0415 - timed on purpose

    protected_path = corpus / "protected.json"
    data = (
        json.loads(protected_path.read_text(encoding="utf-8")) if protected_path.is_file() else {}
    )
    scanner = Scanner(ScannerConfig.from_protected_json(data))
    startup = time.perf_counter() - t0

    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["text"] for r in rows]
    t1 = time.perf_counter()
    scanner.scan(texts[0])
    first = time.perf_counter() - t1

    rates = []
    for _ in range(max(1, args.passes)):
        t = time.perf_counter()
        for text in texts:
            scanner.scan(text)
        rates.append(len(texts) / (time.perf_counter() - t))

    pred = {}
    for r in rows:
        result = scanner.scan(r["text"])
        pred[r["id"]] = {"id": r["id"], **result.as_dict()}
    score = _load_score(corpus)
    figures = score.score({r["id"]: r for r in rows}, pred)

    chars = sum(map(len, texts))
    print(f"corpus          {gold_path} ({len(texts)} comments, {chars} chars)")
    print(f"start-up        {startup:.3f} s (import + Sudachi dictionary + registry)")
    print(f"first comment   {first * 1000:.1f} ms")
    print(
        f"steady state    {statistics.median(rates):,.0f} comments/s "
        f"(median of {len(rates)} passes; min {min(rates):,.0f}, max {max(rates):,.0f})"
    )
    s, h = figures["span"], figures["harassment"]
    print(
        f"spans           P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
        f"leak {figures['leak']:.3f}  over-redaction {figures['over_redaction']:.3f}"
    )
    print(f"harassment      P {h['precision']:.3f}  R {h['recall']:.3f}  F1 {h['f1']:.3f}")
    print(
        f"hold            recall {figures['hold_recall']:.3f}  "
        f"false-hold rate {figures['false_hold_rate']:.3f} (review + hold on clean comments)"
    )
    risks = Counter(p["risk"] for p in pred.values())
    print("risk            " + "  ".join(f"{k} {risks[k]}" for k in ("publish", "review", "hold")))
    print("per category")
    for cat, c in figures["categories"].items():
        print(
            f"  {cat:<13} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
            f"gold {c['gold']:>3}  predicted {c['predicted']:>3}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
