# Two commands do everything on a fresh machine:
#   make demo   set up .venv from the lock, ingest the sample articles into demo.db, print their timeline
#   make test   set up (or update) .venv from the lock, run lint, types and the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test venv browser lint typecheck bench bench-tls bench-web assets eval lock clean screenshots train score

$(STAMP): requirements/lock.txt requirements/pip.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/pip.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/tidings ingest examples/articles --db demo.db --no-progress
	$(BIN)/tidings timeline --db demo.db
	$(BIN)/tidings serve --db demo.db

# Debian's chromium for the browser tests (Playwright drives it; it cannot download browsers here).
browser:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) browser
	$(MAKE) lint typecheck
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/tidings eval --gold ../shared/corpus/seeds/gold.json ../shared/corpus/seeds
	$(BIN)/tidings eval --gold examples/gold.json examples/articles

# The learned models, from the team's annotations of real news (training/annotations) and ../shared/corpus.
train: $(STAMP)
	$(BIN)/python training/train.py

# End-to-end scores on the real-news gold: the held-out test split and the shared news-gold.
score: $(STAMP)
	$(BIN)/python training/score.py test
	$(BIN)/python training/score.py news-gold

bench: $(STAMP)
	$(BIN)/python bench/ingest_bench.py

# The Timeline17 timeline-summarization benchmark: tilse (news-tls' scorer) and what its evaluation imports.
bench-tls: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/bench.txt
	$(BIN)/python bench/tls.py

bench-web: $(STAMP) browser
	$(BIN)/python bench/web_bench.py

# The README's screenshots: the browser tests take them (demo store and a Timeline17 store) into
# test-artifacts/screenshots on every run (ignored by git); this copies the README's into docs/screenshots.
SCREENSHOTS := search timeline actor actor-ties map articles article event event-source
screenshots: $(STAMP) browser
	$(BIN)/python -m pytest -q -m "not slow" tests/test_web.py tests/test_web_t17.py
	for name in $(SCREENSHOTS); do cp test-artifacts/screenshots/$$name.png docs/screenshots/$$name.png; done

# Re-vendor the pinned browser assets from the npm registry (assets/package-lock.json).
assets:
	sh assets/vendor.sh

# Regenerate the hashed lock from requirements/*.in (needs uv: pip install uv).
lock:
	uv pip compile requirements/dev.in --generate-hashes --python-version 3.11 --no-header -o requirements/lock.txt
	uv pip compile requirements/pip.in --generate-hashes --python-version 3.11 --no-header -o requirements/pip.txt

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .mypy_cache .ruff_cache
