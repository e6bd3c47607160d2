// SPDX-License-Identifier: GPL-2.0-only
// The Wi-Fi roaming handoff model with real 802.11 frames: link triggers from
// StaWifiMac association events, then a Mobile IPv6 handoff driven by them.
//
//   AP0 (x=0)                AP1 (x=150)     coverage radius 80 m (RangePropagationLoss):
//   |<------ 80 ------>|                     the station (x0=30, 20 m/s along x) leaves
//              |<------ 80 ------>|          AP0 at x=80 (t=2.5 s) and is in AP1's range
//                                            from x=70 (t=2 s); APs do not hear each other.
#include "ns3/boolean.h"
#include "ns3/constant-position-mobility-model.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/double.h"
#include "ns3/hmip-topology-helper.h"
#include "ns3/home-agent.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/radvd-interface.h"
#include "ns3/radvd-prefix.h"
#include "ns3/radvd.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-roaming-handoff.h"

#include <cstdint>
#include <iostream>
#include <tuple>
#include <vector>

using namespace ns3;

namespace
{

const double AP_DISTANCE = 150;                            // m
const double RANGE = 80;                                   // m, coverage radius
const double START_X = 30;                                 // m
const double SPEED = 20;                                   // m/s
const Time EXIT_TIME = Seconds((RANGE - START_X) / SPEED); // leaves AP0: 2.5 s
const Time BEACON_INTERVAL = MicroSeconds(102400);
const uint32_t MAX_MISSED = 3;
const Time PROBE_TIMEOUT = MilliSeconds(50);
// Probe delay (StaWifiMac ProbeDelay, at most 250 us), the Association Request /
// Response exchange at 6 Mb/s with its ACKs and backoffs (~1 ms), and the frame the PHY
// may be receiving when the watchdog expires: 10 ms covers them with room to spare.
const Time SCAN_SLACK = MilliSeconds(10);

/// Access points at x=0 and x=150 (z=0), a station moving along x; returns the model.
Ptr<hmipv6::WifiRoamingHandoff>
BuildWifi(NodeContainer aps, Ptr<Node> sta)
{
    for (uint32_t i = 0; i < aps.GetN(); ++i)
    {
        Ptr<ConstantPositionMobilityModel> m = CreateObject<ConstantPositionMobilityModel>();
        m->SetPosition(Vector(i * AP_DISTANCE, 0, 0));
        aps.Get(i)->AggregateObject(m);
    }
    Ptr<ConstantVelocityMobilityModel> m = CreateObject<ConstantVelocityMobilityModel>();
    m->SetPosition(Vector(START_X, 0, 0));
    m->SetVelocity(Vector(SPEED, 0, 0));
    sta->AggregateObject(m);

    Ptr<hmipv6::WifiRoamingHandoff> handoff = CreateObject<hmipv6::WifiRoamingHandoff>();
    handoff->SetAttribute("Range", DoubleValue(RANGE));
    handoff->SetAttribute("BeaconInterval", TimeValue(BEACON_INTERVAL));
    handoff->SetAttribute("MaxMissedBeacons", UintegerValue(MAX_MISSED));
    handoff->SetAttribute("ActiveProbing", BooleanValue(true));
    handoff->SetAttribute("ProbeRequestTimeout", TimeValue(PROBE_TIMEOUT));
    handoff->Install(aps, sta);
    return handoff;
}

/// Records the model's traces: (time, up?, access point).
struct LinkLog
{
    std::vector<std::tuple<Time, bool, uint32_t>> events; //!< the traces in order
    Time lastBeaconAtDown;                                //!< last beacon before LinkDown
    Ptr<hmipv6::WifiRoamingHandoff> handoff;              //!< the model

