// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-extension-type2-routing.h"

#include "received-home-address-tag.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/packet-reinjection.h"
#include "ns3/simulator.h"

#include <sstream>
#include <vector>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Ipv6ExtensionType2Routing");

NS_OBJECT_ENSURE_REGISTERED(Ipv6ExtensionType2Routing);

TypeId
Ipv6ExtensionType2Routing::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::Ipv6ExtensionType2Routing")
            .SetParent<Ipv6ExtensionRouting>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Ipv6ExtensionType2Routing>()
            .AddAttribute("ReinjectToHomeAddress",
                          "Give packets routed to a home address that is not their IPv6 "
                          "destination to the node again with the home address as "
                          "destination (RFC 6275 6.4, 11.3.3), so that sockets bound to the "
                          "home address receive them; off: process the header in place.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Ipv6ExtensionType2Routing::m_reinject),
                          MakeBooleanChecker())
            .AddTraceSource("Rx",
                            "A type 2 routing header with this node's home address was "
                            "processed",
                            MakeTraceSourceAccessor(&Ipv6ExtensionType2Routing::m_rxTrace),
                            "ns3::hmipv6::Ipv6ExtensionType2Routing::RxCallback")
            .AddTraceSource("Drop",
                            "A packet with a type 2 routing header was dropped",
                            MakeTraceSourceAccessor(&Ipv6ExtensionType2Routing::m_dropTrace),
                            "ns3::hmipv6::Ipv6ExtensionType2Routing::DropCallback");
    return tid;
}

Ipv6ExtensionType2Routing::Ipv6ExtensionType2Routing()
    : m_received(0),
      m_skipped(0),
      m_dropped(0),
      m_reinjected(0),
      m_reinject(false)
{
    NS_LOG_FUNCTION(this);
}

Ipv6ExtensionType2Routing::~Ipv6ExtensionType2Routing()
{
    NS_LOG_FUNCTION(this);
}

uint8_t
Ipv6ExtensionType2Routing::GetTypeRouting() const
{
    return TYPE_ROUTING;
}

uint8_t
Ipv6ExtensionType2Routing::Drop(Ptr<Packet> packet,
                                const Ipv6Header& ipv6Header,
                                bool& stopProcessing,
                                bool& isDropped,
                                Ipv6L3Protocol::DropReason& dropReason,
                                const std::string& reason)
{
    NS_LOG_FUNCTION(this << packet << ipv6Header << reason);
    NS_LOG_LOGIC("Type 2 routing header from " << ipv6Header.GetSource() << ": " << reason);
    ++m_dropped;
    m_dropTrace(packet->Copy(), ipv6Header, reason);
    // Silent discard (no ICMPv6), as Linux does for invalid type 2 routing headers.
    isDropped = true;
    stopProcessing = true;
    dropReason = Ipv6L3Protocol::DROP_MALFORMED_HEADER;
    return 0;
}

