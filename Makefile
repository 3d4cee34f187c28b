# Two commands do all set-up on a fresh machine (Python 3.11+, pip, make):
#   make demo   creates .venv, installs, runs commitments on the shipped examples
#   make test   creates .venv, installs with the test extras, runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck docs doctest bench schemas clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/commitments validate examples
	@echo
	@$(BIN)/python -m commitments.demo examples

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs
	$(BIN)/mypy
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest
	$(BIN)/sphinx-build -q -W --keep-going -b doctest docs docs/_build/doctest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs

typecheck: $(STAMP)
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/sphinx-build -q -W --keep-going -b html docs docs/_build/html

schemas: $(STAMP)
	$(BIN)/commitments schema --output schemas

bench: $(STAMP)
	$(BIN)/python benchmarks/validate.py

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