    /// Connect to the model.
    void Connect(Ptr<hmipv6::WifiRoamingHandoff> h)
    {
        handoff = h;
        h->TraceConnectWithoutContext("LinkUp", Callback<void, uint32_t>([this](uint32_t ap) {
                                          events.emplace_back(Simulator::Now(), true, ap);
                                      }));
        h->TraceConnectWithoutContext("LinkDown", Callback<void, uint32_t>([this](uint32_t ap) {
                                          lastBeaconAtDown = handoff->GetLastBeaconTime();
                                          events.emplace_back(Simulator::Now(), false, ap);
                                      }));
    }
};

/// Item 1: the model alone, a station roaming from AP0 to AP1.
class WifiRoamingModelTest : public TestCase
{
  public:
    WifiRoamingModelTest()
        : TestCase("station roams AP0 -> AP1: LinkUp(0), LinkDown(0), LinkUp(1) on time")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer aps;
        aps.Create(2);
        Ptr<Node> sta = CreateObject<Node>();
        Ptr<hmipv6::WifiRoamingHandoff> handoff = BuildWifi(aps, sta);
        LinkLog log;
        log.Connect(handoff);
        Simulator::Stop(Seconds(4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(log.events.size(), 3u, "up, down, up");
        auto [tUp0, up0, ap0] = log.events[0];
        auto [tDown, up1, ap1] = log.events[1];
        auto [tUp1, up2, ap2] = log.events[2];
        std::cout << "Wi-Fi roaming: LinkUp(0) at " << tUp0.As(Time::MS) << ", last AP0 beacon "
                  << log.lastBeaconAtDown.As(Time::MS) << ", LinkDown(0) at " << tDown.As(Time::MS)
                  << ", LinkUp(1) at " << tUp1.As(Time::MS)
                  << ", gap=" << (tUp1 - tDown).As(Time::MS)
                  << ", outage from exit=" << (tUp1 - EXIT_TIME).As(Time::MS) << std::endl;
        NS_TEST_EXPECT_MSG_EQ(up0, true, "first event is a LinkUp");
        NS_TEST_EXPECT_MSG_EQ(ap0, 0u, "on AP0");
        // Initial association: beacon-free active scan (probe delay + ProbeRequestTimeout)
        // then the association exchange.
        NS_TEST_EXPECT_MSG_LT_OR_EQ(tUp0, PROBE_TIMEOUT + SCAN_SLACK, "associated at start");
        NS_TEST_EXPECT_MSG_EQ(up1, false, "then a LinkDown");
        NS_TEST_EXPECT_MSG_EQ(ap1, 0u, "of AP0");
        NS_TEST_EXPECT_MSG_EQ(up2, true, "then a LinkUp");
        NS_TEST_EXPECT_MSG_EQ(ap2, 1u, "on AP1");

        // Detection: the beacon watchdog fires MaxMissedBeacons beacon intervals after
        // the last beacon heard, and that beacon came in the last interval in range.
        NS_TEST_EXPECT_MSG_LT_OR_EQ(log.lastBeaconAtDown, EXIT_TIME, "last beacon in range");
        NS_TEST_EXPECT_MSG_GT(log.lastBeaconAtDown,
                              EXIT_TIME - BEACON_INTERVAL - MilliSeconds(1),
                              "last beacon of the last interval in range");
        NS_TEST_EXPECT_MSG_EQ_TOL(tDown - log.lastBeaconAtDown,
                                  MAX_MISSED * BEACON_INTERVAL,
                                  MilliSeconds(1),
                                  "LinkDown = last beacon + MaxMissedBeacons x BeaconInterval");
        // Down to up: AP1 is in range (x >= 70) when the scan starts, so one active scan
        // (probe delay + ProbeRequestTimeout) and one association exchange.
        NS_TEST_EXPECT_MSG_GT_OR_EQ(tUp1 - tDown, PROBE_TIMEOUT, "a full probe window");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(tUp1 - tDown,
                                    PROBE_TIMEOUT + SCAN_SLACK,
                                    "one scan and one association");
        // Whole outage from leaving coverage: at most MaxMissed x BI + probing.
        NS_TEST_EXPECT_MSG_LT_OR_EQ(tUp1 - EXIT_TIME,
                                    MAX_MISSED * BEACON_INTERVAL + PROBE_TIMEOUT + SCAN_SLACK,
                                    "outage bound");
        NS_TEST_EXPECT_MSG_EQ(handoff->GetAssociations(), 2u, "two associations");
        NS_TEST_EXPECT_MSG_EQ(handoff->GetDisassociations(), 1u, "one disassociation");
        NS_TEST_EXPECT_MSG_EQ(handoff->GetCurrentAccessPoint(), 1u, "ends on AP1");
        Simulator::Destroy();
    }
};

const Ipv6Address HOME_ADDRESS("2001:1::100");
const Ipv6Address HA_ADDRESS("2001:1::1");
const Ipv6Address HR_HOME("2001:1::ff");
const Ipv6Address CH_ADDRESS("2001:20::1");
const Time CORE_DELAY = MilliSeconds(5);
const Time HOME_DELAY = MilliSeconds(1);
const uint16_t PORT = 9;

/// Item 2: Mobile IPv6 over Wi-Fi.
///
///   CH --5ms-- HR --1ms-- HA      (home link 2001:1::/64)
///            5ms  5ms
///            AR1  AR2             (Wi-Fi APs; Radvd 2001:a1::/64, 2001:a2::/64)
///              ~MN~               (Wi-Fi station roaming AR1 -> AR2)
class WifiMipv6HandoffTest : public TestCase
{
  public:
    WifiMipv6HandoffTest()
        : TestCase("Mobile IPv6 handoff over Wi-Fi: new CoA bound at the HA, loss ~ rate x D")
    {
    }

