// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-scenario.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/data-rate.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/hmip-helper.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/log.h"
#include "ns3/mipv6-helper.h"
#include "ns3/on-off-helper.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/packet-sink.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HmipScenario");

const Time HmipScenario::ATTACH = MilliSeconds(500);
const Time HmipScenario::FLOW_START = Seconds(4);
const Time HmipScenario::FIRST = Seconds(5);

namespace
{
constexpr uint16_t PORT = 9;             //!< CBR destination port
constexpr double WIFI_AP_DISTANCE = 150; //!< metres between the two access points
constexpr double WIFI_RANGE = 80;        //!< coverage radius (m)
constexpr double WIFI_SWING = 50;        //!< the host turns 50 m either side of the middle

/**
 * \brief Wi-Fi: the host's speed, so that it leaves a coverage every interval.
 * \param config the scenario
 * \return metres per second
 */
double
WifiSpeed(const HmipScenario::Config& config)
{
    return 2 * WIFI_SWING / config.interval.GetSeconds();
}

/**
 * \brief Wi-Fi: where the host starts, so that it leaves AR1's coverage at FIRST.
 * \param config the scenario
 * \return x in metres
 */
double
WifiStart(const HmipScenario::Config& config)
{
    double mid = WIFI_AP_DISTANCE / 2;
    return std::max(mid - WIFI_SWING,
                    WIFI_RANGE - WifiSpeed(config) * HmipScenario::FIRST.GetSeconds());
}

/**
 * \brief The topology a scenario needs.
 * \param config the scenario
 * \return the topology's configuration
 */
HmipTopologyHelper::Config
TopologyFor(const HmipScenario::Config& config)
{
    HmipTopologyHelper::Config topo;
    topo.accessRouters =
        config.move == "inter" ? std::vector<uint32_t>{2, 1} : std::vector<uint32_t>{2};
    topo.haDelay = config.haDelay;
    topo.l2Outage = config.l2Outage;
    topo.linkModel = config.linkModel;
    if (config.move == "inter")
    {
        topo.apX = {0, -1000, WIFI_AP_DISTANCE}; // AR1 and AR3 side by side, AR2 unused
    }
    topo.apSpacing = WIFI_AP_DISTANCE;
    topo.wifiRange = WIFI_RANGE;
    topo.hostX = WifiStart(config);
    return topo;
}
} // namespace

