# The two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# The first of python3.13 / python3.12 / python3 that is Python 3.12 or newer.
PYTHON_FOUND := $(shell for p in python3.13 python3.12 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint format venv clean bench load load-deps

$(VENV)/bin/python:
	@if [ -z "$(PYTHON_FOUND)" ]; then \
		echo "error: Python 3.12 or newer is required (tried python3.13, python3.12, python3)." >&2; \
		echo "       Install it (e.g. 'pyenv install 3.13') and run make again." >&2; exit 1; fi
	@echo "Creating $(VENV) with $$($(PYTHON_FOUND) --version)"
	$(PYTHON_FOUND) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

$(VENV)/.installed-load: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[load]'
	@touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	DJANGO_DEBUG=true $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=true $(PY) manage.py createcachetable
	DJANGO_DEBUG=true $(PY) manage.py load_seeds
	DJANGO_DEBUG=true $(PY) manage.py create_demo_moderator
	@echo "Serving on http://$(HOST):$(PORT)/  (moderation: http://$(HOST):$(PORT)/moderation/)"
	@trap 'kill 0' EXIT INT TERM; \
	DJANGO_DEBUG=true $(PY) manage.py db_worker --queue-name default & \
	DJANGO_DEBUG=true $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev
	$(PY) -m pytest

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(VENV)/.installed-dev
	$(PY) benchmarks/scanner_bench.py
	$(PY) benchmarks/site_bench.py

load-deps: $(VENV)/.installed-load

# The load and fault harness (docs/benchmarks.md): PostgreSQL cluster "load" on port 5441,
# gunicorn on 127.0.0.1:8200, 50 clients for 60 s, then again with a worker killed and
# PostgreSQL restarted; verified; the figures and the plot go to docs/.
load: $(VENV)/.installed-load
	$(PY) benchmarks/load/run.py --plot docs/load-fault-latency.png

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
