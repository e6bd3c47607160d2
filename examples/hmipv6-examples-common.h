// SPDX-License-Identifier: GPL-2.0-only
// Shared by the examples on HmipScenario: hmipv6-figure1, hmipv6-figure2 and
// hmipv6-figure3 (the draft's figures: each prints the message sequence that really
// happened, writes messages.csv and handoffs.csv, renders the sequence chart with
// tools/sequence-chart.py when python3 is there and, on request, pcap and NetAnim files),
// and hmipv6-handoff-latency (the NetAnim layout).
#ifndef HMIPV6_EXAMPLES_COMMON_H
#define HMIPV6_EXAMPLES_COMMON_H

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/handoff-monitor.h"
#include "ns3/hmip-scenario.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

// NetAnim is optional: the build defines HMIPV6_NETANIM when the netanim module is there.
#ifdef HMIPV6_NETANIM
#include "ns3/animation-interface.h"
#include "ns3/constant-position-mobility-model.h"
#endif

namespace hmipv6figure
{

using namespace ns3;

/// What distinguishes the three figures.
struct Figure
{
    int number;        //!< 1, 2 or 3
    const char* title; //!< the draft's caption
    const char* move;  //!< "intra" or "inter"
    uint32_t handoffs; //!< moves shown
    const char* note;  //!< the movement, for the chart
    double chartFrom;  //!< chart window start (s)
    double chartTo;    //!< chart window end (s)
};

#ifdef HMIPV6_NETANIM
/// A running NetAnim trace.
using Animation = std::unique_ptr<AnimationInterface>;

/**
 * \brief Position the nodes as in the draft's figures, for NetAnim (before the
 *        AnimationInterface exists, which reads the positions when it starts).
 * \param scenario the scenario
 */
inline void
Layout(const HmipScenario& scenario)
{
    const HmipTopologyHelper& topo = scenario.GetTopology();
    // Nodes that move or radiate (Wi-Fi) keep their own mobility model.
    auto place = [](Ptr<Node> node, double x, double y) {
        if (!node->GetObject<MobilityModel>())
        {
            AnimationInterface::SetConstantPosition(node, x, y);
        }
    };
    place(topo.GetInternetRouter(), 50, 10);
    place(topo.GetExternalCorrespondent(), 20, 5);
    place(topo.GetHomeAgent(), 80, 5);
    double x = 20;
    for (const HmipTopologyHelper::Domain& d : topo.GetDomains())
    {
        place(d.border, x + 10, 30);
        place(d.server, x + 25, 35);
        if (d.correspondent)
        {
            place(d.correspondent, x - 5, 45);
        }
        for (uint32_t i = 0; i < d.accessRouters.size(); ++i)
        {
            place(d.accessRouters[i], x + 15.0 * i, 60);
        }
        x += 45;
    }
    place(topo.GetMobileHost(), 20, 75);
}

/**
 * \brief Move the host under its new access router (NetAnim only).
 * \param host the host
 * \param x the router's x
 */
inline void
MoveHost(Ptr<Node> host, double x)
{
    if (Ptr<ConstantPositionMobilityModel> m = host->GetObject<ConstantPositionMobilityModel>())
    {
        m->SetPosition(Vector(x, 75, 0));
    }
}

/**
 * \brief Write a NetAnim trace of a scenario: the nodes laid out as in the draft's
 *        figures, the host under its access router (switch model; on Wi-Fi it walks).
 * \param scenario the scenario
 * \param file the trace file
 * \return the animation (keep it until the simulation is over)
 */
inline Animation
Animate(const HmipScenario& scenario, const std::string& file)
{
    Layout(scenario);
    auto anim = std::make_unique<AnimationInterface>(file);
    anim->SetMaxPktsPerTraceFile(100000);
    const HmipTopologyHelper& topo = scenario.GetTopology();
    NodeContainer nodes = topo.GetNodes();
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        anim->UpdateNodeDescription(nodes.Get(i), topo.GetName(nodes.Get(i)));
    }
    double other = scenario.GetConfig().move == "inter" ? 65 : 35;
    for (uint32_t k = 0; k < scenario.GetHandoffTimes().size(); ++k)
    {
        Simulator::Schedule(scenario.GetHandoffTimes()[k],
                            &MoveHost,
                            topo.GetMobileHost(),
                            k % 2 == 0 ? other : 20);
    }
    return anim;
}