HmipScenario::HmipScenario(const Config& config)
    : m_config(config)
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_IF(config.protocol != "hmipv6" && config.protocol != "mipv6",
                    "HmipScenario: protocol must be hmipv6 or mipv6, not " << config.protocol);
    NS_ABORT_MSG_IF(config.move != "intra" && config.move != "inter",
                    "HmipScenario: move must be intra or inter, not " << config.move);
    NS_ABORT_MSG_IF(!config.interval.IsStrictlyPositive(), "HmipScenario: interval > 0");
    NS_ABORT_MSG_IF(config.raMin > config.raMax || !config.raMin.IsStrictlyPositive(),
                    "HmipScenario: 0 < raMin <= raMax");
    m_topology = std::make_unique<HmipTopologyHelper>(TopologyFor(config));
    const HmipTopologyHelper& topo = *m_topology;

    // Roles: the Mobile IPv6 ones (draft 4.4, 4.5), then the draft's.
    Mipv6Helper mip;
    m_ha = DynamicCast<hmipv6::HomeAgent>(
        mip.InstallHomeAgent(topo.GetHomeAgent(), 1, HmipTopologyHelper::HOME_PREFIX).Get(0));
    hmipv6::CorrespondentNode::InstallOn(topo.GetExternalCorrespondent());
    HmipHelper hmip;
    hmip.SetMobilityServerAttribute("DeliveryMode", StringValue(config.deliveryMode));
    hmip.SetRouterAttribute("MinRtrAdvInterval", TimeValue(config.raMin));
    hmip.SetRouterAttribute("MaxRtrAdvInterval", TimeValue(config.raMax));
    for (const HmipTopologyHelper::Domain& d : topo.GetDomains())
    {
        m_servers.push_back(DynamicCast<MobilityServer>(
            hmip.InstallMobilityServer(d.server, 1, d.mobilityNetwork, 64, d.routerAddresses)
                .Get(0)));
        if (d.correspondent)
        {
            hmipv6::CorrespondentNode::InstallOn(d.correspondent);
        }
        for (uint32_t i = 0; i < d.accessRouters.size(); ++i)
        {
            m_routers.push_back(DynamicCast<MobilityInfoRouterAdvertiser>(
                hmip.InstallRouter(d.accessRouters[i], 1, d.accessPrefixes[i]).Get(0)));
        }
    }
    hmip.SetMobileNodeAttribute("UseMobilityServer", BooleanValue(config.protocol == "hmipv6"));
    hmip.SetMobileNodeAttribute("OptimisticDad", BooleanValue(config.optimisticDad));
    hmip.SetMobileNodeAttribute("LocalPrefixLength", UintegerValue(config.localPrefixLength));
    hmip.SetMobileNodeAttribute("RouteOptimization", BooleanValue(config.routeOptimization));
    Ptr<Object> handoff = topo.GetLinkModel();
    hmip.SetLinkModel(handoff);
    m_mh = DynamicCast<HmipMobileNode>(hmip.InstallMobileNode(topo.GetMobileHost(),
                                                              HmipTopologyHelper::HOME_ADDRESS,
                                                              HmipTopologyHelper::HOME_AGENT)
                                           .Get(0));
    if (config.routeOptimization)
    {
        m_mh->AddCorrespondent(HmipTopologyHelper::CH1_ADDRESS);
    }
    if (config.localCorrespondent)
    {
        for (const HmipTopologyHelper::Domain& d : topo.GetDomains())
        {
            m_mh->AddCorrespondent(d.correspondentAddress);
        }
    }

    // The schedule: AR1, then alternately the other access point and AR1.
    uint32_t home = topo.GetDomains()[0].accessPoints[0];
    uint32_t other = config.move == "inter" ? topo.GetDomains()[1].accessPoints[0]
                                            : topo.GetDomains()[0].accessPoints[1];
    Ptr<hmipv6::LinkSwitchHandoff> linkSwitch = topo.GetHandoff();
    if (linkSwitch)
    {
        linkSwitch->ScheduleSwitch(ATTACH, home);
    }
    else
    {
        // Wi-Fi: the host swings between x = 25 m and 125 m and leaves the old access
        // point's coverage (80 m) at each handoff time; the link is declared down three
        // missed beacons later. It stops at the turn after the last handoff.
        double v = WifiSpeed(config);
        double x0 = WifiStart(config);
        double exitToTurn = WIFI_SWING - (WIFI_RANGE - WIFI_AP_DISTANCE / 2);
        Ptr<ConstantVelocityMobilityModel> walk =
            topo.GetMobileHost()->GetObject<ConstantVelocityMobilityModel>();
        Simulator::Schedule(FIRST - Seconds((WIFI_RANGE - x0) / v),
                            &ConstantVelocityMobilityModel::SetVelocity,
                            walk,
                            Vector(v, 0, 0));
        for (uint32_t k = 0; k < config.handoffs; ++k)
        {
            double next = k + 1 == config.handoffs ? 0.0 : (k % 2 == 0 ? -v : v);
            Simulator::Schedule(FIRST + config.interval * int64_t(k) + Seconds(exitToTurn / v),
                                &ConstantVelocityMobilityModel::SetVelocity,
                                walk,
                                Vector(next, 0, 0));
        }
    }
    for (uint32_t k = 0; k < config.handoffs; ++k)
    {
        Time at = FIRST + config.interval * int64_t(k);
        m_handoffTimes.push_back(at);
        if (linkSwitch)
        {
            linkSwitch->ScheduleSwitch(at, k % 2 == 0 ? other : home);
        }
    }
    m_stop = (m_handoffTimes.empty() ? FIRST : m_handoffTimes.back()) + config.interval;
    m_flowStop = m_stop - MilliSeconds(500);

    // CBR from CH1 to the home address, matched by sequence number (packets re-injected
    // after a type 2 routing header get new UIDs).
    HandoffMonitorHelper monitorHelper;
    monitorHelper.SetMonitorAttribute("Protocol", StringValue(config.protocol));
    monitorHelper.SetMonitorAttribute("Move", StringValue(config.move));
    monitorHelper.SetMonitorAttribute("HaDelay", TimeValue(config.haDelay));
    monitorHelper.SetMonitorAttribute("PacketIdentifier", StringValue("SeqTsSize"));
    if (config.rate > 0)
    {
        OnOffHelper onOff("ns3::UdpSocketFactory",
                          Inet6SocketAddress(HmipTopologyHelper::HOME_ADDRESS, PORT));
        onOff.SetConstantRate(DataRate(uint64_t(config.rate * config.payload * 8)), config.payload);
        onOff.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
        m_source = onOff.Install(topo.GetExternalCorrespondent());
        m_source.Start(FLOW_START);
        m_source.Stop(m_flowStop);
        PacketSinkHelper sinkHelper("ns3::UdpSocketFactory",
                                    Inet6SocketAddress(Ipv6Address::GetAny(), PORT));
        sinkHelper.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
        m_sink = sinkHelper.Install(topo.GetMobileHost());
        m_sink.Start(Seconds(0));
        m_monitor = monitorHelper.Install(m_mh, handoff, m_source.Get(0), m_sink.Get(0));
        if (config.localCorrespondent)
        {
            OnOffHelper local("ns3::UdpSocketFactory",
                              Inet6SocketAddress(HmipTopologyHelper::HOME_ADDRESS, PORT + 1));
            local.SetConstantRate(DataRate(uint64_t(config.rate * config.payload * 8)),
                                  config.payload);
            local.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
            ApplicationContainer source = local.Install(topo.GetDomains()[0].correspondent);
            source.Start(FLOW_START);
            source.Stop(m_flowStop);
            m_source.Add(source);
            PacketSinkHelper sink("ns3::UdpSocketFactory",
                                  Inet6SocketAddress(Ipv6Address::GetAny(), PORT + 1));
            m_sink.Add(sink.Install(topo.GetMobileHost()));
        }
        m_sent.assign(m_source.GetN(), 0);
        for (uint32_t i = 0; i < m_source.GetN(); ++i)
        {
            m_source.Get(i)->TraceConnectWithoutContext(
                "Tx",
                MakeCallback(+[](uint64_t* n, Ptr<const Packet>) { ++*n; }).Bind(&m_sent[i]));
        }
    }
    else
    {
        m_monitor = monitorHelper.Install(m_mh, handoff);
    }
    monitorHelper.WatchDevices(m_monitor, topo.GetBorderDevices());

    if (config.stream >= 0)
    {
        AssignStreams(config.stream);
    }
    m_recorder = CreateObject<hmipv6::MessageRecorder>();
    NodeContainer nodes = topo.GetNodes();
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        m_recorder->Watch(nodes.Get(i), topo.GetName(nodes.Get(i)));
    }
    NetDeviceContainer borders = topo.GetBorderDevices();
    for (uint32_t i = 0; i < borders.GetN(); ++i)
    {
        m_recorder->WatchBorder(borders.Get(i));
    }
}

