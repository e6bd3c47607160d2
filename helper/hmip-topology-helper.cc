// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-topology-helper.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/constant-position-mobility-model.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/double.h"
#include "ns3/icmpv6-send-guard.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface-container.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mobility-model.h"
#include "ns3/names.h"
#include "ns3/ndisc-cache.h"
#include "ns3/ndisc-repair.h"
#include "ns3/neighbor-cache-helper.h"
#include "ns3/queue.h"
#include "ns3/simple-channel.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-helper.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HmipTopologyHelper");

const Ipv6Address HmipTopologyHelper::HOME_PREFIX("2001:1::");
const Ipv6Address HmipTopologyHelper::HOME_AGENT("2001:1::2");
const Ipv6Address HmipTopologyHelper::HOME_ADDRESS("2001:1::a:b:c:d");
const Ipv6Address HmipTopologyHelper::CH1_ADDRESS("2001:20::2");

namespace
{
/**
 * \brief An address of domain k.
 * \param k the domain (1, 2, ...)
 * \param rest what follows "2001:d0k"
 * \return the address
 */
Ipv6Address
DomainAddress(uint32_t k, const std::string& rest)
{
    std::ostringstream os;
    os << "2001:d" << std::hex << (k / 16) << (k % 16) << rest;
    return Ipv6Address(os.str().c_str());
}

/// Access routers a domain can have (the groups below stay apart up to there).
constexpr uint32_t MAX_ROUTERS = 0xfff;

/**
 * \brief The third group of access link i's prefix: i for the first nine (the draft's
 *        figures), 0x1000 + i beyond, clear of the router links and of CH2's link.
 * \param i the access router (1, 2, ...)
 * \return ":group"
 */
std::string
AccessGroup(uint32_t i)
{
    std::ostringstream os;
    os << ':' << std::hex << (i <= 9 ? i : 0x1000 + i);
    return os.str();
}

/**
 * \brief The third group of the link between BR and access router i: 0x1i for the first
 *        nine, 0x2000 + i beyond.
 * \param i the access router (1, 2, ...)
 * \return ":group"
 */
std::string
RouterLinkGroup(uint32_t i)
{
    std::ostringstream os;
    os << ':' << std::hex << (i <= 9 ? 0x10 + i : 0x2000 + i);
    return os.str();
}

/**
 * \brief The node's IPv6.
 * \param node the node
 * \return its Ipv6L3Protocol
 */
Ptr<Ipv6L3Protocol>
Ip(Ptr<Node> node)
{
    return node->GetObject<Ipv6L3Protocol>();
}
} // namespace

Ptr<SimpleChannel>
HmipTopologyHelper::MakeChannel(Time delay)
{
    Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
    channel->SetAttribute("Delay", TimeValue(delay));
    return channel;
}

Ptr<SimpleNetDevice>
HmipTopologyHelper::AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
{
    Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
    device->SetAddress(Mac48Address::Allocate());
    device->SetChannel(channel);
    // Without a data rate a SimpleNetDevice still sends its frames one event at a time
    // through its queue (100 packets by default): more sent in one instant, such as the
    // synchronised flows of a hundred hosts, were dropped.
    device->GetQueue()->SetMaxSize(QueueSize(QueueSizeUnit::PACKETS, m_config.deviceQueueSize));
    node->AddDevice(device);
    AddInterface(device, address);
    return device;
}

