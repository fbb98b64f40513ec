# ilelln-xblocks: `make demo` runs the local LMS, `make test` runs every test.
# Python 3.12 is found by scripts/find_python.sh; override with `make PYTHON=/path/to/python3.12 ...`.

VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8000
DATA ?= var
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= $(DATA)/screenshots
TUTOR_VENV ?= .venv-tutor
TUTOR_STAMP := $(TUTOR_VENV)/.installed
export DJANGO_SETTINGS_MODULE := demo.settings
# The demo settings live beside the package, not in it: they do not ship in the wheel.
export PYTHONPATH := $(CURDIR)$(if $(PYTHONPATH),:$(PYTHONPATH))
export ILELLN_DATA_DIR := $(abspath $(DATA))

.PHONY: help demo test test-db bench screenshots translations quality package tutor-venv clean

help:
	@echo "make demo          serve every block at http://$(HOST):$(PORT)/ (PORT=... to change)"
	@echo "make test          run the whole test suite (browser tests need /usr/bin/chromium)"
	@echo "make test-db       run the database tests (against ILELLN_TEST_DB when set)"
	@echo "make bench         run the benchmarks in benchmarks/"
	@echo "make screenshots   every scenario as PNGs and an HTML gallery in $(OUT) (OUT=... to change)"
	@echo "make translations  extract strings, update the .po catalogues and compile them"
	@echo "make quality       run the linters"
	@echo "make tutor-venv    install the real tutor into .venv-tutor, for the Tutor plugin's test"

$(STAMP): setup.py requirements/test.txt requirements/constraints.txt requirements/verawood.txt
	@PY=$$(sh scripts/find_python.sh) && echo "Using $$PY" && \
	  { [ -x $(BIN)/python ] || "$$PY" -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . -r requirements/test.txt -c requirements/constraints.txt \
	  -c requirements/verawood.txt
	@touch $(STAMP)

# Tutor's dependencies clash with the test requirements, so it gets a virtualenv of its own; this package is
# installed there without dependencies (Tutor imports only ilelln_xblocks.tutor_plugin).
$(TUTOR_STAMP): setup.py requirements/tutor.txt
	@PY=$$(sh scripts/find_python.sh) && { [ -x $(TUTOR_VENV)/bin/python ] || "$$PY" -m venv $(TUTOR_VENV); }
	$(TUTOR_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(TUTOR_VENV)/bin/python -m pip install --quiet -r requirements/tutor.txt
	$(TUTOR_VENV)/bin/python -m pip install --quiet --no-deps -e .
	@touch $(TUTOR_STAMP)

tutor-venv: $(TUTOR_STAMP)

demo: $(STAMP)
	@mkdir -p $(DATA)
	$(BIN)/django-admin migrate --noinput --verbosity 0
	$(BIN)/django-admin migrate --run-syncdb --noinput --verbosity 0
	@echo ""
	@echo "  ilelln demo: http://$(HOST):$(PORT)/   (Arabic: http://$(HOST):$(PORT)/?lang=ar)"
	@echo "  Act as another learner with ?student=NAME; 'staff' and 'facilitator' are course staff."
	@echo ""
	$(BIN)/django-admin runserver $(HOST):$(PORT) --noreload

test: $(STAMP)
	$(BIN)/python -m pytest

test-db: $(STAMP)
	$(BIN)/python -m pytest tests/db tests/block tests/platform

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -r requirements/bench.txt
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/peer_review.py
	$(BIN)/python benchmarks/english.py
	$(BIN)/python benchmarks/reminders.py

# Every scenario in Arabic and English, at 360 and 1280 px, as a learner and as staff, on a fresh workbench of its
# own; also reports the views that scroll sideways at 360 px (overflow.json). Needs /usr/bin/chromium.
# ONLY=ilelln_gap_fill.0,ilelln_discussion.0 takes only those scenarios.
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py --out $(OUT) $(if $(ONLY),--only $(ONLY))

translations: $(STAMP)
	$(BIN)/python scripts/i18n.py update

quality: $(STAMP)
	$(BIN)/ruff check ilelln_xblocks demo tests benchmarks scripts setup.py

package: $(STAMP)
	rm -rf dist && $(BIN)/python -m build --outdir dist .

clean:
	rm -rf $(VENV) $(TUTOR_VENV) $(DATA) dist build *.egg-info .pytest_cache