  private:
    static Ptr<Ipv6L3Protocol> Ip(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    /// An IPv6 interface on a device (and address unless ::).
    static void AddInterface(Ptr<Node> node, Ptr<NetDevice> device, Ipv6Address address)
    {
        uint32_t i = Ip(node)->AddInterface(device);
        if (!address.IsAny())
        {
            Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
        }
        Ip(node)->SetUp(i);
    }

    /// A wired SimpleChannel link between two nodes.
    static void Wire(Ptr<Node> a, Ipv6Address aAddr, Ptr<Node> b, Ipv6Address bAddr, Time delay)
    {
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        channel->SetAttribute("Delay", TimeValue(delay));
        for (auto [node, address] : {std::make_pair(a, aAddr), std::make_pair(b, bAddr)})
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            node->AddDevice(device);
            AddInterface(node, device, address);
        }
    }

    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(6);
        Ptr<Node> mnNode = nodes.Get(0);
        Ptr<Node> ar1 = nodes.Get(1);
        Ptr<Node> ar2 = nodes.Get(2);
        Ptr<Node> hr = nodes.Get(3);
        Ptr<Node> haNode = nodes.Get(4);
        Ptr<Node> ch = nodes.Get(5);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);

        // Wi-Fi first, so that the access interface is 1 on MN, AR1 and AR2.
        Ptr<hmipv6::WifiRoamingHandoff> handoff = BuildWifi(NodeContainer(ar1, ar2), mnNode);
        AddInterface(ar1, handoff->GetAccessPoint(0), Ipv6Address("2001:a1::1"));
        AddInterface(ar2, handoff->GetAccessPoint(1), Ipv6Address("2001:a2::1"));
        AddInterface(mnNode, handoff->GetStation(), Ipv6Address::GetAny());
        Wire(ar1, Ipv6Address("2001:11::1"), hr, Ipv6Address("2001:11::2"), CORE_DELAY);
        Wire(ar2, Ipv6Address("2001:12::1"), hr, Ipv6Address("2001:12::2"), CORE_DELAY);
        Wire(hr, HR_HOME, haNode, HA_ADDRESS, HOME_DELAY);
        Wire(hr, Ipv6Address("2001:20::2"), ch, CH_ADDRESS, CORE_DELAY);
        for (Ptr<Node> router : {ar1, ar2, hr})
        {
            for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
            {
                Ip(router)->SetForwarding(i, true);
            }
        }
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(ar1))->SetDefaultRoute(Ipv6Address("2001:11::2"), 2);
        rh.GetStaticRouting(Ip(ar2))->SetDefaultRoute(Ipv6Address("2001:12::2"), 2);
        rh.GetStaticRouting(Ip(haNode))->SetDefaultRoute(HR_HOME, 1);
        rh.GetStaticRouting(Ip(ch))->SetDefaultRoute(Ipv6Address("2001:20::2"), 1);
        Ptr<Ipv6StaticRouting> hrRouting = rh.GetStaticRouting(Ip(hr));
        hrRouting->AddNetworkRouteTo(Ipv6Address("2001:a1::"),
                                     Ipv6Prefix(64),
                                     Ipv6Address("2001:11::1"),
                                     1);
        hrRouting->AddNetworkRouteTo(Ipv6Address("2001:a2::"),
                                     Ipv6Prefix(64),
                                     Ipv6Address("2001:12::1"),
                                     2);
        // RFC 6275 7.5 fast Router Advertisements (30-70 ms).
        for (auto [router, prefix] :
             {std::make_pair(ar1, "2001:a1::"), std::make_pair(ar2, "2001:a2::")})
        {
            Ptr<Radvd> radvd = CreateObject<Radvd>();
            Ptr<RadvdInterface> config = Create<RadvdInterface>(1, 70, 30);
            config->AddPrefix(Create<RadvdPrefix>(Ipv6Address(prefix), 64));
            radvd->AddConfiguration(config);
            router->AddApplication(radvd);
            radvd->SetStartTime(Seconds(0));
        }

