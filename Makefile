# The two commands of the README's quick start are `make demo` and `make test`.
# Each sets up everything it needs first, so both work on a fresh clone.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test setup setup-test web-assets bench score clean

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
	bash scripts/setup_browser.sh

demo: setup
	bash scripts/demo.sh

test: setup-test
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/bench_extract.py

# Score the extractor on the shared gold (seeds + dev) with the codebook's scorer.
EVAL ?= ../shared/eval
score: setup
	mkdir -p out
	cat $(EVAL)/seeds/docs.jsonl $(EVAL)/dev/docs.jsonl > out/eval-docs.jsonl
	cat $(EVAL)/seeds/gold.jsonl $(EVAL)/dev/gold.jsonl > out/eval-gold.jsonl
	$(BIN)/marsad extract out/eval-docs.jsonl -o out/eval-pred.jsonl
	$(BIN)/marsad evaluate out/eval-gold.jsonl out/eval-pred.jsonl

clean:
	rm -rf $(VENV) marsad.db out
