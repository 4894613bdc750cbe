# Every target sets up .venv itself, so a fresh clone needs only `make run` or `make test`.
# `make run` installs the runtime lock only; the dev tools (pytest, ruff, mypy, hadolint) come
# with the targets that use them. Every package, the build backend included, is hash-checked.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test lint typecheck pytest bench check eval clean venv

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "csto-bot needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# setuptools comes from build.lock (hashed), so the package is built without an isolated,
# unpinned build environment.
$(RUNTIME): requirements/build.lock requirements/runtime.lock pyproject.toml | $(BIN)/python
	$(PIP) --require-hashes -r requirements/build.lock -r requirements/runtime.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(DEV): $(RUNTIME) requirements/dev.lock
	$(PIP) --require-hashes -r requirements/build.lock -r requirements/dev.lock
	touch $@

venv: $(DEV)

run: $(RUNTIME)
	$(BIN)/csto-bot run

check: $(RUNTIME)
	$(BIN)/csto-bot check

eval: $(RUNTIME)
	$(BIN)/csto-bot eval tests/golden

lint: $(DEV)
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts
	$(BIN)/hadolint -t warning Dockerfile

typecheck: $(DEV)
	$(BIN)/mypy --strict bot

pytest: $(DEV)
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

bench: $(DEV)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
