# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` is a local, DEBUG server; a deployment sets its own environment (docs/deploy.md).
# Absolute links (canonical, feeds, sitemap, the admin address printed) follow HOST and PORT.
RUN_ENV := DEBUG=$${DEBUG:-1} SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)}

.PHONY: run test install install-test migrate seed admin lint bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt package.json | $(VENV)/bin/python
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-test.txt
	npm install --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.runtime-installed
install-test: $(VENV)/.test-installed

migrate: install
	$(RUN_ENV) $(PY) manage.py migrate --noinput

# The seeds, and short sample articles citing the same studies twice each: /statistiques/ compares
# their figures from the first run (README, "Statistics").
seed: migrate
	$(RUN_ENV) $(PY) manage.py import_articles fixtures/seeds fixtures/sample
	$(RUN_ENV) $(PY) manage.py apply_review fixtures/seeds-review.json

admin: migrate
	$(RUN_ENV) $(PY) manage.py ensure_local_admin

# A task worker runs beside the server (background imports, re-extractions), stopped with it.
run: seed admin
	$(RUN_ENV) $(PY) manage.py db_worker --no-reload --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run --settings=editorial.settings_test
	$(PY) -m pytest

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: install-test
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) node_modules staticfiles var
