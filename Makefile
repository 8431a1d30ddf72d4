# Two commands do all set-up on a fresh machine with python3 and make:
#   make run    extract seeds/ into output/
#   make test   run the test suite
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PREFECT_HOME ?= $(CURDIR)/.state/prefect

.PHONY: run test evaluate bench bench-transforms clean

$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/warta run --input seeds --output output

# every core, up to four workers (each starts its own Prefect test server: a few hundred MB each); the suite's tests are
# independent, each run in its own folders
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist worksteal

evaluate: $(STAMP)
	$(BIN)/warta evaluate --gold ../shared/gold/seeds.gold.json --output output

bench: $(STAMP)
	$(BIN)/python scripts/bench_flow.py

bench-transforms: $(STAMP)
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf $(VENV) output .state
