// SPDX-License-Identifier: GPL-2.0-only
// Mobile IPv6 handoff study: latency and loss of handoffs against the reference model
// D = T_L2 + T_MD + T_DAD + RTT(MN,HA) [+ RR + RTT(MN,CH) with route optimisation],
// loss ~ rate * D.
//
//   CH1 --1ms--+
//              IR --1ms-- HA          (home link 2001:1::/64; IR is its router)
//              |
//           haDelay                   (the Internet: BR's device toward IR is the
//              |                       watched border device)
//              BR ---- MS              (HmipTopologyHelper's Mobility Network: the MS
//            2ms  2ms                  node runs nothing here)
//          AR1    AR2                  (Radvd, prefixes 2001:d01:1::/64, 2001:d01:2::/64)
//              MN                      (--linkModel=switch: one SimpleChannel, 1 ms, under
//                                       LinkSwitchHandoff; --linkModel=wifi: AR1 and AR2
//                                       are 802.11 APs 150 m apart, range 80 m, and the
//                                       MN a station under WifiRoamingHandoff)
//
// The topology is HmipTopologyHelper's (one domain, two access routers, no CH2), the
// one the HMIPv6 examples and tests use, so that Mobile IPv6 and HMIPv6 are measured on
// the same links.
// A CBR flow (OnOffApplication) goes from CH to the MN's home address. The MN moves
// AR1 -> AR2 -> AR1 ... every --interval seconds: switched at those times, or on Wi-Fi
// it leaves the old AP's coverage then (it swings between x=25 m and x=125 m). With
// --routeOptimization=1 the CH is a CorrespondentNode and the MN runs return routability
// and route optimisation with it after each home registration.
#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/correspondent-node.h"
#include "ns3/data-rate.h"
#include "ns3/double.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/handoff-monitor.h"
#include "ns3/hmip-topology-helper.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/log.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/on-off-helper.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/radvd-interface.h"
#include "ns3/radvd-prefix.h"
#include "ns3/radvd.h"
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

const Ipv6Address HOME_ADDRESS = HmipTopologyHelper::HOME_ADDRESS;
const Ipv6Address HA_ADDRESS = HmipTopologyHelper::HOME_AGENT;
const Ipv6Address CH_ADDRESS = HmipTopologyHelper::CH1_ADDRESS;
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
const uint8_t IPV6_IN_IPV6 = 41;
const uint8_t ROUTING_HEADER = 43;
const uint8_t UDP = 17;

/// Wi-Fi roaming: the station leaves its AP's coverage at firstExit + k * interval
/// (k < handoffs), alternately moving right and left, and stops at the turn after the
/// last one. Exit to the right at x=RANGE, turn at mid+SWING, exit to the left at
/// AP_DISTANCE-RANGE, turn at mid-SWING: 2 * SWING metres from exit to exit.
/// \return the start x
double
WifiStart(Time firstExit, double interval)
{
    const double v = 2 * SWING / interval;
    return std::max(AP_DISTANCE / 2 - SWING, RANGE - v * firstExit.GetSeconds());
}

