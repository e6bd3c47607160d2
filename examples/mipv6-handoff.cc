// SPDX-License-Identifier: GPL-2.0-only
// Mobile IPv6 handoff study: latency and loss of handoffs against the reference model
// D = T_L2 + T_MD + T_DAD + RTT(MN,HA) [+ RR + RTT(MN,CH) with route optimisation],
// loss ~ rate * D.
//
//   CH --1ms--+
//             HR --1ms-- HA          (home link 2001:1::/64; HR is its router)
//             |
//          haDelay                   (the Internet: GW's device toward HR is the
//             |                       watched border device)
//             GW
//           2ms  2ms
//          AR1    AR2                (Radvd, prefixes 2001:a1::/64 and 2001:a2::/64)
//             MN                     (--linkModel=switch: one SimpleChannel, 1 ms, under
//                                     LinkSwitchHandoff; --linkModel=wifi: AR1 and AR2
//                                     are 802.11 APs 150 m apart, range 80 m, and the
//                                     MN a station under WifiRoamingHandoff)
//
// A CBR flow (OnOffApplication) goes from CH to the MN's home address. The MN moves
// AR1 -> AR2 -> AR1 ... every --interval seconds: switched at those times, or on Wi-Fi
// it leaves the old AP's coverage then (it swings between x=25 m and x=125 m). With
// --routeOptimization=1 the CH is a CorrespondentNode and the MN runs return routability
// and route optimisation with it after each home registration. ns-3 routers drop
// 2001:db8::/32, hence these prefixes.
#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/constant-position-mobility-model.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/correspondent-node.h"
#include "ns3/data-rate.h"
#include "ns3/double.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/handoff-monitor.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/log.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/on-off-helper.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/radvd-interface.h"
#include "ns3/radvd-prefix.h"
#include "ns3/radvd.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-roaming-handoff.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <utility>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("Mipv6HandoffExample");

