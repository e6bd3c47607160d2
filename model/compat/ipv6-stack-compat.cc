// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-stack-compat.h"

#include "ns3/boolean.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-header.h"
#include "ns3/log.h"
#include "ns3/node.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6StackCompat");

namespace hmipv6
{

namespace
{
/// Ipv6L3Protocol's up to 3.40, Ipv6's from 3.41: the same name in every release.
constexpr const char* STRONG_END_SYSTEM = "StrongEndSystemModel";
} // namespace

WeakEndSystemScope::WeakEndSystemScope(Ptr<Ipv6L3Protocol> ipv6,
                                       Ptr<const NetDevice> device,
                                       Ptr<const Packet> packet)
{
    if (!ipv6)
    {
        return;
    }
    Ipv6Header inner;
    packet->PeekHeader(inner);
    Ipv6Address dst = inner.GetDestination();
    if (dst.IsMulticast() || dst.IsLinkLocal() || dst.IsLocalhost())
    {
        return;
    }
    int32_t owner = ipv6->GetInterfaceForAddress(dst);
    if (owner < 0 || owner == ipv6->GetInterfaceForDevice(device))
    {
        return; // forwarded, or delivered on the tunnel interface anyway
    }
    BooleanValue strong;
    ipv6->GetAttribute(STRONG_END_SYSTEM, strong);
    if (strong.Get())
    {
        ipv6->SetAttribute(STRONG_END_SYSTEM, BooleanValue(false));
        m_ipv6 = ipv6;
    }
}

WeakEndSystemScope::~WeakEndSystemScope()
{
    if (m_ipv6)
    {
        m_ipv6->SetAttribute(STRONG_END_SYSTEM, BooleanValue(true));
    }
}

bool
AddAddressWithoutDad(Ptr<Ipv6L3Protocol> ipv6, uint32_t interface, Ipv6InterfaceAddress address)
{
    NS_LOG_FUNCTION(ipv6 << interface << address);
    Ptr<Icmpv6L4Protocol> icmpv6 = ipv6->GetObject<Node>()->GetObject<Icmpv6L4Protocol>();
    BooleanValue dad;
    icmpv6->GetAttribute("DAD", dad);
    icmpv6->SetAttribute("DAD", BooleanValue(false));
    bool added = ipv6->AddAddress(interface, address);
    icmpv6->SetAttribute("DAD", dad);
    return added;
}

} // namespace hmipv6
} // namespace ns3
