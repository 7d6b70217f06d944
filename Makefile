# The portal's two everyday commands:
#   make run   – build and start the portal on http://127.0.0.1:3000 with demo data
#   make test  – unit, integration (SQLite + PostgreSQL) and browser tests
# Both install what the machine lacks first (see `setup`).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

CARGO_LEPTOS_VERSION := 0.3.10
WASM_BINDGEN_VERSION := 0.2.129
# wasm-opt comes from npm (binaryen 132); Debian's older binaryen breaks hydration.
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup tools browser dns-server npm-deps lint unit-tests build-release e2e wasm-size

# Running needs the build tools only; the browser and the DNS server are for tests.
run: tools npm-deps
	PORTAL_SEED_DEMO=1 cargo leptos serve --release

test: setup lint unit-tests build-release e2e wasm-size

setup: tools browser dns-server npm-deps

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
	@cargo leptos --version 2>/dev/null | grep -qF "$(CARGO_LEPTOS_VERSION)" \
	  || cargo install cargo-leptos --locked --version $(CARGO_LEPTOS_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --locked --version $(WASM_BINDGEN_VERSION)

browser:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# BIND 9: the second, independent DNS server the DNS check is tested against.
dns-server:
	@test -x /usr/sbin/named || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bind9; }

npm-deps:
	@cd end2end && { [ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/maildev ] \
	  || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; }

# Formatting and clippy, warnings denied: for the server build and for the
# browser bundle (feature `hydrate`), which compiles other code paths; then
# the written rule for `view!` lines, which rustfmt does not format.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --no-default-features --features hydrate --target wasm32-unknown-unknown -- -D warnings
	.ci/long-lines

unit-tests:
	cargo test --workspace

# The browser tests' build: the server binary gets the test clock (cargo feature
# `test-clock`, see server/Cargo.toml). `--bin-features` replaces the
# `bin-features` of Cargo.toml for the server binary only, so `ssr` is repeated;
# the WASM bundle (lib-features) is unaffected. `make run` stays without it.
build-release:
	cargo leptos build --release --bin-features ssr --bin-features test-clock

e2e:
	cargo build -p server --example dns_fixture
	cd end2end && npx playwright test

wasm-size:
	.ci/wasm-size
