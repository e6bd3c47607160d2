// SPDX-License-Identifier: GPL-2.0-only
// HMIPv6 on a topology built with ns-3's own helpers and routing, not HmipTopologyHelper:
//
//   CH --p2p-- IR --p2p 10 ms-- BR --p2p-- AR1 )
//              |                |   \--p2p-- AR2 ) access links: one SimpleChannel under
//            csma             csma                 LinkSwitchHandoff, the host on one
//         (home link)   (Mobility Network)         of them at a time
//              HA               MS
//
// The routers (IR, BR, AR1, AR2) run RIPng (RipNgHelper); every other node has a static
// default route to the router of its link. The roles are installed with HmipHelper and Mipv6Helper
// as on any topology. The host moves AR1 -> AR2 -> AR1; one line per handoff in
// <outDir>/handoffs.csv.
#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/csma-module.h"
#include "ns3/hmipv6-module.h"
#include "ns3/internet-module.h"
#include "ns3/point-to-point-module.h"

#include <fstream>

using namespace ns3;

namespace
{
/**
 * \brief Give a link's devices addresses in a /64; the first device's node is the link's
 *        router (forwarding on, the others' default route).
 * \param devices the link's devices
 * \param prefix the /64
 * \return the interfaces
 */
Ipv6InterfaceContainer
AddressLink(const NetDeviceContainer& devices, const char* prefix)
{
    Ipv6AddressHelper addresses;
    addresses.SetBase(Ipv6Address(prefix), Ipv6Prefix(64));
    Ipv6InterfaceContainer interfaces = addresses.Assign(devices);
    interfaces.SetForwarding(0, true);
    interfaces.SetDefaultRouteInAllNodes(0);
    return interfaces;
}
} // namespace

int
main(int argc, char* argv[])
{
    std::string outDir = ".";
    CommandLine cmd(__FILE__);
    cmd.AddValue("outDir", "Where handoffs.csv goes", outDir);
    cmd.Parse(argc, argv);

    NodeContainer routers(4); // IR, BR, AR1, AR2
    Ptr<Node> ir = routers.Get(0);
    Ptr<Node> br = routers.Get(1);
    Ptr<Node> ch = CreateObject<Node>();
    Ptr<Node> ha = CreateObject<Node>();
    Ptr<Node> ms = CreateObject<Node>();
    Ptr<Node> mh = CreateObject<Node>();

    // RIPng on the routers, not on their access links (interface 2 of AR1 and AR2).
    RipNgHelper ripNg;
    ripNg.ExcludeInterface(routers.Get(2), 2);
    ripNg.ExcludeInterface(routers.Get(3), 2);
    Ipv6ListRoutingHelper list;
    list.Add(ripNg, 0);
    list.Add(Ipv6StaticRoutingHelper(), -10);
    InternetStackHelper withRipNg;
    withRipNg.SetRoutingHelper(list);
    withRipNg.SetIpv4StackInstall(false);
    withRipNg.Install(routers);
    InternetStackHelper plain;
    plain.SetIpv4StackInstall(false);
    plain.Install(NodeContainer(ch, ha, ms, mh));

    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue("100Mbps")); // ns-3's default: 32 kb/s
    p2p.SetChannelAttribute("Delay", StringValue("1ms"));
    CsmaHelper csma;
    csma.SetChannelAttribute("Delay", StringValue("1ms"));
    AddressLink(p2p.Install(ir, ch), "2001:20::");
    Ipv6InterfaceContainer homeLink = AddressLink(csma.Install(NodeContainer(ir, ha)), "2001:1::");
    p2p.SetChannelAttribute("Delay", StringValue("10ms"));
    AddressLink(p2p.Install(ir, br), "2001:100::");
    p2p.SetChannelAttribute("Delay", StringValue("2ms"));
    AddressLink(csma.Install(NodeContainer(br, ms)), "2001:d01::"); // the Mobility Network
    Ipv6InterfaceContainer arUplinks[2] = {
        AddressLink(p2p.Install(br, routers.Get(2)), "2001:101::"),
        AddressLink(p2p.Install(br, routers.Get(3)), "2001:102::")};

    // Access links: the routers' and the host's SimpleNetDevices on one channel.
    Ptr<SimpleChannel> air = CreateObject<SimpleChannel>();
    air->SetAttribute("Delay", StringValue("1ms"));
    Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
    const char* accessPrefixes[2] = {"2001:d01:1::", "2001:d01:2::"};
    for (uint32_t i = 0; i < 2; ++i)
    {
        Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
        device->SetAddress(Mac48Address::Allocate());
        device->SetChannel(air);
        routers.Get(2 + i)->AddDevice(device);
        AddressLink(NetDeviceContainer(device), accessPrefixes[i]);
        handoff->AddAccessPoint(device);
    }
    Ptr<SimpleNetDevice> hostDevice = CreateObject<SimpleNetDevice>();
    hostDevice->SetAddress(Mac48Address::Allocate());
    hostDevice->SetChannel(air);
    mh->AddDevice(hostDevice);
    Ptr<Ipv6> hostIpv6 = mh->GetObject<Ipv6>();
    hostIpv6->SetUp(hostIpv6->AddInterface(hostDevice)); // addresses from SLAAC
    handoff->SetMobileDevice(hostDevice);

    // The roles, as on any topology.
    const Ipv6Address home("2001:1::100");
    Mipv6Helper().InstallHomeAgent(ha, 1, Ipv6Address("2001:1::"));
    HmipHelper hmip;
    hmip.InstallMobilityServer(ms,
                               1,
                               Ipv6Address("2001:d01::"),
                               64,
                               {arUplinks[0].GetAddress(1, 1), arUplinks[1].GetAddress(1, 1)});
    for (uint32_t i = 0; i < 2; ++i)
    {
        hmip.InstallRouter(routers.Get(2 + i), 2, Ipv6Address(accessPrefixes[i]));
    }
    hmip.SetLinkModel(handoff);
    ApplicationContainer host = hmip.InstallMobileNode(mh, home, homeLink.GetAddress(1, 1));

    OnOffHelper cbr("ns3::UdpSocketFactory", Inet6SocketAddress(home, 9));
    cbr.SetConstantRate(DataRate("80kb/s"), 100); // 100 packets/s
    ApplicationContainer source = cbr.Install(ch);
    source.Start(Seconds(6));
    source.Stop(Seconds(16));
    PacketSinkHelper sink("ns3::UdpSocketFactory", Inet6SocketAddress(Ipv6Address::GetAny(), 9));
    ApplicationContainer sinkApp = sink.Install(mh);
    Ptr<hmipv6::HandoffMonitor> monitor =
        HandoffMonitorHelper().Install(host.Get(0), nullptr, source.Get(0), sinkApp.Get(0));
    handoff->ScheduleSwitch(Seconds(2), 0); // after RIPng has converged
    handoff->ScheduleSwitch(Seconds(8), 1);
    handoff->ScheduleSwitch(Seconds(12), 0);

    Simulator::Stop(Seconds(17));
    Simulator::Run();
    std::ofstream csv(outDir + "/handoffs.csv");
    monitor->WriteCsv(csv);
    Simulator::Destroy();
    return 0;
}
