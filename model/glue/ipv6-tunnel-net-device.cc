// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-tunnel-net-device.h"

#include "ns3/boolean.h"
#include "ns3/channel.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-option-header.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/log.h"
#include "ns3/option-tlv.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <optional>
#include <sstream>
#include <vector>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Ipv6TunnelNetDevice");

NS_OBJECT_ENSURE_REGISTERED(Ipv6TunnelNetDevice);

namespace
{
constexpr uint8_t LIMIT_OPTION = 4;       //!< Tunnel Encapsulation Limit (RFC 2473 5.1)
constexpr uint32_t LIMIT_HEADER_SIZE = 8; //!< the Destination Options header holding it

/**
 * \brief The Tunnel Encapsulation Limit of an original packet: the option in a
 *        Destination Options header right after its IPv6 header, where an entry-point
 *        puts it (RFC 2473 4.1.1, 5.1).
 * \param packet the original packet, IPv6 header first
 * \param inner its IPv6 header
 * \param offset set to where the limit's octet is, counted from the packet's start
 * \return the limit, or nothing if there is none or the header is malformed
 */
std::optional<uint8_t>
FindEncapsulationLimit(Ptr<const Packet> packet, const Ipv6Header& inner, uint32_t& offset)
{
    constexpr uint32_t FIXED = Ipv6TunnelNetDevice::HEADER_SIZE;
    if (inner.GetNextHeader() != Ipv6Header::IPV6_EXT_DESTINATION || packet->GetSize() < FIXED + 2)
    {
        return std::nullopt;
    }
    std::vector<uint8_t> octets(std::min<uint32_t>(packet->GetSize(), FIXED + 2048));
    packet->CopyData(octets.data(), octets.size());
    uint32_t length = (static_cast<uint32_t>(octets[FIXED + 1]) + 1) * 8;
    if (FIXED + length > octets.size())
    {
        return std::nullopt;
    }
    Buffer options;
    options.AddAtStart(length - 2);
    options.Begin().Write(&octets[FIXED + 2], length - 2);
    std::optional<uint8_t> limit;
    WireError error = OptionTlv::WalkWithOffsets(
        options.Begin(),
        length - 2,
        [&](uint8_t type, uint8_t size, Buffer::Iterator data, uint32_t at) {
            if (type == LIMIT_OPTION && size == 1 && !limit)
            {
                limit = data.ReadU8();
                offset = FIXED + 2 + at;
            }
            return WireError::NONE;
        });
    return error == WireError::NONE ? limit : std::nullopt;
}

/**
 * \brief The Destination Options header of a tunnel packet that may be nested `limit`
 *        more times (RFC 2473 5.1): the option, then a PadN to 8 octets.
 * \param limit the limit
 * \return the header, Next Header 41
 */
Ipv6ExtensionDestinationHeader
EncapsulationLimitHeader(uint8_t limit)
{
    // ns-3's Ipv6OptionHeader writes the data it parsed: give it the option's octets.
    const uint8_t octets[3] = {LIMIT_OPTION, 1, limit};
    Buffer buffer;
    buffer.AddAtStart(sizeof(octets));
    buffer.Begin().Write(octets, sizeof(octets));
    Ipv6OptionHeader option;
    option.Deserialize(buffer.Begin());
    Ipv6ExtensionDestinationHeader header;
    header.SetNextHeader(Ipv6TunnelNetDevice::PROT_NUMBER);
    header.AddOption(option);
    return header;
}
} // namespace

