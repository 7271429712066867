"""Locust users for the load and fault harness (run by benchmarks/load/run.py, headless).

The mix: 80 % reads of threads and feeds, 15 % replies through the API (a third carry
personal data, which must be held and never appear on a public surface), 5 % moderator
decisions through the API with a token. Every reply carries an Idempotency-Key and a
unique marker, and is retried with the same key after a connection error or a 503, as a
real API client would; every request is written to LOAD_LOG (one JSON object a line) for
the verification and the figures.

Bounded: only http://127.0.0.1 is accepted as the host, and the run stops itself after
LOAD_MAX_REQUESTS requests (run.py also passes --run-time).
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task
from locust.exception import StopUser
from replies import PERSONAL, REPLIES, secret_for

SLUGS = [s for s in os.environ.get("LOAD_SLUGS", "").split(",") if s]
TOKEN = os.environ.get("LOAD_TOKEN", "")
PHASE = os.environ.get("LOAD_PHASE", "run")
MAX_REQUESTS = int(os.environ.get("LOAD_MAX_REQUESTS", "20000"))
LOG_PATH = os.environ.get("LOAD_LOG", "")
OPENING_PERSONAL_REPLY = os.environ.get("LOAD_OPENING_PERSONAL_REPLY") == "1"


_log = open(LOG_PATH, "a", encoding="utf-8") if LOG_PATH else None  # noqa: SIM115
_count = 0


@events.init.add_listener
def _only_loopback(environment, **_kwargs):
    host = urlsplit(environment.host or "").hostname
    if host != "127.0.0.1":
        raise SystemExit(f"refusing to send traffic to {environment.host!r}: 127.0.0.1 only")


@events.request.add_listener
def _record(request_type, name, response_time, response_length, response, exception, context, **kw):
    global _count
    _count += 1
    status = getattr(response, "status_code", 0) or 0  # 0: no answer (connection failed)
    if _log is not None:
        start = kw.get("start_time") or (time.time() - response_time / 1000)
        row = {
            "t": round(start, 4),
            "end": round(start + response_time / 1000, 4),
            "phase": PHASE,
            "name": name,
            "method": request_type,
            "status": status,
            "ms": round(response_time, 2),
            **(context or {}),
        }
        if exception is not None and not status:
            row["error"] = type(exception).__name__
        _log.write(json.dumps(row, ensure_ascii=False) + "\n")
        _log.flush()
    if _count >= MAX_REQUESTS:
        runner = getattr(_record, "runner", None)
        if runner is not None:
            runner.quit()


@events.test_start.add_listener
def _remember_runner(environment, **_kwargs):
    _record.runner = environment.runner


class Reader(HttpUser):
    """One client: reads most of the time, sometimes replies, sometimes moderates."""

    wait_time = between(0.5, 1.5)

    def on_start(self):
        if not SLUGS:
            raise StopUser("LOAD_SLUGS is empty")
        self.seen: dict[str, list[int]] = {}  # public comment ids per post, for replies
        if OPENING_PERSONAL_REPLY:  # --short: every client's first reply carries personal data
            self.reply(personal=True)

    def _slug(self) -> str:
        return random.choice(SLUGS)

    # --- 80 %: threads and feeds ----------------------------------------------------------
    @task(30)
    def thread_page(self):
        self.client.get(f"/posts/{self._slug()}/", name="GET /posts/[slug]/ (thread HTML)")

    @task(20)
    def api_thread(self):
        slug = self._slug()
        with self.client.get(
            f"/api/v1/posts/{slug}/comments/",
            name="GET /api/v1/posts/[slug]/comments/",
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                ids = [item["id"] for item in response.json().get("results", [])]
                self.seen[slug] = ids[-50:]
                response.success()

    @task(10)
    def comment_feed_atom(self):
        self.client.get(
            f"/posts/{self._slug()}/comments.atom", name="GET /posts/[slug]/comments.atom"
        )

    @task(5)
    def comment_feed_rss(self):
        self.client.get(
            f"/posts/{self._slug()}/comments.rss", name="GET /posts/[slug]/comments.rss"
        )

    @task(15)
    def site_feed(self):
        self.client.get("/api/v1/comments/?page_size=50", name="GET /api/v1/comments/ (feed)")

    # --- 15 %: replies, a third with personal data ----------------------------------------
    @task(15)
    def reply(self, personal: bool | None = None):
        slug = self._slug()
        marker = uuid.uuid4().hex[:12]
        body, secret = random.choice(REPLIES), ""
        if personal or (personal is None and random.random() < 1 / 3):
            template, kind = random.choice(PERSONAL)
            secret = secret_for(kind)
            body = template.format(secret=secret)
        body = f"{body}［ld-{marker}］"
        payload = {"body": body}
        parents = self.seen.get(slug)
        if parents and random.random() < 0.3:
            payload["parent"] = random.choice(parents)
        key = f"load-{marker}"
        context = {"key": key, "marker": marker, "secret": secret, "slug": slug}
        for attempt in range(5):  # the same key on every retry: stored at most once
            with self.client.post(
                f"/api/v1/posts/{slug}/comments/",
                json=payload,
                headers={"Idempotency-Key": key},
                name="POST /api/v1/posts/[slug]/comments/ (reply)",
                context={**context, "attempt": attempt},
                catch_response=True,
            ) as response:
                if response.status_code == 201:
                    response.success()
                    # The acknowledgement: logged as its own line with the id.
                    self._ack(context, response.json().get("id"))
                    return
                if response.status_code not in (0, 502, 503, 504):
                    return  # a refusal (400…) is final; the log keeps its status
            time.sleep(min(0.5 * 2**attempt, 4))

    def _ack(self, context: dict, comment_id) -> None:
        if _log is not None:
            row = {"t": round(time.time(), 4), "phase": PHASE, "ack": comment_id, **context}
            _log.write(json.dumps(row, ensure_ascii=False) + "\n")
            _log.flush()

    # --- 5 %: moderator decisions with a token ----------------------------------------------
    @task(5)
    def moderate(self):
        headers = {"Authorization": f"Token {TOKEN}"}
        with self.client.get(
            "/api/v1/moderation/queue/",
            headers=headers,
            name="GET /api/v1/moderation/queue/",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                return
            items = response.json().get("results", [])
            response.success()
        if not items:
            return
        item = random.choice(items[:10])
        categories = {f.get("category") for f in item.get("findings", [])}
        personal_only = categories and categories <= {"PHONE", "EMAIL"}
        if not categories:
            decision, body = "approve", {"version": item["version"]}
        elif personal_only and random.random() < 0.7:
            decision, body = "redact", {"version": item["version"]}  # the scanner's spans
        else:
            decision, body = "reject", {"version": item["version"], "reason": "personal_data"}
        with self.client.post(
            f"/api/v1/moderation/comments/{item['id']}/{decision}/",
            json=body,
            headers=headers,
            name=f"POST /api/v1/moderation/comments/[id]/{decision}/",
            catch_response=True,
        ) as response:
            if response.status_code in (200, 409, 422):
                response.success()  # 409: another moderator decided first
