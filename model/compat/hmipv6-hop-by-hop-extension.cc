// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-hop-by-hop-extension.h"

#include "ns3/hmipv6-destination-extension.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6HopByHopExtension");
NS_OBJECT_ENSURE_REGISTERED(Hmipv6HopByHopExtension);

TypeId
Hmipv6HopByHopExtension::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Hmipv6HopByHopExtension")
                            .SetParent<Ipv6ExtensionHopByHop>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Hmipv6HopByHopExtension>();
    return tid;
}

Ptr<Hmipv6HopByHopExtension>
Hmipv6HopByHopExtension::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    return ReplaceExtension<Hmipv6HopByHopExtension>(node, Ipv6ExtensionHopByHop::EXT_NUMBER);
}

uint8_t
Hmipv6HopByHopExtension::Process(Ptr<Packet>& packet,
                                 uint8_t offset,
                                 const Ipv6Header& ipv6Header,
                                 Ipv6Address dst,
                                 uint8_t* nextHeader,
                                 bool& stopProcessing,
                                 bool& isDropped,
                                 Ipv6L3Protocol::DropReason& dropReason)
{
    NS_LOG_FUNCTION(this << packet << +offset);
    // RFC 8200 4.1: only right after the IPv6 header; and whole.
    if (offset != 0 || !ExtensionHeaderFits(packet, offset))
    {
        NS_LOG_LOGIC("Hop-by-Hop Options header " << (offset != 0 ? "not first" : "truncated")
                                                  << ": dropped");
        return DropMalformed(stopProcessing, isDropped, dropReason);
    }
    return Ipv6ExtensionHopByHop::Process(packet,
                                          offset,
                                          ipv6Header,
                                          dst,
                                          nextHeader,
                                          stopProcessing,
                                          isDropped,
                                          dropReason);
}

} // namespace ns3