TypeId
Ipv6TunnelNetDevice::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::Ipv6TunnelNetDevice")
            .SetParent<Ipv6VirtualNetDevice>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Ipv6TunnelNetDevice>()
            .AddAttribute(
                "Mtu",
                "The tunnel MTU: the largest inner packet sent without "
                "fragmentation (RFC 2473 6.7: path MTU minus the 40-octet tunnel "
                "header; at least the IPv6 minimum of 1280).",
                UintegerValue(DEFAULT_MTU),
                MakeUintegerAccessor(&Ipv6TunnelNetDevice::SetMtu, &Ipv6TunnelNetDevice::GetMtu),
                MakeUintegerChecker<uint16_t>(MIN_MTU))
            .AddAttribute("HopLimit",
                          "Hop Limit of the tunnel header (RFC 2473 6.3: configured, by "
                          "default the node's default hop limit).",
                          UintegerValue(DEFAULT_HOP_LIMIT),
                          MakeUintegerAccessor(&Ipv6TunnelNetDevice::m_hopLimit),
                          MakeUintegerChecker<uint8_t>(1))
            .AddAttribute("Local",
                          "Source of the tunnel header; :: lets IPv6 choose for each "
                          "exit-point.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&Ipv6TunnelNetDevice::SetLocal,
                                                  &Ipv6TunnelNetDevice::GetLocal),
                          MakeIpv6AddressChecker())
            .AddAttribute("Remote",
                          "Fixed tunnel exit-point, used when no exit-point lookup is set; "
                          ":: for none.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&Ipv6TunnelNetDevice::SetRemote,
                                                  &Ipv6TunnelNetDevice::GetRemote),
                          MakeIpv6AddressChecker())
            .AddAttribute("RewriteEncapsulated",
                          "Instead of adding a tunnel header to a packet that already is "
                          "IPv6-in-IPv6 (Next Header 41 right after its IPv6 header), "
                          "rewrite the source and destination of that header (draft "
                          "4.3.5's alternative for a mobility server).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Ipv6TunnelNetDevice::m_rewriteEncapsulated),
                          MakeBooleanChecker())
            .AddAttribute("PathMtuTimeout",
                          "How long a path MTU learnt from a Packet Too Big lasts (RFC 8201 "
                          "5.3 suggests 10 minutes).",
                          TimeValue(Seconds(600)),
                          MakeTimeAccessor(&Ipv6TunnelNetDevice::m_pathMtuTimeout),
                          MakeTimeChecker(Seconds(1)))
            .AddAttribute("PathMtuCacheSize",
                          "Most exit-points whose path MTU is kept (the one to expire first "
                          "makes room).",
                          UintegerValue(1024),
                          MakeUintegerAccessor(&Ipv6TunnelNetDevice::m_pathMtuCacheSize),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("Encapsulate",
                            "An inner packet gets a tunnel header and goes to IPv6",
                            MakeTraceSourceAccessor(&Ipv6TunnelNetDevice::m_encapsulateTrace),
                            "ns3::hmipv6::Ipv6TunnelNetDevice::EncapsulateCallback")
            .AddTraceSource("Rewrite",
                            "A tunnel packet gets a new IPv6 header instead of a second one",
                            MakeTraceSourceAccessor(&Ipv6TunnelNetDevice::m_rewriteTrace),
                            "ns3::hmipv6::Ipv6TunnelNetDevice::RewriteCallback")
            .AddTraceSource("Decapsulate",
                            "An inner packet is given to the node",
                            MakeTraceSourceAccessor(&Ipv6TunnelNetDevice::m_decapsulateTrace),
                            "ns3::hmipv6::Ipv6TunnelNetDevice::DecapsulateCallback")
            .AddTraceSource("PathMtuChanged",
                            "A Packet Too Big lowered the path MTU to an exit-point",
                            MakeTraceSourceAccessor(&Ipv6TunnelNetDevice::m_pathMtuTrace),
                            "ns3::hmipv6::Ipv6TunnelNetDevice::PathMtuCallback")
            .AddTraceSource("Drop",
                            "A packet was dropped on its way into or out of the tunnel",
                            MakeTraceSourceAccessor(&Ipv6TunnelNetDevice::m_dropTrace),
                            "ns3::hmipv6::Ipv6TunnelNetDevice::DropCallback");
    return tid;
}

