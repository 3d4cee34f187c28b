# Two commands do all set-up on a fresh machine (Python 3.11+, pip, make):
#   make demo   creates .venv, installs, runs commitments on the shipped examples
#   make test   creates .venv, installs with the test extras, runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Branch coverage of src/ by the example tests and doctests may not fall below this
# (percent; 96 when set). The property tests run after them without the tracer, which
# would double their time.
COVERAGE_FLOOR := 95

.PHONY: demo test lint typecheck docs doctest bench fuzz schemas clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== commitments validate examples"
	@$(BIN)/commitments validate examples
	@echo
	@echo "== commitments progress: Jilin's 2019-2020 renovation and 13th five-year plan, at 2020-12-31"
	@$(BIN)/commitments progress --as-of 2020-12-31 \
		examples/jilin-old-communities-2019-2020.json examples/jilin-2016-2020-livelihood-projects.json
	@echo
	@echo "== commitments progress: Chengdu 2021 (part of the list), Q3 figures then the year-end claim, at 2022-01-31"
	@$(BIN)/commitments progress --as-of 2022-01-31 --lang en examples/chengdu-2021.json
	@echo
	@echo "== commitments diff: what changed from the (illustrative) 2020 list to the 2021 list"
	@$(BIN)/commitments diff --lang en examples/jilin-2020-illustrative.json examples/jilin-2021.json
	@echo
	@echo "== commitments history examples"
	@$(BIN)/commitments history examples

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs
	$(BIN)/mypy
	$(BIN)/lint-imports
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest -n auto -m "not property" --cov --cov-fail-under=$(COVERAGE_FLOOR)
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest -n auto -m property
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
	cp schemas/plan-1.schema.json src/commitments/plan-1.schema.json
	$(BIN)/python -c 'from commitments.tables import write_table_schemas as w; w("schemas/tables")'

# A long fuzz run (ten minutes): no input may raise the undocumented or take over 2 s.
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --seconds 600

bench: $(STAMP)
	$(BIN)/python benchmarks/validate.py
	$(BIN)/python benchmarks/tables.py

clean:
	rm -rf $(VENV) docs/_build docs/api .pytest_cache .mypy_cache .ruff_cache .hypothesis
