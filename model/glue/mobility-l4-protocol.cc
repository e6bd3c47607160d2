// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-l4-protocol.h"

#include "ns3/binding-error-header.h"
#include "ns3/boolean.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/internet-checksum.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/log.h"
#include "ns3/nstime.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <limits>
#include <sstream>
#include <vector>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("MobilityL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(MobilityL4Protocol);

TypeId
MobilityL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::MobilityL4Protocol")
            .SetParent<Ipv6OnlyL4Protocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<MobilityL4Protocol>()
            .AddAttribute("VerifyChecksum",
                          "Drop received Mobility Headers whose checksum is wrong "
                          "(RFC 6275 6.1.1, 9.2).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityL4Protocol::m_verifyChecksum),
                          MakeBooleanChecker())
            .AddAttribute("SendBindingErrors",
                          "Answer an unrecognised MH Type with a Binding Error, status 2 "
                          "(RFC 6275 9.2).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityL4Protocol::m_sendBindingErrors),
                          MakeBooleanChecker())
            .AddAttribute("BindingErrorInterval",
                          "Least time between two Binding Errors to one destination "
                          "(RFC 6275 9.2: rate-limited).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&MobilityL4Protocol::m_bindingErrorInterval),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("BindingErrorTableSize",
                          "Most destinations whose last Binding Error the rate limit keeps "
                          "(RFC 6275 9.2): beyond that many in one BindingErrorInterval, a "
                          "new destination is not answered.",
                          UintegerValue(1024),
                          MakeUintegerAccessor(&MobilityL4Protocol::m_bindingErrorTableSize),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("ComputeChecksum",
                          "Write the checksum of the Mobility Headers given to Send.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityL4Protocol::m_computeChecksum),
                          MakeBooleanChecker())
            .AddTraceSource("Rx",
                            "A valid Mobility Header goes to the handler of its MH Type",
                            MakeTraceSourceAccessor(&MobilityL4Protocol::m_rxTrace),
                            "ns3::hmipv6::MobilityL4Protocol::RxCallback")
            .AddTraceSource("Drop",
                            "A received Mobility Header was dropped",
                            MakeTraceSourceAccessor(&MobilityL4Protocol::m_dropTrace),
                            "ns3::hmipv6::MobilityL4Protocol::DropCallback")
            .AddTraceSource("Tx",
                            "A Mobility Header was handed to IPv6",
                            MakeTraceSourceAccessor(&MobilityL4Protocol::m_txTrace),
                            "ns3::hmipv6::MobilityL4Protocol::TxCallback");
    return tid;
}

MobilityL4Protocol::MobilityL4Protocol()
    : m_verifyChecksum(true),
      m_computeChecksum(true),
      m_received(0),
      m_dropped(0),
      m_delivered(0),
      m_sendBindingErrors(true),
      m_bindingErrorInterval(Seconds(1)),
      m_bindingErrorTableSize(1024),
      m_bindingErrorLimit(Seconds(1), 1024),
      m_bindingErrorsSent(0)
{
    NS_LOG_FUNCTION(this);
}

MobilityL4Protocol::~MobilityL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_handlers.clear(); // handlers usually hold the roles that own this protocol
    Ipv6OnlyL4Protocol::DoDispose();
}

int
MobilityL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

