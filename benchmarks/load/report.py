"""Figures of a load run (benchmarks/load/run.py writes the logs): a table per phase with
each endpoint's requests per second and p50/p95/p99 latency, and a plot of latency over
time during the fault run, with the worker kill and the PostgreSQL restart marked."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def load(out: Path, phase: str) -> tuple[list[dict], dict]:
    path = out / f"{phase}-requests.jsonl"
    if not path.exists():
        return [], {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    events_path = out / f"{phase}-events.json"
    events = json.loads(events_path.read_text()) if events_path.exists() else {}
    return [r for r in rows if "status" in r], events


def table(rows: list[dict], events: dict) -> str:
    if not rows:
        return "(no requests)\n"
    start = events.get("start", min(r["t"] for r in rows))
    seconds = max(r["end"] for r in rows) - start
    by_name: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_name[row["name"]].append(row)
    lines = [
        "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]

    def line(name: str, group: list[dict]) -> str:
        ms = [r["ms"] for r in group]
        errors = defaultdict(int)
        for r in group:
            if r["status"] == 0 or r["status"] >= 500:
                errors[str(r["status"] or "no answer")] += 1
        error_text = ", ".join(f"{n} × {s}" for s, n in sorted(errors.items())) or "—"
        return (
            f"| {name} | {len(group)} | {len(group) / seconds:.1f} | {percentile(ms, 50):.0f} "
            f"| {percentile(ms, 95):.0f} | {percentile(ms, 99):.0f} | {error_text} |"
        )

    for name in sorted(by_name, key=lambda n: -len(by_name[n])):
        lines.append(line(f"`{name}`", by_name[name]))
    lines.append(line("**all**", rows))
    return "\n".join(lines) + f"\n\n{seconds:.0f} s measured.\n"


def plot(rows: list[dict], events: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    start = events.get("start", min(r["t"] for r in rows))
    groups = {
        "reads (threads, feeds)": lambda r: r["method"] == "GET" and "moderation" not in r["name"],
        "replies": lambda r: "(reply)" in r["name"],
        "moderation": lambda r: "moderation" in r["name"],
    }
    colors = {"reads (threads, feeds)": "#4c72b0", "replies": "#55a868", "moderation": "#c44e52"}
    fig, ax = plt.subplots(figsize=(11, 5.5), dpi=110)
    for label, keep in groups.items():
        ok = [r for r in rows if keep(r) and 0 < r["status"] < 500]
        ax.scatter(
            [r["t"] - start for r in ok],
            [max(r["ms"], 1) for r in ok],
            s=5,
            alpha=0.45,
            color=colors[label],
            label=label,
        )
    failed = [r for r in rows if r["status"] == 0 or r["status"] >= 500]
    for status, marker, color in ((503, "x", "#d62728"), (0, "v", "#000000")):
        picked = [r for r in failed if r["status"] == status]
        if picked:
            ax.scatter(
                [r["t"] - start for r in picked],
                [max(r["ms"], 1) for r in picked],
                s=22,
                marker=marker,
                color=color,
                label=f"{'503' if status else 'no answer'} ({len(picked)})",
            )
    # p95 per second over all requests.
    buckets: dict[int, list[float]] = defaultdict(list)
    for r in rows:
        buckets[int(r["t"] - start)].append(r["ms"])
    xs = sorted(buckets)
    ax.plot(
        [x + 0.5 for x in xs],
        [max(percentile(buckets[x], 95), 1) for x in xs],
        color="#222222",
        linewidth=1.3,
        label="p95 per second",
    )
    marks = [
        ("worker_killed", "worker SIGKILL", "#8c564b"),
        ("restart_begin", "PostgreSQL restart", "#d62728"),
        ("db_ready", "PostgreSQL ready", "#2ca02c"),
    ]
    for key, label, color in marks:
        if key in events:
            ax.axvline(events[key] - start, color=color, linestyle="--", linewidth=1, label=label)
    ax.set_yscale("log")
    ax.set_xlabel("seconds into the fault run")
    ax.set_ylabel("response time (ms, log scale)")
    ax.set_title(
        f"Fault run: {events.get('users', '?')} clients, {events.get('workers', '?')} gunicorn "
        "workers on PostgreSQL; one worker killed, PostgreSQL restarted"
    )
    ax.grid(True, which="both", alpha=0.25)
    ax.legend(loc="upper right", fontsize=8, markerscale=2)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--plot", type=Path, help="PNG of the fault run's latency over time")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    args = parser.parse_args()
    parts = []
    for phase in ("normal", "fault"):
        rows, events = load(args.out, phase)
        if not rows:
            continue
        parts.append(f"### {phase}\n\n{table(rows, events)}")
        verify = args.out / f"{phase}-verify.json"
        if verify.exists():
            parts.append("```\n" + verify.read_text() + "\n```\n")
        if phase == "fault" and args.plot:
            plot(rows, events, args.plot)
    text = "\n".join(parts)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