Ipv6TunnelNetDevice::Ipv6TunnelNetDevice()
    : m_hopLimit(DEFAULT_HOP_LIMIT),
      m_local(Ipv6Address::GetAny()),
      m_remote(Ipv6Address::GetAny()),
      m_sending(false),
      m_rewriteEncapsulated(false),
      m_encapsulated(0),
      m_rewritten(0),
      m_decapsulated(0),
      m_dropped(0),
      m_pathMtuTimeout(Seconds(600)),
      m_pathMtuCacheSize(1024),
      m_pathMtu(Seconds(600), 1024),
      m_tooBig(0)
{
    NS_LOG_FUNCTION(this);
    m_mtu = DEFAULT_MTU;
}

Ipv6TunnelNetDevice::~Ipv6TunnelNetDevice()
{
    NS_LOG_FUNCTION(this);
}

void
Ipv6TunnelNetDevice::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_exitPointCallback.Nullify(); // lookups usually hold the role that owns the node
    m_acceptCallback.Nullify();
    Ipv6VirtualNetDevice::DoDispose();
}

void
Ipv6TunnelNetDevice::SetLocal(Ipv6Address local)
{
    NS_LOG_FUNCTION(this << local);
    m_local = local;
}

Ipv6Address
Ipv6TunnelNetDevice::GetLocal() const
{
    return m_local;
}

void
Ipv6TunnelNetDevice::SetRemote(Ipv6Address remote)
{
    NS_LOG_FUNCTION(this << remote);
    m_remote = remote;
}

Ipv6Address
Ipv6TunnelNetDevice::GetRemote() const
{
    return m_remote;
}

void
Ipv6TunnelNetDevice::SetExitPointCallback(ExitPointCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_exitPointCallback = cb;
}

void
Ipv6TunnelNetDevice::SetAcceptCallback(AcceptCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_acceptCallback = cb;
}

Ipv6Address
Ipv6TunnelNetDevice::GetExitPoint(const Ipv6Header& inner) const
{
    if (!m_exitPointCallback.IsNull())
    {
        return m_exitPointCallback(inner);
    }
    return m_remote;
}

int32_t
Ipv6TunnelNetDevice::Accepts(Ipv6Address outerSrc,
                             Ipv6Address outerDst,
                             const Ipv6Header& inner) const
{
    int32_t score = 0;
    if (!m_local.IsAny())
    {
        if (m_local != outerDst)
        {
            return -1;
        }
        score += 2;
    }
    if (!m_remote.IsAny())
    {
        if (m_remote != outerSrc)
        {
            return -1;
        }
        score += 1;
    }
    if (!m_acceptCallback.IsNull() && !m_acceptCallback(outerSrc, inner))
    {
        return -1;
    }
    return score;
}

bool
Ipv6TunnelNetDevice::CheckInnerPacket(Ptr<const Packet> packet, std::string& reason)
{
    uint32_t size = packet ? packet->GetSize() : 0;
    if (size < HEADER_SIZE)
    {
        std::ostringstream os;
        os << "inner packet shorter than " << HEADER_SIZE << " octets (" << size << ")";
        reason = os.str();
        return false;
    }
    uint8_t fixed[HEADER_SIZE];
    packet->CopyData(fixed, HEADER_SIZE);
    uint8_t version = fixed[0] >> 4;
    if (version != 6)
    {
        std::ostringstream os;
        os << "inner packet version " << +version << " is not 6";
        reason = os.str();
        return false;
    }
    uint32_t payloadLength = (static_cast<uint32_t>(fixed[4]) << 8) | fixed[5];
    if (HEADER_SIZE + payloadLength > size)
    {
        std::ostringstream os;
        os << "inner payload length " << payloadLength << " larger than the " << size - HEADER_SIZE
           << " octets after the header";
        reason = os.str();
        return false;
    }
    return true;
}

void
Ipv6TunnelNetDevice::NotifyPacketTooBig(Ipv6Address exitPoint, uint32_t mtu)
{
    NS_LOG_FUNCTION(this << exitPoint << mtu);
    m_pathMtu.Configure(m_pathMtuTimeout, m_pathMtuCacheSize);
    if (m_pathMtu.Update(exitPoint, mtu, Simulator::Now()))
    {
        NS_LOG_LOGIC("Path MTU to " << exitPoint << " now " << GetPathMtu(exitPoint));
        m_pathMtuTrace(exitPoint, GetPathMtu(exitPoint));
    }
}