void
HmipTopologyHelper::AddInterface(Ptr<NetDevice> device, Ipv6Address address)
{
    Ptr<Node> node = device->GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = Ip(node);
    uint32_t interface = ipv6->AddInterface(device);
    if (!address.IsAny())
    {
        ipv6->AddAddress(interface, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
    }
    ipv6->SetUp(interface);
}

void
HmipTopologyHelper::Name(Ptr<Node> node, const std::string& name)
{
    m_names.emplace_back(node, name);
    // ns-3's names outlive a simulation: a name an earlier topology of the process took
    // (or the user gave) is left alone.
    if (Names::FindName(node).empty() && !Names::Find<Node>(name))
    {
        Names::Add(name, node);
    }
}

NodeContainer
HmipTopologyHelper::PlaceAccessPoints()
{
    // Every access router is an access point on a line (or a grid of apColumns), at
    // apX[i] or apSpacing apart in the order of the domains.
    const Config& config = m_config;
    NodeContainer aps;
    uint32_t index = 0;
    for (const Domain& d : m_domains)
    {
        for (Ptr<Node> ar : d.accessRouters)
        {
            Vector position(config.apSpacing * index, 0, 0);
            if (index < config.apX.size())
            {
                position.x = config.apX[index];
            }
            else if (config.apColumns > 0)
            {
                position = Vector(config.apSpacing * (index % config.apColumns),
                                  config.apSpacing * (index / config.apColumns),
                                  0);
            }
            Ptr<ConstantPositionMobilityModel> m = CreateObject<ConstantPositionMobilityModel>();
            m->SetPosition(position);
            ar->AggregateObject(m);
            aps.Add(ar);
            ++index;
        }
    }
    if (config.hostMobility)
    {
        for (Ptr<Node> host : m_hosts)
        {
            Ptr<ConstantVelocityMobilityModel> walk = CreateObject<ConstantVelocityMobilityModel>();
            walk->SetPosition(Vector(config.hostX, 0, 0));
            host->AggregateObject(walk);
        }
    }
    return aps;
}

HmipTopologyHelper::HmipTopologyHelper(const Config& config)
    : m_config(config),
      m_homeAccessPoint(hmipv6::LinkSwitchHandoff::NONE)
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_IF(config.accessRouters.empty() || config.accessRouters.size() > 9,
                    "HmipTopologyHelper: 1 to 9 domains");
    NS_ABORT_MSG_IF(config.serversPerDomain == 0 || config.serversPerDomain > 9,
                    "HmipTopologyHelper: 1 to 9 servers a domain");
    for (uint32_t n : config.accessRouters)
    {
        NS_ABORT_MSG_IF(n == 0 || n > MAX_ROUTERS,
                        "HmipTopologyHelper: 1 to " << MAX_ROUTERS << " access routers a domain");
    }
    bool several = config.accessRouters.size() > 1;
    m_ir = CreateObject<Node>();
    m_ha = CreateObject<Node>();
    m_ch1 = CreateObject<Node>();
    NS_ABORT_MSG_IF(config.hosts == 0 || config.hosts > 60000,
                    "HmipTopologyHelper: 1 to 60000 hosts");
    m_nodes.Add(m_ir);
    m_nodes.Add(m_ha);
    m_nodes.Add(m_ch1);
    for (uint32_t i = 0; i < config.hosts; ++i)
    {
        m_hosts.push_back(CreateObject<Node>());
        m_nodes.Add(m_hosts.back());
    }
    Name(m_ir, "IR");
    Name(m_ha, "HA");
    Name(m_ch1, "CH1");
    for (uint32_t i = 0; i < config.hosts; ++i)
    {
        Name(m_hosts[i], config.hosts == 1 ? "MH" : "MH-" + std::to_string(i + 1));
    }
    uint32_t arNumber = 0;
    for (uint32_t k = 1; k <= config.accessRouters.size(); ++k)
    {
        std::string suffix = several ? std::to_string(k) : "";
        Domain d;
        d.border = CreateObject<Node>();
        d.server = CreateObject<Node>();
        m_nodes.Add(d.border);
        m_nodes.Add(d.server);
        Name(d.border, "BR" + suffix);
        Name(d.server, "MS" + suffix);
        d.servers.push_back(d.server);
        for (uint32_t j = 1; j < config.serversPerDomain; ++j)
        {
            Ptr<Node> extra = CreateObject<Node>();
            m_nodes.Add(extra);
            Name(extra, "MS" + suffix + std::string(1, char('a' + j)));
            d.servers.push_back(extra);
        }
        if (config.correspondentInDomain)
        {
            d.correspondent = CreateObject<Node>();
            m_nodes.Add(d.correspondent);
            Name(d.correspondent, several ? "CH2-" + suffix : "CH2");
        }
        for (uint32_t i = 0; i < config.accessRouters[k - 1]; ++i)
        {
            Ptr<Node> ar = CreateObject<Node>();
            m_nodes.Add(ar);
            Name(ar, "AR" + std::to_string(++arNumber));
            d.accessRouters.push_back(ar);
        }
        m_domains.push_back(d);
    }

    InternetStackHelper stack;
    stack.SetIpv4StackInstall(false);
    stack.Install(m_nodes);
    for (uint32_t i = 0; i < m_nodes.GetN(); ++i)
    {
        hmipv6::NdiscRepair::Install(m_nodes.Get(i)); // takeovers reach plain routers too
        hmipv6::Icmpv6SendGuard::Install(m_nodes.Get(i));
    }

    // The access link first, so that interface 1 is the access interface of the host and
    // of every access router.
    NS_ABORT_MSG_IF(config.linkModel != "switch" && config.linkModel != "wifi",
                    "HmipTopologyHelper: linkModel must be switch or wifi");
    NS_ABORT_MSG_IF(config.nearestAccessPoint && config.linkModel != "switch",
                    "HmipTopologyHelper: nearestAccessPoint is for the switch link model");
    NS_ABORT_MSG_IF(config.homeAccessPoint && config.linkModel != "switch",
                    "HmipTopologyHelper: homeAccessPoint needs the switch link model");
    Ptr<SimpleChannel> access;
    if (config.linkModel == "switch")
    {
        // One channel divided into links; each host has its own switch over them.
        access = CreateObject<hmipv6::LinkSwitchChannel>();
        access->SetAttribute("Delay", TimeValue(config.accessDelay));
        for (Ptr<Node> host : m_hosts)
        {
            Ptr<SimpleNetDevice> device = AddDevice(host, access, Ipv6Address::GetAny());
            Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
            handoff->SetAttribute("L2Outage", TimeValue(config.l2Outage));
            handoff->SetMobileDevice(device);
            host->AggregateObject(handoff); // HmipHelper and Mipv6Helper find it there
            m_handoffs.push_back(handoff);
        }
        for (uint32_t k = 1; k <= m_domains.size(); ++k)
        {
            Domain& d = m_domains[k - 1];
            for (uint32_t i = 1; i <= d.accessRouters.size(); ++i)
            {
                Ipv6Address prefix = DomainAddress(k, AccessGroup(i) + "::");
                d.accessPrefixes.push_back(prefix);
                Ptr<SimpleNetDevice> ap = AddDevice(d.accessRouters[i - 1],
                                                    access,
                                                    DomainAddress(k, AccessGroup(i) + "::1"));
                d.accessPoints.push_back(AddAccessPoint(ap));
            }
        }
        if (config.nearestAccessPoint)
        {
            NodeContainer aps = PlaceAccessPoints();
            for (uint32_t i = 0; i < m_hosts.size(); ++i)
            {
                Ptr<hmipv6::NearestAccessPointSwitch> nearest =
                    CreateObject<hmipv6::NearestAccessPointSwitch>();
                nearest->SetAttribute("Range", DoubleValue(config.wifiRange));
                for (uint32_t ap = 0; ap < aps.GetN(); ++ap)
                {
                    nearest->AddAccessPoint(ap,
                                            aps.Get(ap)->GetObject<MobilityModel>()->GetPosition());
                }
                m_nearest.push_back(nearest);
                // Started at time 0, when the user's mobility model is in place (by
                // value: the helper may be gone by then).
                Ptr<Node> host = m_hosts[i];
                Ptr<hmipv6::LinkSwitchHandoff> handoff = m_handoffs[i];
                Simulator::ScheduleWithContext(
                    host->GetId(),
                    Seconds(0),
                    [host, handoff, nearest]() {
                        Ptr<MobilityModel> mobility = host->GetObject<MobilityModel>();
                        NS_ABORT_MSG_IF(!mobility,
                                        "HmipTopologyHelper: host " << host->GetId()
                                                                    << " has no MobilityModel");
                        nearest->Start(handoff, mobility);
                    });
            }
        }
    }
    else
    {
        NodeContainer aps = PlaceAccessPoints();
        Ptr<hmipv6::WifiRoamingHandoff> wifi = CreateObject<hmipv6::WifiRoamingHandoff>();
        wifi->SetAttribute("Range", DoubleValue(config.wifiRange));
        wifi->SetAttribute("BeaconInterval", TimeValue(MicroSeconds(102400)));
        wifi->SetAttribute("MaxMissedBeacons", UintegerValue(3));
        wifi->SetAttribute("ActiveProbing", BooleanValue(true));
        wifi->SetAttribute("ProbeRequestTimeout", TimeValue(MilliSeconds(50)));
        wifi->Install(aps, m_hosts[0]);
        m_wifis.push_back(wifi);
        for (uint32_t i = 1; i < m_hosts.size(); ++i)
        {
            m_wifis.push_back(wifi->InstallStation(m_hosts[i]));
        }
        for (uint32_t i = 0; i < m_hosts.size(); ++i)
        {
            AddInterface(m_wifis[i]->GetStation(), Ipv6Address::GetAny());
            m_hosts[i]->AggregateObject(m_wifis[i]);
        }
        uint32_t index = 0;
        for (uint32_t k = 1; k <= m_domains.size(); ++k)
        {
            Domain& d = m_domains[k - 1];
            for (uint32_t i = 1; i <= d.accessRouters.size(); ++i)
            {
                d.accessPrefixes.push_back(DomainAddress(k, AccessGroup(i) + "::"));
                d.accessPoints.push_back(index);
                AddInterface(wifi->GetAccessPoint(index++),
                             DomainAddress(k, AccessGroup(i) + "::1"));
            }
        }
    }
    // The Internet: home link, CH1, and one link per domain border.
    Ptr<SimpleChannel> home = config.homeAccessPoint ? access : MakeChannel(config.edgeDelay);
    Ptr<SimpleNetDevice> haDevice = AddDevice(m_ha, home, HOME_AGENT);
    Ptr<SimpleNetDevice> irHome = AddDevice(m_ir, home, Ipv6Address("2001:1::1"));
    if (config.homeAccessPoint)
    {
        m_homeAccessPoint = AddAccessPoint(irHome);
        for (Ptr<hmipv6::LinkSwitchHandoff> handoff : m_handoffs)
        {
            handoff->AddLinkMember(m_homeAccessPoint, haDevice);
        }
    }
    Ptr<SimpleChannel> chLink = MakeChannel(config.edgeDelay);
    AddDevice(m_ch1, chLink, CH1_ADDRESS);
    AddDevice(m_ir, chLink, Ipv6Address("2001:20::1"));

    Ipv6StaticRoutingHelper rh;
    for (uint32_t k = 1; k <= m_domains.size(); ++k)
    {
        Domain& d = m_domains[k - 1];
        // Border link: IR 2001:30:k::1, BR 2001:30:k::2.
        std::ostringstream border;
        border << "2001:30:" << std::hex << k << "::";
        Ptr<SimpleChannel> internet = MakeChannel(config.haDelay);
        AddDevice(m_ir, internet, Ipv6Address((border.str() + "1").c_str()));
        d.borderInternet = AddDevice(d.border, internet, Ipv6Address((border.str() + "2").c_str()));
        if (config.staticBorderNeighbors)
        {
            // A point-to-point link resolves no addresses; ns-3 3.37 would also queue
            // (and drop beyond 3) packets while it probes a neighbour, which RFC 4861
            // 7.3.3 does not: one round trip of the border link lost every ~35 s.
            // (The channel overload needs IPv4 on every node.)
            Ipv6InterfaceContainer ends;
            ends.Add(Ip(m_ir), Ip(m_ir)->GetNInterfaces() - 1);
            ends.Add(Ip(d.border), Ip(d.border)->GetNInterfaces() - 1);
            NeighborCacheHelper().PopulateNeighborCache(ends);
        }
        uint32_t irInterface = Ip(m_ir)->GetNInterfaces() - 1;
        rh.GetStaticRouting(Ip(m_ir))->AddNetworkRouteTo(DomainAddress(k, "::"),
                                                         Ipv6Prefix(32),
                                                         Ipv6Address((border.str() + "2").c_str()),
                                                         irInterface);
        Ptr<Ipv6StaticRouting> brRouting = rh.GetStaticRouting(Ip(d.border));
        brRouting->SetDefaultRoute(Ipv6Address((border.str() + "1").c_str()), 1);
        // Mobility Network: BR ::1, MS ::2 (the MS's interface 1).
        d.mobilityNetwork = DomainAddress(k, "::");
        d.serverAddress = DomainAddress(k, "::2");
        Ptr<SimpleChannel> mn = MakeChannel(config.domainDelay);
        for (uint32_t j = 0; j < d.servers.size(); ++j)
        {
            std::ostringstream host;
            host << "::" << std::hex << (j + 2);
            d.serverAddresses.push_back(DomainAddress(k, host.str()));
            AddDevice(d.servers[j], mn, d.serverAddresses.back());
            rh.GetStaticRouting(Ip(d.servers[j]))->SetDefaultRoute(DomainAddress(k, "::1"), 1);
        }
        AddDevice(d.border, mn, DomainAddress(k, "::1"));
        if (d.correspondent)
        {
            d.correspondentAddress = DomainAddress(k, ":20::2");
            Ptr<SimpleChannel> link = MakeChannel(config.domainDelay);
            AddDevice(d.correspondent, link, d.correspondentAddress);
            AddDevice(d.border, link, DomainAddress(k, ":20::1"));
            rh.GetStaticRouting(Ip(d.correspondent))
                ->SetDefaultRoute(DomainAddress(k, ":20::1"), 1);
        }
        for (uint32_t i = 1; i <= d.accessRouters.size(); ++i)
        {
            Ptr<Node> ar = d.accessRouters[i - 1];
            Ptr<SimpleChannel> link = MakeChannel(config.domainDelay);
            Ipv6Address arAddress = DomainAddress(k, RouterLinkGroup(i) + "::1");
            Ipv6Address brAddress = DomainAddress(k, RouterLinkGroup(i) + "::2");
            AddDevice(ar, link, arAddress);
            AddDevice(d.border, link, brAddress);
            d.routerAddresses.push_back(arAddress);
            rh.GetStaticRouting(Ip(ar))->SetDefaultRoute(brAddress, 2);
            brRouting->AddNetworkRouteTo(d.accessPrefixes[i - 1],
                                         Ipv6Prefix(64),
                                         arAddress,
                                         Ip(d.border)->GetNInterfaces() - 1);
        }
    }
    rh.GetStaticRouting(Ip(m_ha))->SetDefaultRoute(Ipv6Address("2001:1::1"), 1);
    rh.GetStaticRouting(Ip(m_ch1))->SetDefaultRoute(Ipv6Address("2001:20::1"), 1);
    for (Ptr<Node> router : {m_ir})
    {
        for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
        {
            Ip(router)->SetForwarding(i, true);
        }
    }
    for (const Domain& d : m_domains)
    {
        std::vector<Ptr<Node>> routers = d.accessRouters;
        routers.push_back(d.border);
        for (Ptr<Node> router : routers)
        {
            for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
            {
                Ip(router)->SetForwarding(i, true);
            }
        }
    }
    // ns-3 queues 3 packets per address being resolved (RFC 4861 7.2.2 asks for at least
    // one; Linux about 100). A border router's first packets to a new GCoA, the tunnelled
    // flow and the home agent's acknowledgement, overflowed 3 at 300 packets/s.
    for (uint32_t n = 0; n < m_nodes.GetN(); ++n)
    {
        Ptr<Ipv6L3Protocol> ipv6 = Ip(m_nodes.Get(n));
        for (uint32_t i = 0; i < ipv6->GetNInterfaces(); ++i)
        {
            if (Ptr<NdiscCache> cache = ipv6->GetInterface(i)->GetNdiscCache())
            {
                cache->SetAttribute("UnresolvedQueueSize",
                                    UintegerValue(config.unresolvedQueueSize));
            }
        }
    }
}

