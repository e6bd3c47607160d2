// SPDX-License-Identifier: GPL-2.0-only
//
// Validation against the reference model of the design notes (section 5):
//   D_MIPv6      = T_L2 + T_MD + T_DAD + RTT(MH,HA)
//   D_HMIP intra = T_L2 + T_MD + T_DAD + RTT(MH,MS)
//   D_HMIP inter = T_L2 + T_MD + T_DAD + RTT(MH,MS) + RTT(MH,HA)  (+ the MS's DAD of a
//                  new GCoA)
//   T_MD = (a^2 + ab + b^2) / (3(a + b)),  lost packets = rate x D
// run on the link-switch model (HmipScenario) for several distances to the home agent.

#include "ns3/data-rate.h"
#include "ns3/handoff-monitor.h"
#include "ns3/hmip-helper.h"
#include "ns3/hmip-scenario.h"
#include "ns3/hmip-topology-helper.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/mipv6-helper.h"
#include "ns3/on-off-helper.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/packet-sink.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <cmath>
#include <map>
#include <sstream>
#include <vector>

using namespace ns3;

namespace
{

/// Measured handoffs of one run.
struct Measurement
{
    std::vector<double> latencyMs;  //!< per handoff
    std::vector<double> lost;       //!< per handoff
    std::vector<double> signalling; //!< per handoff, across the border
    double model{0};                //!< the reference model's latency (ms)

    /// \return the mean latency (ms)
    double MeanLatency() const
    {
        double sum = 0;
        for (double l : latencyMs)
        {
            sum += l;
        }
        return latencyMs.empty() ? 0 : sum / latencyMs.size();
    }

