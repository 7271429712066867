"""Load and fault harness: gunicorn (4 workers, deploy/gunicorn.conf.py) on a PostgreSQL
cluster of its own, driven by locust headless, then verified.

    .venv/bin/pip install -e '.[load]'
    .venv/bin/python benchmarks/load/run.py                 # normal run, then the fault run
    .venv/bin/python benchmarks/load/run.py --short         # CI: a few seconds, verified

Steps: create (or reuse) the PostgreSQL cluster ``<version> load`` on port 5441 — never the
shared ``main`` cluster, which other people use — with a fresh database
``complaints_load``; migrate; ``manage.py generate_demo_data``; a moderator with an API
token; then each phase: start gunicorn on 127.0.0.1:8200, run locust (50 clients, 60 s by
default), and, in the fault phase, SIGKILL one gunicorn worker and restart the cluster
mid-run; then verify (benchmarks/load/verify.py) and stop gunicorn. At the end the
cluster is stopped and the figures are written (benchmarks/load/report.py).

Bounded: traffic goes only to 127.0.0.1 (locustfile.py refuses any other host), each
phase has locust's --run-time plus a request cap, and every process started here is
stopped here. The API throttles are raised through the environment for the run, since
every client is 127.0.0.1 (see LOAD_ENV). Exit status 1 when any verification fails.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = sys.executable

# Every client is 127.0.0.1, so the per-client limits would measure the limiter, not the
# site: raised for the run only (the production defaults stay as documented).
LOAD_ENV = {
    "API_ANON_COMMENT_RATE": "100000/min",
    "API_USER_COMMENT_RATE": "100000/min",
    "API_AUTH_TOKEN_RATE": "1000/min",
    "COMMENTS_FORM_REPLIES_PER_MINUTE": "100000",
    "COMMENTS_REPORTS_PER_HOUR": "100000",
}

TOKEN_SCRIPT = """
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from django.core.management import call_command
call_command("create_demo_moderator")
user = get_user_model().objects.get(username="moderator")
print("TOKEN", Token.objects.get_or_create(user=user)[0].key)
"""


def log(message: str) -> None:
    print(f"[load {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Cluster:
    """A PostgreSQL cluster of the harness's own (pg_createcluster / pg_ctlcluster)."""

    def __init__(self, name: str, port: int):
        if name == "main" or port == 5432:
            raise SystemExit("the harness never uses the shared 'main' cluster or port 5432")
        versions = sorted(Path("/usr/lib/postgresql").glob("*"), key=lambda p: int(p.name))
        if not versions or not shutil.which("pg_ctlcluster"):
            raise SystemExit("PostgreSQL (Debian's postgresql package) is not installed")
        self.version, self.name, self.port = versions[-1].name, name, port

    def _postgres(self, *command: str, check: bool = True) -> str:
        runner = (
            ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else ["sudo", "-u", "postgres"]
        )
        result = subprocess.run(
            [*runner, *command], capture_output=True, text=True, check=False, cwd="/"
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
        return result.stdout

    def _psql(self, sql: str) -> str:
        return self._postgres("psql", "-p", str(self.port), "-tAq", "-c", sql).strip()

    def ensure_running(self) -> None:
        listed = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
        if not any(line.split()[:2] == [self.version, self.name] for line in listed.splitlines()):
            log(f"creating PostgreSQL cluster {self.version}/{self.name} on port {self.port}")
            subprocess.run(
                ["pg_createcluster", self.version, self.name, "--port", str(self.port)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        subprocess.run(["pg_ctlcluster", self.version, self.name, "start"], check=False)
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.port)])
            if ready.returncode == 0:
                return
            time.sleep(0.2)
        raise RuntimeError(f"cluster {self.name} did not accept connections")

    def fresh_database(self, name: str, user: str, password: str) -> str:
        if self._psql(f"SELECT 1 FROM pg_roles WHERE rolname='{user}'") != "1":
            self._psql(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        self._psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._psql(f"CREATE DATABASE {name} OWNER {user}")
        return f"postgres://{user}:{password}@127.0.0.1:{self.port}/{name}"

    def restart(self) -> None:
        subprocess.run(
            ["pg_ctlcluster", self.version, self.name, "restart", "-m", "fast"], check=True
        )

    def stop(self) -> None:
        subprocess.run(
            ["pg_ctlcluster", self.version, self.name, "stop", "-m", "fast"], check=False
        )


class Server:
    """gunicorn with deploy/gunicorn.conf.py on 127.0.0.1:<port>."""

    def __init__(self, env: dict[str, str], port: int, log_path: Path):
        self.url = f"http://127.0.0.1:{port}"
        self.workers = int(env.get("GUNICORN_WORKERS", "1"))
        self._log = log_path.open("w")
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited at start (see its log)")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200 and len(self.worker_pids()) >= self.workers:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer /healthz")

    def worker_pids(self) -> list[int]:
        found = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(
                    line.split(":\t", 1)
                    for line in status.read_text().splitlines()
                    if ":\t" in line
                )
            except OSError:
                continue
            if fields.get("PPid", "").strip() == str(self.process.pid):
                found.append(int(status.parent.name))
        return sorted(found)

    @staticmethod
    def _sockets(pid: int) -> int:
        try:
            return sum(
                1 for fd in Path(f"/proc/{pid}/fd").iterdir() if "socket:" in os.readlink(fd)
            )
        except OSError:
            return 0

    def kill_one_worker(self) -> tuple[int, int]:
        """SIGKILL to the worker holding the most sockets (client connections, in flight
        or kept alive): the worst one to lose. Returns its pid and its socket count."""
        pid = max(self.worker_pids(), key=self._sockets)
        sockets = self._sockets(pid)
        os.kill(pid, signal.SIGKILL)
        return pid, sockets

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def static_is_stale() -> bool:
    """True when staticfiles/ is missing or older than one of the project's own static files
    (the packages' files, such as the Swagger UI, change only with an install)."""
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [*ROOT.glob("*/static/**/*"), ROOT / "pyproject.toml"]
    return any(path.is_file() and path.stat().st_mtime > built for path in sources)


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def run_phase(name: str, *, fault: bool, args, env, cluster: Cluster, slugs, token, out: Path):
    """One locust run against a fresh gunicorn; the fault schedule when ``fault``."""
    server = Server(env, args.port, out / f"{name}-gunicorn.log")
    events: dict[str, float] = {"users": args.users, "workers": 4}
    try:
        server.wait_ready()
        log(f"{name}: gunicorn workers {server.worker_pids()} on {server.url}")
        locust_env = {
            **env,
            "LOAD_SLUGS": ",".join(slugs),
            "LOAD_TOKEN": token,
            "LOAD_PHASE": name,
            "LOAD_LOG": str(out / f"{name}-requests.jsonl"),
            "LOAD_MAX_REQUESTS": str(args.max_requests),
            "LOAD_OPENING_PERSONAL_REPLY": "1" if args.short else "0",
        }
        command = [
            PYTHON, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless",
            "--host", server.url, "--users", str(args.users), "--spawn-rate", str(args.users),
            "--run-time", f"{args.duration}s", "--stop-timeout", "5", "--only-summary",
            "--csv", str(out / name), "--loglevel", "WARNING",
        ]  # fmt: skip
        locust_log = (out / f"{name}-locust.log").open("w")
        events["start"] = time.time()
        locust = subprocess.Popen(
            command, cwd=ROOT, env=locust_env, stdout=locust_log, stderr=subprocess.STDOUT
        )
        try:
            if fault:
                time.sleep(args.kill_at)
                events["worker_killed"] = time.time()
                pid, sockets = server.kill_one_worker()
                log(f"{name}: SIGKILL to gunicorn worker {pid} ({sockets} sockets open)")
                if not args.no_restart:
                    time.sleep(max(0, args.restart_at - args.kill_at))
                    events["restart_begin"] = time.time()
                    log(f"{name}: restarting PostgreSQL {cluster.version}/{cluster.name}")
                    cluster.restart()
                    events["restart_end"] = time.time()
                    cluster.wait_ready()
                    events["db_ready"] = time.time()
                    down = events["db_ready"] - events["restart_begin"]
                    log(f"{name}: PostgreSQL back after {down:.1f} s")
            locust.wait(timeout=args.duration + 120)
        finally:
            if locust.poll() is None:
                locust.terminate()
                locust.wait(timeout=30)
            locust_log.close()
        events["end"] = time.time()
        (out / f"{name}-events.json").write_text(json.dumps(events, indent=1))
        log(f"{name}: locust done; workers now {server.worker_pids()}; verifying")
        logs = sorted(str(p) for p in out.glob("*-requests.jsonl"))
        verify = subprocess.run(
            [PYTHON, str(HERE / "verify.py"), "--phase", name, "--out", str(out), "--base-url",
             server.url, "--events", str(out / f"{name}-events.json"), *logs],
            cwd=ROOT, env=env, check=False,
        )  # fmt: skip
        return verify.returncode == 0
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--short", action="store_true", help="CI: few clients, a few seconds, no fault"
    )
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60, help="seconds per phase")
    parser.add_argument("--max-requests", type=int, default=30000, help="per phase")
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--comments", type=int, default=200, help="replies per post")
    parser.add_argument("--phases", default="normal,fault")
    parser.add_argument("--kill-at", type=float, default=15, help="seconds into the fault run")
    parser.add_argument("--restart-at", type=float, default=30, help="seconds into the fault run")
    parser.add_argument("--no-restart", action="store_true", help="fault run: kill a worker only")
    parser.add_argument("--port", type=int, default=8200, help="gunicorn (8200-8299)")
    parser.add_argument("--pg-cluster", default="load")
    parser.add_argument("--pg-port", type=int, default=5441)
    parser.add_argument("--out", type=Path, default=Path("/tmp/complaints-load"))
    parser.add_argument("--plot", type=Path, help="write the fault run's latency plot here")
    parser.add_argument("--report", type=Path, help="write the markdown tables here")
    args = parser.parse_args()
    if args.short:
        args.users, args.duration, args.phases = 5, 5, "normal"
        args.posts, args.comments, args.max_requests = 3, 30, 2000
    if not 8200 <= args.port <= 8299:
        raise SystemExit("--port must be in 8200-8299")

    out = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cluster = Cluster(args.pg_cluster, args.pg_port)
    cluster.ensure_running()
    ok = True
    try:
        database_url = cluster.fresh_database(
            "complaints_load", "complaints_load", "complaints_load"
        )
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DATABASE_URL", "REDIS_URL"}
            and not key.startswith(("DJANGO_", "GUNICORN_"))
        }
        env.update(
            LOAD_ENV,
            DATABASE_URL=database_url,
            DJANGO_SECRET_KEY=secrets.token_hex(32),
            # As in production (deploy/env.example): each reply's connection data is kept,
            # encrypted (takedowns); a fresh Fernet key per run.
            TAKEDOWNS_SENDER_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            DJANGO_DEBUG="false",
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_LOG_LEVEL="WARNING",
            GUNICORN_WORKERS="4",
        )
        log(f"database {database_url.rsplit('@', 1)[1]}: migrate, demo data")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "createcachetable")
        if static_is_stale():  # as deployed (docs/deploy.md); ~80 s when it compresses all
            log("collectstatic")
            manage(env, "collectstatic", "--noinput", "-v", "0")
        started = time.monotonic()
        manage(env, "generate_demo_data", "--posts", str(args.posts), "--comments",
               str(args.comments), "--quiet-progress")  # fmt: skip
        log(f"{args.posts} posts x {args.comments} replies in {time.monotonic() - started:.0f} s")
        token = next(
            line.split()[1]
            for line in manage(env, "shell", "-c", TOKEN_SCRIPT).splitlines()
            if line.startswith("TOKEN ")
        )
        slugs = [f"demo-{n}" for n in range(args.posts)]
        for phase in [p for p in args.phases.split(",") if p]:
            log(f"phase {phase}: {args.users} clients for {args.duration} s")
            passed = run_phase(
                phase, fault=phase == "fault", args=args, env=env, cluster=cluster,
                slugs=slugs, token=token, out=out,
            )  # fmt: skip
            log(f"phase {phase}: verification {'PASSED' if passed else 'FAILED'}")
            ok = ok and passed
    finally:
        cluster.stop()
        log(f"PostgreSQL {cluster.version}/{cluster.name} stopped")
    report = [PYTHON, str(HERE / "report.py"), "--out", str(out)]
    if args.plot:
        report += ["--plot", str(args.plot)]
    if args.report:
        report += ["--markdown", str(args.report)]
    subprocess.run(report, cwd=ROOT, check=False)
    log("all verifications passed" if ok else "VERIFICATION FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