#else
/// No NetAnim in this build.
using Animation = std::unique_ptr<int>;

/**
 * \brief Without the netanim module: say so.
 * \param file the trace file that would have been written
 * \return nothing
 */
inline Animation
Animate(const HmipScenario& /* scenario */, const std::string& file)
{
    std::cerr << "--netanim: this build has no netanim module; " << file << " not written"
              << std::endl;
    return nullptr;
}
#endif

/**
 * \brief Run one figure.
 * \param figure which
 * \param argc from main
 * \param argv from main
 * \return the exit code
 */
inline int
Run(const Figure& figure, int argc, char* argv[])
{
    double haDelayMs = 10;
    double l2OutageMs = 50;
    double rate = 100;
    std::string dad = "rfc4862";
    std::string deliveryMode = "Encapsulate";
    std::string outDir = "results/hmipv6-figure" + std::to_string(figure.number);
    bool pcap = false;
    bool netanim = false;
    bool chart = true;
    std::string python = "python3";
    // The tools folder sits beside this file's folder, in the module.
    std::string tools =
        std::filesystem::path(__FILE__).parent_path().parent_path().append("tools").string();

    // The program's name, not this header's (CommandLine takes it from a file name).
    CommandLine cmd("hmipv6-figure" + std::to_string(figure.number) + ".cc");
    cmd.Usage(std::string("The draft's ") + figure.title +
              ": prints the message sequence that happened and writes messages.csv, "
              "handoffs.csv and sequence.svg in --outDir.");
    cmd.AddValue("haDelay", "one-way delay (ms) between the border router and HA/CH1", haDelayMs);
    cmd.AddValue("l2Outage", "layer-2 outage of the move (ms)", l2OutageMs);
    cmd.AddValue("rate", "CBR packets per second from CH1 and from CH2", rate);
    cmd.AddValue("dad", "rfc4862 or optimistic", dad);
    cmd.AddValue("deliveryMode", "MobilityServer: Encapsulate or Rewrite", deliveryMode);
    cmd.AddValue("outDir", "output folder", outDir);
    cmd.AddValue("pcap", "write raw-IPv6 pcap files of every node", pcap);
    cmd.AddValue("netanim", "write a NetAnim trace (<outDir>/netanim.xml)", netanim);
    cmd.AddValue("chart", "render sequence.svg with tools/sequence-chart.py", chart);
    cmd.AddValue("python", "Python 3 interpreter for the chart", python);
    cmd.AddValue("tools", "the module's tools folder", tools);
    cmd.Parse(argc, argv);
    if (haDelayMs < 0 || l2OutageMs < 0 || rate < 0 || (dad != "rfc4862" && dad != "optimistic") ||
        (deliveryMode != "Encapsulate" && deliveryMode != "Rewrite"))
    {
        std::cerr << "hmipv6-figure" << figure.number
                  << ": need haDelay >= 0, l2Outage >= 0, rate >= 0, --dad=rfc4862|optimistic, "
                     "--deliveryMode=Encapsulate|Rewrite"
                  << std::endl;
        return 2;
    }

    HmipScenario::Config config;
    config.protocol = "hmipv6";
    config.move = figure.move;
    config.haDelay = MicroSeconds(std::llround(haDelayMs * 1000));
    config.l2Outage = MicroSeconds(std::llround(l2OutageMs * 1000));
    config.optimisticDad = dad == "optimistic";
    config.rate = rate;
    config.handoffs = figure.handoffs;
    config.routeOptimization = true;
    config.localCorrespondent = true;
    config.deliveryMode = deliveryMode;
    HmipScenario scenario(config);
    std::filesystem::create_directories(outDir);
    if (pcap)
    {
        scenario.EnablePcap(outDir + "/hmipv6-figure" + std::to_string(figure.number));
    }
    Animation anim;
    if (netanim)
    {
        anim = Animate(scenario, outDir + "/netanim.xml");
    }
    Ptr<MobilityServer> ms = scenario.GetMobilityServers()[0];
    uint64_t tunnelledAtStart = 0;
    Simulator::Schedule(HmipScenario::FLOW_START,
                        [&]() { tunnelledAtStart = ms->GetPacketsTunnelled(); });
    scenario.Run();

    // The sequence, without the periodic and Neighbour Discovery traffic.
    const std::set<std::string> quiet = {"RouterAdvertisement",
                                         "MobilityInformation",
                                         "NeighborSolicitation",
                                         "NeighborAdvertisement",
                                         "RouterSolicitation"};
    std::cout << "Draft " << figure.title << " (haDelay " << haDelayMs << " ms)\n"
              << "    time_s  sender -> receiver  message  [scope]\n";
    std::vector<hmipv6::MessageRecorder::Record> records = scenario.GetRecorder()->GetRecords();
    std::stable_sort(records.begin(), records.end(), [](const auto& x, const auto& y) {
        return x.sent < y.sent;
    });
    for (const hmipv6::MessageRecorder::Record& r : records)
    {
        if (quiet.count(r.message) || r.sent.GetSeconds() < figure.chartFrom ||
            r.sent.GetSeconds() > figure.chartTo)
        {
            continue;
        }
        std::cout << std::fixed << std::setprecision(3) << std::setw(10) << r.sent.GetSeconds()
                  << "  " << r.sender << " -> " << r.receiver << "  " << r.message << "  ["
                  << (r.internet ? "internet" : "domain") << "]\n";
    }
    for (const hmipv6::HandoffRecord& h : scenario.GetMonitor()->GetRecords())
    {
        std::cout << "handoff " << h.handoff << ": latency " << std::setprecision(1)
                  << h.GetLatency().GetSeconds() * 1000 << " ms, " << h.lostPackets
                  << " CBR packets lost, " << h.internetSignalling
                  << " signalling packets across the border\n";
    }
    std::cout << "delivery: CH1 " << scenario.GetReceived(false) << "/" << scenario.GetSent(false)
              << " (through the MS: " << ms->GetPacketsTunnelled() - tunnelledAtStart << "), CH2 "
              << scenario.GetReceived(true) << "/" << scenario.GetSent(true) << " (direct)\n";

    std::string messages = outDir + "/messages.csv";
    {
        std::ofstream csv(messages);
        scenario.WriteMessages(csv);
        std::ofstream handoffs(outDir + "/handoffs.csv");
        scenario.WriteHandoffs(handoffs);
    }
    int status = 0;
    if (chart)
    {
        std::ostringstream command;
        command << python << " '" << tools << "/sequence-chart.py' '" << messages << "' -o '"
                << outDir << "/sequence.svg' --title 'Draft " << figure.title << "' --from "
                << figure.chartFrom << " --to " << figure.chartTo
                << " --collapse-periodic --hide MobilityInformation,NeighborSolicitation,"
                   "NeighborAdvertisement";
        if (figure.note[0] != '\0')
        {
            command << " --note '" << figure.note << "'";
        }
        std::cout.flush();
        status = std::system(command.str().c_str());
        if (status != 0)
        {
            std::cerr << "hmipv6-figure" << figure.number
                      << ": the chart was not rendered (--chart=0 skips it): " << command.str()
                      << std::endl;
        }
    }
    std::cout << "wrote " << messages << ", " << outDir << "/handoffs.csv"
              << (chart && status == 0 ? ", " + outDir + "/sequence.svg" : "")
              << (anim ? ", " + outDir + "/netanim.xml" : "") << std::endl;
    anim.reset();
    Simulator::Destroy();
    return status == 0 ? 0 : 1;
}

} // namespace hmipv6figure

#endif /* HMIPV6_EXAMPLES_COMMON_H */
