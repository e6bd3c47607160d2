// SPDX-License-Identifier: GPL-2.0-only
// Mobile IPv6 handoff study: latency and loss of link-switch handoffs against the
// reference model D = T_L2 + T_MD + T_DAD + RTT(MN,HA), loss ~ rate * D.
//
//   CH --1ms--+
//             HR --1ms-- HA          (home link 2001:1::/64; HR is its router)
//             |
//          haDelay                   (the Internet: GW's device toward HR is the
//             |                       watched border device)
//             GW
//           2ms  2ms
//          AR1    AR2                (Radvd, prefixes 2001:a1::/64 and 2001:a2::/64)
//             MN                     (one SimpleChannel, 1 ms, under LinkSwitchHandoff)
//
// A CBR flow (OnOffApplication) goes from CH to the MN's home address. The MN moves
// AR1 -> AR2 -> AR1 ... every --interval seconds. ns-3 routers drop 2001:db8::/32,
// hence these prefixes.
#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/data-rate.h"
#include "ns3/double.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/handoff-monitor.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
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

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <sys/stat.h>

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

Ptr<Ipv6L3Protocol>
Ip(Ptr<Node> node)
{
    return node->GetObject<Ipv6L3Protocol>();
}

/// A device on a channel with an IPv6 interface (and an address unless ::).
Ptr<SimpleNetDevice>
AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
{
    Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
    device->SetAddress(Mac48Address::Allocate());
    device->SetChannel(channel);
    node->AddDevice(device);
    uint32_t i = Ip(node)->AddInterface(device);
    if (!address.IsAny())
    {
        Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
    }
    Ip(node)->SetUp(i);
    return device;
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
    cmd.AddValue("l2Outage", "Layer-2 outage of a handoff (ms)", l2OutageMs);
    cmd.AddValue("raMin", "MinRtrAdvInterval of the access routers (ms)", raMinMs);
    cmd.AddValue("raMax", "MaxRtrAdvInterval of the access routers (ms)", raMaxMs);
    cmd.AddValue("dad", "Care-of address DAD: rfc4862 or optimistic (RFC 4429)", dad);
    cmd.AddValue("rate", "CBR rate from CH to the home address (packets/s)", rate);
    cmd.AddValue("handoffs", "Number of handoffs (AR1 -> AR2 -> AR1 ...)", handoffs);
    cmd.AddValue("interval", "Time between handoffs (s)", interval);
    cmd.AddValue("linkModel", "Layer-2 handoff model: switch", linkModel);
    cmd.AddValue("routeOptimization", "Route optimization (only 0 for now)", routeOptimization);
    cmd.AddValue("outDir", "Folder for handoffs.csv (and pcaps); empty: no files", outDir);
    cmd.AddValue("pcap", "Write IPv6 pcap files of every node into outDir", pcap);
    cmd.Parse(argc, argv);

    if (linkModel != "switch")
    {
        std::cerr << "mipv6-handoff: --linkModel=" << linkModel
                  << " is not available; only \"switch\" (LinkSwitchHandoff) is" << std::endl;
        return 2;
    }
    if (routeOptimization)
    {
        std::cerr << "mipv6-handoff: --routeOptimization=1 is not available yet; use 0 "
                     "(bidirectional tunnelling through the home agent)"
                  << std::endl;
        return 2;
    }
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

    Ptr<SimpleChannel> access = MakeChannel(ACCESS_DELAY);
    Ptr<SimpleNetDevice> mnDevice = AddDevice(mnNode, access, Ipv6Address::GetAny());
    Ptr<SimpleNetDevice> ap1 = AddDevice(ar1, access, Ipv6Address("2001:a1::1"));
    Ptr<SimpleNetDevice> ap2 = AddDevice(ar2, access, Ipv6Address("2001:a2::1"));
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

    Ptr<LinkSwitchHandoff> handoff = CreateObject<LinkSwitchHandoff>();
    handoff->SetAttribute("L2Outage", TimeValue(outage));
    handoff->SetMobileDevice(mnDevice);
    handoff->AddAccessPoint(ap1);
    handoff->AddAccessPoint(ap2);
    handoff->AttachNow(0);
    std::vector<Time> handoffTimes;
    for (uint32_t k = 0; k < handoffs; ++k)
    {
        Time at = FIRST_HANDOFF + Seconds(interval * k);
        handoffTimes.push_back(at);
        handoff->ScheduleSwitch(at, (k + 1) % 2);
    }
    const Time flowStop = handoffTimes.back() + Seconds(interval) - MilliSeconds(500);
    const Time stop = handoffTimes.back() + Seconds(interval);

    Mipv6Helper mip;
    mip.SetMobileNodeAttribute("OptimisticDad", BooleanValue(optimistic));
    mip.SetHomeAgentAttribute("ProxyReplyDelay",
                              StringValue("ns3::ConstantRandomVariable[Constant=0]"));
    mip.InstallHomeAgent(haNode, 1, Ipv6Address("2001:1::"), 64);
    Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(
        mip.InstallMobileNode(mnNode, HOME_ADDRESS, HA_ADDRESS, 1).Get(0));
    handoff->TraceConnectWithoutContext("LinkUp",
                                        MakeCallback(&Mipv6MobileNode::NotifyLinkUpAp, mn));
    handoff->TraceConnectWithoutContext("LinkDown",
                                        MakeCallback(&Mipv6MobileNode::NotifyLinkDownAp, mn));

    Simulator::Schedule(MilliSeconds(300), &WarmUp, ar1, Ipv6Address("2001:11::2"));
    Simulator::Schedule(MilliSeconds(300), &WarmUp, ar2, Ipv6Address("2001:12::2"));

    // CBR: a constant bit rate of rate * PAYLOAD octets, always on.
    OnOffHelper onOff("ns3::UdpSocketFactory", Inet6SocketAddress(HOME_ADDRESS, PORT));
    onOff.SetConstantRate(DataRate(uint64_t(std::llround(rate * PAYLOAD * 8))), PAYLOAD);
    ApplicationContainer source = onOff.Install(ch);
    source.Start(FLOW_START);
    source.Stop(flowStop);
    PacketSinkHelper sinkHelper("ns3::UdpSocketFactory",
                                Inet6SocketAddress(Ipv6Address::GetAny(), PORT));
    ApplicationContainer sink = sinkHelper.Install(mnNode);
    sink.Start(Seconds(1));

    HandoffMonitorHelper monitorHelper;
    monitorHelper.SetMonitorAttribute("Protocol", StringValue("mipv6"));
    monitorHelper.SetMonitorAttribute("Move", StringValue("intra"));
    monitorHelper.SetMonitorAttribute("HaDelay", TimeValue(haDelay));
    monitorHelper.SetMonitorAttribute("RegistrationTarget", Ipv6AddressValue(HA_ADDRESS));
    Ptr<HandoffMonitor> monitor = monitorHelper.Install(mn, handoff, source.Get(0), sink.Get(0));
    monitorHelper.WatchDevices(monitor, NetDeviceContainer(border));

    if (pcap)
    {
        stack.EnablePcapIpv6All(outDir + "/mipv6-handoff");
    }

    Simulator::Stop(stop);
    Simulator::Run();

    // The reference model (design notes, section 5).
    const double a = raMinMs / 1000.0;
    const double b = raMaxMs / 1000.0;
    const double tMd = (a * a + a * b + b * b) / (3 * (a + b));
    TimeValue dadTimeout;
    mnNode->GetObject<Icmpv6L4Protocol>()->GetAttribute("DadTimeout", dadTimeout);
    const double tDad = optimistic ? 0.0 : dadTimeout.Get().GetSeconds();
    const double rtt = 2 * (ACCESS_DELAY + DOMAIN_DELAY + haDelay + EDGE_DELAY).GetSeconds();
    const double model = l2OutageMs / 1000.0 + tMd + tDad + rtt;

    std::vector<HandoffRecord> records = monitor->GetRecords();
    std::cout << "Mobile IPv6 handoffs: haDelay=" << haDelayMs << " ms, L2 outage=" << l2OutageMs
              << " ms, RA [" << raMinMs << ", " << raMaxMs << "] ms, DAD=" << dad
              << ", rate=" << rate << " packets/s" << std::endl;
    std::cout << "model: D = T_L2 " << l2OutageMs << " + T_MD " << tMd * 1000 << " + T_DAD "
              << tDad * 1000 << " + RTT(MN,HA) " << rtt * 1000 << " = " << model * 1000
              << " ms, loss = rate*D = " << rate * model << " packets" << std::endl;
    std::cout << std::fixed << std::setprecision(1);
    std::cout << "handoff  T_MD(ms)  latency(ms)  model(ms)  lost  model_lost  internet_sig"
              << std::endl;
    double sumLatency = 0;
    double sumLost = 0;
    uint32_t completed = 0;
    for (const HandoffRecord& r : records)
    {
        Time latency = r.GetLatency();
        std::cout << std::setw(7) << r.handoff << std::setw(10)
                  << (r.ra.IsNegative() ? NAN : (r.ra - r.l2Up).GetSeconds() * 1000)
                  << std::setw(13) << (latency.IsNegative() ? NAN : latency.GetSeconds() * 1000)
                  << std::setw(11) << model * 1000 << std::setw(6) << r.lostPackets << std::setw(12)
                  << rate * model << std::setw(14) << r.internetSignalling << std::endl;
        if (!latency.IsNegative())
        {
            ++completed;
            sumLatency += latency.GetSeconds() * 1000;
            sumLost += r.lostPackets;
        }
    }
    if (completed > 0)
    {
        std::cout << "   mean" << std::setw(10) << tMd * 1000 << std::setw(13)
                  << sumLatency / completed << std::setw(11) << model * 1000 << std::setw(6)
                  << sumLost / completed << std::setw(12) << rate * model << std::endl;
    }
    std::cout << std::defaultfloat << "flow: sent " << monitor->GetPacketsSent() << ", received "
              << monitor->GetPacketsReceived() << "; " << completed << " of " << records.size()
              << " handoffs completed" << std::endl;
    std::cout << "(the mean row's T_MD column is the model's expectation)" << std::endl;

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
