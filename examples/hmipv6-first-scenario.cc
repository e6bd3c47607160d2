// SPDX-License-Identifier: GPL-2.0-only
// A first HMIPv6 study with the helpers' defaults: one domain with an MS and two access
// routers, a host that moves AR1 -> AR2 -> AR1, a 100 packet/s flow from CH1 to its home
// address; one CSV line per handoff in <outDir>/handoffs.csv.
#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/hmipv6-module.h"
#include "ns3/internet-module.h"

#include <fstream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    std::string outDir = ".";
    CommandLine cmd(__FILE__);
    cmd.AddValue("outDir", "Where handoffs.csv goes", outDir);
    cmd.Parse(argc, argv);

    HmipTopologyHelper topology(HmipTopologyHelper::Config{}); // the draft's Figure 1
    const HmipTopologyHelper::Domain& d = topology.GetDomains()[0];
    Mipv6Helper().InstallHomeAgent(topology.GetHomeAgent(), 1, HmipTopologyHelper::HOME_PREFIX);
    HmipHelper hmip;
    hmip.InstallMobilityServer(d.server, 1, d.mobilityNetwork, 64, d.routerAddresses);
    hmip.InstallRouter(topology.GetAccessRouters(), 1); // the prefix of interface 1
    // The host's link model (aggregated to it) is connected: its link-layer triggers.
    ApplicationContainer host = hmip.InstallMobileNode(topology.GetMobileHost(),
                                                       HmipTopologyHelper::HOME_ADDRESS,
                                                       HmipTopologyHelper::HOME_AGENT);

    // 100 packets/s of 100 octets; the monitor matches them by packet UID.
    OnOffHelper cbr("ns3::UdpSocketFactory",
                    Inet6SocketAddress(HmipTopologyHelper::HOME_ADDRESS, 9));
    cbr.SetConstantRate(DataRate("80kb/s"), 100);
    ApplicationContainer source = cbr.Install(topology.GetExternalCorrespondent());
    source.Start(Seconds(4));
    source.Stop(Seconds(14));
    PacketSinkHelper sink("ns3::UdpSocketFactory", Inet6SocketAddress(Ipv6Address::GetAny(), 9));
    ApplicationContainer sinkApp = sink.Install(topology.GetMobileHost());

    Ptr<hmipv6::HandoffMonitor> monitor =
        HandoffMonitorHelper().Install(host.Get(0), nullptr, source.Get(0), sinkApp.Get(0));
    topology.GetHandoff()->ScheduleSwitch(Seconds(0.5), d.accessPoints[0]);
    topology.GetHandoff()->ScheduleSwitch(Seconds(5), d.accessPoints[1]);
    topology.GetHandoff()->ScheduleSwitch(Seconds(10), d.accessPoints[0]);

    Simulator::Stop(Seconds(15));
    Simulator::Run();
    std::ofstream csv(outDir + "/handoffs.csv");
    monitor->WriteCsv(csv);
    Simulator::Destroy();
    return 0;
}
