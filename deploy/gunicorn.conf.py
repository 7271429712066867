"""gunicorn settings for the complaints site: `gunicorn -c deploy/gunicorn.conf.py`.

gthread workers: each worker process serves GUNICORN_THREADS requests at once, so one
slow request (a long thread page, a database that is restarting) does not stop the
worker. nginx in front buffers request bodies and slow clients (deploy/nginx/), so no
worker ever waits for a client's bytes. Every knob can be overridden from the
environment (the systemd unit reads /etc/complaints/env).
"""

import multiprocessing
import os

wsgi_app = "complaints_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

worker_class = "gthread"
# Two cores: 4 workers x 4 threads. The scanner is CPU-bound Python, so threads help
# with database and network waits, processes with the scanning itself.
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count() * 2)))
threads = int(os.environ.get("GUNICORN_THREADS", 4))

# A request taking longer than this is killed with its worker (and logged); nginx's
# proxy_read_timeout is a little longer, so the client sees gunicorn's answer, not 504.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30  # on SIGTERM/HUP, in-flight requests get this long to finish
keepalive = 5  # seconds; nginx keeps upstream connections open (see upstream keepalive)

# Load Django (and its URLconf, views and the scanner modules) once in the master and
# fork: the workers share those pages and start in milliseconds. Database connections
# must never cross a fork: none is opened at import, and pre_fork closes any anyway.
preload_app = True

# Recycle workers now and then, staggered, so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200

# Limits on the request line and headers (bodies are limited by nginx and Django).
limit_request_line = 8190
limit_request_fields = 100

accesslog = "-"  # stdout: journald
errorlog = "-"
# No client address in the access log: only the proxy's would show anyway, and the
# site keeps no raw addresses (comments/client.py).
access_log_format = '"%(r)s" %(s)s %(b)s %(M)sms "%(f)s"'
forwarded_allow_ips = "127.0.0.1"


def on_starting(server):
    # Import the URLconf in the master too, so preload covers every view module.
    import django
    from django.urls import get_resolver

    django.setup()
    get_resolver().url_patterns  # noqa: B018


def pre_fork(server, worker):
    from django.db import connections

    connections.close_all()