namespace
{

const Ipv6Address HOME_ADDRESS("2001:1::100");
const Ipv6Address HA_ADDRESS("2001:1::1");
const Ipv6Address HR_HOME("2001:1::ff");
const Ipv6Address CH_ADDRESS("2001:20::1");
const Time ACCESS_DELAY = MilliSeconds(1); // MN - AR
const Time DOMAIN_DELAY = MilliSeconds(2); // AR - GW
const Time EDGE_DELAY = MilliSeconds(1);   // HR - HA and HR - CH
const uint16_t PORT = 9;
const uint32_t PAYLOAD = 100; // octets of each CBR packet
const Time FIRST_HANDOFF = Seconds(3);
const Time FLOW_START = Seconds(2); // after the first registration (DAD takes 1 s)
// --linkModel=wifi (as test/handoff/wifi-roaming-test.cc): APs at x=0 and x=150 m with
// 80 m of coverage each; the station leaves AP1 moving right at x=80 and AP2 moving
// left at x=70, and turns SWING m either side of the middle (x=25 and x=125).
const double AP_DISTANCE = 150; // m
const double RANGE = 80;        // m
const double SWING = 50;        // m
const Time BEACON_INTERVAL = MicroSeconds(102400);
const uint32_t MAX_MISSED_BEACONS = 3;
const Time PROBE_TIMEOUT = MilliSeconds(50);
const uint8_t IPV6_IN_IPV6 = 41;
const uint8_t ROUTING_HEADER = 43;
const uint8_t UDP = 17;

Ptr<Ipv6L3Protocol>
Ip(Ptr<Node> node)
{
    return node->GetObject<Ipv6L3Protocol>();
}

/// An IPv6 interface on a device of a node (and an address unless ::).
void
AddInterface(Ptr<Node> node, Ptr<NetDevice> device, Ipv6Address address)
{
    uint32_t i = Ip(node)->AddInterface(device);
    if (!address.IsAny())
    {
        Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
    }
    Ip(node)->SetUp(i);
}

/// A device on a channel with an IPv6 interface (and an address unless ::).
Ptr<SimpleNetDevice>
AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
{
    Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
    device->SetAddress(Mac48Address::Allocate());
    device->SetChannel(channel);
    node->AddDevice(device);
    AddInterface(node, device, address);
    return device;
}

/// Wi-Fi roaming: APs on ar1 (x=0) and ar2 (x=AP_DISTANCE), a station on mn that
/// leaves its AP's coverage at firstExit + k * interval (k < handoffs), alternately
/// moving right and left, and stops at the turn after the last one.
Ptr<hmipv6::WifiRoamingHandoff>
BuildWifi(Ptr<Node> ar1,
          Ptr<Node> ar2,
          Ptr<Node> mn,
          Time firstExit,
          double interval,
          uint32_t handoffs,
          double* speed)
{
    for (auto [node, x] : {std::make_pair(ar1, 0.0), std::make_pair(ar2, AP_DISTANCE)})
    {
        Ptr<ConstantPositionMobilityModel> m = CreateObject<ConstantPositionMobilityModel>();
        m->SetPosition(Vector(x, 0, 0));
        node->AggregateObject(m);
    }
    // Exit to the right at x=RANGE, turn at mid+SWING, exit to the left at
    // AP_DISTANCE-RANGE, turn at mid-SWING: 2 * SWING metres from exit to exit.
    const double v = 2 * SWING / interval;
    const double mid = AP_DISTANCE / 2;
    const double x0 = std::max(mid - SWING, RANGE - v * firstExit.GetSeconds());
    const double exitToTurn = SWING - (RANGE - mid);
    Ptr<ConstantVelocityMobilityModel> m = CreateObject<ConstantVelocityMobilityModel>();
    m->SetPosition(Vector(x0, 0, 0));
    mn->AggregateObject(m);
    Simulator::Schedule(firstExit - Seconds((RANGE - x0) / v),
                        &ConstantVelocityMobilityModel::SetVelocity,
                        m,
                        Vector(v, 0, 0));
    for (uint32_t k = 0; k < handoffs; ++k)
    {
        double next = k + 1 == handoffs ? 0.0 : (k % 2 == 0 ? -v : v);
        Simulator::Schedule(firstExit + Seconds(interval * k + exitToTurn / v),
                            &ConstantVelocityMobilityModel::SetVelocity,
                            m,
                            Vector(next, 0, 0));
    }
    *speed = v;

    Ptr<hmipv6::WifiRoamingHandoff> handoff = CreateObject<hmipv6::WifiRoamingHandoff>();
    handoff->SetAttribute("Range", DoubleValue(RANGE));
    handoff->SetAttribute("BeaconInterval", TimeValue(BEACON_INTERVAL));
    handoff->SetAttribute("MaxMissedBeacons", UintegerValue(MAX_MISSED_BEACONS));
    handoff->SetAttribute("ActiveProbing", BooleanValue(true));
    handoff->SetAttribute("ProbeRequestTimeout", TimeValue(PROBE_TIMEOUT));
    handoff->Install(NodeContainer(ar1, ar2), mn);
    return handoff;
}

/// A CBR packet that reached the MN's access interface: when, and whether it came
/// route-optimised (type 2 routing header) rather than tunnelled by the HA.
struct FlowArrival
{
    Time at;             //!< arrival time
    bool routeOptimised; //!< type 2 routing header (else IPv6-in-IPv6 from the HA)
};

/// Ipv6L3Protocol "Rx" of the MN: classify CBR packets (UDP from CH) by their path.
void
ClassifyArrival(std::vector<FlowArrival>* arrivals,
                Ptr<const Packet> packet,
                Ptr<Ipv6> /* ipv6 */,
                uint32_t interface)
{
    if (interface != 1)
    {
        return; // only what crossed the access link (not re-injected inner packets)
    }
    Ptr<Packet> p = packet->Copy();
    Ipv6Header ip;
    p->RemoveHeader(ip);
    if (ip.GetSource() == CH_ADDRESS && ip.GetNextHeader() == ROUTING_HEADER)
    {
        uint8_t rh[4];
        // Next Header, Hdr Ext Len, Routing Type, Segments Left.
        if (p->CopyData(rh, 4) == 4 && rh[2] == 2 && rh[0] == UDP)
        {
            arrivals->push_back({Simulator::Now(), true});
        }
    }
    else if (ip.GetSource() == HA_ADDRESS && ip.GetNextHeader() == IPV6_IN_IPV6)
    {
        Ipv6Header inner;
        p->RemoveHeader(inner);
        if (inner.GetSource() == CH_ADDRESS && inner.GetNextHeader() == UDP)
        {
            arrivals->push_back({Simulator::Now(), false});
        }
    }
}

Ptr<SimpleChannel>
MakeChannel(Time delay)
{
    Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
    channel->SetAttribute("Delay", TimeValue(delay));
    return channel;
}

/// Send one datagram so that both ends of a core link resolve each other before the
/// handoffs (the study measures mobility, not first-contact neighbour discovery).
void
WarmUp(Ptr<Node> from, Ipv6Address to)
{
    Ptr<Socket> s = Socket::CreateSocket(from, UdpSocketFactory::GetTypeId());
    s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(to, 7));
    s->Close();
}

} // namespace

