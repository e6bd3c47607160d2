// SPDX-License-Identifier: GPL-2.0-only
// A campus: --domains rows of --routers access points (100 m apart, 80 m coverage), one
// Mobility Server per domain, --hosts hosts moving by random waypoint over the grid at
// --speed m/s, each receiving --rate packets/s from CH1. Moves along a row are
// intra-domain, between rows inter-domain. With --linkModel=switch each host attaches to
// the nearest access point (NearestAccessPointSwitch); with wifi it is an 802.11
// station that roams by itself.
//
// Writes to --outDir: handoffs.csv (one line per handoff of every host, the study's
// parameters as columns), ms-load.csv (per MS: bindings, signalling messages and packets
// tunnelled, in all and per second), ms-load-samples.csv (the same every second) and,
// with --arrivals, arrivals.csv (every packet received: sequence-number-versus-time).
#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/hmipv6-module.h"
#include "ns3/internet-module.h"
#include "ns3/mobility-module.h"

#include <fstream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    uint32_t domains = 2;
    uint32_t routers = 3;
    uint32_t hosts = 10;
    std::string linkModel = "switch";
    double speed = 5;
    double rate = 10;
    double duration = 60;
    std::string outDir = ".";
    bool arrivals = false;
    CommandLine cmd(__FILE__);
    cmd.AddValue("domains", "Domains (rows of access points), 1 to 9", domains);
    cmd.AddValue("routers", "Access routers per domain, 1 to 4095", routers);
    cmd.AddValue("hosts", "Mobile hosts", hosts);
    cmd.AddValue("linkModel", "switch (nearest access point) or wifi (802.11 roaming)", linkModel);
    cmd.AddValue("speed", "Hosts' speed (m/s; 0: they stay where they start)", speed);
    cmd.AddValue("rate", "Packets per second from CH1 to each host (0: no flows)", rate);
    cmd.AddValue("duration", "Simulated seconds", duration);
    cmd.AddValue("outDir", "Where the CSV files go", outDir);
    cmd.AddValue("arrivals", "Also write arrivals.csv (one line per packet received)", arrivals);
    cmd.Parse(argc, argv);
    NS_ABORT_MSG_IF(duration < 15, "--duration: at least 15 s (10 s of start-up)");

    HmipTopologyHelper::Config config;
    config.accessRouters.assign(domains, routers);
    config.hosts = hosts;
    config.linkModel = linkModel;
    config.nearestAccessPoint = linkModel == "switch";
    config.apColumns = routers; // a domain is a row
    config.apSpacing = 100;     // 80 m coverage: no gap, also on the diagonals
    config.wifiRange = 80;
    config.hostMobility = false; // random waypoint below
    HmipTopologyHelper topology(config);

    MobilityHelper mobility;
    std::ostringstream x;
    std::ostringstream y;
    x << "ns3::UniformRandomVariable[Min=0|Max=" << 100 * (routers - 1) << "]";
    y << "ns3::UniformRandomVariable[Min=0|Max=" << 100 * (domains - 1) << "]";
    Ptr<PositionAllocator> positions =
        CreateObjectWithAttributes<RandomRectanglePositionAllocator>("X",
                                                                     StringValue(x.str()),
                                                                     "Y",
                                                                     StringValue(y.str()));
    mobility.SetPositionAllocator(positions);
    if (speed > 0)
    {
        std::ostringstream constantSpeed;
        constantSpeed << "ns3::ConstantRandomVariable[Constant=" << speed << "]";
        mobility.SetMobilityModel("ns3::RandomWaypointMobilityModel",
                                  "Speed",
                                  StringValue(constantSpeed.str()),
                                  "Pause",
                                  StringValue("ns3::ConstantRandomVariable[Constant=2]"),
                                  "PositionAllocator",
                                  PointerValue(positions));
    }
    mobility.Install(topology.GetMobileHosts());

    // The roles: one MS per domain for its row, the routers, the home agent, the hosts.
    Mipv6Helper().InstallHomeAgent(NodeContainer(topology.GetHomeAgent()), 1);
    HmipHelper hmip;
    ApplicationContainer servers;
    for (const HmipTopologyHelper::Domain& d : topology.GetDomains())
    {
        servers.Add(hmip.InstallMobilityServer(NodeContainer(d.server), 1, 64, d.routerAddresses));
    }
    hmip.InstallRouter(topology.GetAccessRouters(), 1);
    ApplicationContainer mobileNodes = hmip.InstallMobileNode(topology.GetMobileHosts(),
                                                              HmipTopologyHelper::HOME_ADDRESS,
                                                              HmipTopologyHelper::HOME_AGENT);
    // Hosts boot over the first 5 s, not all in one instant.
    for (uint32_t i = 0; i < hosts; ++i)
    {
        mobileNodes.Get(i)->SetStartTime(Seconds(5.0 * i / hosts));
    }
    int64_t stream = 1;
    stream += topology.AssignStreams(stream);
    stream += HmipHelper::AssignStreams(servers, stream);
    stream += HmipHelper::AssignStreams(mobileNodes, stream);
    stream += mobility.AssignStreams(topology.GetMobileHosts(), stream);
    positions->AssignStreams(stream++);

    // A flow to each host from about 10 s on, and a monitor per host.
    std::vector<Ptr<hmipv6::HandoffMonitor>> monitors;
    Ptr<OutputStreamWrapper> arrivalStream =
        arrivals ? Create<OutputStreamWrapper>(outDir + "/arrivals.csv", std::ios::out) : nullptr;
    // Each flow at its own phase: CBR flows that all send in the same instant are no
    // campus's traffic.
    Ptr<UniformRandomVariable> phase = CreateObject<UniformRandomVariable>();
    phase->SetStream(stream++);
    HandoffMonitorHelper monitorHelper;
    monitorHelper.SetMonitorAttribute("Start", TimeValue(Seconds(rate > 0 ? 10 : 0)));
    for (uint32_t i = 0; i < hosts; ++i)
    {
        Ptr<hmipv6::HandoffMonitor> monitor;
        if (rate > 0)
        {
            OnOffHelper cbr("ns3::UdpSocketFactory",
                            Inet6SocketAddress(HmipTopologyHelper::GetHomeAddress(i), 9));
            cbr.SetConstantRate(DataRate(uint64_t(rate * 800)), 100);
            ApplicationContainer source = cbr.Install(topology.GetExternalCorrespondent());
            source.Start(Seconds(10 + phase->GetValue(0, 1 / rate)));
            source.Stop(Seconds(duration - 1)); // the last packets arrive before the end
            PacketSinkHelper sink("ns3::UdpSocketFactory",
                                  Inet6SocketAddress(Ipv6Address::GetAny(), 9));
            ApplicationContainer sinkApp = sink.Install(topology.GetMobileHost(i));
            monitor =
                monitorHelper.Install(mobileNodes.Get(i), nullptr, source.Get(0), sinkApp.Get(0));
        }
        else
        {
            monitor = monitorHelper.Install(mobileNodes.Get(i));
        }
        for (auto [name, value] : {std::make_pair("domains", std::to_string(domains)),
                                   std::make_pair("routers", std::to_string(routers)),
                                   std::make_pair("hosts", std::to_string(hosts)),
                                   std::make_pair("link_model", linkModel),
                                   std::make_pair("speed", std::to_string(speed)),
                                   std::make_pair("rate", std::to_string(rate))})
        {
            monitor->AddColumn(name, value);
        }
        monitor->EnableArrivals(arrivalStream, i == 0);
        monitors.push_back(monitor);
    }
    Ptr<hmipv6::ServerLoadMonitor> load = CreateObject<hmipv6::ServerLoadMonitor>();
    load->EnableSamples(
        Create<OutputStreamWrapper>(outDir + "/ms-load-samples.csv", std::ios::out));
    Simulator::Schedule(Seconds(10), [&]() {
        for (uint32_t k = 0; k < servers.GetN(); ++k)
        {
            load->Watch(DynamicCast<MobilityServer>(servers.Get(k)),
                        Names::FindName(servers.Get(k)->GetNode()));
        }
    });

    Simulator::Stop(Seconds(duration));
    Simulator::Run();
    load->Sample();

    std::ofstream csv(outDir + "/handoffs.csv");
    uint32_t handoffs = 0;
    uint32_t completed = 0;
    for (uint32_t i = 0; i < hosts; ++i)
    {
        monitors[i]->WriteCsv(csv, i == 0);
        handoffs += monitors[i]->GetNHandoffs();
        completed += monitors[i]->GetNCompleted();
    }
    std::ofstream loadCsv(outDir + "/ms-load.csv");
    load->WriteCsv(loadCsv);
    uint32_t registered = 0;
    for (uint32_t i = 0; i < hosts; ++i)
    {
        registered +=
            DynamicCast<HmipMobileNode>(mobileNodes.Get(i))->IsRegisteredWithMobilityServer();
    }
    std::cout << hosts << " hosts, " << registered << " registered with an MS at the end, "
              << handoffs << " handoffs (" << completed << " with a packet on the new path)"
              << std::endl;
    load->WriteCsv(std::cout);
    Simulator::Destroy();
    return 0;
}
