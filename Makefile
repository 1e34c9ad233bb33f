# Two commands do all the set-up on a fresh machine that has only python3:
#   make brief   builds the seeds' brief into out/
#   make test    runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: brief test lint bench preview clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen build seeds/ -o out/

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check briefgen tests benchmarks

clean:
	rm -rf out .pytest_cache build dist
