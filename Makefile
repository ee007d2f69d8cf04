# govreports — `make` builds the dataset from raw/ into output/; `make test` runs the tests.
RAW ?= raw
OUT ?= output
NODE_BIN := node_modules/.bin

.PHONY: all build test clean sql typecheck bench release
all: build

# Install when node_modules is missing or older than the lock file: `npm ci` installs exactly the
# lock, which holds every platform's optional packages (DuckDB's and esbuild's native parts for
# Linux, macOS and Windows), and its `prepare` bundles the sources into dist/.
node_modules/.installed: package-lock.json package.json
	@mkdir -p .cache
	@npm ci --no-audit --no-fund >.cache/npm-ci.log 2>&1 || { cat .cache/npm-ci.log; echo "npm ci failed (log above, also in .cache/npm-ci.log)"; exit 1; }
	@echo "installed dependencies (npm ci) and bundled the sources into dist/"
	@touch $@

build: node_modules/.installed
	node bin/govreports.mjs build --raw $(RAW) --out $(OUT)

test: node_modules/.installed
	$(NODE_BIN)/tsc --noEmit
	$(NODE_BIN)/tsc --noEmit -p explorer
	@$(NODE_BIN)/vitest run --reporter=default --reporter=json --outputFile=.cache/vitest.json; status=$$?; \
	  cat .cache/browser-tests.txt 2>/dev/null || true; \
	  node -e "const r=require('./.cache/vitest.json'); console.log('vitest: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed' + (r.numPendingTests ? ', ' + r.numPendingTests + ' skipped' : ''))" || true; \
	  exit $$status

typecheck: node_modules/.installed
	$(NODE_BIN)/tsc --noEmit
	$(NODE_BIN)/tsc --noEmit -p explorer

# The duckdb command when it is installed, else the pipeline's own prompt (results drawn the same way).
sql: node_modules/.installed
	@test -f $(OUT)/govreports.duckdb || $(MAKE) build
	@if command -v duckdb >/dev/null 2>&1; then duckdb -readonly $(OUT)/govreports.duckdb; \
	 else node bin/govreports.mjs sql $(OUT)/govreports.duckdb; fi

bench: node_modules/.installed
	$(NODE_BIN)/tsx bench/run.ts

release: node_modules/.installed
	@test -n "$(VERSION)" || (echo "usage: make release VERSION=x.y.z" >&2; exit 2)
	node bin/govreports.mjs release $(VERSION) --raw $(RAW) --dest release
	cd release/govreports-$(VERSION) && sha256sum -c --quiet SHA256SUMS && echo "release/govreports-$(VERSION): checksums verified"

clean:
	rm -rf $(OUT) release .cache dist