const HmipScenario::Config&
HmipScenario::GetConfig() const
{
    return m_config;
}

const HmipTopologyHelper&
HmipScenario::GetTopology() const
{
    return *m_topology;
}

Ptr<HmipMobileNode>
HmipScenario::GetMobileNode() const
{
    return m_mh;
}

Ptr<hmipv6::HomeAgent>
HmipScenario::GetHomeAgent() const
{
    return m_ha;
}

const std::vector<Ptr<MobilityServer>>&
HmipScenario::GetMobilityServers() const
{
    return m_servers;
}

Ptr<hmipv6::HandoffMonitor>
HmipScenario::GetMonitor() const
{
    return m_monitor;
}

Ptr<hmipv6::MessageRecorder>
HmipScenario::GetRecorder() const
{
    return m_recorder;
}

uint64_t
HmipScenario::GetReceived(bool fromCh2) const
{
    uint32_t i = fromCh2 ? 1 : 0;
    if (i >= m_sink.GetN())
    {
        return 0;
    }
    return DynamicCast<PacketSink>(m_sink.Get(i))->GetTotalRx() / m_config.payload;
}

uint64_t
HmipScenario::GetSent(bool fromCh2) const
{
    uint32_t i = fromCh2 ? 1 : 0;
    return i < m_sent.size() ? m_sent[i] : 0;
}

Time
HmipScenario::GetFlowStop() const
{
    return m_flowStop;
}

Time
HmipScenario::GetStop() const
{
    return m_stop;
}

const std::vector<Time>&
HmipScenario::GetHandoffTimes() const
{
    return m_handoffTimes;
}

int64_t
HmipScenario::AssignStreams(int64_t stream)
{
    int64_t next = stream;
    next += InternetStackHelper().AssignStreams(m_topology->GetNodes(), next);
    ApplicationContainer roles;
    for (Ptr<MobilityInfoRouterAdvertiser> router : m_routers)
    {
        roles.Add(router);
    }
    for (Ptr<MobilityServer> server : m_servers)
    {
        roles.Add(server);
    }
    next += HmipHelper::AssignStreams(roles, next);
    next += m_ha->AssignStreams(next);
    next += m_mh->AssignStreams(next);
    return next - stream;
}

void
HmipScenario::EnablePcap(const std::string& prefix) const
{
    InternetStackHelper stack;
    stack.EnablePcapIpv6(prefix, m_topology->GetNodes());
}

void
HmipScenario::Run()
{
    NS_LOG_FUNCTION(this);
    Simulator::Stop(m_stop);
    Simulator::Run();
}

void
HmipScenario::WriteHandoffs(std::ostream& os) const
{
    m_monitor->WriteCsv(os);
}

void
HmipScenario::WriteMessages(std::ostream& os) const
{
    m_recorder->WriteCsv(os);
}

} // namespace ns3
