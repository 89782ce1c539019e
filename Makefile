# dyad: build, demo, tests and benchmarks. See README.md.
GO      ?= go
BIN     := bin/dyad
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build demo test bench clean pgo

# A static binary: the SQLite driver is pure Go, so no cgo is needed.
# go build optimises it with the CPU profile cmd/dyad/default.pgo
# (profile-guided optimisation: the same output, less CPU; `make pgo`
# writes the profile again from a bench-news run).
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/dyad

# The main job on the examples: code them, store them in demo.db, print the stored events.
demo: build
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN) ingest --db demo.db examples/
	$(BIN) events --db demo.db --limit 0

# Every test; the tests that read ../shared/data skip, saying so, where it is absent.
test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Speed and memory figures (segmentation MB/s, read→segment→store docs/s).
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The profile go build optimises the binary with: one run over bench-news
# (../shared/data) on one core.
pgo: build
	DYAD_CPUPROFILE=cmd/dyad/default.pgo.new $(BIN) code -j 1 --no-text ../shared/data/bench-news/te3-silver-news.jsonl > /dev/null
	mv cmd/dyad/default.pgo.new cmd/dyad/default.pgo

clean:
	rm -rf bin demo.db demo.db-wal demo.db-shm
