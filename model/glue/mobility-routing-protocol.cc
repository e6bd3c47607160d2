// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-routing-protocol.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/ipv6-list-routing.h"
#include "ns3/list-routing-wrapper.h"
#include "ns3/log.h"
#include "ns3/loopback-net-device.h"
#include "ns3/node.h"
#include "ns3/simulator.h"

#include <ostream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("MobilityRoutingProtocol");

NS_OBJECT_ENSURE_REGISTERED(MobilityRoutingProtocol);

namespace
{
/// IPv6-in-IPv6 (RFC 2473): lookups for tunnel packets.
constexpr uint8_t IPV6_IN_IPV6 = 41;
constexpr uint8_t ICMPV6 = 58;         //!< RFC 4443
constexpr uint8_t ND_FIRST_TYPE = 133; //!< Router Solicitation (RFC 4861 4.1)
constexpr uint8_t ND_LAST_TYPE = 137;  //!< Redirect (RFC 4861 4.5)
} // namespace

TypeId
MobilityRoutingProtocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::MobilityRoutingProtocol")
            .SetParent<Ipv6RoutingProtocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<MobilityRoutingProtocol>()
            .AddAttribute("DivertUnspecifiedSource",
                          "Divert packets originated with no source yet (unbound sockets) "
                          "into the tunnel of the lowest home address with a source "
                          "divert, with that home address as source.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&MobilityRoutingProtocol::m_divertUnspecifiedSource),
                          MakeBooleanChecker())
            .AddTraceSource("Divert",
                            "A lookup was answered with a route into a tunnel interface",
                            MakeTraceSourceAccessor(&MobilityRoutingProtocol::m_divertTrace),
                            "ns3::hmipv6::MobilityRoutingProtocol::DivertCallback")
            .AddTraceSource("Drop",
                            "A packet to forward was dropped (a multicast or unspecified "
                            "source, RFC 4291 2.7 and 2.5.2)",
                            MakeTraceSourceAccessor(&MobilityRoutingProtocol::m_dropTrace),
                            "ns3::hmipv6::MobilityRoutingProtocol::DropCallback");
    return tid;
}

MobilityRoutingProtocol::MobilityRoutingProtocol()
    : m_ipv6(nullptr),
      m_divertUnspecifiedSource(false),
      m_diverted(0),
      m_dropped(0)
{
    NS_LOG_FUNCTION(this);
}

MobilityRoutingProtocol::~MobilityRoutingProtocol()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityRoutingProtocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_ipv6 = nullptr;
    m_diverts.clear();
    m_sourceDiverts.clear();
    Ipv6RoutingProtocol::DoDispose();
}

Ptr<MobilityRoutingProtocol>
MobilityRoutingProtocol::Get(Ptr<Node> node)
{
    Ptr<Ipv6> ipv6 = node ? node->GetObject<Ipv6>() : nullptr;
    Ptr<Ipv6ListRouting> list =
        ipv6 ? DynamicCast<Ipv6ListRouting>(ipv6->GetRoutingProtocol()) : nullptr;
    if (!list)
    {
        return nullptr;
    }
    for (uint32_t i = 0; i < list->GetNRoutingProtocols(); ++i)
    {
        int16_t priority;
        Ptr<MobilityRoutingProtocol> found =
            DynamicCast<MobilityRoutingProtocol>(list->GetRoutingProtocol(i, priority));
        if (found)
        {
            return found;
        }
    }
    return nullptr;
}

Ptr<MobilityRoutingProtocol>
MobilityRoutingProtocol::Install(Ptr<Node> node, int16_t priority)
{
    NS_LOG_FUNCTION(node << priority);
    Ptr<Ipv6> ipv6 = node->GetObject<Ipv6>();
    NS_ABORT_MSG_IF(!ipv6,
                    "MobilityRoutingProtocol: node " << node->GetId()
                                                     << " has no IPv6 stack (InternetStackHelper)");
    Ptr<MobilityRoutingProtocol> existing = Get(node);
    if (existing)
    {
        return existing;
    }
    NS_ABORT_MSG_IF(!ipv6->GetRoutingProtocol(),
                    "MobilityRoutingProtocol: node " << node->GetId()
                                                     << " has no IPv6 routing protocol");
    Ptr<Ipv6ListRouting> list = hmipv6::EnsureListRouting(ipv6);
    Ptr<MobilityRoutingProtocol> routing = CreateObject<MobilityRoutingProtocol>();
    list->AddRoutingProtocol(routing, priority); // calls SetIpv6
    return routing;
}

