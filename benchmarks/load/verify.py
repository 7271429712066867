"""After a load phase: what the clients were told, checked against the database and the
public surfaces (run by benchmarks/load/run.py while gunicorn is still up).

1. Every acknowledged reply (201 with an id) is stored exactly once: the comment with that
   id carries the reply's unique marker, no other comment does, and its Idempotency-Key
   points at it. A reply never acknowledged (the client gave up) is stored at most once.
2. No held text on any public surface: none of the personal data the clients injected
   (phone numbers, e-mail addresses; compared after NFKC, so full-width forms count) is in
   a public comment's text, nor in any thread page, API thread page, comment feed (Atom,
   RSS) or page of the site-wide API feed, fetched anonymously.
3. Server errors: 5xx only as 503, and only while PostgreSQL was restarting (from the
   restart to 5 s after it accepted connections again); no answer at all (a connection
   failure) only around the worker kill. The normal phase allows neither.

Exit status 0 when everything holds; the findings go to <out>/<phase>-verify.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
GRACE = 5.0  # seconds after the database is back, or after the kill, still counted as the fault
MARKER = re.compile(r"［ld-([0-9a-f]{12})］")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def read_rows(paths: list[str]) -> list[dict]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def fetch(base: str, path: str) -> tuple[int, str]:
    url = urljoin(base, path)
    if urlsplit(url).hostname != "127.0.0.1":
        raise SystemExit(f"refusing to fetch {url}: 127.0.0.1 only")
    request = urllib.request.Request(url, headers={"Accept-Language": "ja"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def public_surfaces(base: str, slugs: list[str]) -> dict[str, str]:
    """Every public page that shows comment text, fetched with no cookies (anonymous)."""
    pages: dict[str, str] = {}

    def get(path: str) -> str:
        status, body = fetch(base, path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        pages[path] = body
        return body

    for slug in slugs:
        # The thread page and every page its pager links to (followed until none is new).
        seen, todo = {"1"}, [get(f"/posts/{slug}/")]
        while todo:
            for page in set(re.findall(r'href="\?page=(\d+)', todo.pop())) - seen:
                seen.add(page)
                todo.append(get(f"/posts/{slug}/?page={page}"))
        path = f"/api/v1/posts/{slug}/comments/?page_size=500"
        while path:
            data = json.loads(get(path))
            path = data.get("next")
        get(f"/posts/{slug}/comments.atom")
        get(f"/posts/{slug}/comments.rss")
    path = "/api/v1/comments/?page_size=200"
    while path:
        data = json.loads(get(path))
        path = data.get("next")
    get("/")
    get("/feeds/posts.atom")
    return pages


def check_statuses(rows: list[dict], events: dict, phase: str) -> dict:
    requests = [r for r in rows if "status" in r and r.get("phase") == phase]
    outage = None
    if "restart_begin" in events:
        back = events.get("db_ready") or events.get("end") or events["restart_begin"]
        outage = (events["restart_begin"], back + GRACE)
    kill = None
    if "worker_killed" in events:
        kill = (events["worker_killed"], events["worker_killed"] + GRACE)

    def overlaps(row, window) -> bool:
        return window is not None and row["t"] <= window[1] and row["end"] >= window[0]

    bad = []
    for row in requests:
        status = row["status"]
        if status == 0 and not overlaps(row, kill) and not overlaps(row, outage):
            bad.append(row)
        elif status >= 500 and not (status == 503 and overlaps(row, outage)):
            bad.append(row)
    return {
        "requests": len(requests),
        "by_status": dict(sorted(Counter(str(r["status"]) for r in requests).items())),
        "503_in_outage": sum(1 for r in requests if r["status"] == 503),
        "no_answer": sum(1 for r in requests if r["status"] == 0),
        "unexpected": bad[:20],
        "unexpected_count": len(bad),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phase", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--events", type=Path, required=True)
    parser.add_argument("logs", nargs="+", help="request logs of this and earlier phases")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "complaints_site.settings")
    import django

    django.setup()
    from comments.models import Comment, IdempotencyKey
    from comments.policy import PUBLIC_STATUSES

    rows = read_rows(args.logs)
    events = json.loads(args.events.read_text())
    failures: list[str] = []

    # 1. Acknowledged replies, stored exactly once.
    attempts = [r for r in rows if r.get("marker") and "status" in r]
    acks = [r for r in rows if "ack" in r]
    stored = defaultdict(list)
    for pk, body, status, public_body in Comment.objects.filter(body__contains="［ld-").values_list(
        "pk", "body", "status", "public_body"
    ):
        for marker in MARKER.findall(body):
            stored[marker].append((pk, status, public_body))
    keys = dict(
        IdempotencyKey.objects.filter(key__startswith="load-").values_list("key", "comment_id")
    )
    acked_ids: dict[str, set] = defaultdict(set)
    for ack in acks:
        acked_ids[ack["marker"]].add(ack["ack"])
    for marker, ids in acked_ids.items():
        copies = stored.get(marker, [])
        if len(ids) != 1:
            failures.append(f"reply {marker} acknowledged with different ids {sorted(ids)}")
        elif len(copies) != 1:
            failures.append(f"acknowledged reply {marker} stored {len(copies)} times")
        elif copies[0][0] != next(iter(ids)):
            failures.append(f"reply {marker} acknowledged as {ids} but stored as {copies[0][0]}")
        elif keys.get(f"load-{marker}") != copies[0][0]:
            failures.append(f"the Idempotency-Key of reply {marker} does not point at it")
    sent = {r["marker"] for r in attempts}
    unacked = sent - set(acked_ids)
    for marker in unacked:
        if len(stored.get(marker, [])) > 1:
            failures.append(f"unacknowledged reply {marker} stored {len(stored[marker])} times")
    retried = Counter(r["marker"] for r in attempts)

    # 2. No held text on any public surface.
    secrets = {r["marker"]: nfkc(r["secret"]) for r in attempts if r.get("secret")}
    for marker, secret in secrets.items():
        for _pk, status, public_body in stored.get(marker, []):
            if status in PUBLIC_STATUSES and secret in nfkc(public_body):
                failures.append(f"reply {marker}: its personal data is in the public text")
    slugs = sorted({r["slug"] for r in attempts})
    pages = public_surfaces(args.base_url, slugs)
    leaks = []
    for path, body in pages.items():
        text = nfkc(body)
        leaks.extend((path, secret) for secret in secrets.values() if secret in text)
    for path, secret in leaks[:20]:
        failures.append(f"held personal data {secret!r} on the public page {path}")

    # 3. Server errors only as 503 during the outage.
    statuses = check_statuses(rows, events, args.phase)
    if statuses["unexpected_count"]:
        failures.append(
            f"{statuses['unexpected_count']} responses outside what the faults allow, e.g. "
            + json.dumps(statuses["unexpected"][:3], ensure_ascii=False)
        )

    phase_attempts = [r for r in attempts if r.get("phase") == args.phase]
    phase_markers = {r["marker"] for r in phase_attempts}
    result = {
        "phase": args.phase,
        "replies_sent": len(phase_markers),
        "replies_acknowledged": len(phase_markers & set(acked_ids)),
        "replies_never_acknowledged": len(phase_markers - set(acked_ids)),
        "replies_retried": sum(1 for m in phase_markers if retried[m] > 1),
        "replies_with_personal_data": len(phase_markers & set(secrets)),
        "personal_data_replies_by_status": dict(
            Counter(
                status
                for marker in phase_markers & set(secrets)
                for _pk, status, _public in stored.get(marker, [])
            )
        ),
        "public_pages_checked": len(pages),
        "secrets_checked": len(secrets),
        "statuses": statuses,
        "failures": failures,
        "passed": not failures,
    }
    (args.out / f"{args.phase}-verify.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False, default=str)
    )
    print(
        f"verify {args.phase}: {result['replies_acknowledged']}/{result['replies_sent']} replies "
        f"acknowledged ({result['replies_retried']} retried), each stored once; "
        f"{len(secrets)} personal-data texts absent from {len(pages)} public pages; "
        f"statuses {statuses['by_status']}"
    )
    for failure in failures[:30]:
        print(f"  FAIL {failure}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
