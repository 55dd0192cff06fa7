# article-figures: `make figures` (main job) and `make test` set themselves up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HASH   := $(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
STAMP  := $(VENV)/.installed-$(HASH)
BROWSER_STAMP := $(VENV)/.browser-$(HASH)
PYTEST := $(BIN)/python -m pytest -p no:cacheprovider
PORT   ?= 8888
# `make test`'s processes for the unit tests (pytest-xdist): auto is one per core; JOBS=0 runs them in one
JOBS   ?= auto
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: help venv figures reports test check evaluate bench fuzz lab browser-test clean
.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "article-figures needs Python >= 3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,archive]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 > /dev/null
	$(BIN)/python -c 'import matplotlib.pyplot'  # build the font cache once, not inside a notebook
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP) ## create .venv with the project, its test tools and pinned versions

figures: $(STAMP) ## execute every notebook in place and write figures/ and data/
	$(BIN)/python -m analysis figures

reports: $(STAMP) ## only figures/reports/ for seeds/ (and its index), as `make figures` writes it: no notebooks, no data/
	$(BIN)/python -c 'from analysis.paths import SEEDS, SEED_REPORTS; from analysis.report import seed_reports; seed_reports(SEEDS, SEED_REPORTS)'

test: $(STAMP) ## the whole test suite: unit tests, strict nbval on the notebooks, lint, CI schema
	$(PYTEST) notebooks -m "not browser" $(NBVAL) -n $(JOBS) --dist loadfile
	$(PYTEST) tests -m "not browser" -n $(JOBS) --dist loadfile --no-loadscope-reorder
	$(MAKE) --no-print-directory check

check: $(STAMP) ## the pre-commit checks: ruff lint and format, executed notebooks, workflow schema
	$(BIN)/ruff check analysis tests notebooks benchmarks fuzz
	$(BIN)/ruff format --check analysis tests notebooks benchmarks fuzz
	$(BIN)/python -m analysis.nbcheck
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/ci.yml

# only the browser extra's own packages (pyproject.toml names them), not the project again: its second
# install resolved every package and rebuilt the editable project (ci41: 4 CPU-s rather than 12)
BROWSER_PACKAGES = $(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["browser"])'

$(BROWSER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt $$($(BROWSER_PACKAGES))
	@rm -f $(VENV)/.browser-* && touch $@

browser-test: $(BROWSER_STAMP) ## every notebook in JupyterLab, and a hostile report page, in headless Chromium (needs Debian's chromium)
	$(PYTEST) tests/test_browser.py tests/test_hostile.py -m browser -v

evaluate: $(STAMP) ## score extraction on the development set
	$(BIN)/python -m analysis evaluate tests/corpus/dev/articles tests/corpus/dev/gold --min-f1 0.95

bench: $(STAMP) ## extraction speed and memory (benchmarks/)
	$(BIN)/python benchmarks/extract_speed.py

fuzz: $(STAMP) ## hypothesis fuzzing of the extractor, review parser and sidecar loader (FUZZ_EXAMPLES=10000 each)
	$(PYTEST) fuzz -q --hypothesis-show-statistics

lab: $(STAMP) ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab --notebook-dir=notebooks --port=$(PORT) $(if $(filter 0,$(shell id -u)),--allow-root)

clean: ## remove the venv, caches and browser-test screenshots (reports/, figures/, data/ are kept)
	rm -rf $(VENV) .pytest_cache .hypothesis screenshots
