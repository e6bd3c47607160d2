// SPDX-License-Identifier: GPL-2.0-only
// Speed and memory of the module, measured (never asserted): `make bench`.
//  - wire: serialising and parsing the draft's Registration Request;
//  - scenario: simulating handoffs of HmipScenario (simulated handoffs per wall-clock
//    second), with the process's peak resident memory as a counter.

#include "ns3/hmip-scenario.h"
#include "ns3/packet.h"
#include "ns3/registration-request-header.h"
#include "ns3/simulator.h"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace ns3;

namespace
{

/// \return the peak resident set size of the process, in MiB
double
PeakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

/// Serialise and parse a Registration Request with the previous MS sub-option.
void
BM_RegistrationRequestRoundTrip(benchmark::State& state)
{
    RegistrationRequestHeader request;
    request.SetAcknowledgeRequested(true);
    request.SetPrefixLength(64);
    request.SetSequence(7);
    request.SetLifetime(420);
    request.SetPreviousMs(Ipv6Address("2001:d01::2"));
    request.SetHomeAddress(Ipv6Address("2001:1::a:b:c:d"));
    for (auto _ : state)
    {
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(request);
        RegistrationRequestHeader parsed;
        benchmark::DoNotOptimize(p->RemoveHeader(parsed));
    }
    state.SetItemsProcessed(state.iterations());
}

/// Simulate handoffs: argument 0 is the protocol (0 mipv6, 1 hmipv6), 1 the link model
/// (0 switch, 1 Wi-Fi), 2 the number of handoffs.
void
BM_ScenarioHandoffs(benchmark::State& state)
{
    uint64_t handoffs = 0;
    for (auto _ : state)
    {
        HmipScenario::Config config;
        config.protocol = state.range(0) ? "hmipv6" : "mipv6";
        config.linkModel = state.range(1) ? "wifi" : "switch";
        config.handoffs = static_cast<uint32_t>(state.range(2));
        HmipScenario scenario(config);
        scenario.Run();
        handoffs += scenario.GetMonitor()->GetRecords().size();
        Simulator::Destroy();
    }
    state.counters["handoffs_per_s"] =
        benchmark::Counter(static_cast<double>(handoffs), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MiB"] = PeakRssMiB();
}

} // namespace

BENCHMARK(BM_RegistrationRequestRoundTrip);
BENCHMARK(BM_ScenarioHandoffs)
    ->Args({0, 0, 20})
    ->Args({1, 0, 20})
    ->Args({1, 1, 20})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
