"""Command line: ``python -m comments.moderation scan INPUT.jsonl [--protected P] [--stats]``.

Reads JSON lines carrying ``id`` and ``text`` (``-`` reads stdin) and writes one JSON
line per comment, in input order, to stdout::

    {"id", "spans": [{"start", "end", "category", "score", "rule"}], "harassment",
     "hold", "target", "harassment_findings", "risk", "review_signals"}

``risk`` is ``publish``, ``review`` or ``hold``; ``hold`` is true for both review and hold.

Bad lines (not JSON, no string ``text``, blank) are reported on stderr with their line
number and skipped.  Exit codes: 0 when at least one comment was scanned (or the input
was empty), 1 when every line was bad, 2 for usage errors or unreadable files.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from typing import IO

from .scanner import Scanner, ScannerConfig


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m comments.moderation")
    sub = parser.add_subparsers(dest="command", required=True)
    scan = sub.add_parser("scan", help="scan JSON lines for personal data and harassment")
    scan.add_argument("input", help="JSONL file with id and text per line, or - for stdin")
    scan.add_argument("--protected", help="protected.json with the protected persons")
    scan.add_argument("--stats", action="store_true", help="print comments/s on stderr")
    return parser


def _lines(path: str) -> Iterator[tuple[int, str]]:
    stream: IO[str]
    if path == "-":
        stream = sys.stdin
        yield from enumerate(stream, 1)
        return
    with open(path, encoding="utf-8", errors="replace") as stream:
        yield from enumerate(stream, 1)


def _load_config(path: str | None) -> ScannerConfig:
    if not path:
        return ScannerConfig()
    with open(path, encoding="utf-8") as f:
        return ScannerConfig.from_protected_json(json.load(f))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        scanner = Scanner(_load_config(args.protected))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read protected persons from {args.protected}: {exc}", file=sys.stderr)
        return 2
    startup = time.perf_counter() - started
    ok = bad = 0
    chars = 0
    scan_time = 0.0
    out = sys.stdout
    try:
        for number, line in _lines(args.input):
            if not line.strip():
                print(f"line {number}: blank line skipped", file=sys.stderr)
                bad += 1
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                print(f"line {number}: not JSON ({exc.msg}); skipped", file=sys.stderr)
                bad += 1
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                print(f"line {number}: no string 'text' field; skipped", file=sys.stderr)
                bad += 1
                continue
            t0 = time.perf_counter()
            result = scanner.scan(record["text"])
            scan_time += time.perf_counter() - t0
            chars += len(record["text"])
            row = {"id": record.get("id", number), **result.as_dict()}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            ok += 1
    except OSError as exc:
        print(f"error: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    out.flush()
    if args.stats:
        rate = ok / scan_time if scan_time else float("inf")
        print(
            f"scanned {ok} comments ({chars} chars), skipped {bad}; start-up {startup:.3f}s; "
            f"{rate:,.0f} comments/s",
            file=sys.stderr,
        )
    return 0 if ok or not bad else 1