int
main(int argc, char* argv[])
{
    double haDelayMs = 10;
    double l2OutageMs = 50;
    double raMinMs = 30;
    double raMaxMs = 70;
    std::string dad = "rfc4862";
    double rate = 100;
    uint32_t handoffs = 2;
    double interval = 5;
    std::string linkModel = "switch";
    bool routeOptimization = false;
    std::string outDir;
    bool pcap = false;

    CommandLine cmd(__FILE__);
    cmd.AddValue("haDelay",
                 "One-way delay (ms) between the access domain and the HA/CH",
                 haDelayMs);
    cmd.AddValue("l2Outage",
                 "Layer-2 outage of a handoff (ms); --linkModel=switch only (Wi-Fi has "
                 "its own, measured from LinkDown to LinkUp)",
                 l2OutageMs);
    cmd.AddValue("raMin", "MinRtrAdvInterval of the access routers (ms)", raMinMs);
    cmd.AddValue("raMax", "MaxRtrAdvInterval of the access routers (ms)", raMaxMs);
    cmd.AddValue("dad", "Care-of address DAD: rfc4862 or optimistic (RFC 4429)", dad);
    cmd.AddValue("rate", "CBR rate from CH to the home address (packets/s)", rate);
    cmd.AddValue("handoffs", "Number of handoffs (AR1 -> AR2 -> AR1 ...)", handoffs);
    cmd.AddValue("interval",
                 "Time between handoffs (s); Wi-Fi: between coverage exits (speed "
                 "100 m / interval)",
                 interval);
    cmd.AddValue("linkModel",
                 "Layer-2 handoff model: switch (LinkSwitchHandoff) or wifi "
                 "(WifiRoamingHandoff, 802.11 roaming by motion)",
                 linkModel);
    cmd.AddValue("routeOptimization",
                 "0: tunnelling through the HA; 1: the CH is a CorrespondentNode and the "
                 "MN runs return routability and route optimisation with it",
                 routeOptimization);
    cmd.AddValue("outDir", "Folder for handoffs.csv (and pcaps); empty: no files", outDir);
    cmd.AddValue("pcap", "Write IPv6 pcap files of every node into outDir", pcap);
    cmd.Parse(argc, argv);

    if (linkModel != "switch" && linkModel != "wifi")
    {
        std::cerr << "mipv6-handoff: --linkModel must be switch or wifi" << std::endl;
        return 2;
    }
    const bool wifi = linkModel == "wifi";
    if (dad != "rfc4862" && dad != "optimistic")
    {
        std::cerr << "mipv6-handoff: --dad must be rfc4862 or optimistic" << std::endl;
        return 2;
    }
    if (raMinMs <= 0 || raMaxMs < raMinMs || rate <= 0 || handoffs == 0 || interval <= 0 ||
        haDelayMs < 0 || l2OutageMs < 0)
    {
        std::cerr << "mipv6-handoff: need 0 < raMin <= raMax, rate > 0, handoffs > 0, "
                     "interval > 0, haDelay >= 0, l2Outage >= 0"
                  << std::endl;
        return 2;
    }
    if (pcap && outDir.empty())
    {
        std::cerr << "mipv6-handoff: --pcap=1 needs --outDir" << std::endl;
        return 2;
    }
    if (!outDir.empty() && mkdir(outDir.c_str(), 0755) != 0 && errno != EEXIST)
    {
        std::cerr << "mipv6-handoff: cannot create " << outDir << std::endl;
        return 2;
    }
    const Time haDelay = MicroSeconds(std::llround(haDelayMs * 1000));
    const Time outage = MicroSeconds(std::llround(l2OutageMs * 1000));
    const bool optimistic = dad == "optimistic";

    // Nodes: MN, AR1, AR2, GW, HR, HA, CH.
    NodeContainer nodes;
    nodes.Create(7);
    Ptr<Node> mnNode = nodes.Get(0);
    Ptr<Node> ar1 = nodes.Get(1);
    Ptr<Node> ar2 = nodes.Get(2);
    Ptr<Node> gw = nodes.Get(3);
    Ptr<Node> hr = nodes.Get(4);
    Ptr<Node> haNode = nodes.Get(5);
    Ptr<Node> ch = nodes.Get(6);
    InternetStackHelper stack;
    stack.SetIpv4StackInstall(false);
    stack.Install(nodes);

    // The access interface is 1 on MN, AR1 and AR2.
    Ptr<hmipv6::LinkSwitchHandoff> switchHandoff;
    Ptr<hmipv6::WifiRoamingHandoff> wifiHandoff;
    double speed = 0;
    if (wifi)
    {
        wifiHandoff = BuildWifi(ar1, ar2, mnNode, FIRST_HANDOFF, interval, handoffs, &speed);
        AddInterface(ar1, wifiHandoff->GetAccessPoint(0), Ipv6Address("2001:a1::1"));
        AddInterface(ar2, wifiHandoff->GetAccessPoint(1), Ipv6Address("2001:a2::1"));
        AddInterface(mnNode, wifiHandoff->GetStation(), Ipv6Address::GetAny());
    }
    else
    {
        Ptr<SimpleChannel> access = MakeChannel(ACCESS_DELAY);
        Ptr<SimpleNetDevice> mnDevice = AddDevice(mnNode, access, Ipv6Address::GetAny());
        Ptr<SimpleNetDevice> ap1 = AddDevice(ar1, access, Ipv6Address("2001:a1::1"));
        Ptr<SimpleNetDevice> ap2 = AddDevice(ar2, access, Ipv6Address("2001:a2::1"));
        switchHandoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        switchHandoff->SetAttribute("L2Outage", TimeValue(outage));
        switchHandoff->SetMobileDevice(mnDevice);
        switchHandoff->AddAccessPoint(ap1);
        switchHandoff->AddAccessPoint(ap2);
        switchHandoff->AttachNow(0);
    }
    Ptr<SimpleChannel> d1 = MakeChannel(DOMAIN_DELAY);
    AddDevice(ar1, d1, Ipv6Address("2001:11::1"));
    AddDevice(gw, d1, Ipv6Address("2001:11::2"));
    Ptr<SimpleChannel> d2 = MakeChannel(DOMAIN_DELAY);
    AddDevice(ar2, d2, Ipv6Address("2001:12::1"));
    AddDevice(gw, d2, Ipv6Address("2001:12::2"));
    Ptr<SimpleChannel> internet = MakeChannel(haDelay);
    Ptr<SimpleNetDevice> border = AddDevice(gw, internet, Ipv6Address("2001:30::1"));
    AddDevice(hr, internet, Ipv6Address("2001:30::2"));
    Ptr<SimpleChannel> home = MakeChannel(EDGE_DELAY);
    AddDevice(hr, home, HR_HOME);
    AddDevice(haNode, home, HA_ADDRESS);
    Ptr<SimpleChannel> chLink = MakeChannel(EDGE_DELAY);
    AddDevice(hr, chLink, Ipv6Address("2001:20::2"));
    AddDevice(ch, chLink, CH_ADDRESS);
    for (Ptr<Node> router : {ar1, ar2, gw, hr})
    {
        for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
        {
            Ip(router)->SetForwarding(i, true);
        }
    }
    Ipv6StaticRoutingHelper rh;
    rh.GetStaticRouting(Ip(ar1))->SetDefaultRoute(Ipv6Address("2001:11::2"), 2);
    rh.GetStaticRouting(Ip(ar2))->SetDefaultRoute(Ipv6Address("2001:12::2"), 2);
    Ptr<Ipv6StaticRouting> gwRouting = rh.GetStaticRouting(Ip(gw));
    gwRouting->AddNetworkRouteTo(Ipv6Address("2001:a1::"),
                                 Ipv6Prefix(64),
                                 Ipv6Address("2001:11::1"),
                                 1);
    gwRouting->AddNetworkRouteTo(Ipv6Address("2001:a2::"),
                                 Ipv6Prefix(64),
                                 Ipv6Address("2001:12::1"),
                                 2);
    gwRouting->SetDefaultRoute(Ipv6Address("2001:30::2"), 3);
    Ptr<Ipv6StaticRouting> hrRouting = rh.GetStaticRouting(Ip(hr));
    for (const char* prefix : {"2001:a1::", "2001:a2::"})
    {
        hrRouting->AddNetworkRouteTo(Ipv6Address(prefix),
                                     Ipv6Prefix(64),
                                     Ipv6Address("2001:30::1"),
                                     1);
    }
    rh.GetStaticRouting(Ip(haNode))->SetDefaultRoute(HR_HOME, 1);
    rh.GetStaticRouting(Ip(ch))->SetDefaultRoute(Ipv6Address("2001:20::2"), 1);

    // Unsolicited Router Advertisements every [raMin, raMax] (RFC 6275 7.5 allows
    // 30/70 ms).
    for (auto [router, prefix] :
         {std::make_pair(ar1, "2001:a1::"), std::make_pair(ar2, "2001:a2::")})
    {
        Ptr<Radvd> radvd = CreateObject<Radvd>();
        Ptr<RadvdInterface> config = Create<RadvdInterface>(1,
                                                            uint32_t(std::lround(raMaxMs)),
                                                            uint32_t(std::lround(raMinMs)));
        config->AddPrefix(Create<RadvdPrefix>(Ipv6Address(prefix), 64));
        radvd->AddConfiguration(config);
        router->AddApplication(radvd);
        radvd->SetStartTime(Seconds(0));
    }

    // Switch: the handoff times; Wi-Fi: the coverage exits (LinkDown follows after
    // MaxMissedBeacons beacon intervals).
    std::vector<Time> handoffTimes;
    for (uint32_t k = 0; k < handoffs; ++k)
    {
        Time at = FIRST_HANDOFF + Seconds(interval * k);
        handoffTimes.push_back(at);
        if (!wifi)
        {
            switchHandoff->ScheduleSwitch(at, (k + 1) % 2);
        }
    }
    Ptr<Object> handoff = wifi ? Ptr<Object>(wifiHandoff) : Ptr<Object>(switchHandoff);
    const Time flowStop = handoffTimes.back() + Seconds(interval) - MilliSeconds(500);
    const Time stop = handoffTimes.back() + Seconds(interval);

    Mipv6Helper mip;
    mip.SetMobileNodeAttribute("OptimisticDad", BooleanValue(optimistic));
    mip.SetHomeAgentAttribute("ProxyReplyDelay",
                              StringValue("ns3::ConstantRandomVariable[Constant=0]"));
    mip.SetMobileNodeAttribute("RouteOptimization", BooleanValue(routeOptimization));
    mip.InstallHomeAgent(haNode, 1, Ipv6Address("2001:1::"), 64);
    ApplicationContainer mnApps = mip.InstallMobileNode(mnNode, HOME_ADDRESS, HA_ADDRESS, 1);
    Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(mnApps.Get(0));
    Ptr<hmipv6::CorrespondentNode> cn;
    std::vector<FlowArrival> arrivals;
    if (routeOptimization)
    {
        cn = DynamicCast<hmipv6::CorrespondentNode>(mip.InstallCorrespondent(ch).Get(0));
        Mipv6Helper::AddCorrespondent(mnApps, CH_ADDRESS);
        Ip(mnNode)->TraceConnectWithoutContext("Rx",
                                               MakeBoundCallback(&ClassifyArrival, &arrivals));
    }
    handoff->TraceConnectWithoutContext("LinkUp",
                                        MakeCallback(&Mipv6MobileNode::NotifyLinkUpAp, mn));
    handoff->TraceConnectWithoutContext("LinkDown",
                                        MakeCallback(&Mipv6MobileNode::NotifyLinkDownAp, mn));

    Simulator::Schedule(MilliSeconds(300), &WarmUp, ar1, Ipv6Address("2001:11::2"));
    Simulator::Schedule(MilliSeconds(300), &WarmUp, ar2, Ipv6Address("2001:12::2"));

    // CBR: a constant bit rate of rate * PAYLOAD octets, always on.
    OnOffHelper onOff("ns3::UdpSocketFactory", Inet6SocketAddress(HOME_ADDRESS, PORT));
    onOff.SetConstantRate(DataRate(uint64_t(std::llround(rate * PAYLOAD * 8))), PAYLOAD);
    PacketSinkHelper sinkHelper("ns3::UdpSocketFactory",
                                Inet6SocketAddress(Ipv6Address::GetAny(), PORT));
    HandoffMonitorHelper monitorHelper;
    if (routeOptimization)
    {
        // Packets that arrive with a type 2 routing header do not reach the sink with
        // their sent UID, so the flow is matched by SeqTsSizeHeader sequence number.
        onOff.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
        sinkHelper.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
        monitorHelper.SetMonitorAttribute("PacketIdentifier", StringValue("SeqTsSize"));
    }
    ApplicationContainer source = onOff.Install(ch);
    source.Start(FLOW_START);
    source.Stop(flowStop);
    ApplicationContainer sink = sinkHelper.Install(mnNode);
    sink.Start(Seconds(1));

    monitorHelper.SetMonitorAttribute("Protocol", StringValue("mipv6"));
    monitorHelper.SetMonitorAttribute("Move", StringValue("intra"));
    monitorHelper.SetMonitorAttribute("HaDelay", TimeValue(haDelay));
    monitorHelper.SetMonitorAttribute("RegistrationTarget", Ipv6AddressValue(HA_ADDRESS));
    Ptr<hmipv6::HandoffMonitor> monitor =
        monitorHelper.Install(mn, handoff, source.Get(0), sink.Get(0));
    monitorHelper.WatchDevices(monitor, NetDeviceContainer(border));

    if (pcap)
    {
        stack.EnablePcapIpv6All(outDir + "/mipv6-handoff");
    }

    Simulator::Stop(stop);
    Simulator::Run();

    // The reference model (design notes, section 5). T_L2 is --l2Outage with the
    // switch, and each handoff's measured LinkDown -> LinkUp gap on Wi-Fi.
    std::vector<hmipv6::HandoffRecord> records = monitor->GetRecords();
    const double a = raMinMs / 1000.0;
    const double b = raMaxMs / 1000.0;
    const double tMd = (a * a + a * b + b * b) / (3 * (a + b));
    TimeValue dadTimeout;
    mnNode->GetObject<Icmpv6L4Protocol>()->GetAttribute("DadTimeout", dadTimeout);
    const double tDad = optimistic ? 0.0 : dadTimeout.Get().GetSeconds();
    const double rtt = 2 * (ACCESS_DELAY + DOMAIN_DELAY + haDelay + EDGE_DELAY).GetSeconds();
    // Return routability starts after the home registration; its longer leg is the Home
    // Test through the HA: RTT(MN,HA) + RTT(HA,CH). The CH's path to the MN is the HA's.
    const double rr = routeOptimization ? rtt + 4 * EDGE_DELAY.GetSeconds() : 0.0;
    const double rttCh = routeOptimization ? rtt : 0.0;
    std::vector<double> tL2;
    double sumL2 = 0;
    uint32_t measuredL2 = 0;
    for (const hmipv6::HandoffRecord& r : records)
    {
        double gap = NAN;
        if (!wifi)
        {
            gap = l2OutageMs / 1000.0;
        }
        else if (!r.l2Down.IsNegative() && !r.l2Up.IsNegative())
        {
            gap = (r.l2Up - r.l2Down).GetSeconds();
            sumL2 += gap;
            ++measuredL2;
        }
        tL2.push_back(gap);
    }
    const double meanL2 = wifi ? (measuredL2 > 0 ? sumL2 / measuredL2 : NAN) : l2OutageMs / 1000.0;
    const double model = meanL2 + tMd + tDad + rtt + rr + rttCh;

    std::cout << "Mobile IPv6 handoffs: haDelay=" << haDelayMs;
    if (wifi)
    {
        std::cout << " ms, Wi-Fi roaming at " << speed << " m/s";
    }
    else
    {
        std::cout << " ms, L2 outage=" << l2OutageMs << " ms";
    }
    std::cout << ", RA [" << raMinMs << ", " << raMaxMs << "] ms, DAD=" << dad << ", rate=" << rate
              << " packets/s";
    if (routeOptimization)
    {
        std::cout << ", route optimisation with CH";
    }
    std::cout << std::endl;
    std::cout << "model: D = T_L2 " << (wifi ? "(measured mean) " : "")
              << (wifi ? meanL2 * 1000 : l2OutageMs) << " + T_MD " << tMd * 1000 << " + T_DAD "
              << tDad * 1000 << " + RTT(MN,HA) " << rtt * 1000;
    if (routeOptimization)
    {
        std::cout << " + RR " << rr * 1000 << " + RTT(MN,CH) " << rttCh * 1000;
    }
    std::cout << " = " << model * 1000 << " ms, loss = rate*D = " << rate * model << " packets"
              << std::endl;
    std::cout << std::fixed << std::setprecision(1);
    std::cout << "handoff  T_MD(ms)  latency(ms)  model(ms)  lost  model_lost  internet_sig";
    if (wifi)
    {
        std::cout << "  T_L2(ms)";
    }
    std::cout << std::endl;
    double sumLatency = 0;
    double sumLost = 0;
    double sumModel = 0;
    uint32_t completed = 0;
    for (std::size_t k = 0; k < records.size(); ++k)
    {
        const hmipv6::HandoffRecord& r = records[k];
        Time latency = r.GetLatency();
        const double modelK = tL2[k] + tMd + tDad + rtt + rr + rttCh;
        std::cout << std::setw(7) << r.handoff << std::setw(10)
                  << (r.ra.IsNegative() ? NAN : (r.ra - r.l2Up).GetSeconds() * 1000)
                  << std::setw(13) << (latency.IsNegative() ? NAN : latency.GetSeconds() * 1000)
                  << std::setw(11) << modelK * 1000 << std::setw(6) << r.lostPackets
                  << std::setw(12) << rate * modelK << std::setw(14) << r.internetSignalling;
        if (wifi)
        {
            std::cout << std::setw(10) << tL2[k] * 1000;
        }
        std::cout << std::endl;
        if (!latency.IsNegative())
        {
            ++completed;
            sumLatency += latency.GetSeconds() * 1000;
            sumLost += r.lostPackets;
            sumModel += modelK;
        }
    }
    if (completed > 0)
    {
        // Switch: every handoff has the same model, so this is `model` exactly.
        const double meanModel = wifi ? sumModel / completed : model;
        std::cout << "   mean" << std::setw(10) << tMd * 1000 << std::setw(13)
                  << sumLatency / completed << std::setw(11) << meanModel * 1000 << std::setw(6)
                  << sumLost / completed << std::setw(12) << rate * meanModel;
        if (wifi)
        {
            std::cout << std::setw(24) << meanL2 * 1000;
        }
        std::cout << std::endl;
    }
    std::cout << std::defaultfloat << "flow: sent " << monitor->GetPacketsSent() << ", received "
              << monitor->GetPacketsReceived() << "; " << completed << " of " << records.size()
              << " handoffs completed" << std::endl;
    std::cout << "(the mean row's T_MD column is the model's expectation)" << std::endl;
    if (routeOptimization)
    {
        // CBR packets that crossed the access link between a handoff's LinkUp and the
        // next LinkDown: route-optimised (type 2 routing header) or through the HA.
        std::cout << "route optimisation: handoff  via_HA  with_RH2  first_RH2_after_down(ms)"
                  << std::endl;
        for (std::size_t k = 0; k < records.size(); ++k)
        {
            const hmipv6::HandoffRecord& r = records[k];
            Time from = r.l2Up.IsNegative() ? r.l2Down : r.l2Up;
            Time to = k + 1 < records.size() ? records[k + 1].l2Down : Simulator::Now();
            uint32_t tunnelled = 0;
            uint32_t optimised = 0;
            Time firstOptimised(-1);
            for (const FlowArrival& f : arrivals)
            {
                if (f.at < from || f.at >= to)
                {
                    continue;
                }
                if (!f.routeOptimised)
                {
                    ++tunnelled;
                }
                else if (++optimised == 1)
                {
                    firstOptimised = f.at;
                }
            }
            std::cout << std::setw(27) << r.handoff << std::setw(8) << tunnelled << std::setw(10)
                      << optimised << std::fixed << std::setprecision(1) << std::setw(27)
                      << (firstOptimised.IsNegative()
                              ? NAN
                              : (firstOptimised - r.l2Down).GetSeconds() * 1000)
                      << std::defaultfloat << std::endl;
        }
        std::cout << "at the end: MN route-optimised to CH "
                  << (mn->IsRouteOptimized(CH_ADDRESS) ? "yes" : "no") << " (care-of address "
                  << mn->GetCorrespondentCareOf(CH_ADDRESS) << "), CH binding " << HOME_ADDRESS
                  << " -> " << cn->LookupCareOf(HOME_ADDRESS) << "; HoTI "
                  << mn->GetHomeTestInitsSent() << ", CH BUs "
                  << mn->GetCorrespondentBindingUpdatesSent() << ", fallbacks "
                  << mn->GetFallbackCount() << std::endl;
    }

    if (!outDir.empty())
    {
        std::string path = outDir + "/handoffs.csv";
        std::ofstream csv(path);
        if (!csv)
        {
            std::cerr << "mipv6-handoff: cannot write " << path << std::endl;
            Simulator::Destroy();
            return 2;
        }
        monitor->WriteCsv(csv);
        std::cout << "wrote " << path << std::endl;
    }
    Simulator::Destroy();
    if (completed == 0)
    {
        std::cerr << "mipv6-handoff: no handoff completed" << std::endl;
        return 1;
    }
    return 0;
}