uint32_t
Ipv6TunnelNetDevice::GetPathMtu(Ipv6Address exitPoint) const
{
    return m_pathMtu.Get(exitPoint, Simulator::Now()).value_or(0);
}

bool
Ipv6TunnelNetDevice::FitsTunnelMtu(Ptr<const Packet> packet,
                                   const Ipv6Header& inner,
                                   Ipv6Address exitPoint,
                                   Ptr<const Ipv6Route> route,
                                   uint32_t overhead)
{
    uint32_t pathMtu = route->GetOutputDevice()->GetMtu();
    if (uint32_t learnt = GetPathMtu(exitPoint))
    {
        pathMtu = std::min(pathMtu, learnt);
    }
    uint32_t size = packet->GetSize();
    if (size + overhead <= pathMtu || size <= TunnelMtuCache::MIN_MTU)
    {
        return true; // fits, or IPv6 fragments the tunnel packet (7.1)
    }
    uint32_t tunnelMtu = pathMtu > overhead ? pathMtu - overhead : 0;
    std::ostringstream os;
    os << "packet of " << size << " octets larger than the tunnel MTU " << tunnelMtu << " to "
       << exitPoint << " (RFC 2473 7.1)";
    Drop(packet, os.str());
    Ipv6Address source = inner.GetSource();
    Ptr<Icmpv6L4Protocol> icmpv6 = m_node->GetObject<Icmpv6L4Protocol>();
    // RFC 4443 2.4 (e): never to a multicast or unspecified source.
    if (icmpv6 && !source.IsMulticast() && !source.IsAny())
    {
        ++m_tooBig;
        icmpv6->SendErrorTooBig(packet->Copy(),
                                source,
                                std::max<uint32_t>(tunnelMtu, TunnelMtuCache::MIN_MTU));
    }
    return false;
}

void
Ipv6TunnelNetDevice::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_FUNCTION(this << packet << reason);
    NS_LOG_LOGIC("Tunnel device " << GetIfIndex() << " drops a packet: " << reason);
    ++m_dropped;
    m_dropTrace(packet, reason);
}

