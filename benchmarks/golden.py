"""Golden output: keep a refactor of the scanner byte-identical on a fixed set of texts.

    .venv/bin/python benchmarks/golden.py generate   # (re)build the synthetic inputs
    .venv/bin/python benchmarks/golden.py record     # write the expected outputs
    .venv/bin/python benchmarks/golden.py check      # compare; exit 1 on any difference

Two sets:

- synthetic (in the repository, ``tests/moderation/golden/``): every string written in
  tests/moderation plus mixed variants of them (pairs joined, sentences shuffled, full
  width, spaced out, with an addressee or a reply marker in front), scanned with the
  protected persons of ``protected.json`` there.  ``tests/moderation/test_golden.py``
  checks it on every test run.
- dev (outside the repository): the CLI output on the shared dev corpus.  Its expected
  output is written outside the repository (``--dev-out``, default
  ``/tmp/scanner-golden/dev.expected.jsonl``) because it quotes corpus text; only its
  SHA-256 is kept here.

Only the fields the CLI gave when the golden was recorded are compared (``LEGACY_KEYS``):
later additions such as ``risk`` and ``review_signals`` do not break the check, while any
change to the spans, harassment findings, target or confident hold does (since the review
tier the CLI's ``hold`` is also true for ``review``; the golden compares ``risk == "hold"``).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import io
import json
import random
import sys
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "moderation" / "golden"
INPUTS = GOLDEN / "inputs.jsonl"
EXPECTED = GOLDEN / "expected.jsonl"
PROTECTED = GOLDEN / "protected.json"
DIGESTS = GOLDEN / "digests.json"
CORPUS = ROOT.parent / "shared" / "moderation-corpus"
DEV_OUT = Path("/tmp/scanner-golden/dev.expected.jsonl")
LEGACY_KEYS = ("id", "spans", "harassment", "hold", "target", "harassment_findings")


def _test_strings() -> list[str]:
    """Every string constant of tests/moderation/*.py that looks like a comment."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "moderation").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = node.value
                if 2 <= len(s) <= 400 and any(ord(c) > 0x2FF or c.isdigit() for c in s):
                    seen.setdefault(s)
    return list(seen)


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _variants(base: list[str], rng: random.Random) -> list[str]:
    out = list(base)
    for s in base:
        out.append(_full_width(s))
        out.append(unicodedata.normalize("NFKC", s))
    for _ in range(len(base)):
        a, b = rng.sample(base, 2)
        out.append(f"{a}。{b}")
        out.append(f"{a}\n{b}")
    for s in rng.sample(base, min(len(base), 400)):
        parts = [p for p in s.replace("！", "。").split("。") if p]
        rng.shuffle(parts)
        out.append("。".join(parts))
        out.append(" ".join(s))
    prefixes = ["あの店員、", ">>3 ", "お前、", "例の担当者の", "店長へ。", "@kenta_sasaki88 "]
    for s in rng.sample(base, min(len(base), 600)):
        out.append(rng.choice(prefixes) + s)
        out.append(s + rng.choice(["ｗｗｗ", "。死ね", "って言われた", "とか書く人は最低"]))
    return list(dict.fromkeys(out))


def generate() -> int:
    rng = random.Random(13)
    texts = _variants(_test_strings(), rng)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with INPUTS.open("w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"g{i:05d}", "text": t}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} synthetic texts -> {INPUTS.relative_to(ROOT)}")
    return 0


def _run_cli(input_path: Path, protected: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from comments.moderation.cli import main  # noqa: PLC0415

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["scan", str(input_path), "--protected", str(protected)])
    if code != 0:
        raise SystemExit(f"CLI failed on {input_path} (exit {code})")
    return buf.getvalue()


def legacy(row: dict) -> dict:
    """The recorded fields of one output row.  Since the review tier, the CLI's ``hold`` is
    true for review too; the recorded ``hold`` is the confident one, ``risk == "hold"``.
    The CLI's ``harassment`` also counts the learned score; the recorded one is the rules'."""
    out = {k: row[k] for k in LEGACY_KEYS}
    if "risk" in row:
        out["hold"] = row["risk"] == "hold"
    out["harassment"] = bool(row["harassment_findings"])
    return out


def project(output: str) -> str:
    """The CLI output reduced to the fields recorded in the golden, one JSON line each."""
    lines = []
    for line in output.splitlines():
        lines.append(json.dumps(legacy(json.loads(line)), ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dev() -> str | None:
    dev = CORPUS / "dev.jsonl"
    if not dev.is_file():
        return None
    return project(_run_cli(dev, CORPUS / "protected.json"))


def record(dev_out: Path) -> int:
    synthetic = project(_run_cli(INPUTS, PROTECTED))
    EXPECTED.write_text(synthetic, encoding="utf-8")
    digests = {"synthetic": _sha(synthetic)}
    dev = _dev()
    if dev is not None:
        dev_out.parent.mkdir(parents=True, exist_ok=True)
        dev_out.write_text(dev, encoding="utf-8")
        digests["dev"] = _sha(dev)
    DIGESTS.write_text(json.dumps(digests, indent=2) + "\n", encoding="utf-8")
    print(f"recorded {synthetic.count(chr(10))} synthetic lines; digests {digests}")
    return 0


def _diff(name: str, got: str, want: str) -> int:
    bad = [(g, w) for g, w in zip(got.splitlines(), want.splitlines(), strict=False) if g != w]
    if len(got.splitlines()) != len(want.splitlines()):
        print(f"{name}: line count {len(got.splitlines())} != {len(want.splitlines())}")
    for g, w in bad[:5]:
        print(f"{name}: got  {g}\n{name}: want {w}")
    print(f"{name}: {len(bad)} lines differ")
    return 1


def check(dev_out: Path) -> int:
    digests = json.loads(DIGESTS.read_text(encoding="utf-8"))
    failed = 0
    synthetic = project(_run_cli(INPUTS, PROTECTED))
    if _sha(synthetic) == digests["synthetic"]:
        print(f"synthetic: identical ({synthetic.count(chr(10))} lines)")
    else:
        failed |= _diff("synthetic", synthetic, EXPECTED.read_text(encoding="utf-8"))
    dev = _dev()
    if dev is None or "dev" not in digests:
        print("dev: corpus not found, skipped")
    elif _sha(dev) == digests["dev"]:
        print(f"dev: identical ({dev.count(chr(10))} lines, sha256 {digests['dev'][:12]})")
    elif dev_out.is_file():
        failed |= _diff("dev", dev, dev_out.read_text(encoding="utf-8"))
    else:
        print("dev: DIFFERENT (no local expected file to show the lines)")
        failed = 1
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "record", "check"])
    parser.add_argument("--dev-out", type=Path, default=DEV_OUT)
    args = parser.parse_args(argv)
    if args.command == "generate":
        return generate()
    if args.command == "record":
        return record(args.dev_out)
    return check(args.dev_out)


if __name__ == "__main__":
    raise SystemExit(main())
