"""What more training data buys out of distribution: harassment F1 on the evaluation sets.

    .venv/bin/python benchmarks/harassment_data_curve.py [--sizes 1500 13440] [--sets …]

For each training size, a model is trained on a sample of the training split of
``benchmarks/corpora/train/`` (the split, seed, C and calibration of
``train_harassment.py``), and the scanner with that model scores the evaluation sets
(``benchmarks/corpora/blind-*.jsonl`` and the dev corpus): harassment F1 of
``ScanResult.is_harassment`` (the rules or a review signal shaped like harassment),
hold recall and false-hold (review counted as hold).  Nothing here is shipped.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_harassment as th  # noqa: E402

from comments.moderation import Scanner, ScannerConfig  # noqa: E402
from comments.moderation.learned import HarassmentModel  # noqa: E402

DEV = ROOT.parent / "shared" / "moderation-corpus"


def eval_sets(names: list[str]) -> list[tuple[str, list[dict], ScannerConfig]]:
    out = []
    for name in names:
        if name == "dev":
            rows_path, prot = DEV / "dev.jsonl", DEV / "protected.json"
        else:
            rows_path = ROOT / "benchmarks" / "corpora" / f"{name}.jsonl"
            prot = ROOT / "benchmarks" / "corpora" / f"{name}.protected.json"
        if not rows_path.exists():
            continue
        rows = [json.loads(x) for x in rows_path.read_text(encoding="utf-8").splitlines() if x]
        config = ScannerConfig.from_protected_json(json.loads(prot.read_text(encoding="utf-8")))
        out.append((name, rows, config))
    return out


def figures(scanner: Scanner, rows: list[dict]) -> str:
    tp = fp = fn = need = caught = clean = held = 0
    for r in rows:
        result = scanner.scan(r["text"])
        ph, g = result.is_harassment, r["harassment"]
        tp += ph and g
        fp += ph and not g
        fn += (not ph) and g
        flagged = result.risk != "publish"
        if r["hold"]:
            need += 1
            caught += flagged
        else:
            clean += 1
            held += flagged
    p, rc, f = th.prf(tp, fp, fn)
    hold = f"hold R {caught / need:.3f} false-hold {held / clean:.3f}"
    return f"F1 {f:.3f} (P {p:.2f} R {rc:.2f}) {hold}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1500, 13440])
    parser.add_argument(
        "--sets", nargs="+", default=["dev", "blind-h", "blind-i", "blind-j", "blind-k", "blind-l"]
    )
    args = parser.parse_args(argv)
    ns = argparse.Namespace(bits=18, keep=20000, grid=[3.0], seed=13)
    rows = th.load_rows(th.DEFAULT_CORPUS)
    th.featurise(rows)
    train, valid = th.split(rows, 0.2, 13)
    sets = eval_sets(args.sets)
    for n in args.sizes:
        sample = train if n >= len(train) else random.Random(13).sample(train, n)
        data, scores, _c = th.train_and_export(sample, valid, ns, c=3.0)
        data["threshold"] = th.calibrate(valid, scores, 0.04)
        model = HarassmentModel(data)
        print(f"{len(sample)} training comments (threshold {model.threshold:.3f})")
        for name, rows_e, config in sets:
            scanner = Scanner(replace(config, learned=False))
            scanner.model = model
            print(f"  {name:8s} {figures(scanner, rows_e)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