const HmipTopologyHelper::Config&
HmipTopologyHelper::GetConfig() const
{
    return m_config;
}

const std::vector<HmipTopologyHelper::Domain>&
HmipTopologyHelper::GetDomains() const
{
    return m_domains;
}

Ptr<Node>
HmipTopologyHelper::GetInternetRouter() const
{
    return m_ir;
}

Ptr<Node>
HmipTopologyHelper::GetHomeAgent() const
{
    return m_ha;
}

Ptr<Node>
HmipTopologyHelper::GetExternalCorrespondent() const
{
    return m_ch1;
}

uint32_t
HmipTopologyHelper::GetNHosts() const
{
    return m_hosts.size();
}

Ptr<Node>
HmipTopologyHelper::GetMobileHost(uint32_t i) const
{
    NS_ABORT_MSG_IF(i >= m_hosts.size(), "HmipTopologyHelper: no host " << i);
    return m_hosts[i];
}

Ptr<hmipv6::LinkSwitchHandoff>
HmipTopologyHelper::GetHandoff(uint32_t i) const
{
    NS_ABORT_MSG_IF(i >= m_hosts.size(), "HmipTopologyHelper: no host " << i);
    return m_handoffs.empty() ? nullptr : m_handoffs[i];
}

Ipv6Address
HmipTopologyHelper::GetHomeAddress(uint32_t i)
{
    return Mipv6Helper::OffsetAddress(HOME_ADDRESS, i);
}

