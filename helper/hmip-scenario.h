// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIP_SCENARIO_H
#define HMIPV6_HMIP_SCENARIO_H

#include "hmip-topology-helper.h"

#include "ns3/application-container.h"
#include "ns3/correspondent-node.h"
#include "ns3/handoff-monitor.h"
#include "ns3/hmip-mobile-node.h"
#include "ns3/home-agent.h"
#include "ns3/message-recorder.h"
#include "ns3/mobility-info-router-advertiser.h"
#include "ns3/mobility-server.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The handoff study of the draft's topology, ready to run: topology
 *        (HmipTopologyHelper), roles, a CBR flow from CH1 to the home address, the
 *        handoff schedule, a HandoffMonitor and a MessageRecorder.
 *
 * The same scenario runs Mobile IPv6 (protocol "mipv6": the host ignores the Mobility
 * Information Option) and the draft (protocol "hmipv6"), so their numbers compare
 * directly. Access links are the link switch or Wi-Fi roaming (Config::linkModel; on
 * Wi-Fi the host walks so as to leave the old coverage at each handoff time). The host
 * attaches to AR1 at 0.5 s; the flow starts at 4 s, after the first
 * registrations; handoff k (k = 0, 1, ...) starts at 5 s + k x interval and alternates
 * between AR1 and, for an intra-domain move, AR2 of the same domain, or, for an
 * inter-domain move, AR3 of a second domain. Every default is the role's own.
 */
class HmipScenario
{
  public:
    /// What to run.
    struct Config
    {
        std::string protocol{"hmipv6"};          //!< "hmipv6" or "mipv6"
        std::string move{"intra"};               //!< "intra" or "inter"
        Time haDelay{MilliSeconds(10)};          //!< one-way delay BR -- Internet router
        std::string linkModel{"switch"};         //!< "switch" or "wifi"
        Time l2Outage{MilliSeconds(50)};         //!< link-layer outage of a switch
        Time raMin{MilliSeconds(30)};            //!< MinRtrAdvInterval
        Time raMax{MilliSeconds(70)};            //!< MaxRtrAdvInterval
        bool optimisticDad{false};               //!< RFC 4429 at the host
        double rate{100};                        //!< CBR packets per second (0: no flow)
        uint32_t payload{100};                   //!< CBR payload octets
        uint32_t handoffs{4};                    //!< handoffs (0: the host stays on AR1)
        Time interval{Seconds(4)};               //!< between handoffs
        bool routeOptimization{false};           //!< CH1 is a correspondent of the host
        bool localCorrespondent{false};          //!< every CH2 too; CH2 of domain 1 sends CBR
        std::string deliveryMode{"Encapsulate"}; //!< MobilityServer "DeliveryMode"
        int64_t stream{0};             //!< first random stream assigned (< 0: ns-3's own numbering)
        uint8_t localPrefixLength{32}; //!< HmipMobileNode "LocalPrefixLength"
    };

    /**
     * \brief Build everything (nodes, roles, flow, monitor, recorder, schedule).
     * \param config what to run
     */
    explicit HmipScenario(const Config& config);

    /// \return the configuration
    const Config& GetConfig() const;
    /// \return the topology
    const HmipTopologyHelper& GetTopology() const;
    /// \return the mobile host
    Ptr<HmipMobileNode> GetMobileNode() const;
    /// \return the home agent
    Ptr<hmipv6::HomeAgent> GetHomeAgent() const;
    /// \return the Mobility Servers, one per domain
    const std::vector<Ptr<MobilityServer>>& GetMobilityServers() const;
    /// \return the handoff monitor
    Ptr<hmipv6::HandoffMonitor> GetMonitor() const;
    /// \return the message recorder
    Ptr<hmipv6::MessageRecorder> GetRecorder() const;
    /**
     * \brief Packets of a flow received by the host.
     * \param fromCh2 CH2's flow (else CH1's)
     * \return the count
     */
    uint64_t GetReceived(bool fromCh2) const;
    /**
     * \brief Packets of a flow sent.
     * \param fromCh2 CH2's flow (else CH1's)
     * \return the count
     */
    uint64_t GetSent(bool fromCh2) const;
    /// \return when the flow stops
    Time GetFlowStop() const;
    /// \return when the run ends
    Time GetStop() const;
    /// \return the handoff start times
    const std::vector<Time>& GetHandoffTimes() const;

    /**
     * \brief Fix the random streams of the nodes' IPv6 stacks and of the roles, so that
     *        equal configurations draw equal numbers within one process (the constructor
     *        calls it with Config::stream); --RngRun still selects the run.
     * \param stream the first stream
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Write pcap files (raw IPv6, one per node and interface).
     * \param prefix file name prefix
     */
    void EnablePcap(const std::string& prefix) const;

    /**
     * \brief Run the simulation to GetStop(). Call Simulator::Destroy afterwards, once
     *        the results are read.
     */
    void Run();

    /**
     * \brief The handoffs of the run as CSV (HandoffMonitor::WriteCsv).
     * \param os where
     */
    void WriteHandoffs(std::ostream& os) const;
    /**
     * \brief The messages of the run as CSV (MessageRecorder::WriteCsv).
     * \param os where
     */
    void WriteMessages(std::ostream& os) const;

    static const Time ATTACH;     //!< first attachment (0.5 s)
    static const Time FLOW_START; //!< flow start (4 s)
    static const Time FIRST;      //!< first handoff (5 s)

  private:
    Config m_config;                                          //!< configuration
    std::unique_ptr<HmipTopologyHelper> m_topology;           //!< topology
    Ptr<HmipMobileNode> m_mh;                                 //!< host
    Ptr<hmipv6::HomeAgent> m_ha;                              //!< home agent
    std::vector<Ptr<MobilityServer>> m_servers;               //!< MSs
    std::vector<Ptr<MobilityInfoRouterAdvertiser>> m_routers; //!< access routers
    ApplicationContainer m_source;                            //!< CBR sources (CH1, CH2)
    ApplicationContainer m_sink;                              //!< CBR sinks (CH1's, CH2's)
    std::vector<uint64_t> m_sent;                             //!< packets sent per source
    Ptr<hmipv6::HandoffMonitor> m_monitor;                    //!< monitor
    Ptr<hmipv6::MessageRecorder> m_recorder;                  //!< recorder
    std::vector<Time> m_handoffTimes;                         //!< handoff starts
    Time m_flowStop;                                          //!< flow stop
    Time m_stop;                                              //!< end of the run
};

} // namespace ns3

#endif /* HMIPV6_HMIP_SCENARIO_H */