    /// \return the mean loss (packets)
    double MeanLoss() const
    {
        double sum = 0;
        for (double l : lost)
        {
            sum += l;
        }
        return lost.empty() ? 0 : sum / lost.size();
    }
};

constexpr double RATE = 100;     //!< CBR packets per second
constexpr uint32_t HANDOFFS = 4; //!< per run
constexpr double RA_MIN_MS = 30; //!< MinRtrAdvInterval
constexpr double RA_MAX_MS = 70; //!< MaxRtrAdvInterval
constexpr double L2_MS = 50;     //!< layer-2 outage
constexpr double DAD_MS = 1000;  //!< RFC 4862 RetransTimer, one probe

/**
 * \brief Run the scenario and read its handoffs.
 * \param protocol "hmipv6" or "mipv6"
 * \param move "intra" or "inter"
 * \param haDelayMs one-way delay between the border router and the Internet router
 * \return the measurements and the model's latency
 */
Measurement
Measure(const std::string& protocol, const std::string& move, double haDelayMs)
{
    // Every run draws the same random numbers (HmipScenario assigns the streams): the
    // same Router Advertisement times, so differences come from the delays alone.
    HmipScenario::Config config;
    config.protocol = protocol;
    config.move = move;
    config.haDelay = MicroSeconds(std::llround(haDelayMs * 1000));
    config.l2Outage = MilliSeconds(L2_MS);
    config.raMin = MilliSeconds(RA_MIN_MS);
    config.raMax = MilliSeconds(RA_MAX_MS);
    config.rate = RATE;
    config.handoffs = HANDOFFS;
    HmipScenario scenario(config);
    scenario.Run();

    const HmipTopologyHelper::Config& topo = scenario.GetTopology().GetConfig();
    double a = RA_MIN_MS;
    double b = RA_MAX_MS;
    double tMd = (a * a + a * b + b * b) / (3 * (a + b));
    double rttMs = 2 * (topo.accessDelay + topo.domainDelay * 2).GetSeconds() * 1000;
    double rttHa =
        2 * (topo.accessDelay + topo.domainDelay + topo.haDelay + topo.edgeDelay).GetSeconds() *
        1000;
    Measurement run;
    run.model = L2_MS + tMd + DAD_MS +
                (protocol == "mipv6" ? rttHa : rttMs + (move == "inter" ? rttHa : 0));
    for (const hmipv6::HandoffRecord& r : scenario.GetMonitor()->GetRecords())
    {
        run.latencyMs.push_back(r.GetLatency().GetSeconds() * 1000);
        run.lost.push_back(r.lostPackets);
        run.signalling.push_back(r.internetSignalling);
    }
    Simulator::Destroy();
    return run;
}

/**
 * \ingroup hmipv6-test
 * \brief Intra-domain handoffs of both protocols against the model, for haDelay 10, 50
 *        and 100 ms.
 *
 * Tolerances, and why:
 * - a handoff's latency is within RA_MAX + 1/rate (80 ms) of the model: the model takes
 *   the mean of T_MD (26.3 ms with 30/70 ms), a handoff waits anything from 0 to
 *   MaxRtrAdvInterval for its advertisement, and the first packet on the new path comes
 *   on the CBR's 10 ms grid;
 * - HMIPv6 latency does not depend on haDelay: the runs use the same random numbers, so
 *   their means differ by less than one CBR interval (10 ms);
 * - Mobile IPv6 latency grows by twice the added one-way delay, within one CBR interval;
 * - the loss of a handoff is rate x its measured latency within 2 packets (one on each
 *   edge of the gap), and so grows by rate x twice the added delay;
 * - an intra-domain HMIPv6 handoff sends nothing across the border router; a Mobile IPv6
 *   one sends its Binding Update and receives its acknowledgement there (2 packets).
 */
class ValidationIntraTestCase : public TestCase
{
  public:
    ValidationIntraTestCase()
        : TestCase("Intra-domain handoffs against the reference model, haDelay 10, 50 and 100 ms")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<double> delays = {10, 50, 100};
        std::map<std::string, std::map<double, Measurement>> runs;
        for (const char* protocol : {"hmipv6", "mipv6"})
        {
            for (double d : delays)
            {
                runs[protocol][d] = Measure(protocol, "intra", d);
            }
        }
        std::cout << "protocol  haDelay_ms  latency_ms  model_ms  lost  rate*latency\n";
        for (auto& [protocol, byDelay] : runs)
        {
            for (auto& [d, run] : byDelay)
            {
                std::cout << protocol << "  " << d << "  " << run.MeanLatency() << "  " << run.model
                          << "  " << run.MeanLoss() << "  " << RATE * run.MeanLatency() / 1000
                          << "\n";
                NS_TEST_ASSERT_MSG_EQ(run.latencyMs.size(), HANDOFFS, "every handoff measured");
                for (uint32_t k = 0; k < run.latencyMs.size(); ++k)
                {
                    std::ostringstream what;
                    what << protocol << " haDelay " << d << " handoff " << k + 1;
                    NS_TEST_EXPECT_MSG_EQ_TOL(run.latencyMs[k],
                                              run.model,
                                              RA_MAX_MS + 1000 / RATE,
                                              what.str() << ": latency against the model");
                    NS_TEST_EXPECT_MSG_EQ_TOL(run.lost[k],
                                              RATE * run.latencyMs[k] / 1000,
                                              2.0,
                                              what.str() << ": loss = rate x latency");
                    NS_TEST_EXPECT_MSG_EQ(run.signalling[k],
                                          (protocol == std::string("hmipv6") ? 0.0 : 2.0),
                                          what.str() << ": signalling across the border");
                }
            }
        }
        const Measurement& h10 = runs["hmipv6"][10];
        const Measurement& m10 = runs["mipv6"][10];
        for (double d : {50.0, 100.0})
        {
            const Measurement& h = runs["hmipv6"][d];
            const Measurement& m = runs["mipv6"][d];
            NS_TEST_EXPECT_MSG_EQ_TOL(h.MeanLatency(),
                                      h10.MeanLatency(),
                                      1000 / RATE,
                                      "HMIPv6 intra latency does not depend on haDelay " << d);
            NS_TEST_EXPECT_MSG_EQ_TOL(h.MeanLoss(),
                                      h10.MeanLoss(),
                                      1.0,
                                      "nor does its loss, haDelay " << d);
            NS_TEST_EXPECT_MSG_EQ_TOL(m.MeanLatency() - m10.MeanLatency(),
                                      2 * (d - 10),
                                      1000 / RATE,
                                      "MIPv6 latency grows by twice the added delay " << d);
            NS_TEST_EXPECT_MSG_EQ_TOL(m.MeanLoss() - m10.MeanLoss(),
                                      RATE * 2 * (d - 10) / 1000,
                                      2.0,
                                      "MIPv6 loss grows by rate x twice the added delay " << d);
            NS_TEST_EXPECT_MSG_GT(m.MeanLatency(),
                                  h.MeanLatency(),
                                  "HMIPv6 beats MIPv6 at haDelay " << d);
        }
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Inter-domain handoffs: both anchors are updated, and the first visit to a
 *        domain waits for the MS's DAD of the new GCoA.
 *
 * The host alternates between domains 1 and 2. Its first handoff enters domain 2, whose
 * MS runs DAD for the new GCoA (1 s more); later ones return to a domain whose MS still
 * holds the binding (no DAD). Tolerance as for intra-domain handoffs. Each handoff sends
 * signalling across the Internet (the Binding Update to the home agent, its
 * acknowledgement and the Handoff Request between the MSs at least).
 */
class ValidationInterTestCase : public TestCase
{
  public:
    ValidationInterTestCase()
        : TestCase("Inter-domain HMIPv6 handoffs against the reference model")
    {
    }

