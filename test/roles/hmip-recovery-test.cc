// SPDX-License-Identifier: GPL-2.0-only
//
// Move sequences and failures outside the draft's figures, with real packets on the
// draft's topology (HmipTopologyHelper, the home link as an access link): leaving home
// again, Mobility Servers that stop, crash or are replaced, several servers on one
// Mobility Network, full-size packets through two tunnels, deregistration on return
// home. Each case failed before the fix it came with.

#include "hmip-test-network.h"
#include "role-test-util.h"

#include "ns3/test.h"

#include <iostream>
#include <string>

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

const Time ATTACH = Seconds(0.5); //!< the host joins AR1

/**
 * \ingroup hmipv6-test
 * \brief Away, home, away again, home, another domain: each departure registers again and
 *        the flows follow (Mobile IPv6 and HMIPv6).
 */
class LeaveHomeAgainTest : public NetworkTestCase
{
  public:
    /**
     * \param hmip HMIPv6 (else plain Mobile IPv6)
     */
    explicit LeaveHomeAgainTest(bool hmip)
        : NetworkTestCase(std::string(hmip ? "HMIPv6" : "Mobile IPv6") +
                          ": away, home, away again, home, into another domain: every departure "
                          "is registered and both flows follow"),
          m_hmip(hmip)
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.useMobilityServer = m_hmip;
        config.flowStop = Seconds(22.5);
        HmipTestNetwork net(config);

        struct Step
        {
            Time at;
            uint32_t ap;
            bool home;
        };

        std::vector<Step> steps = {{Seconds(6), net.HomeAccessPoint(), true},
                                   {Seconds(10), net.AccessPoint(0, 1), false},
                                   {Seconds(14), net.HomeAccessPoint(), true},
                                   {Seconds(18), net.AccessPoint(1, 0), false}};
        net.Handoff()->ScheduleSwitch(ATTACH, net.AccessPoint(0, 0));
        std::vector<bool> atHome(steps.size());
        std::vector<bool> registered(steps.size());
        std::vector<Ipv6Address> haBinding(steps.size());
        std::vector<Ipv6Address> careOf(steps.size());
        std::vector<Ipv6Address> gcoa(steps.size());
        const Time settle = Seconds(3.5);
        for (uint32_t i = 0; i < steps.size(); ++i)
        {
            net.Handoff()->ScheduleSwitch(steps[i].at, steps[i].ap);
            Simulator::Schedule(steps[i].at + settle, [&, i]() {
                atHome[i] = net.mh->IsAtHome();
                registered[i] = net.mh->IsRegistered();
                haBinding[i] = HmipTestNetwork::CareOf(net.ha->GetBindingCache());
                careOf[i] = net.mh->GetCareOfAddress();
                gcoa[i] = net.mh->GetGlobalCareOfAddress();
            });
        }
        Simulator::Stop(Seconds(23));
        Simulator::Run();

        for (uint32_t i = 0; i < steps.size(); ++i)
        {
            Time until = i + 1 < steps.size() ? steps[i + 1].at : Seconds(22.5);
            std::string what = steps[i].home ? "return home" : "leaving home";
            // Leaving: L2, RA, DAD of the care-of address, the MS's and the HA's DAD of a
            // first registration (1 s each), round trips. Returning: L2, RA, one RTT.
            Time bound = steps[i].home ? MilliSeconds(300) : settle;
            Time resumed = CheckResumed(net, what, steps[i].at, bound, until);
            std::cout << (m_hmip ? "HMIPv6" : "Mobile IPv6") << ": " << what << " at "
                      << steps[i].at.GetSeconds() << " s, flows resumed after "
                      << resumed.GetMilliSeconds() << " ms" << std::endl;
            NS_TEST_EXPECT_MSG_EQ(atHome[i], steps[i].home, what << ": IsAtHome");
            NS_TEST_EXPECT_MSG_EQ(registered[i], !steps[i].home, what << ": registered");
            Ipv6Address expected = steps[i].home ? Ipv6Address::GetAny() : careOf[i];
            NS_TEST_EXPECT_MSG_EQ(haBinding[i], expected, what << ": the home agent's binding");
            if (!steps[i].home && m_hmip)
            {
                NS_TEST_EXPECT_MSG_EQ(careOf[i], gcoa[i], what << ": the GCoA is registered");
            }
        }
        Simulator::Destroy();
    }

    bool m_hmip; //!< HMIPv6 or Mobile IPv6
};

/**
 * \ingroup hmipv6-test
 * \brief The host's Mobility Server stops (withdrawing) or crashes (silent), then comes
 *        back: the host falls back to Mobile IPv6 within the documented bound, and
 *        registers with the server again once it is advertised again.
 */
