// SPDX-License-Identifier: GPL-2.0-only
#include "route-optimization-net-device.h"

#include "ns3/channel.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/log.h"
#include "ns3/socket.h"
#include "ns3/type2-routing-header.h"
#include "ns3/uinteger.h"

#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("RouteOptimizationNetDevice");

NS_OBJECT_ENSURE_REGISTERED(RouteOptimizationNetDevice);

TypeId
RouteOptimizationNetDevice::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::RouteOptimizationNetDevice")
            .SetParent<Ipv6VirtualNetDevice>()
            .SetGroupName("Hmipv6")
            .AddConstructor<RouteOptimizationNetDevice>()
            .AddAttribute("Mtu",
                          "The largest packet sent to a home address without fragmentation: "
                          "the link MTU minus the 24-octet type 2 routing header.",
                          UintegerValue(DEFAULT_MTU),
                          MakeUintegerAccessor(&RouteOptimizationNetDevice::SetMtu,
                                               &RouteOptimizationNetDevice::GetMtu),
                          MakeUintegerChecker<uint16_t>(MIN_MTU))
            .AddTraceSource("Tx",
                            "A packet to a home address goes to its care-of address with a "
                            "type 2 routing header",
                            MakeTraceSourceAccessor(&RouteOptimizationNetDevice::m_txTrace),
                            "ns3::hmipv6::RouteOptimizationNetDevice::TxCallback")
            .AddTraceSource("Drop",
                            "A packet to a home address could not be route-optimised",
                            MakeTraceSourceAccessor(&RouteOptimizationNetDevice::m_dropTrace),
                            "ns3::hmipv6::RouteOptimizationNetDevice::DropCallback");
    return tid;
}

RouteOptimizationNetDevice::RouteOptimizationNetDevice()
    : m_sending(false),
      m_sent(0),
      m_dropped(0)
{
    NS_LOG_FUNCTION(this);
    m_mtu = DEFAULT_MTU;
}

RouteOptimizationNetDevice::~RouteOptimizationNetDevice()
{
    NS_LOG_FUNCTION(this);
}

void
RouteOptimizationNetDevice::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_careOfCallback.Nullify(); // it usually holds the role that owns the node
    Ipv6VirtualNetDevice::DoDispose();
}

void
RouteOptimizationNetDevice::SetCareOfCallback(CareOfCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_careOfCallback = cb;
}

uint64_t
RouteOptimizationNetDevice::GetSentCount() const
{
    return m_sent;
}

uint64_t
RouteOptimizationNetDevice::GetDroppedCount() const
{
    return m_dropped;
}

void
RouteOptimizationNetDevice::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_FUNCTION(this << packet << reason);
    NS_LOG_LOGIC("Route optimisation device " << GetIfIndex() << " drops a packet: " << reason);
    ++m_dropped;
    m_dropTrace(packet, reason);
}

bool
RouteOptimizationNetDevice::Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << dest << protocolNumber);
    if (protocolNumber != ETHERTYPE_IPV6)
    {
        std::ostringstream os;
        os << "protocol 0x" << std::hex << protocolNumber << " is not IPv6";
        Drop(packet, os.str());
        return false;
    }
    uint32_t size = packet ? packet->GetSize() : 0;
    if (size < IPV6_HEADER_SIZE)
    {
        Drop(packet, "shorter than an IPv6 header");
        return false;
    }
    uint8_t first = 0;
    packet->CopyData(&first, 1);
    if ((first >> 4) != 6)
    {
        Drop(packet, "not an IPv6 packet");
        return false;
    }
    Ipv6Header header;
    Ptr<Packet> payload = packet->Copy();
    payload->RemoveHeader(header);
    if (header.GetPayloadLength() != payload->GetSize())
    {
        std::ostringstream os;
        os << "payload length " << header.GetPayloadLength() << " but " << payload->GetSize()
           << " octets";
        Drop(packet, os.str());
        return false;
    }
    Ipv6Address home = header.GetDestination();
    if (home.IsMulticast())
    {
        std::ostringstream os;
        os << "multicast destination " << home << " not carried";
        Drop(packet, os.str());
        return false;
    }
    Ipv6Address careOf = m_careOfCallback.IsNull() ? Ipv6Address::GetAny() : m_careOfCallback(home);
    if (careOf.IsAny())
    {
        std::ostringstream os;
        os << "no binding for " << home;
        Drop(packet, os.str());
        return false;
    }
    Ptr<Ipv6RoutingProtocol> routing;
    std::string unusable = CheckTarget(careOf, "care-of address", m_sending, routing);
    if (!unusable.empty())
    {
        Drop(packet, unusable);
        return false;
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();

    // RFC 6275 6.4: the type 2 routing header right after the IPv6 header.
    Type2RoutingHeader routingHeader;
    routingHeader.SetNextHeader(header.GetNextHeader());
    routingHeader.SetSegmentsLeft(1);
    routingHeader.SetHomeAddress(home);
    payload->AddHeader(routingHeader);

    Ipv6Header outer;
    outer.SetSource(header.GetSource());
    outer.SetDestination(careOf);
    outer.SetNextHeader(ROUTING);
    outer.SetPayloadLength(payload->GetSize());
    outer.SetHopLimit(header.GetHopLimit());
    Socket::SocketErrno err;
    Ptr<Ipv6Route> route = routing->RouteOutput(payload, outer, nullptr, err);
    if (!route)
    {
        std::ostringstream os;
        os << "no route to care-of address " << careOf;
        Drop(packet, os.str());
        return false;
    }
    if (route->GetOutputDevice() == this)
    {
        std::ostringstream os;
        os << "care-of address " << careOf << " is routed into this device";
        Drop(packet, os.str());
        return false;
    }
    Ipv6Address source = header.GetSource();
    if (source.IsAny())
    {
        source = route->GetSource();
    }

    // Ipv6L3Protocol::Send takes the hop limit from this tag (else its default).
    SocketIpv6HopLimitTag hopLimit;
    payload->RemovePacketTag(hopLimit);
    hopLimit.SetHopLimit(header.GetHopLimit());
    payload->AddPacketTag(hopLimit);

    NS_LOG_LOGIC("Route-optimised " << source << " -> " << home << " via " << careOf);
    ++m_sent;
    m_txTrace(payload, home, careOf);
    m_sending = true;
    ipv6->Send(payload, source, careOf, ROUTING, route);
    m_sending = false;
    return true;
}

bool
RouteOptimizationNetDevice::SendFrom(Ptr<Packet> packet,
                                     const Address& source,
                                     const Address& dest,
                                     uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << source << dest << protocolNumber);
    return Send(packet, dest, protocolNumber);
}

} // namespace hmipv6
} // namespace ns3
