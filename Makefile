# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check clean postgres-binaries

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[slack,discord,postgres,test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/meetingbot run

test: $(STAMP) postgres-binaries
	$(BIN)/python -m pytest

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
