# Every target sets itself up: a fresh clone needs only `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
JOBS ?= 0

.PHONY: install run test bench clean-output

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/qingwen clean samples --out output --fresh

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/clean_throughput.py
	$(BIN)/python bench/dedup_quality.py
	$(BIN)/python bench/dedup_throughput.py --sizes 10000
	$(BIN)/python bench/crawl_throughput.py

clean-output:
	rm -rf output/* output/.qingwen