void
MobilityRoutingProtocol::AddDivert(Ipv6Address destination, uint32_t tunnelInterface)
{
    NS_LOG_FUNCTION(this << destination << tunnelInterface);
    if (destination.IsMulticast() || destination.IsLinkLocal() || destination.IsAny())
    {
        NS_LOG_WARN("Divert of " << destination << " will never match (not a unicast global)");
    }
    m_diverts[destination] = tunnelInterface;
}

bool
MobilityRoutingProtocol::RemoveDivert(Ipv6Address destination)
{
    NS_LOG_FUNCTION(this << destination);
    return m_diverts.erase(destination) > 0;
}

bool
MobilityRoutingProtocol::HasDivert(Ipv6Address destination) const
{
    return m_diverts.find(destination) != m_diverts.end();
}

uint32_t
MobilityRoutingProtocol::GetNDiverts() const
{
    return static_cast<uint32_t>(m_diverts.size());
}

void
MobilityRoutingProtocol::AddSourceDivert(Ipv6Address homeAddress,
                                         uint32_t tunnelInterface,
                                         Ipv6Address exceptDestination)
{
    NS_LOG_FUNCTION(this << homeAddress << tunnelInterface << exceptDestination);
    m_sourceDiverts[homeAddress] = SourceDivert{tunnelInterface, exceptDestination};
}

bool
MobilityRoutingProtocol::RemoveSourceDivert(Ipv6Address homeAddress)
{
    NS_LOG_FUNCTION(this << homeAddress);
    return m_sourceDiverts.erase(homeAddress) > 0;
}

bool
MobilityRoutingProtocol::HasSourceDivert(Ipv6Address homeAddress) const
{
    return m_sourceDiverts.find(homeAddress) != m_sourceDiverts.end();
}

uint32_t
MobilityRoutingProtocol::GetNSourceDiverts() const
{
    return static_cast<uint32_t>(m_sourceDiverts.size());
}

uint64_t
MobilityRoutingProtocol::GetDivertedCount() const
{
    return m_diverted;
}

uint64_t
MobilityRoutingProtocol::GetDroppedCount() const
{
    return m_dropped;
}

bool
MobilityRoutingProtocol::IsUsable(uint32_t interface) const
{
    return m_ipv6 && interface < m_ipv6->GetNInterfaces() && m_ipv6->IsUp(interface);
}

Ipv6Address
MobilityRoutingProtocol::SelectSource(uint32_t interface, Ipv6Address destination) const
{
    // Ipv6L3Protocol::SourceAddressSelection asserts when the interface has no global
    // address, which a tunnel interface usually lacks: choose here instead.
    Ipv6Address fallback = Ipv6Address::GetAny();
    for (uint32_t i = 0; i < m_ipv6->GetNAddresses(interface); ++i)
    {
        Ipv6InterfaceAddress address = m_ipv6->GetAddress(interface, i);
        if (address.GetScope() != Ipv6InterfaceAddress::GLOBAL)
        {
            continue;
        }
        if (address.IsInSameSubnet(destination))
        {
            return address.GetAddress();
        }
        if (fallback.IsAny())
        {
            fallback = address.GetAddress();
        }
    }
    if (!fallback.IsAny())
    {
        return fallback;
    }
    for (uint32_t j = 0; j < m_ipv6->GetNInterfaces(); ++j)
    {
        if (j == interface || !m_ipv6->IsUp(j) ||
            DynamicCast<LoopbackNetDevice>(m_ipv6->GetNetDevice(j)))
        {
            continue;
        }
        for (uint32_t i = 0; i < m_ipv6->GetNAddresses(j); ++i)
        {
            Ipv6InterfaceAddress address = m_ipv6->GetAddress(j, i);
            if (address.GetScope() == Ipv6InterfaceAddress::GLOBAL)
            {
                return address.GetAddress();
            }
        }
    }
    return Ipv6Address::GetAny();
}