        Mipv6Helper helper;
        helper.SetHomeAgentAttribute("ProxyReplyDelay",
                                     StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        Ptr<hmipv6::HomeAgent> ha = DynamicCast<hmipv6::HomeAgent>(
            helper.InstallHomeAgent(haNode, 1, Ipv6Address("2001:1::"), 64).Get(0));
        helper.SetLinkModel(handoff); // connected exactly as LinkSwitchHandoff is
        Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(
            helper.InstallMobileNode(mnNode, HOME_ADDRESS, HA_ADDRESS, 1).Get(0));
        LinkLog log;
        log.Connect(handoff);
        std::vector<std::pair<Time, Ipv6Address>> registered;
        mn->TraceConnectWithoutContext("HomeRegistrationComplete",
                                       Callback<void, Ipv6Address, Time>([&](Ipv6Address c, Time) {
                                           registered.emplace_back(Simulator::Now(), c);
                                       }));

        // Core neighbour caches warmed up, so that the handoff measures mobility only.
        Simulator::Schedule(MilliSeconds(300), [ar2]() {
            Ptr<Socket> s = Socket::CreateSocket(ar2, UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(Ipv6Address("2001:12::2"), 7));
        });

        // CBR from CH to the home address: 50 packets/s in [2.2 s, 5 s). It starts after
        // the first home registration (BA at ~2.09 s: the HA defends the home address
        // with DAD first), so that every loss belongs to the handoff.
        const Time interval = MilliSeconds(20);
        std::vector<Time> received;
        uint32_t sent = 0;
        Ptr<Socket> sink = Socket::CreateSocket(mnNode, UdpSocketFactory::GetTypeId());
        sink->Bind(Inet6SocketAddress(HOME_ADDRESS, PORT));
        sink->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            while (s->Recv())
            {
                received.push_back(Simulator::Now());
            }
        }));
        Ptr<Socket> source = Socket::CreateSocket(ch, UdpSocketFactory::GetTypeId());
        for (Time t = Seconds(2.2); t < Seconds(5); t += interval)
        {
            Simulator::Schedule(t, [&]() {
                source->SendTo(Create<Packet>(100), 0, Inet6SocketAddress(HOME_ADDRESS, PORT));
                ++sent;
            });
        }
        Ipv6Address boundBefore;
        Simulator::Schedule(EXIT_TIME - MilliSeconds(100),
                            [&]() { boundBefore = ha->GetCareOfAddress(HOME_ADDRESS); });
        Simulator::Stop(Seconds(5.5));
        Simulator::Run();

        Mac48Address mac = Mac48Address::ConvertFrom(handoff->GetStation()->GetAddress());
        Ipv6Address coa1 = Ipv6Address::MakeAutoconfiguredAddress(mac, Ipv6Address("2001:a1::"));
        Ipv6Address coa2 = Ipv6Address::MakeAutoconfiguredAddress(mac, Ipv6Address("2001:a2::"));
        NS_TEST_EXPECT_MSG_EQ(log.events.size(), 3u, "up(0), down(0), up(1)");
        NS_TEST_EXPECT_MSG_EQ(boundBefore, coa1, "bound to the CoA on AR1 before the handoff");
        NS_TEST_EXPECT_MSG_EQ(ha->GetCareOfAddress(HOME_ADDRESS), coa2, "bound to AR2's prefix");
        NS_TEST_ASSERT_MSG_EQ(registered.size(), 2u, "two home registrations");
        NS_TEST_EXPECT_MSG_EQ(registered[1].second, coa2, "second registration with the new CoA");

        // D: last packet before the link loss to the first one after the new binding.
        Time tDown = std::get<0>(log.events.at(1));
        Time tUp = std::get<0>(log.events.at(2));
        Time lastBefore = Seconds(0);
        Time firstAfter = Seconds(0);
        uint32_t receivedAfter = 0;
        for (Time r : received)
        {
            if (r <= tDown)
            {
                lastBefore = r;
            }
            else
            {
                if (firstAfter.IsZero())
                {
                    firstAfter = r;
                }
                ++receivedAfter;
            }
        }
        NS_TEST_ASSERT_MSG_GT(firstAfter, Seconds(0), "packets after the handoff");
        Time d = firstAfter - lastBefore;
        uint32_t receivedBefore = received.size() - receivedAfter;
        uint32_t lost = sent - received.size();
        double rate = 1.0 / interval.GetSeconds();
        std::cout << "MIPv6 over Wi-Fi: LinkDown " << tDown.As(Time::MS) << ", LinkUp "
                  << tUp.As(Time::MS) << ", registered " << registered[1].first.As(Time::MS)
                  << ", last packet before " << lastBefore.As(Time::MS) << ", first after "
                  << firstAfter.As(Time::MS) << ", D=" << d.As(Time::MS) << ", sent=" << sent
                  << " received=" << received.size() << " lost=" << lost
                  << " (rate x D=" << rate * d.GetSeconds() << "), first registration "
                  << registered[0].first.As(Time::MS) << ", first packet "
                  << received.front().As(Time::MS) << std::endl;
        // Upper bound on D: link loss detection (last beacon in the interval before the
        // exit + MaxMissed x BI), one scan and association, an RA (<= 70 ms), DAD (1 s),
        // then the BU / BA and the next CBR packet down the new tunnel.
        Time bound = BEACON_INTERVAL + MAX_MISSED * BEACON_INTERVAL + PROBE_TIMEOUT + SCAN_SLACK +
                     MilliSeconds(70) + Seconds(1) + 2 * (CORE_DELAY + HOME_DELAY) + 2 * interval +
                     MilliSeconds(20);
        NS_TEST_EXPECT_MSG_LT_OR_EQ(d, bound, "latency within the model");
        NS_TEST_EXPECT_MSG_GT(lost, 0u, "a handoff without fast handover loses packets");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(double(lost), rate * d.GetSeconds() + 2, "loss <= rate x D");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(lost), rate * d.GetSeconds() - 2, "loss ~ rate x D");
        NS_TEST_EXPECT_MSG_GT(receivedBefore, 10u, "delivered through AR1 before");
        NS_TEST_EXPECT_MSG_GT(receivedAfter, 20u, "delivered after the handoff");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Several stations on one channel (WifiRoamingHandoff::InstallStation), each
 *        reporting its own links; with HmipTopologyHelper::AssignStreams their
 *        association times do not depend on other random variables drawn before.
 */
