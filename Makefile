# Every target bootstraps what it needs on a fresh machine (Python venv, npm packages).
PY      := .venv/bin/python
STAMP   := .venv/.installed
NODE_STAMP := node_modules/.installed
HOST    ?= 127.0.0.1
PORT    ?= 8000
BASE    ?= /fedfirstoffender/

.PHONY: all deps serve build test test-fast bench lint lint-workflows law-watch clean

all: build

$(STAMP): requirements-dev.txt constraints.txt
	python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

deps: $(STAMP) $(NODE_STAMP)

# Material's end-of-life banner (2027-05-05) is silenced: the README's "The site" says what a move
# to Zensical takes.
export NO_MKDOCS_2_WARNING := 1
BUILD   = SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)$(BASE)} $(PY) -m mkdocs build --strict

# Build the static site into site/ (strict: any warning fails the build).
build: deps
	$(BUILD)

# Check the port first (one line if it is busy), build, then serve site/ under $(BASE) like
# GitHub Pages does for a project site. `make serve PORT=8001 HOST=0.0.0.0` changes the address.
serve: deps
	@$(PY) tools/serve.py --check --host $(HOST) --port $(PORT)
	$(BUILD)
	@echo "Serving on http://$(HOST):$(PORT)$(BASE)  (Ctrl+C to stop)"
	@$(PY) tools/serve.py --dir site --host $(HOST) --port $(PORT) --base $(BASE)

# Everything: lint, checker rules and cases, Pyodide parity, site build, browser and accessibility tests.
test: deps
	$(PY) -m ruff check checker papers tools tests
	@$(MAKE) --no-print-directory lint-workflows
	$(PY) -m pytest

test-fast: deps
	$(PY) -m pytest -m "not browser"

bench: deps
	$(PY) tools/bench/bench.py

lint: deps
	$(PY) -m ruff check checker papers tools tests
	$(PY) -m ruff format --check checker papers tools tests
	@$(MAKE) --no-print-directory lint-workflows

# The workflows, offline, zero findings: actionlint (syntax, expressions, actions whose runtime
# GitHub removed; shellcheck and pyflakes off so every machine checks the same) and zizmor
# (pinning, permissions, credentials, injection). Both pinned in requirements-dev.txt.
lint-workflows: $(STAMP)
	.venv/bin/actionlint -shellcheck= -pyflakes= .github/workflows/*.yml
	.venv/bin/zizmor --offline --no-progress .github/workflows

# The law watch (tools/watch): each official source in docs-dev/legal-sources.json fetched,
# reduced to its words and compared with what was recorded; the law pages' quotations checked.
# Standard library only (no venv). Exit 1 when something needs review (docs-dev/reviewing.md).
# `make law-watch WATCH_ARGS="--fixtures tests/watch"` reads saved pages instead of the web.
PYTHON3 ?= python3
law-watch:
	$(PYTHON3) -m tools.watch $(WATCH_ARGS)

clean:
	rm -rf site .pytest_cache build