uint8_t
Ipv6ExtensionType2Routing::Process(Ptr<Packet>& packet,
                                   uint8_t offset,
                                   const Ipv6Header& ipv6Header,
                                   Ipv6Address dst,
                                   uint8_t* nextHeader,
                                   bool& stopProcessing,
                                   bool& isDropped,
                                   Ipv6L3Protocol::DropReason& dropReason)
{
    NS_LOG_FUNCTION(this << packet << +offset << ipv6Header << dst << nextHeader << isDropped);

    uint32_t size = packet->GetSize();
    if (static_cast<uint32_t>(offset) + 4 > size)
    {
        return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, "truncated");
    }
    uint8_t fixed[4];
    packet->CreateFragment(offset, 4)->CopyData(fixed, 4);
    uint8_t routingNextHeader = fixed[0];
    uint8_t hdrExtLen = fixed[1];
    uint8_t routingType = fixed[2];
    uint8_t segmentsLeft = fixed[3];

    if (routingType != TYPE_ROUTING)
    {
        std::ostringstream reason;
        reason << "routing type " << +routingType << " is not " << +TYPE_ROUTING;
        return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, reason.str());
    }
    if (hdrExtLen != HDR_EXT_LEN)
    {
        std::ostringstream reason;
        reason << "Hdr Ext Len " << +hdrExtLen << " is not " << +HDR_EXT_LEN;
        return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, reason.str());
    }
    if (static_cast<uint32_t>(offset) + HEADER_SIZE > size)
    {
        std::ostringstream reason;
        reason << "truncated: " << size - offset << " of " << HEADER_SIZE << " octets";
        return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, reason.str());
    }

    uint8_t octets[HEADER_SIZE];
    packet->CreateFragment(offset, HEADER_SIZE)->CopyData(octets, HEADER_SIZE);
    Ipv6Address homeAddress = Ipv6Address::Deserialize(octets + 8);

    if (segmentsLeft > 1)
    {
        // RFC 6275 6.4.1: it holds one address, so Segments Left is at most 1.
        std::ostringstream reason;
        reason << "Segments Left " << +segmentsLeft << " (at most 1)";
        return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, reason.str());
    }

    if (segmentsLeft == 1)
    {
        // RFC 6275 9.3.2 / 11.3.3: the home address must be this node's.
        Ptr<Ipv6L3Protocol> ipv6 = GetNode() ? GetNode()->GetObject<Ipv6L3Protocol>() : nullptr;
        if (!ipv6 || ipv6->GetInterfaceForAddress(homeAddress) < 0)
        {
            std::ostringstream reason;
            reason << "home address " << homeAddress << " is not an address of this node";
            return Drop(packet, ipv6Header, stopProcessing, isDropped, dropReason, reason.str());
        }
        // The next "hop" is this node: the header is consumed here, never forwarded.
        ++m_received;
        if (m_reinject && homeAddress != ipv6Header.GetDestination())
        {
            Ptr<Packet> copy = BuildHomeDestinationPacket(packet, offset, ipv6Header);
            int32_t interface = ipv6->GetInterfaceForAddress(homeAddress);
            m_rxTrace(packet->Copy(), ipv6Header, homeAddress);
            ++m_reinjected;
            NS_LOG_LOGIC("Re-injecting " << ipv6Header.GetDestination() << " -> " << homeAddress
                                         << " on interface " << interface);
            hmipv6::Reinject(ipv6, interface, packet, copy);
            stopProcessing = true; // the copy carries the packet on
            if (nextHeader)
            {
                *nextHeader = routingNextHeader;
            }
            return HEADER_SIZE;
        }
        ReceivedHomeAddressTag tag;
        packet->RemovePacketTag(tag); // keep what a Home Address option recorded
        tag.SetRoutingHomeAddress(homeAddress);
        packet->AddPacketTag(tag);
        m_rxTrace(packet->Copy(), ipv6Header, homeAddress);
    }
    else
    {
        // RFC 8200 4.4: Segments Left 0, ignore the header and go on.
        ++m_skipped;
        NS_LOG_LOGIC("Segments Left 0: type 2 routing header skipped");
    }

    if (nextHeader)
    {
        *nextHeader = routingNextHeader;
    }
    return HEADER_SIZE;
}

uint64_t
Ipv6ExtensionType2Routing::GetReceivedCount() const
{
    return m_received;
}

uint64_t
Ipv6ExtensionType2Routing::GetReinjectedCount() const
{
    return m_reinjected;
}

Ptr<Packet>
Ipv6ExtensionType2Routing::BuildHomeDestinationPacket(Ptr<const Packet> payload,
                                                      uint32_t offset,
                                                      const Ipv6Header& header)
{
    std::vector<uint8_t> octets(payload->GetSize());
    payload->CopyData(octets.data(), octets.size());
    if (offset + HEADER_SIZE > octets.size())
    {
        return nullptr;
    }
    // RFC 8200 4.4: swap the destination and the listed address, decrement Segments Left.
    Ipv6Address home = Ipv6Address::Deserialize(&octets[offset + 8]);
    header.GetDestination().Serialize(&octets[offset + 8]);
    octets[offset + 3] = 0;
    Ptr<Packet> packet = Create<Packet>(octets.data(), octets.size());
    Ipv6Header rewritten = header;
    rewritten.SetDestination(home);
    packet->AddHeader(rewritten);
    return packet;
}

uint64_t
Ipv6ExtensionType2Routing::GetSkippedCount() const
{
    return m_skipped;
}

uint64_t
Ipv6ExtensionType2Routing::GetDroppedCount() const
{
    return m_dropped;
}

} // namespace hmipv6
} // namespace ns3