enum IpL4Protocol::RxStatus
MobilityL4Protocol::Receive(Ptr<Packet> p,
                            const Ipv6Header& header,
                            Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    ++m_received;

    uint32_t size = p->GetSize();
    if (size < MIN_SIZE)
    {
        std::ostringstream reason;
        reason << "shorter than " << MIN_SIZE << " octets (" << size << ")";
        Drop(p, header, reason.str());
        return IpL4Protocol::RX_OK;
    }

    uint8_t fixed[MIN_SIZE];
    p->CopyData(fixed, MIN_SIZE);
    uint32_t headerLength = (static_cast<uint32_t>(fixed[1]) + 1) * 8;
    if (headerLength > size)
    {
        std::ostringstream reason;
        reason << "Header Len says " << headerLength << " octets, packet has " << size;
        Drop(p, header, reason.str());
        return IpL4Protocol::RX_OK;
    }

    if (m_verifyChecksum)
    {
        // RFC 6275 6.1.1: the pseudo-header holds the addresses the upper layer sees,
        // i.e. after the Home Address option / type 2 routing header substitutions.
        ReceivedHomeAddressTag tag;
        bool tagged = p->PeekPacketTag(tag);
        Ipv6Address src = tagged ? tag.GetUpperLayerSource(header) : header.GetSource();
        Ipv6Address dst = tagged ? tag.GetUpperLayerDestination(header) : header.GetDestination();
        std::vector<uint8_t> octets(headerLength);
        p->CopyData(octets.data(), headerLength);
        if (CalculateChecksum(src, dst, octets.data(), headerLength) != 0)
        {
            // RFC 6275 9.2: silently discarded (no ICMP, no Binding Error).
            Drop(p, header, "bad checksum");
            return IpL4Protocol::RX_CSUM_FAILED;
        }
    }

    uint8_t mhType = fixed[2];
    auto it = m_handlers.find(mhType);
    if (it == m_handlers.end())
    {
        std::ostringstream reason;
        reason << "no handler for MH type " << +mhType;
        Drop(p, header, reason.str());
        // RFC 6275 9.2: an unrecognised MH Type is answered with a Binding Error, status
        // 2, to the packet's source; never a Binding Error to a Binding Error.
        if (m_sendBindingErrors && mhType != MobilityHeader::BINDING_ERROR)
        {
            ReceivedHomeAddressTag tag;
            Ipv6Address home = p->PeekPacketTag(tag) && tag.HasHomeAddressOption()
                                   ? tag.GetHomeAddressOption()
                                   : Ipv6Address::GetAny();
            SendBindingError(header, BindingErrorHeader::UNRECOGNIZED_MH_TYPE, home);
        }
        return IpL4Protocol::RX_ENDPOINT_CLOSED;
    }

    uint8_t payloadProto = fixed[0];
    if (payloadProto != NO_NEXT_HEADER)
    {
        std::ostringstream reason;
        reason << "payload proto " << +payloadProto << " is not " << +NO_NEXT_HEADER;
        Drop(p, header, reason.str());
        // RFC 6275 9.2: SHOULD send a Parameter Problem pointing at Payload Proto. The
        // invoking packet must be quoted whole, and ns-3 gives the upper layer neither
        // the extension headers nor the original packet: answer only when the Mobility
        // Header directly follows the IPv6 header (then the quote is exact).
        Ptr<Ipv6L3Protocol> ipv6 = GetNode() ? GetNode()->GetObject<Ipv6L3Protocol>() : nullptr;
        if (ipv6 && header.GetNextHeader() == PROT_NUMBER && header.GetPayloadLength() == size &&
            !header.GetDestination().IsMulticast())
        {
            Ptr<Packet> invoking = p->Copy();
            invoking->AddHeader(header);
            ipv6->GetIcmpv6()->SendErrorParameterError(invoking,
                                                       header.GetSource(),
                                                       Icmpv6Header::ICMPV6_MALFORMED_HEADER,
                                                       header.GetSerializedSize());
        }
        return IpL4Protocol::RX_OK;
    }

    ++m_delivered;
    m_rxTrace(p, header);
    it->second(p, header, GetInterfaceIndex(incomingInterface));
    return IpL4Protocol::RX_OK;
}

void
MobilityL4Protocol::Drop(Ptr<const Packet> p, const Ipv6Header& header, const std::string& reason)
{
    NS_LOG_FUNCTION(this << p << header << reason);
    NS_LOG_LOGIC("Mobility Header from " << header.GetSource() << " dropped: " << reason);
    ++m_dropped;
    m_dropTrace(p, header, reason);
}

void
MobilityL4Protocol::RegisterHandler(uint8_t mhType, Handler handler)
{
    NS_LOG_FUNCTION(this << +mhType);
    if (m_handlers.find(mhType) != m_handlers.end())
    {
        NS_LOG_WARN("Replacing the handler of MH type " << +mhType);
    }
    m_handlers[mhType] = handler;
}

void
MobilityL4Protocol::UnregisterHandler(uint8_t mhType)
{
    NS_LOG_FUNCTION(this << +mhType);
    m_handlers.erase(mhType);
}

bool
MobilityL4Protocol::HasHandler(uint8_t mhType) const
{
    return m_handlers.find(mhType) != m_handlers.end();
}