Ptr<Ipv6Route>
MobilityRoutingProtocol::MakeRoute(const Ipv6Header& header, uint32_t interface, Ipv6Address source)
{
    Ptr<Ipv6Route> route = Create<Ipv6Route>();
    route->SetDestination(header.GetDestination());
    route->SetSource(source);
    // No gateway: Ipv6Interface hands the packet to the tunnel device, which needs no
    // neighbor (NeedsArp() is false) and finds the exit-point itself.
    route->SetGateway(Ipv6Address::GetAny());
    route->SetOutputDevice(m_ipv6->GetNetDevice(interface));
    ++m_diverted;
    m_divertTrace(header, interface);
    return route;
}

Ptr<Ipv6Route>
MobilityRoutingProtocol::RouteOutput(Ptr<Packet> p,
                                     const Ipv6Header& header,
                                     Ptr<NetDevice> oif,
                                     Socket::SocketErrno& sockerr)
{
    NS_LOG_FUNCTION(this << p << header << oif);
    Ipv6Address dst = header.GetDestination();
    Ipv6Address src = header.GetSource();
    if (!m_ipv6 || dst.IsMulticast() || dst.IsLinkLocal() || dst.IsLocalhost() || src.IsLinkLocal())
    {
        sockerr = Socket::ERROR_NOROUTETOHOST;
        return nullptr;
    }
    // A lookup restricted to an output device is diverted only into that device.
    auto fits = [this, oif](uint32_t interface) {
        return IsUsable(interface) && (!oif || oif == m_ipv6->GetNetDevice(interface));
    };

    auto divert = m_diverts.find(dst);
    if (divert != m_diverts.end() && fits(divert->second))
    {
        Ipv6Address source = src.IsAny() ? SelectSource(divert->second, dst) : src;
        if (!source.IsAny())
        {
            NS_LOG_LOGIC("Destination " << dst << " diverted to interface " << divert->second);
            sockerr = Socket::ERROR_NOTERROR;
            return MakeRoute(header, divert->second, source);
        }
        NS_LOG_WARN("No global address to send to " << dst << " from: not diverted");
    }

    if (!src.IsAny())
    {
        auto sourceDivert = m_sourceDiverts.find(src);
        if (sourceDivert != m_sourceDiverts.end() &&
            sourceDivert->second.exceptDestination != dst && fits(sourceDivert->second.interface))
        {
            NS_LOG_LOGIC("Source " << src << " diverted to interface "
                                   << sourceDivert->second.interface);
            sockerr = Socket::ERROR_NOTERROR;
            return MakeRoute(header, sourceDivert->second.interface, src);
        }
    }
    else if (m_divertUnspecifiedSource && header.GetNextHeader() != IPV6_IN_IPV6)
    {
        for (const auto& entry : m_sourceDiverts)
        {
            if (entry.second.exceptDestination != dst && fits(entry.second.interface))
            {
                NS_LOG_LOGIC("Unspecified source to " << dst << " diverted to interface "
                                                      << entry.second.interface << " from "
                                                      << entry.first);
                sockerr = Socket::ERROR_NOTERROR;
                return MakeRoute(header, entry.second.interface, entry.first);
            }
        }
    }

    sockerr = Socket::ERROR_NOROUTETOHOST;
    return nullptr;
}