uint32_t
HmipTopologyHelper::AddAccessPoint(Ptr<SimpleNetDevice> device)
{
    uint32_t index = m_handoffs[0]->AddAccessPoint(device);
    for (uint32_t i = 1; i < m_handoffs.size(); ++i)
    {
        NS_ABORT_MSG_IF(m_handoffs[i]->AddAccessPoint(device) != index,
                        "HmipTopologyHelper: access point indices differ between hosts");
    }
    return index;
}

Ptr<hmipv6::WifiRoamingHandoff>
HmipTopologyHelper::GetWifiHandoff(uint32_t i) const
{
    NS_ABORT_MSG_IF(i >= m_hosts.size(), "HmipTopologyHelper: no host " << i);
    return m_wifis.empty() ? nullptr : m_wifis[i];
}

Ptr<hmipv6::NearestAccessPointSwitch>
HmipTopologyHelper::GetNearestSwitch(uint32_t i) const
{
    NS_ABORT_MSG_IF(i >= m_hosts.size(), "HmipTopologyHelper: no host " << i);
    return m_nearest.empty() ? nullptr : m_nearest[i];
}

Ptr<Object>
HmipTopologyHelper::GetLinkModel(uint32_t i) const
{
    NS_ABORT_MSG_IF(i >= m_hosts.size(), "HmipTopologyHelper: no host " << i);
    return m_handoffs.empty() ? Ptr<Object>(m_wifis[i]) : Ptr<Object>(m_handoffs[i]);
}

