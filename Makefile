# The two commands of the README's quick start are `make demo` and `make test`.
# Each sets up everything it needs first, so both work on a fresh clone.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test setup setup-test web-assets bench clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/marsad web-assets

web-assets:
	bash scripts/build_web_assets.sh

setup-test: setup
	bash scripts/setup_test_services.sh

demo: setup
	bash scripts/demo.sh

test: setup-test
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) marsad.db out
