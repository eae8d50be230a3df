# maqal — the two commands:  make report   and   make test
# Everything runs in .venv (created from python3 on first use; later runs install nothing).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARTICLE ?= data/articles/realist_kim_putin_visit_2023.txt
PYTEST_ARGS ?=

.PHONY: report test bench bench-quick install install-test notebooks-clean clean reference check-corpus

report: $(VENV)/.installed  ## execute the notebooks on ARTICLE, write reports/ and figures/
	$(BIN)/maqal report $(ARTICLE)

test: $(VENV)/.installed-test  ## install what the tests need and run them
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-bench  ## print speed figures (sample article, corpus articles, story grouping); QUICK=1: see bench-quick
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_corpus.py $(if $(QUICK),--modes local --no-explore)
	$(if $(QUICK),,$(BIN)/python scripts/bench_stories.py --inputs all --corpus-out .bench/stories-all)
	$(BIN)/python scripts/bench_report.py

bench-quick:  ## make bench without Dask, the exploration part (both corpora, index, queries) and stories
	$(MAKE) bench QUICK=1

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (maqal)" >/dev/null
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python -m pip install --quiet --no-deps "camel-tools>=1.5" && $(BIN)/python -m pip install --quiet six regex emoji
	touch $@

check-corpus: $(VENV)/.installed  ## full analysis of every shared corpus article: 0 crashes expected
	$(BIN)/python scripts/check_corpus.py

reference: $(VENV)/.installed  ## rebuild the shipped reference frequency list from ../shared/corpus
	$(BIN)/python scripts/build_reference.py

notebooks-clean: $(VENV)/.installed  ## strip outputs and execution counts from the notebooks
	$(BIN)/python scripts/clean_notebooks.py notebooks/*.ipynb

clean:
	rm -rf reports figures/*/ .pytest_cache
