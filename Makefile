# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

SCREENSHOTS := $(CURDIR)/build/screenshots

.PHONY: run test check clean chromium postgres-binaries

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[slack,discord,web,postgres,test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/meetingbot run

test: $(STAMP) chromium postgres-binaries
	MEETINGBOT_SCREENSHOTS=$(SCREENSHOTS) $(BIN)/python -m pytest; status=$$?; \
	echo "Screenshots of the live page (desktop, phone, French, break): $(SCREENSHOTS)"; exit $$status

# The live page's tests drive Debian's headless Chromium: installed here when missing (as root).
chromium:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
	  || { echo "make test needs headless Chromium: run 'sudo apt-get install -y chromium'" >&2; exit 1; }

# The tests start a throwaway PostgreSQL of their own: its server binaries must be installed.
postgres-binaries:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing PostgreSQL's server binaries for the tests (apt-get install -y postgresql)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else \
	    echo "make test needs PostgreSQL's server binaries: run 'sudo apt-get install -y postgresql'"; exit 1; \
	  fi

check: $(STAMP)
	$(BIN)/meetingbot check meeting_data/itu-t-sg17-2020-08.yaml

clean:
	rm -rf $(VENV) build *.egg-info
