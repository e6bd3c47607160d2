// SPDX-License-Identifier: GPL-2.0-only
// Speed and memory of the module, measured (never asserted): `make bench`.
//  - wire: serialising and parsing the draft's Registration Request;
//  - authentication: what draft 5.2's authentication costs per registration (the host
//    signs, the MS checks; the MS signs its acknowledgement, the host checks);
//  - scenario: simulating handoffs of HmipScenario (simulated handoffs per wall-clock
//    second), with the process's peak resident memory as a counter.

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/boolean.h"
#include "ns3/config.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/hmip-scenario.h"
#include "ns3/key-chain.h"
#include "ns3/packet.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
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

/// One registration's authentication: Update signed and checked, acknowledgement signed
/// and checked (the key lookups included, as the roles do them).
void
BM_RegistrationAuthentication(benchmark::State& state)
{
    Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
    const Ipv6Address home("2001:1::a:b:c:d");
    const Ipv6Address lcoa("2001:d01:1::a:b:c:d");
    const Ipv6Address ms("2001:d01::2");
    const Ipv6Address domain("2001:d01::");
    for (auto _ : state)
    {
        RegistrationUpdateHeader update;
        update.SetAcknowledgeRequested(true);
        update.SetPrefixLength(64);
        update.SetSequence(7);
        update.SetLifetime(420);
        update.SetHomeAddress(home);
        hmipv6::SignDraftMessage(update,
                                 *keys->Find(hmipv6::KeyChain::MH_MS, home, domain),
                                 lcoa,
                                 ms);
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(update);
        std::vector<uint8_t> octets(p->GetSize());
        p->CopyData(octets.data(), octets.size());
        RegistrationUpdateHeader received;
        p->RemoveHeader(received);
        benchmark::DoNotOptimize(
            hmipv6::CheckDraftMessage(received,
                                      octets,
                                      keys->Find(hmipv6::KeyChain::MH_MS, home, domain),
                                      lcoa,
                                      ms));
        hmipv6::BindingAckHeader ack;
        ack.SetSequence(7);
        ack.SetLifetime(Seconds(420));
        ack.InitializeChecksum(ms, lcoa);
        hmipv6::AuthenticateWithAssociation(ack,
                                            hmipv6::MobilityOptions(),
                                            *keys->Find(hmipv6::KeyChain::MH_MS, home, domain),
                                            ms,
                                            lcoa);
        Ptr<Packet> a = Create<Packet>();
        a->AddHeader(ack);
        std::vector<uint8_t> ackOctets(a->GetSize());
        a->CopyData(ackOctets.data(), ackOctets.size());
        hmipv6::BindingAckHeader parsed;
        a->RemoveHeader(parsed);
        benchmark::DoNotOptimize(hmipv6::CheckAssociationAuthentication(
            ackOctets,
            parsed.GetOptions(),
            keys->Find(hmipv6::KeyChain::MH_MS, home, domain),
            ms,
            lcoa));
    }
    state.SetItemsProcessed(state.iterations());
}

/// Simulate handoffs: argument 0 is the protocol (0 mipv6, 1 hmipv6), 1 the link model
/// (0 switch, 1 Wi-Fi), 2 the number of handoffs, 3 authentication (1 on, 0 off).
void
BM_ScenarioHandoffs(benchmark::State& state)
{
    uint64_t handoffs = 0;
    // Argument 3: authentication (draft 5.2) on, the default, or off.
    Config::SetDefault("ns3::hmipv6::KeyChain::RequireAuthentication",
                       BooleanValue(state.range(3) != 0));
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
    Config::Reset();
}

} // namespace

BENCHMARK(BM_RegistrationRequestRoundTrip);
BENCHMARK(BM_RegistrationAuthentication);
BENCHMARK(BM_ScenarioHandoffs)
    ->Args({0, 0, 20, 1})
    ->Args({1, 0, 20, 1})
    ->Args({1, 0, 20, 0})
    ->Args({1, 1, 20, 1})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