bool
Ipv6TunnelNetDevice::Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << dest << protocolNumber);
    if (protocolNumber != ETHERTYPE_IPV6)
    {
        std::ostringstream os;
        os << "protocol 0x" << std::hex << protocolNumber << " is not IPv6";
        Drop(packet, os.str());
        return false;
    }
    std::string reason;
    if (!CheckInnerPacket(packet, reason))
    {
        Drop(packet, reason);
        return false;
    }
    Ipv6Header inner;
    packet->PeekHeader(inner);
    if (inner.GetDestination().IsMulticast())
    {
        // Unicast only: a point-to-multipoint tunnel has no exit-point for a group, and
        // Neighbor Discovery must not cross it (no link-layer addresses to resolve).
        std::ostringstream os;
        os << "multicast destination " << inner.GetDestination() << " not carried";
        Drop(packet, os.str());
        return false;
    }

    Ipv6Address exitPoint = GetExitPoint(inner);
    if (exitPoint.IsAny())
    {
        std::ostringstream os;
        os << "no tunnel exit point for " << inner.GetDestination();
        Drop(packet, os.str());
        return false;
    }
    Ptr<Ipv6RoutingProtocol> routing;
    std::string unusable = CheckTarget(exitPoint, "exit point", m_sending, routing);
    if (!unusable.empty())
    {
        Drop(packet, unusable);
        return false;
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();

    // Draft 4.3.5: a packet that already is IPv6-in-IPv6 keeps its payload and gets a new
    // header; anything else (or a payload that is no IPv6 packet) is encapsulated.
    Ptr<Packet> payload;
    if (m_rewriteEncapsulated && inner.GetNextHeader() == PROT_NUMBER)
    {
        payload = packet->Copy();
        Ipv6Header old;
        payload->RemoveHeader(old);
        if (payload->GetSize() > old.GetPayloadLength())
        {
            payload->RemoveAtEnd(payload->GetSize() - old.GetPayloadLength());
        }
        std::string why;
        if (!CheckInnerPacket(payload, why))
        {
            NS_LOG_LOGIC("Not rewritten (" << why << "): encapsulated instead");
            payload = nullptr;
        }
    }

    // The route to the exit-point: also gives the source when no local endpoint is set.
    Ipv6Header outer;
    outer.SetSource(m_local);
    outer.SetDestination(exitPoint);
    outer.SetNextHeader(PROT_NUMBER);
    outer.SetPayloadLength(payload ? payload->GetSize() : packet->GetSize());
    outer.SetHopLimit(m_hopLimit);
    Socket::SocketErrno err;
    Ptr<Ipv6Route> route = routing->RouteOutput(packet, outer, nullptr, err);
    if (!route)
    {
        std::ostringstream os;
        os << "no route to exit point " << exitPoint;
        Drop(packet, os.str());
        return false;
    }
    if (route->GetOutputDevice() == this)
    {
        std::ostringstream os;
        os << "exit point " << exitPoint << " is routed into this tunnel (RFC 2473 4.1.3)";
        Drop(packet, os.str());
        return false;
    }
    Ipv6Address source = m_local.IsAny() ? route->GetSource() : m_local;
    if (source == inner.GetSource() && exitPoint == inner.GetDestination())
    {
        Drop(packet, "tunnel endpoints equal the inner source and destination (RFC 2473 4.1.2)");
        return false;
    }
    // RFC 2473 4.1.1, 6.6: an original packet whose limit is 0 may not be encapsulated
    // (Parameter Problem, code 0, at the limit); one with a limit enters with one less.
    uint32_t limitOffset = 0;
    std::optional<uint8_t> limit = FindEncapsulationLimit(packet, inner, limitOffset);
    if (limit && *limit == 0)
    {
        Drop(packet, "Tunnel Encapsulation Limit 0: not encapsulated again (RFC 2473 4.1.1)");
        Ptr<Icmpv6L4Protocol> icmpv6 = m_node->GetObject<Icmpv6L4Protocol>();
        Ipv6Address origin = inner.GetSource();
        // RFC 4443 2.4 (e): never to a multicast or unspecified source.
        if (icmpv6 && !origin.IsMulticast() && !origin.IsAny())
        {
            icmpv6->SendErrorParameterError(packet->Copy(),
                                            origin,
                                            Icmpv6Header::ICMPV6_MALFORMED_HEADER,
                                            limitOffset);
        }
        return false;
    }
    uint32_t overhead = payload ? 0 : HEADER_SIZE + (limit ? LIMIT_HEADER_SIZE : 0);
    if (!FitsTunnelMtu(packet, inner, exitPoint, route, overhead))
    {
        return false;
    }

    if (payload)
    {
        // Ipv6L3Protocol::Send takes hop limit and traffic class from these tags.
        SocketIpv6HopLimitTag hopLimit;
        payload->RemovePacketTag(hopLimit);
        hopLimit.SetHopLimit(inner.GetHopLimit());
        payload->AddPacketTag(hopLimit);
        SocketIpv6TclassTag tclass;
        payload->RemovePacketTag(tclass);
        tclass.SetTclass(inner.GetTrafficClass());
        payload->AddPacketTag(tclass);
        NS_LOG_LOGIC("Rewriting " << inner.GetSource() << " -> " << inner.GetDestination() << " to "
                                  << source << " -> " << exitPoint);
        ++m_rewritten;
        m_rewriteTrace(payload, exitPoint);
        m_sending = true;
        ipv6->Send(payload, source, exitPoint, PROT_NUMBER, route);
        m_sending = false;
        return true;
    }

    // Ipv6L3Protocol::Send takes the hop limit from this tag (else its default).
    SocketIpv6HopLimitTag hopLimit;
    packet->RemovePacketTag(hopLimit);
    hopLimit.SetHopLimit(m_hopLimit);
    packet->AddPacketTag(hopLimit);

    NS_LOG_LOGIC("Encapsulating " << inner.GetSource() << " -> " << inner.GetDestination() << " in "
                                  << source << " -> " << exitPoint);
    ++m_encapsulated;
    m_encapsulateTrace(packet, exitPoint);
    uint8_t protocol = PROT_NUMBER;
    if (limit)
    {
        packet->AddHeader(EncapsulationLimitHeader(*limit - 1));
        protocol = Ipv6Header::IPV6_EXT_DESTINATION;
    }
    m_sending = true;
    ipv6->Send(packet, source, exitPoint, protocol, route);
    m_sending = false;
    return true;
}

