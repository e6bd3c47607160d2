// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-only-l4-protocol.h"

#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Ipv6OnlyL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(Ipv6OnlyL4Protocol);

TypeId
Ipv6OnlyL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::Ipv6OnlyL4Protocol").SetParent<IpL4Protocol>().SetGroupName("Hmipv6");
    return tid;
}

Ipv6OnlyL4Protocol::Ipv6OnlyL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

Ipv6OnlyL4Protocol::~Ipv6OnlyL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
Ipv6OnlyL4Protocol::SetNode(Ptr<Node> node)
{
    NS_LOG_FUNCTION(this << node);
    m_node = node;
}

Ptr<Node>
Ipv6OnlyL4Protocol::GetNode() const
{
    return m_node;
}

void
Ipv6OnlyL4Protocol::NotifyNewAggregate()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = this->GetObject<Node>();
    if (!m_node && node)
    {
        SetNode(node);
    }
    Ptr<Ipv6L3Protocol> ipv6 = node ? node->GetObject<Ipv6L3Protocol>() : nullptr;
    if (ipv6 && m_downTarget6.IsNull())
    {
        ipv6->Insert(this);
        SetDownTarget6(MakeCallback(&Ipv6L3Protocol::Send, ipv6));
    }
    IpL4Protocol::NotifyNewAggregate();
}

void
Ipv6OnlyL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_node = nullptr;
    m_downTarget.Nullify();
    m_downTarget6.Nullify();
    IpL4Protocol::DoDispose();
}

enum IpL4Protocol::RxStatus
Ipv6OnlyL4Protocol::Receive(Ptr<Packet> p,
                            const Ipv4Header& header,
                            Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    return IpL4Protocol::RX_ENDPOINT_UNREACH;
}

void
Ipv6OnlyL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_downTarget = cb;
}

void
Ipv6OnlyL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    NS_LOG_FUNCTION(this);
    m_downTarget6 = cb;
}

IpL4Protocol::DownTargetCallback
Ipv6OnlyL4Protocol::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
Ipv6OnlyL4Protocol::GetDownTarget6() const
{
    return m_downTarget6;
}

uint32_t
Ipv6OnlyL4Protocol::GetInterfaceIndex(Ptr<Ipv6Interface> interface) const
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node ? m_node->GetObject<Ipv6L3Protocol>() : nullptr;
    if (ipv6 && interface)
    {
        int32_t index = ipv6->GetInterfaceForDevice(interface->GetDevice());
        if (index >= 0)
        {
            return static_cast<uint32_t>(index);
        }
    }
    return std::numeric_limits<uint32_t>::max();
}

} // namespace hmipv6
} // namespace ns3
