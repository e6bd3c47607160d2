// SPDX-License-Identifier: GPL-2.0-only
#include "icmpv6-send-guard.h"

#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6Icmpv6SendGuard");
NS_OBJECT_ENSURE_REGISTERED(Icmpv6SendGuard);

TypeId
Icmpv6SendGuard::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::Icmpv6SendGuard")
                            .SetParent<Object>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Icmpv6SendGuard>();
    return tid;
}

Ptr<Icmpv6SendGuard>
Icmpv6SendGuard::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    if (Ptr<Icmpv6SendGuard> existing = node->GetObject<Icmpv6SendGuard>())
    {
        return existing;
    }
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    Ptr<Icmpv6L4Protocol> icmpv6 = node->GetObject<Icmpv6L4Protocol>();
    if (!ipv6 || !icmpv6)
    {
        return nullptr;
    }
    Ptr<Icmpv6SendGuard> guard = CreateObject<Icmpv6SendGuard>();
    guard->m_ipv6 = ipv6;
    node->AggregateObject(guard);
    // Icmpv6L4Protocol makes SetDownTarget6 protected; IpL4Protocol's is public.
    Ptr<IpL4Protocol> l4 = icmpv6;
    l4->SetDownTarget6(MakeCallback(&Icmpv6SendGuard::Send, guard));
    return guard;
}

uint64_t
Icmpv6SendGuard::GetDroppedCount() const
{
    return m_dropped;
}

void
Icmpv6SendGuard::Send(Ptr<Packet> packet,
                      Ipv6Address source,
                      Ipv6Address destination,
                      uint8_t protocol,
                      Ptr<Ipv6Route> route)
{
    if (!m_ipv6)
    {
        return;
    }
    // As Ipv6L3Protocol::Send decides when it looks the source's interface up.
    bool linkScoped =
        source.IsLinkLocal() || destination.IsLinkLocal() || destination.IsLinkLocalMulticast();
    if (!route && linkScoped && m_ipv6->GetInterfaceForAddress(source) < 0)
    {
        NS_LOG_WARN("ICMPv6 message from " << source << " to " << destination
                                           << " dropped: the node no longer has its source");
        ++m_dropped;
        return;
    }
    m_ipv6->Send(packet, source, destination, protocol, route);
}

void
Icmpv6SendGuard::DoDispose()
{
    m_ipv6 = nullptr;
    Object::DoDispose();
}

} // namespace hmipv6
} // namespace ns3
