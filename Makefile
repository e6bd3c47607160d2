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
# The plots use Debian's matplotlib, hence Debian's interpreter when it is there.
DEMO_PACKAGES := python3-matplotlib
BENCH_PACKAGES := libbenchmark-dev
PYTHON ?= $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)
CAMPAIGN := $(PYTHON) tools/hmipv6-campaign.py
SEEDS ?= 5
FUZZ_RUNS ?= 1000000
SANITIZE_ASAN ?= halt_on_error=1:detect_leaks=0

.PHONY: bench all deps demo-deps configure build test test-extensive test-trajectories demo wire-demo figures fuzz fuzz-deps sanitize format clean

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

# The long cases (TestCase EXTENSIVE), not part of `make test`: every suite at that
# fullness, or only the 500 random trajectories (SEEDS=17 or SEEDS=1-50 replays some).
test-extensive: build
	$(BUILD_DIR)/hmipv6-test-runner --fullness=EXTENSIVE --stop-on-failure

test-trajectories: build
	$(if $(filter command line,$(origin SEEDS)),HMIPV6_TRAJECTORY_SEEDS=$(SEEDS)) \
	  $(BUILD_DIR)/hmipv6-test-runner --suite=hmipv6-trajectory --fullness=EXTENSIVE --verbose

demo-deps:
	@./tools/install-deps.sh $(DEMO_PACKAGES)

# The headline comparison: Mobile IPv6 against the draft, intra-domain handoffs, for
# 10, 50 and 100 ms between the domain and the home agent; SEEDS runs of 6 handoffs
# each. Prints mean latency and loss with 95% confidence intervals and plots them.
demo: build demo-deps
	$(CAMPAIGN) run --program $(BUILD_DIR)/examples/hmipv6-handoff-latency --out $(OUT) \
	  --grid protocol=mipv6,hmipv6 --grid haDelay=10,50,100 --seeds $(SEEDS) --jobs $(JOBS) \
	  -- --move=intra --handoffs=6 --quiet
	$(CAMPAIGN) aggregate $(OUT) --x haDelay --plot $(OUT)/latency-loss.png
	@echo "results: $(OUT)/summary.csv, $(OUT)/latency-loss.png, $(OUT)/runs/*/handoffs.csv"

# Every message of the draft and of Mobile IPv6 once on the wire, as pcap files.
wire-demo: build
	$(BUILD_DIR)/examples/hmipv6-wire-demo --pcap=1 --outDir=$(OUT)/wire
	python3 tools/pcap-messages.py --quiet $(OUT)/wire/*.pcap

# The draft's Figures 1 to 3: message sequences (messages.csv, sequence.svg).
figures: build
	for n in 1 2 3; do $(BUILD_DIR)/examples/hmipv6-figure$$n --python=$(PYTHON) \
	  --netanim=1 --outDir=$(OUT)/figure$$n || exit 1; done

# Speed and memory (Google Benchmark): wire round trips, simulated handoffs per second,
# peak resident memory. A release build of its own.
bench:
	@./tools/install-deps.sh $(BENCH_PACKAGES)
	cmake -S . -B $(BUILD_DIR)-bench -DCMAKE_BUILD_TYPE=Release -DHMIPV6_BENCH=ON
	cmake --build $(BUILD_DIR)-bench -j $(JOBS) --target hmipv6-bench
	$(BUILD_DIR)-bench/hmipv6-bench

fuzz-deps:
	@./tools/install-deps.sh $(FUZZ_PACKAGES)

# Builds the libFuzzer targets with clang and runs each for FUZZ_RUNS executions (the
# roles' targets twice: with authentication on, and off to reach the code behind it),
# starting from the seed corpus of test/fuzz/corpus.
fuzz: fuzz-deps
	CXX=clang++ cmake -S . -B $(BUILD_DIR)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHMIPV6_FUZZ=ON
	cmake --build $(BUILD_DIR)-fuzz -j $(JOBS)
	./tools/run-fuzzers.sh $(BUILD_DIR)-fuzz/fuzz $(FUZZ_RUNS)

# Every suite, unit test and example under AddressSanitizer and UndefinedBehaviorSanitizer,
# a build of its own; any finding fails the test that hit it. Not part of `make test`.
sanitize: deps
	cmake -S . -B $(BUILD_DIR)-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHMIPV6_SANITIZE=ON
	cmake --build $(BUILD_DIR)-sanitize -j $(JOBS)
	cd $(BUILD_DIR)-sanitize && ASAN_OPTIONS=$(SANITIZE_ASAN) UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-fuzz $(BUILD_DIR)-bench $(BUILD_DIR)-sanitize
