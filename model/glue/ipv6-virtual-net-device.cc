// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-virtual-net-device.h"

#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Ipv6VirtualNetDevice");

NS_OBJECT_ENSURE_REGISTERED(Ipv6VirtualNetDevice);

TypeId
Ipv6VirtualNetDevice::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::Ipv6VirtualNetDevice").SetParent<NetDevice>().SetGroupName("Hmipv6");
    return tid;
}

Ipv6VirtualNetDevice::Ipv6VirtualNetDevice()
    : m_node(nullptr),
      m_mtu(1500),
      m_ifIndex(0),
      m_address(Mac48Address::Allocate())
{
    NS_LOG_FUNCTION(this);
}

Ipv6VirtualNetDevice::~Ipv6VirtualNetDevice()
{
    NS_LOG_FUNCTION(this);
}

void
Ipv6VirtualNetDevice::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_node = nullptr;
    m_rxCallback.Nullify();
    m_promiscRx.Nullify();
    NetDevice::DoDispose();
}

void
Ipv6VirtualNetDevice::SetIfIndex(const uint32_t index)
{
    NS_LOG_FUNCTION(this << index);
    m_ifIndex = index;
}

uint32_t
Ipv6VirtualNetDevice::GetIfIndex() const
{
    return m_ifIndex;
}

Ptr<Channel>
Ipv6VirtualNetDevice::GetChannel() const
{
    return nullptr;
}

void
Ipv6VirtualNetDevice::SetAddress(Address address)
{
    NS_LOG_FUNCTION(this << address);
    if (!Mac48Address::IsMatchingType(address))
    {
        NS_LOG_WARN("Not a Mac48Address: address unchanged");
        return;
    }
    m_address = Mac48Address::ConvertFrom(address);
}

Address
Ipv6VirtualNetDevice::GetAddress() const
{
    return m_address;
}

bool
Ipv6VirtualNetDevice::SetMtu(const uint16_t mtu)
{
    NS_LOG_FUNCTION(this << mtu);
    if (mtu < MIN_MTU)
    {
        NS_LOG_WARN("MTU " << mtu << " below the IPv6 minimum " << MIN_MTU << ": unchanged");
        return false;
    }
    m_mtu = mtu;
    return true;
}

uint16_t
Ipv6VirtualNetDevice::GetMtu() const
{
    return m_mtu;
}

bool
Ipv6VirtualNetDevice::IsLinkUp() const
{
    return true;
}

void
Ipv6VirtualNetDevice::AddLinkChangeCallback(Callback<void> /* callback */)
{
    // A virtual link: always up, never changes.
}

bool
Ipv6VirtualNetDevice::IsBroadcast() const
{
    return true;
}

Address
Ipv6VirtualNetDevice::GetBroadcast() const
{
    return Mac48Address::GetBroadcast();
}

bool
Ipv6VirtualNetDevice::IsMulticast() const
{
    return false;
}

Address
Ipv6VirtualNetDevice::GetMulticast(Ipv4Address multicastGroup) const
{
    return Mac48Address::GetMulticast(multicastGroup);
}

Address
Ipv6VirtualNetDevice::GetMulticast(Ipv6Address addr) const
{
    return Mac48Address::GetMulticast(addr);
}

bool
Ipv6VirtualNetDevice::IsBridge() const
{
    return false;
}

bool
Ipv6VirtualNetDevice::IsPointToPoint() const
{
    return false;
}

Ptr<Node>
Ipv6VirtualNetDevice::GetNode() const
{
    return m_node;
}

void
Ipv6VirtualNetDevice::SetNode(Ptr<Node> node)
{
    NS_LOG_FUNCTION(this << node);
    m_node = node;
}

bool
Ipv6VirtualNetDevice::NeedsArp() const
{
    return false;
}

void
Ipv6VirtualNetDevice::SetReceiveCallback(NetDevice::ReceiveCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_rxCallback = cb;
}

void
Ipv6VirtualNetDevice::SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_promiscRx = cb;
}

bool
Ipv6VirtualNetDevice::SupportsSendFrom() const
{
    return false;
}

std::string
Ipv6VirtualNetDevice::CheckTarget(Ipv6Address target,
                                  const std::string& what,
                                  bool sending,
                                  Ptr<Ipv6RoutingProtocol>& routing) const
{
    std::ostringstream os;
    if (target.IsMulticast())
    {
        os << what << " " << target << " is multicast";
        return os.str();
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node ? m_node->GetObject<Ipv6L3Protocol>() : nullptr;
    routing = ipv6 ? ipv6->GetRoutingProtocol() : nullptr;
    if (!routing)
    {
        return "no IPv6 stack on the node";
    }
    if (ipv6->GetInterfaceForAddress(target) >= 0)
    {
        os << what << " " << target << " is this node (RFC 2473 4.1.2)";
        return os.str();
    }
    if (sending)
    {
        // Send -> IPv6 -> ... -> Send of this device again, synchronously: the packet was
        // routed back into the device (RFC 2473 4.1.3).
        os << "routing loop: packet to " << what << " " << target << " re-entered the device";
        return os.str();
    }
    return "";
}

} // namespace hmipv6
} // namespace ns3