/// Schedules the station's motion (see WifiStart).
/// \return its speed (m/s)
double
ScheduleWifiMotion(Ptr<Node> mn, Time firstExit, double interval, uint32_t handoffs)
{
    const double v = 2 * SWING / interval;
    const double mid = AP_DISTANCE / 2;
    const double x0 = WifiStart(firstExit, interval);
    const double exitToTurn = SWING - (RANGE - mid);
    Ptr<ConstantVelocityMobilityModel> m = mn->GetObject<ConstantVelocityMobilityModel>();
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
    return v;
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

    HmipTopologyHelper::Config config;
    config.accessRouters = {2};
    config.correspondentInDomain = false;
    config.haDelay = haDelay;
    config.l2Outage = outage;
    config.linkModel = linkModel;
    config.apSpacing = AP_DISTANCE;
    config.wifiRange = RANGE;
    config.hostX = WifiStart(FIRST_HANDOFF, interval);
    HmipTopologyHelper topology(config);
    const HmipTopologyHelper::Domain& domain = topology.GetDomains()[0];
    Ptr<Node> mnNode = topology.GetMobileHost();
    Ptr<Node> haNode = topology.GetHomeAgent();
    Ptr<Node> ch = topology.GetExternalCorrespondent();
    Ptr<hmipv6::LinkSwitchHandoff> switchHandoff = topology.GetHandoff();
    double speed = 0;
    if (wifi)
    {
        speed = ScheduleWifiMotion(mnNode, FIRST_HANDOFF, interval, handoffs);
    }
    else
    {
        switchHandoff->AttachNow(domain.accessPoints[0]);
    }
    const HmipTopologyHelper::Config& built = topology.GetConfig();

    // Unsolicited Router Advertisements every [raMin, raMax] (RFC 6275 7.5 allows
    // 30/70 ms).
    for (uint32_t i = 0; i < domain.accessRouters.size(); ++i)
    {
        Ptr<Node> router = domain.accessRouters[i];
        Ptr<Radvd> radvd = CreateObject<Radvd>();
        Ptr<RadvdInterface> radvdConfig = Create<RadvdInterface>(1,
                                                                 uint32_t(std::lround(raMaxMs)),
                                                                 uint32_t(std::lround(raMinMs)));
        radvdConfig->AddPrefix(Create<RadvdPrefix>(domain.accessPrefixes[i], 64));
        radvd->AddConfiguration(radvdConfig);
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
            switchHandoff->ScheduleSwitch(at, domain.accessPoints[(k + 1) % 2]);
        }
    }
    Ptr<Object> handoff = topology.GetLinkModel();
    const Time flowStop = handoffTimes.back() + Seconds(interval) - MilliSeconds(500);
    const Time stop = handoffTimes.back() + Seconds(interval);

    Mipv6Helper mip;
    mip.SetMobileNodeAttribute("OptimisticDad", BooleanValue(optimistic));
    mip.SetMobileNodeAttribute("RouteOptimization", BooleanValue(routeOptimization));
    mip.InstallHomeAgent(haNode, 1, HmipTopologyHelper::HOME_PREFIX, 64);
    mip.SetLinkModel(handoff);
    ApplicationContainer mnApps = mip.InstallMobileNode(mnNode, HOME_ADDRESS, HA_ADDRESS, 1);
    Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(mnApps.Get(0));
    Ptr<hmipv6::CorrespondentNode> cn;
    std::vector<FlowArrival> arrivals;
    if (routeOptimization)
    {
        cn = DynamicCast<hmipv6::CorrespondentNode>(mip.InstallCorrespondent(ch).Get(0));
        Mipv6Helper::AddCorrespondent(mnApps, CH_ADDRESS);
        mnNode->GetObject<Ipv6L3Protocol>()->TraceConnectWithoutContext(
            "Rx",
            MakeBoundCallback(&ClassifyArrival, &arrivals));
    }

    for (Ptr<Node> router : domain.accessRouters)
    {
        Simulator::Schedule(MilliSeconds(300), &WarmUp, router, HA_ADDRESS);
    }

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
    monitorHelper.WatchDevices(monitor, topology.GetBorderDevices());

    if (pcap)
    {
        InternetStackHelper().EnablePcapIpv6All(outDir + "/mipv6-handoff");
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
    const double rtt =
        2 * (built.accessDelay + built.domainDelay + haDelay + built.edgeDelay).GetSeconds();
    // Return routability starts after the home registration; its longer leg is the Home
    // Test through the HA: RTT(MN,HA) + RTT(HA,CH). The CH's path to the MN is the HA's.
    const double rr = routeOptimization ? rtt + 4 * built.edgeDelay.GetSeconds() : 0.0;
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