class WifiManyStationsTest : public TestCase
{
  public:
    WifiManyStationsTest()
        : TestCase("three stations on one channel; fixed streams give the same run")
    {
    }

  private:
    /**
     * \brief Build a Wi-Fi topology of three hosts and run it 1 s.
     * \param draws random numbers drawn from an unrelated variable first
     * \return each host's LinkUp times
     */
    std::vector<std::vector<Time>> Run(uint32_t draws)
    {
        Ptr<UniformRandomVariable> other = CreateObject<UniformRandomVariable>();
        for (uint32_t i = 0; i < draws; ++i)
        {
            other->GetValue();
        }
        HmipTopologyHelper::Config config;
        config.linkModel = "wifi";
        config.hosts = 3;
        HmipTopologyHelper topo(config);
        int64_t used = topo.AssignStreams(1000);
        NS_TEST_EXPECT_MSG_GT(used, 0, "the Wi-Fi devices take streams");
        std::vector<std::vector<Time>> ups(3);
        for (uint32_t i = 0; i < 3; ++i)
        {
            Ptr<Object> aggregated = topo.GetMobileHost(i)->GetObject<hmipv6::WifiRoamingHandoff>();
            NS_TEST_EXPECT_MSG_EQ(topo.GetLinkModel(i), aggregated, "aggregated to host " << i);
            topo.GetWifiHandoff(i)->TraceConnectWithoutContext(
                "LinkUp",
                Callback<void, uint32_t>(
                    [&ups, i](uint32_t) { ups[i].push_back(Simulator::Now()); }));
        }
        Simulator::Stop(Seconds(1));
        Simulator::Run();
        for (uint32_t i = 0; i < 3; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(topo.GetWifiHandoff(i)->GetAssociations(), 1u, "host " << i);
        }
        Simulator::Destroy();
        return ups;
    }

    void DoRun() override
    {
        std::vector<std::vector<Time>> first = Run(0);
        std::vector<std::vector<Time>> second = Run(7);
        for (uint32_t i = 0; i < 3; ++i)
        {
            NS_TEST_ASSERT_MSG_EQ(first[i].size(), 1u, "host " << i << " associated once");
            NS_TEST_EXPECT_MSG_EQ(first[i][0], second[i][0], "host " << i << ": the same run");
        }
        NS_TEST_EXPECT_MSG_NE(first[0][0], first[1][0], "the stations contend");
    }
};

/// The suite.
class WifiRoamingTestSuite : public TestSuite
{
  public:
    WifiRoamingTestSuite()
        : TestSuite("hmipv6-wifi-roaming")
    {
        AddTestCase(new WifiRoamingModelTest);
        AddTestCase(new WifiMipv6HandoffTest);
        AddTestCase(new WifiManyStationsTest);
    }
};

WifiRoamingTestSuite g_wifiRoamingTestSuite; //!< static instance

} // namespace