bool
Ipv6TunnelNetDevice::SendFrom(Ptr<Packet> packet,
                              const Address& source,
                              const Address& dest,
                              uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << source << dest << protocolNumber);
    return Send(packet, dest, protocolNumber);
}

void
Ipv6TunnelNetDevice::Receive(Ptr<Packet> innerWithHeader,
                             Ipv6Address outerSrc,
                             Ipv6Address outerDst)
{
    NS_LOG_FUNCTION(this << innerWithHeader << outerSrc << outerDst);
    std::string reason;
    if (!CheckInnerPacket(innerWithHeader, reason))
    {
        Drop(innerWithHeader, reason);
        return;
    }
    if (!m_node || m_rxCallback.IsNull())
    {
        Drop(innerWithHeader, "device not attached to a node");
        return;
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    if (!ipv6 || ipv6->GetInterfaceForDevice(this) < 0)
    {
        Drop(innerWithHeader, "device has no IPv6 interface");
        return;
    }

    Ptr<Packet> packet = innerWithHeader->Copy();
    // The tags describe the outer packet (what its headers said), not this one.
    packet->RemoveAllPacketTags();
    if (Simulator::GetContext() != m_node->GetId())
    {
        // Node::ReceiveFromDevice insists on the node's context.
        Simulator::ScheduleWithContext(m_node->GetId(),
                                       Seconds(0),
                                       &Ipv6TunnelNetDevice::Deliver,
                                       Ptr<Ipv6TunnelNetDevice>(this),
                                       packet,
                                       outerSrc);
        return;
    }
    Deliver(packet, outerSrc);
}

void
Ipv6TunnelNetDevice::Deliver(Ptr<Packet> packet, Ipv6Address outerSrc)
{
    NS_LOG_FUNCTION(this << packet << outerSrc);
    if (m_rxCallback.IsNull())
    {
        Drop(packet, "device not attached to a node");
        return;
    }
    ++m_decapsulated;
    m_decapsulateTrace(packet, outerSrc);
    if (!m_promiscRx.IsNull())
    {
        m_promiscRx(this,
                    packet,
                    ETHERTYPE_IPV6,
                    GetAddress(),
                    GetAddress(),
                    NetDevice::PACKET_HOST);
    }
    hmipv6::WeakEndSystemScope weak(m_node ? m_node->GetObject<Ipv6L3Protocol>() : nullptr,
                                    this,
                                    packet);
    m_rxCallback(this, packet, ETHERTYPE_IPV6, GetAddress());
}

uint64_t
Ipv6TunnelNetDevice::GetEncapsulatedCount() const
{
    return m_encapsulated;
}

uint64_t
Ipv6TunnelNetDevice::GetRewrittenCount() const
{
    return m_rewritten;
}

uint64_t
Ipv6TunnelNetDevice::GetDecapsulatedCount() const
{
    return m_decapsulated;
}

uint64_t
Ipv6TunnelNetDevice::GetDroppedCount() const
{
    return m_dropped;
}

uint64_t
Ipv6TunnelNetDevice::GetPacketTooBigCount() const
{
    return m_tooBig;
}

} // namespace hmipv6
} // namespace ns3