uint32_t
HmipTopologyHelper::GetHomeAccessPoint() const
{
    return m_homeAccessPoint;
}

NodeContainer
HmipTopologyHelper::GetNodes() const
{
    return m_nodes;
}

int64_t
HmipTopologyHelper::AssignStreams(int64_t stream)
{
    if (m_wifis.empty())
    {
        return 0;
    }
    NetDeviceContainer devices;
    for (uint32_t i = 0; i < m_wifis[0]->GetNAccessPoints(); ++i)
    {
        devices.Add(m_wifis[0]->GetAccessPoint(i));
    }
    for (Ptr<hmipv6::WifiRoamingHandoff> wifi : m_wifis)
    {
        devices.Add(wifi->GetStation());
    }
    return WifiHelper().AssignStreams(devices, stream);
}

NodeContainer
HmipTopologyHelper::GetMobileHosts() const
{
    NodeContainer hosts;
    for (Ptr<Node> host : m_hosts)
    {
        hosts.Add(host);
    }
    return hosts;
}

NodeContainer
HmipTopologyHelper::GetAccessRouters() const
{
    NodeContainer routers;
    for (const Domain& d : m_domains)
    {
        for (Ptr<Node> router : d.accessRouters)
        {
            routers.Add(router);
        }
    }
    return routers;
}

NetDeviceContainer
HmipTopologyHelper::GetBorderDevices() const
{
    NetDeviceContainer devices;
    for (const Domain& d : m_domains)
    {
        devices.Add(d.borderInternet);
    }
    return devices;
}

std::string
HmipTopologyHelper::GetName(Ptr<const Node> node) const
{
    for (const auto& [n, name] : m_names)
    {
        if (n == node)
        {
            return name;
        }
    }
    return "";
}

std::string
HmipTopologyHelper::GetName(Ipv6Address address) const
{
    for (uint32_t i = 0; i < m_hosts.size(); ++i)
    {
        if (address == GetHomeAddress(i))
        {
            return m_hosts.size() == 1 ? "MH" : "MH-" + std::to_string(i + 1);
        }
    }
    for (const auto& [n, name] : m_names)
    {
        Ptr<Ipv6L3Protocol> ipv6 = n->GetObject<Ipv6L3Protocol>();
        if (ipv6 && ipv6->GetInterfaceForAddress(address) >= 0)
        {
            return name;
        }
    }
    return "";
}

} // namespace ns3