class ServerLossTest : public NetworkTestCase
{
  public:
    /**
     * \param crash the server crashes (no withdrawal) instead of stopping
     */
    explicit ServerLossTest(bool crash)
        : NetworkTestCase(std::string(crash ? "a crashed" : "a stopped") +
                          " Mobility Server: fallback to Mobile IPv6 within " +
                          (crash ? "MobilityInfoLifetime" : "one advertisement") +
                          " + RTT(MH,HA); registered again when it is back, without loss"),
          m_crash(crash)
    {
    }

  private:
    void DoRun() override
    {
        const Time down = Seconds(8);
        const Time up = Seconds(14);
        NetConfig config;
        config.accessRouters = {2};
        config.flowStop = Seconds(21.5);
        config.lives[{0, 0}] = {ServerLife{Seconds(0), down, !m_crash}, ServerLife{up, Seconds(0)}};
        HmipTestNetwork net(config);
        net.Handoff()->ScheduleSwitch(ATTACH, net.AccessPoint(0, 0));
        std::vector<Time> fallbacks;
        std::vector<Time> registered;
        net.mh->TraceConnectWithoutContext("FallbackToMipv6",
                                           Callback<void, const std::string&>(
                                               [&fallbacks](const std::string&) {
                                                   fallbacks.push_back(Simulator::Now());
                                               }));
        net.mh->TraceConnectWithoutContext(
            "RegistrationAckReceived",
            Callback<void, Ipv6Address, uint16_t, uint8_t>(
                [&registered](Ipv6Address, uint16_t, uint8_t status) {
                    if (status < 128)
                    {
                        registered.push_back(Simulator::Now());
                    }
                }));
        Ipv6Address haDown;
        Ipv6Address lcoa;
        Simulator::Schedule(up - MilliSeconds(1), [&]() {
            haDown = HmipTestNetwork::CareOf(net.ha->GetBindingCache());
            lcoa = net.mh->GetLocalCareOfAddress();
        });
        Simulator::Stop(Seconds(22));
        Simulator::Run();

        // Stop: the withdrawal reaches the router (4 ms), its next RA (MinRtrAdvInterval,
        // 30 ms) the host (1 ms); the BU to the HA and the HA's packets (RTT 28 ms), one
        // CBR period (20 ms). Crash: the routers forget the MS MobilityInfoLifetime (3 s)
        // after its last Mobility Information (sent every second) instead.
        Time bound = MilliSeconds(83) + (m_crash ? Seconds(3) : Seconds(0));
        Time resumed = CheckResumed(net, "MS down", down, bound, up);
        std::cout << (m_crash ? "crash" : "stop") << ": flows resumed after "
                  << resumed.GetMilliSeconds() << " ms" << std::endl;
        HMIPV6_REQUIRE_EQ(fallbacks.size(), 1u, "one fallback");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(fallbacks[0] - down, bound, "fallback in time");
        NS_TEST_EXPECT_MSG_EQ(haDown, lcoa, "meanwhile the HA binds the LCoA");
        // Back: a Request (the restarted MS runs DAD of the GCoA, 1 s), then the HA is
        // given the GCoA again; the LCoA keeps working meanwhile.
        HMIPV6_REQUIRE_EQ(registered.size(), 2u, "registered at 0.5 s and again");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(registered[1] - up, Seconds(1.2), "once it is back");
        NS_TEST_EXPECT_MSG_EQ(net.mh->IsRegisteredWithMobilityServer(), true, "registered");
        Ipv6Address gcoa = net.mh->GetGlobalCareOfAddress();
        NS_TEST_EXPECT_MSG_EQ(gcoa, Ipv6Address("2001:d01::a:b:c:d"), "the same GCoA");
        NS_TEST_EXPECT_MSG_EQ(HmipTestNetwork::CareOf(net.ha->GetBindingCache()), gcoa, "HA");
        for (const Flow& flow : net.flows)
        {
            NS_TEST_EXPECT_MSG_EQ(flow.Lost(up - Seconds(1), Seconds(21)), 0u, "no loss");
        }
        Simulator::Destroy();
    }

    bool m_crash; //!< crash or stop
};

/// The suite.
class HmipRecoveryTestSuite : public TestSuite
{
  public:
    HmipRecoveryTestSuite()
        : TestSuite("hmipv6-recovery")
    {
        AddTestCase(new LeaveHomeAgainTest(false));
        AddTestCase(new LeaveHomeAgainTest(true));
        AddTestCase(new ServerLossTest(false));
        AddTestCase(new ServerLossTest(true));
    }
};

HmipRecoveryTestSuite g_hmipRecoveryTestSuite; //!< instance

} // namespace
