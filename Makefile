# govreports — `make` builds the dataset from raw/ into output/; `make test` runs the tests.
RAW ?= raw
OUT ?= output
NODE_BIN := node_modules/.bin

.PHONY: all build test clean sql typecheck bench release
all: build

# Install when node_modules is missing or older than the lock file. `npm ci` first; npm 11 can
# write a lock file without other platforms' optional packages (DuckDB's native bindings) and then
# refuse it in `npm ci`, so fall back to `npm install` of the same versions without saving.
node_modules/.installed: package-lock.json package.json
	@mkdir -p .cache
	@if npm ci --no-audit --no-fund >.cache/npm-ci.log 2>&1; then echo "installed dependencies (npm ci)"; \
	 else echo "npm ci refused the lock file (see .cache/npm-ci.log); installing the same versions with npm install"; \
	      npm install --no-audit --no-fund --no-save; fi
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

sql: node_modules/.installed
	@test -f $(OUT)/govreports.duckdb || $(MAKE) build
	node bin/sql.mjs $(OUT)/govreports.duckdb

bench: node_modules/.installed
	$(NODE_BIN)/tsx bench/run.ts

release: node_modules/.installed
	@test -n "$(VERSION)" || (echo "usage: make release VERSION=x.y.z" >&2; exit 2)
	node bin/govreports.mjs release $(VERSION) --raw $(RAW) --dest release
	cd release/govreports-$(VERSION) && sha256sum -c --quiet SHA256SUMS && echo "release/govreports-$(VERSION): checksums verified"

clean:
	rm -rf $(OUT) release .cache
