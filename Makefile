# Thin verbs over scripts/ and the tools pinned in pyproject.toml. Every target that needs the
# environment builds it first (.venv, from pyproject.toml), so each works on a fresh machine.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test generate check-drift spec-check spec-diff surface lint format typecheck bench soak fuzz ci clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) examples/quickstart.py

test: $(STAMP)
	$(PY) -m pytest

# make generate                 regenerate generated/ from openapi.yaml and openapi-fixes.yaml
# make generate SPEC=new.yaml   adopt a new spec: only if `make spec-check SPEC=new.yaml` passes
generate: $(STAMP)
	$(PY) scripts/regenerate.py $(if $(SPEC),--spec $(SPEC))

# make spec-check SPEC=new.yaml  one report of what a new spec would do (stale fixes, generator
# warnings, mypy and the suite against the new client, the public surface, the spec diff);
# changes nothing
spec-check: $(STAMP)
	$(if $(SPEC),,$(error give the new spec: make spec-check SPEC=new.yaml))
	$(PY) scripts/regenerate.py --spec-check $(SPEC)

# Rewrite tests/api-surface.txt (the public surface, kept true by tests/test_surface.py)
surface: $(STAMP)
	$(PY) scripts/surface.py --write

check-drift: $(STAMP)
	$(PY) scripts/regenerate.py --check

# make spec-diff NEW=new.yaml [OLD=openapi.yaml]
spec-diff: $(STAMP)
	$(PY) scripts/specdiff.py $(or $(OLD),openapi.yaml) $(NEW)

lint: $(STAMP)
	$(PY) -m ruff check together_facade scripts tests examples
	$(PY) -m ruff format --check together_facade scripts tests examples

format: $(STAMP)
	$(PY) -m ruff check --fix together_facade scripts tests examples
	$(PY) -m ruff format together_facade scripts tests examples

typecheck: $(STAMP)
	$(PY) -m mypy --strict together_facade tests/typing
	$(PY) -m mypy generated/together_api_client

bench: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[bench]"
	$(PY) scripts/bench.py

# 10,000 calls through a fault-injecting proxy (the suite runs 2,000): make soak [CALLS=N]
soak: $(STAMP)
	$(PY) scripts/soak.py --calls $(or $(CALLS),10000)

# Response fuzzing of every operation, long (the suite runs 4 examples a case): make fuzz [EXAMPLES=N]
fuzz: $(STAMP)
	rm -f fuzz-escapes.jsonl
	FUZZ_EXAMPLES=$(or $(EXAMPLES),500) FUZZ_COLLECT=fuzz-escapes.jsonl $(PY) -m pytest tests/fuzz -q -p no:cacheprovider

ci: test lint typecheck check-drift

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
