# One command per task. `make run` and `make test` are the two README commands.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOME_DIR ?= var

.PHONY: install run test lint check-defs eval benchmarks ontology docs clean

$(BIN)/policygraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/policygraph  ## create .venv and install policygraph, its pinned dependencies and the spaCy model

run: install  ## run the whole pipeline on the bundled sample corpus (home: ./var)
	$(BIN)/policygraph run --home $(HOME_DIR)

test: install  ## the test suite (real spaCy model, real stores, real local HTTP servers)
	$(BIN)/pytest -q

lint: install  ## ruff (style) and mypy (types, configured in pyproject.toml)
	$(BIN)/ruff check pipelines tests scripts benchmarks
	$(BIN)/ruff format --check pipelines tests scripts benchmarks
	$(BIN)/mypy

check-defs: install  ## the Dagster definitions load (dg, from the checkout: [tool.dg] in pyproject.toml)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/dg check defs

eval: install  ## extraction quality on the gold data beside the checkout
	$(BIN)/policygraph eval ../shared/eval/dev.jsonl

ontology: install  ## regenerate the owlready2-loadable ontology and its HTML documentation
	$(BIN)/python scripts/build_ontology.py

clean:
	rm -rf $(HOME_DIR) .pytest_cache .ruff_cache