void
MobilityL4Protocol::Send(Ptr<Packet> packet, Ipv6Address src, Ipv6Address dst)
{
    NS_LOG_FUNCTION(this << packet << src << dst);
    if (m_downTarget6.IsNull())
    {
        NS_LOG_WARN("Not inserted in an IPv6 stack yet: Mobility Header not sent");
        return;
    }

    if (src.IsAny())
    {
        // The checksum covers the source: pick it now, as IPv6 routing would.
        Ptr<Ipv6L3Protocol> ipv6 = GetNode() ? GetNode()->GetObject<Ipv6L3Protocol>() : nullptr;
        Ptr<Ipv6RoutingProtocol> routing = ipv6 ? ipv6->GetRoutingProtocol() : nullptr;
        if (routing)
        {
            Ipv6Header header;
            header.SetDestination(dst);
            header.SetNextHeader(PROT_NUMBER);
            Socket::SocketErrno err;
            Ptr<Ipv6Route> route = routing->RouteOutput(packet, header, nullptr, err);
            if (route)
            {
                src = route->GetSource();
            }
        }
        if (src.IsAny())
        {
            NS_LOG_WARN("No source address for " << dst << ": Mobility Header not sent");
            return;
        }
    }

    if (m_computeChecksum && !FillChecksum(packet, src, dst))
    {
        NS_LOG_WARN("Not a complete Mobility Header (" << packet->GetSize()
                                                       << " octets): not sent");
        return;
    }

    m_txTrace(packet, src, dst);
    m_downTarget6(packet, src, dst, PROT_NUMBER, nullptr);
}

uint16_t
MobilityL4Protocol::CalculateChecksum(Ipv6Address src,
                                      Ipv6Address dst,
                                      const uint8_t* mobilityHeader,
                                      uint32_t length)
{
    return hmipv6::UpperLayerChecksum(src, dst, PROT_NUMBER, mobilityHeader, length);
}

bool
MobilityL4Protocol::FillChecksum(Ptr<Packet> packet, Ipv6Address src, Ipv6Address dst)
{
    NS_LOG_FUNCTION(packet << src << dst);
    uint32_t size = packet->GetSize();
    if (size < MIN_SIZE)
    {
        return false;
    }
    uint8_t first[2];
    packet->CopyData(first, 2);
    uint32_t headerLength = (static_cast<uint32_t>(first[1]) + 1) * 8;
    if (headerLength > size)
    {
        return false;
    }

    std::vector<uint8_t> octets(headerLength);
    packet->CopyData(octets.data(), headerLength);
    octets[CHECKSUM_OFFSET] = 0;
    octets[CHECKSUM_OFFSET + 1] = 0;
    uint16_t checksum = CalculateChecksum(src, dst, octets.data(), headerLength);
    octets[CHECKSUM_OFFSET] = static_cast<uint8_t>(checksum >> 8);
    octets[CHECKSUM_OFFSET + 1] = static_cast<uint8_t>(checksum & 0xff);

    // ns-3 packets have no in-place write: rebuild the same Packet object from the new
    // first six octets and the untouched rest, so that its packet tags stay with it.
    Ptr<Packet> rest = packet->CreateFragment(MIN_SIZE, size - MIN_SIZE);
    packet->RemoveAtEnd(size);
    packet->AddAtEnd(Create<Packet>(octets.data(), MIN_SIZE));
    packet->AddAtEnd(rest);
    return true;
}

void
MobilityL4Protocol::SendBindingError(const Ipv6Header& header, uint8_t status, Ipv6Address home)
{
    NS_LOG_FUNCTION(this << header << +status << home);
    Ipv6Address to = header.GetSource();
    if (to.IsMulticast() || to.IsAny() || header.GetDestination().IsMulticast())
    {
        return;
    }
    m_bindingErrorLimit.Configure(m_bindingErrorInterval, m_bindingErrorTableSize);
    if (!m_bindingErrorLimit.Allow(to, Simulator::Now()))
    {
        NS_LOG_LOGIC("Binding Error to " << to << " rate-limited");
        return;
    }
    BindingErrorHeader error;
    error.SetStatus(status);
    error.SetHomeAddress(home);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(error);
    ++m_bindingErrorsSent;
    Send(packet, header.GetDestination(), to);
}

uint64_t
MobilityL4Protocol::GetBindingErrorsSent() const
{
    return m_bindingErrorsSent;
}

std::size_t
MobilityL4Protocol::GetBindingErrorTableSize() const
{
    return m_bindingErrorLimit.GetN();
}

uint64_t
MobilityL4Protocol::GetReceivedCount() const
{
    return m_received;
}

uint64_t
MobilityL4Protocol::GetDroppedCount() const
{
    return m_dropped;
}

uint64_t
MobilityL4Protocol::GetDeliveredCount() const
{
    return m_delivered;
}

} // namespace hmipv6
} // namespace ns3
