// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-routing-extension.h"

#include "ns3/hmipv6-destination-extension.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-extension-demux.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6RoutingExtension");

NS_OBJECT_ENSURE_REGISTERED(Hmipv6RoutingExtension);

TypeId
Hmipv6RoutingExtension::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Hmipv6RoutingExtension")
                            .SetParent<Ipv6ExtensionRouting>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Hmipv6RoutingExtension>();
    return tid;
}

Ptr<Hmipv6RoutingExtension>
Hmipv6RoutingExtension::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    return ReplaceExtension<Hmipv6RoutingExtension>(node, Ipv6ExtensionRouting::EXT_NUMBER);
}

uint8_t
Hmipv6RoutingExtension::Process(Ptr<Packet>& packet,
                                uint8_t offset,
                                const Ipv6Header& ipv6Header,
                                Ipv6Address dst,
                                uint8_t* nextHeader,
                                bool& stopProcessing,
                                bool& isDropped,
                                Ipv6L3Protocol::DropReason& dropReason)
{
    NS_LOG_FUNCTION(this << packet << +offset << ipv6Header << dst);
    uint8_t head[4] = {};
    if (packet->GetSize() >= offset + 4u)
    {
        packet->CreateFragment(offset, 4)->CopyData(head, 4);
    }
    const uint8_t type = head[2];
    const uint8_t segmentsLeft = head[3];
    const uint32_t length = (static_cast<uint32_t>(head[1]) + 1) * 8;
    Ptr<Ipv6ExtensionRoutingDemux> routing = GetNode()->GetObject<Ipv6ExtensionRoutingDemux>();
    Ptr<Ipv6ExtensionRouting> handler = packet->GetSize() >= offset + 4u && type != 0 && routing
                                            ? routing->GetExtensionRouting(type)
                                            : nullptr;
    if (handler)
    {
        // The module's handlers check their own lengths (and count what they drop).
        return handler->Process(packet,
                                offset,
                                ipv6Header,
                                dst,
                                nextHeader,
                                stopProcessing,
                                isDropped,
                                dropReason);
    }
    if (!ExtensionHeaderFits(packet, offset))
    {
        NS_LOG_LOGIC("truncated routing header: dropped");
        return DropMalformed(stopProcessing, isDropped, dropReason);
    }
    // RFC 8200 4.4 (and RFC 5095 3 for type 0): an unrecognized Routing Type.
    if (segmentsLeft == 0 && length <= 255)
    {
        if (nextHeader)
        {
            *nextHeader = head[0];
        }
        return static_cast<uint8_t>(length);
    }
    NS_LOG_LOGIC("routing type " << +type << " with segments left: dropped");
    if (!dst.IsMulticast())
    {
        Ptr<Packet> invoking = packet->Copy();
        invoking->AddHeader(ipv6Header);
        GetNode()->GetObject<Ipv6L3Protocol>()->GetIcmpv6()->SendErrorParameterError(
            invoking,
            ipv6Header.GetSource(),
            Icmpv6Header::ICMPV6_MALFORMED_HEADER,
            ipv6Header.GetSerializedSize() + offset + 2);
    }
    return DropMalformed(stopProcessing, isDropped, dropReason);
}

} // namespace ns3