bool
MobilityRoutingProtocol::DoRouteInput(Ptr<const Packet> p,
                                      const Ipv6Header& header,
                                      Ptr<const NetDevice> idev,
                                      const UnicastForwardCallback& ucb,
                                      const MulticastForwardCallback& /* mcb */,
                                      const LocalDeliverCallback& /* lcb */,
                                      const ErrorCallback& ecb)
{
    NS_LOG_FUNCTION(this << p << header << idev);
    Ipv6Address dst = header.GetDestination();
    Ipv6Address src = header.GetSource();
    if (!dst.IsMulticast() && (src.IsMulticast() || src.IsAny()))
    {
        // RFC 4291 2.7 and 2.5.2: never a source to forward. ns-3 (3.37 to 3.48) forwards
        // it, and its Redirect back to such a source makes every node of the link add a
        // route on interface -1 (Icmpv6L4Protocol::HandleRedirection), which crashes
        // the next lookup that finds it. Answered here: dropped.
        ++m_dropped;
        m_dropTrace(p, DropReason::INVALID_ADDRESS, "forwarding a multicast or unspecified source");
        return true;
    }
    if (!m_ipv6 || dst.IsMulticast() || dst.IsLinkLocal())
    {
        return false;
    }
    auto divert = m_diverts.find(dst);
    if (divert == m_diverts.end() || !IsUsable(divert->second))
    {
        return false; // the next protocol answers
    }
    uint8_t type = 0;
    if (header.GetNextHeader() == ICMPV6 && p->CopyData(&type, 1) == 1 && type >= ND_FIRST_TYPE &&
        type <= ND_LAST_TYPE)
    {
        // RFC 4861 7.1: Neighbour Discovery never leaves its link (a receiver takes only
        // hop limit 255), and for a diverted address this node is the proxy that answers
        // it (RFC 4861 7.2.8, RFC 6275 10.4.1). Tunnelled, a router's unicast probe of a
        // home address reached the host, whose answer came back and pointed the router
        // at the host's link-layer address: the flow was lost until the next probe.
        ++m_dropped;
        m_dropTrace(p, DropReason::MISADDRESSED, "Neighbour Discovery is not tunnelled");
        return true;
    }
    int32_t iif = m_ipv6->GetInterfaceForDevice(idev);
    if (iif < 0 || !m_ipv6->IsForwarding(static_cast<uint32_t>(iif)))
    {
        NS_LOG_LOGIC("Forwarding disabled on the input interface");
        if (!ecb.IsNull())
        {
            ecb(p, header, Socket::ERROR_NOROUTETOHOST);
        }
        return true;
    }
    NS_LOG_LOGIC("Forwarded packet to " << dst << " diverted to interface " << divert->second);
    ucb(idev, MakeRoute(header, divert->second, header.GetSource()), p, header);
    return true;
}

void
MobilityRoutingProtocol::NotifyInterfaceUp(uint32_t interface)
{
    // Diverts are configuration, kept across interface state changes; lookups check
    // that the interface is up.
    NS_LOG_FUNCTION(this << interface);
}

void
MobilityRoutingProtocol::NotifyInterfaceDown(uint32_t interface)
{
    NS_LOG_FUNCTION(this << interface);
}

void
MobilityRoutingProtocol::NotifyAddAddress(uint32_t interface, Ipv6InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
}

void
MobilityRoutingProtocol::NotifyRemoveAddress(uint32_t interface, Ipv6InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
}

void
MobilityRoutingProtocol::NotifyAddRoute(Ipv6Address dst,
                                        Ipv6Prefix mask,
                                        Ipv6Address nextHop,
                                        uint32_t interface,
                                        Ipv6Address prefixToUse)
{
    // Prefix routes are static routing's business.
    NS_LOG_FUNCTION(this << dst << mask << nextHop << interface << prefixToUse);
}

void
MobilityRoutingProtocol::NotifyRemoveRoute(Ipv6Address dst,
                                           Ipv6Prefix mask,
                                           Ipv6Address nextHop,
                                           uint32_t interface,
                                           Ipv6Address prefixToUse)
{
    NS_LOG_FUNCTION(this << dst << mask << nextHop << interface << prefixToUse);
}

void
MobilityRoutingProtocol::SetIpv6(Ptr<Ipv6> ipv6)
{
    NS_LOG_FUNCTION(this << ipv6);
    NS_ASSERT(ipv6);
    m_ipv6 = ipv6;
}

void
MobilityRoutingProtocol::PrintRoutingTable(Ptr<OutputStreamWrapper> stream, Time::Unit unit) const
{
    std::ostream* os = stream->GetStream();
    Ptr<Node> node = m_ipv6 ? m_ipv6->GetObject<Node>() : nullptr;
    *os << "Node: " << (node ? node->GetId() : 0) << ", Time: " << Now().As(unit)
        << ", Local time: " << (node ? node->GetLocalTime().As(unit) : Now().As(unit))
        << ", MobilityRoutingProtocol" << std::endl;
    *os << "Destination diverts: " << m_diverts.size() << std::endl;
    for (const auto& entry : m_diverts)
    {
        *os << "  " << entry.first << " -> interface " << entry.second << std::endl;
    }
    *os << "Source diverts: " << m_sourceDiverts.size()
        << (m_divertUnspecifiedSource ? " (also unspecified sources)" : "") << std::endl;
    for (const auto& entry : m_sourceDiverts)
    {
        *os << "  from " << entry.first << " -> interface " << entry.second.interface;
        if (!entry.second.exceptDestination.IsAny())
        {
            *os << ", except to " << entry.second.exceptDestination;
        }
        *os << std::endl;
    }
    *os << std::endl;
}

} // namespace hmipv6
} // namespace ns3
