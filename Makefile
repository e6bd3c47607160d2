# Quick start: `make demo` and `make test`. Each installs what is missing (Debian
# packages, with sudo when not root), configures, builds and runs.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
OUT ?= results/demo
WERROR ?= $(if $(CI),ON,OFF)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

DEB_PACKAGES := cmake make g++ python3 libns3-dev ns3 libgsl-dev libgtest-dev libboost-dev libssl-dev
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_RUNS ?= 1000000

.PHONY: all deps configure build test test-extensive demo fuzz fuzz-deps format clean

all: build

deps:
	@./tools/install-deps.sh $(DEB_PACKAGES)

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DHMIPV6_WERROR=$(WERROR)

configure: $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

demo: build
	$(BUILD_DIR)/examples/hmipv6-wire-demo --pcap=1 --outDir=$(OUT)
	python3 tools/pcap-messages.py --quiet $(OUT)/*.pcap

fuzz-deps:
	@./tools/install-deps.sh $(FUZZ_PACKAGES)

# Builds the libFuzzer targets with clang and runs each for FUZZ_RUNS executions.
fuzz: fuzz-deps
	CXX=clang++ cmake -S . -B $(BUILD_DIR)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHMIPV6_FUZZ=ON
	cmake --build $(BUILD_DIR)-fuzz -j $(JOBS)
	./tools/run-fuzzers.sh $(BUILD_DIR)-fuzz/fuzz $(FUZZ_RUNS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-fuzz