  private:
    void DoRun() override
    {
        for (double d : {10.0, 100.0})
        {
            Measurement run = Measure("hmipv6", "inter", d);
            NS_TEST_ASSERT_MSG_EQ(run.latencyMs.size(), HANDOFFS, "every handoff measured");
            for (uint32_t k = 0; k < run.latencyMs.size(); ++k)
            {
                double model = run.model + (k == 0 ? DAD_MS : 0);
                std::cout << "inter haDelay " << d << " handoff " << k + 1 << ": "
                          << run.latencyMs[k] << " ms (model " << model << "), lost " << run.lost[k]
                          << ", signalling " << run.signalling[k] << "\n";
                NS_TEST_EXPECT_MSG_EQ_TOL(run.latencyMs[k],
                                          model,
                                          RA_MAX_MS + 1000 / RATE,
                                          "inter haDelay " << d << " handoff " << k + 1);
                NS_TEST_EXPECT_MSG_GT_OR_EQ(run.signalling[k],
                                            3,
                                            "signalling crossed the Internet");
            }
        }
    }
};

/**
 * \ingroup hmipv6-test
 * \brief At 300 packets/s, the home agent's acknowledgement of the first registration of
 *        a new GCoA reaches the host within the handoff: ns-3's neighbour caches queue 3
 *        packets while they resolve an address, and the border router's first packets to
 *        the new GCoA are the tunnelled flow and that acknowledgement; the topology's
 *        nodes queue 100 ("unresolvedQueueSize").
 */
class HighRateFirstRegistrationTestCase : public TestCase
{
  public:
    HighRateFirstRegistrationTestCase()
        : TestCase("300 packets a second: the home agent's first acknowledgement to a new GCoA "
                   "arrives")
    {
    }

  private:
    void DoRun() override
    {
        HmipScenario::Config config;
        config.move = "inter";
        config.rate = 300;
        config.handoffs = 1;
        HmipScenario scenario(config);
        scenario.Run();
        std::vector<hmipv6::HandoffRecord> records = scenario.GetMonitor()->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 1u, "one handoff");
        const hmipv6::HandoffRegistration* home =
            records[0].FindRegistration(HmipTopologyHelper::HOME_AGENT);
        NS_TEST_ASSERT_MSG_EQ((home != nullptr), true, "a home registration in the handoff");
        NS_TEST_EXPECT_MSG_EQ(home->acked.IsPositive(), true, "acknowledged");
        NS_TEST_EXPECT_MSG_LT(home->acked - home->sent, MilliSeconds(100), "at once");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief A host that stays put for a minute loses nothing, with the helpers' defaults:
 *        when the routers' neighbour entries for its home address (IR) and GCoA (BR)
 *        age (RFC 4861 7.3.3, about 30 s), their unicast probes are answered by the
 *        home agent and the MS, the proxies, and not tunnelled to the host.
 */
class StationaryHostTestCase : public TestCase
{
  public:
    StationaryHostTestCase()
        : TestCase("a host that stays 60 s loses nothing while the routers re-probe its "
                   "home address and GCoA")
    {
    }

  private:
    void DoRun() override
    {
        HmipTopologyHelper topology(HmipTopologyHelper::Config{});
        const HmipTopologyHelper::Domain& d = topology.GetDomains()[0];
        Mipv6Helper().InstallHomeAgent(NodeContainer(topology.GetHomeAgent()), 1);
        HmipHelper hmip;
        hmip.InstallMobilityServer(NodeContainer(d.server), 1, 64, d.routerAddresses);
        hmip.InstallRouter(topology.GetAccessRouters(), 1);
        hmip.InstallMobileNode(topology.GetMobileHost(),
                               HmipTopologyHelper::HOME_ADDRESS,
                               HmipTopologyHelper::HOME_AGENT);
        OnOffHelper cbr("ns3::UdpSocketFactory",
                        Inet6SocketAddress(HmipTopologyHelper::HOME_ADDRESS, 9));
        cbr.SetConstantRate(DataRate("8kb/s"), 100); // 10 packets a second
        ApplicationContainer source = cbr.Install(topology.GetExternalCorrespondent());
        source.Start(Seconds(10));
        source.Stop(Seconds(70));
        uint64_t sent = 0;
        source.Get(0)->TraceConnectWithoutContext(
            "Tx",
            Callback<void, Ptr<const Packet>>([&sent](Ptr<const Packet>) { ++sent; }));
        PacketSinkHelper sink("ns3::UdpSocketFactory",
                              Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        Ptr<PacketSink> received =
            DynamicCast<PacketSink>(sink.Install(topology.GetMobileHost()).Get(0));
        topology.GetHandoff()->ScheduleSwitch(Seconds(0.5), d.accessPoints[0]);
        Simulator::Stop(Seconds(71));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_GT(sent, 590u, "a minute of the flow");
        NS_TEST_EXPECT_MSG_EQ(received->GetTotalRx() / 100, sent, "every packet arrived");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The validation suite.
 */
class Hmipv6ValidationTestSuite : public TestSuite
{
  public:
    Hmipv6ValidationTestSuite()
        : TestSuite("hmipv6-validation", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new ValidationIntraTestCase);
        AddTestCase(new ValidationInterTestCase);
        AddTestCase(new HighRateFirstRegistrationTestCase);
        AddTestCase(new StationaryHostTestCase);
    }
};

/// The suite's instance.
static Hmipv6ValidationTestSuite g_hmipv6ValidationTestSuite;

} // namespace
