"""Train the learned harassment score (comments/moderation/model/harassment.json).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/train_harassment.py [--corpus DIR] [--out PATH]

Reads every compiled ``*.jsonl`` under ``--corpus`` (default ``benchmarks/corpora/train``:
``{"id", "text", "harassment", "hold", ...}`` lines, FORMAT.md), never the dev corpus or
the blind sets (refused by name).  Steps:

1. features of each comment from the scanner itself (``Scanner.features``: the joined
   view, Sudachi lemmas, target cues), the rules' own outcome recorded beside them;
2. a stratified train/validation split (``--val`` share, fixed ``--seed``);
3. logistic regression (scikit-learn, liblinear, L2) over the hashed features; C chosen
   by 3-fold cross-validation on the training part only;
4. the weights pruned to the ``--keep`` largest and quantised to int8;
5. the review threshold: the lowest score at which the false-hold rate on the validation
   split (clean comments held by the rules, or sent to review by the score when no rule
   holds them) stays within ``--budget``;
6. figures of the shipped (pruned, quantised, pure-Python) model on the validation split,
   and a learning curve (the same validation split, smaller training samples).

scikit-learn and numpy are needed here only; the scanner reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "benchmarks" / "corpora" / "train"
DEFAULT_OUT = ROOT / "comments" / "moderation" / "model" / "harassment.json"
FORBIDDEN = ("dev.jsonl", "blind-")


def load_rows(corpus: Path) -> list[dict]:
    rows = []
    for path in sorted(corpus.glob("*.jsonl")):
        if path.name.endswith(".marked.jsonl"):
            continue
        if any(path.name.startswith(f) or path.name == f for f in FORBIDDEN):
            raise SystemExit(f"refusing to train on an evaluation set: {path}")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append(
                    {
                        "id": r["id"],
                        "text": r["text"],
                        "y": bool(r["harassment"]),
                        "hold": r["hold"],
                    }
                )
    return rows


def featurise(rows: list[dict]) -> None:
    from comments.moderation import Scanner, ScannerConfig  # noqa: PLC0415

    scanner = Scanner(replace(ScannerConfig(), learned=False))
    for r in rows:
        result, feats = scanner.features(r["text"])
        r["feats"] = feats
        r["rule_flag"] = result.risk != "publish"  # held or sent to review by the rules
        r["rule_hold"] = result.hold
        r["rule_harassment"] = bool(result.harassment)  # the rules' own harassment findings


def split(rows: list[dict], val: float, seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    train, valid = [], []
    for label in (True, False):
        group = sorted((r for r in rows if r["y"] is label), key=lambda r: r["id"])
        rng.shuffle(group)
        k = round(len(group) * val)
        valid += group[:k]
        train += group[k:]
    return train, valid


def matrix(rows: list[dict], bits: int):
    import numpy as np  # noqa: PLC0415
    from scipy.sparse import csr_matrix  # noqa: PLC0415

    from comments.moderation.learned import bucket  # noqa: PLC0415

    # one entry per distinct feature; two features sharing a bucket add up there, as in
    # HarassmentModel.score_features
    indptr, indices = [0], []
    for r in rows:
        cols = sorted(bucket(f, bits) for f in set(r["feats"]))
        indices += cols
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    m = csr_matrix((data, indices, indptr), shape=(len(rows), 1 << bits))
    m.sum_duplicates()
    return m


def fit(rows: list[dict], bits: int, c: float):
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=200)
    clf.fit(matrix(rows, bits), [r["y"] for r in rows])
    return clf


def choose_c(rows: list[dict], bits: int, grid: list[float], seed: int) -> float:
    from sklearn.metrics import average_precision_score  # noqa: PLC0415

    best, best_ap = grid[0], -1.0
    folds = [rows[i::3] for i in range(3)]
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    folds = [shuffled[i::3] for i in range(3)]
    for c in grid:
        aps = []
        for i in range(3):
            tr = [r for j, f in enumerate(folds) if j != i for r in f]
            clf = fit(tr, bits, c)
            p = clf.predict_proba(matrix(folds[i], bits))[:, 1]
            aps.append(average_precision_score([r["y"] for r in folds[i]], p))
        ap = sum(aps) / 3
        print(f"  C={c:<5} cross-validated average precision {ap:.3f}", file=sys.stderr)
        if ap > best_ap:
            best, best_ap = c, ap
    return best


def export(clf, bits: int, keep: int) -> dict:
    import numpy as np  # noqa: PLC0415

    w = clf.coef_[0]
    order = np.argsort(-np.abs(w))[:keep]
    order = np.sort(order[np.abs(w[order]) > 0])
    scale = float(np.abs(w[order]).max() / 127) if len(order) else 1.0
    q = np.clip(np.round(w[order] / scale), -127, 127).astype(np.int8)
    keep_mask = q != 0
    order, q = order[keep_mask], q[keep_mask]
    return {
        "bits": bits,
        "bias": round(float(clf.intercept_[0]), 6),
        "scale": scale,
        "index": base64.b64encode(order.astype("<u4").tobytes()).decode("ascii"),
        "values": base64.b64encode(q.tobytes()).decode("ascii"),
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def calibrate(valid: list[dict], scores: list[float], budget: float) -> float:
    """The lowest threshold whose combined false-hold rate on clean comments is <= budget."""
    clean = [(r, s) for r, s in zip(valid, scores, strict=True) if not r["hold"]]
    for t in sorted({round(s, 4) for s in scores} | {1.0}):
        flagged = sum(1 for r, s in clean if r["rule_flag"] or (s >= t and not r["rule_hold"]))
        if flagged / max(1, len(clean)) <= budget:
            return t
    return 1.0


def evaluate(valid: list[dict], scores: list[float], t: float) -> dict:
    tp = sum(1 for r, s in zip(valid, scores, strict=True) if s >= t and r["y"])
    fp = sum(1 for r, s in zip(valid, scores, strict=True) if s >= t and not r["y"])
    fn = sum(1 for r, s in zip(valid, scores, strict=True) if s < t and r["y"])
    p, rc, f = prf(tp, fp, fn)
    # with the rules: a comment is held (hold or review) by the rules or by the score
    held = [
        r["rule_flag"] or (s >= t and not r["rule_hold"])
        for r, s in zip(valid, scores, strict=True)
    ]
    need = [r for r in valid if r["hold"]]
    clean = [r for r in valid if not r["hold"]]
    hold_recall = sum(h for h, r in zip(held, valid, strict=True) if r["hold"]) / max(1, len(need))
    false_hold = sum(h for h, r in zip(held, valid, strict=True) if not r["hold"]) / max(
        1, len(clean)
    )
    rule_recall = sum(r["rule_flag"] for r in need) / max(1, len(need))
    rule_fh = sum(r["rule_flag"] for r in clean) / max(1, len(clean))
    # harassment caught by the rules (a harassment finding) or by the score, which reads
    # every comment the rules found no harassment in (held for personal data too)
    harass = [r for r in valid if r["y"]]
    rule_h = sum(1 for r in harass if r["rule_harassment"]) / max(1, len(harass))
    both_h = sum(
        1 for r, s in zip(valid, scores, strict=True) if r["y"] and (r["rule_harassment"] or s >= t)
    ) / max(1, len(harass))
    flag = [r["rule_harassment"] or s >= t for r, s in zip(valid, scores, strict=True)]
    hp, hr, hf = prf(
        sum(1 for f, r in zip(flag, valid, strict=True) if f and r["y"]),
        sum(1 for f, r in zip(flag, valid, strict=True) if f and not r["y"]),
        sum(1 for f, r in zip(flag, valid, strict=True) if not f and r["y"]),
    )
    return {
        "harassment_f1_rules_or_score": round(hf, 3),
        "harassment_p_r_rules_or_score": [round(hp, 3), round(hr, 3)],
        "precision": round(p, 3),
        "recall": round(rc, 3),
        "f1": round(f, 3),
        "rules_hold_recall": round(rule_recall, 3),
        "rules_false_hold": round(rule_fh, 3),
        "combined_hold_recall": round(hold_recall, 3),
        "combined_false_hold": round(false_hold, 3),
        "harassment_flagged_by_rules": round(rule_h, 3),
        "harassment_flagged_with_score": round(both_h, 3),
    }


def best_f1(valid: list[dict], scores: list[float]) -> tuple[float, float]:
    best = (0.0, 0.5)
    for t in sorted(set(scores)):
        f = evaluate(valid, scores, t)["f1"]
        if f > best[0]:
            best = (f, t)
    return best


def train_and_export(train, valid, args, c=None) -> tuple[dict, list[float], float]:
    from comments.moderation.learned import HarassmentModel  # noqa: PLC0415

    c = c if c is not None else choose_c(train, args.bits, args.grid, args.seed)
    clf = fit(train, args.bits, c)
    data = export(clf, args.bits, args.keep)
    model = HarassmentModel({**data, "threshold": 0.5})
    scores = [model.score_features(r["feats"]) for r in valid]
    return data, scores, c


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--bits", type=int, default=18)
    parser.add_argument("--keep", type=int, default=20000, help="weights kept after pruning")
    parser.add_argument("--val", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--budget",
        type=float,
        default=0.04,
        help="false-hold budget (0.08 gate less a margin for new text)",
    )
    parser.add_argument("--grid", type=float, nargs="+", default=[0.1, 0.3, 1.0, 3.0])
    parser.add_argument("--curve", type=int, nargs="*", default=[1500, 3000, 6000])
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    t0 = time.perf_counter()
    rows = load_rows(args.corpus)
    if len(rows) < 10 or len({r["y"] for r in rows}) < 2:
        raise SystemExit(f"need both labels and at least 10 comments; got {len(rows)}")
    featurise(rows)
    train, valid = split(rows, args.val, args.seed)
    print(
        f"{len(rows)} comments ({sum(r['y'] for r in rows)} harassment): "
        f"train {len(train)}, validation {len(valid)}",
        file=sys.stderr,
    )
    data, scores, c = train_and_export(train, valid, args)
    threshold = calibrate(valid, scores, args.budget)
    figures = evaluate(valid, scores, threshold)
    f1_best, t_best = best_f1(valid, scores)
    curve = {}
    for n in [n for n in args.curve if n < len(train)]:
        sample = random.Random(args.seed).sample(train, n)
        _, s_n, _ = train_and_export(sample, valid, args, c)
        t_n = calibrate(valid, s_n, args.budget)
        curve[str(n)] = {
            "threshold": round(t_n, 4),
            **evaluate(valid, s_n, t_n),
            "best_f1": best_f1(valid, s_n)[0],
        }
    curve[str(len(train))] = {"threshold": round(threshold, 4), **figures, "best_f1": f1_best}
    digest = hashlib.sha256()
    for r in sorted(rows, key=lambda r: r["id"]):
        digest.update(f"{r['id']}\t{r['text']}\t{r['y']}\n".encode())
    data["threshold"] = round(threshold, 4)
    data["meta"] = {
        "trained_on": {
            "comments": len(rows),
            "harassment": sum(r["y"] for r in rows),
            "train": len(train),
            "validation": len(valid),
            "corpus_sha256": digest.hexdigest()[:16],
        },
        "C": c,
        "bits": args.bits,
        "weights": len(base64.b64decode(data["values"])),
        "budget": args.budget,
        "validation": {
            "threshold": round(threshold, 4),
            **figures,
            "best_f1": f1_best,
            "best_f1_threshold": round(t_best, 4),
        },
        "learning_curve": curve,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(json.dumps(data["meta"], indent=1), file=sys.stderr)
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in "
        f"{time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
