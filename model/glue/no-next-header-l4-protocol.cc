// SPDX-License-Identifier: GPL-2.0-only
#include "no-next-header-l4-protocol.h"

#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

#include <limits>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("NoNextHeaderL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(NoNextHeaderL4Protocol);

TypeId
NoNextHeaderL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::NoNextHeaderL4Protocol")
            .SetParent<IpL4Protocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<NoNextHeaderL4Protocol>()
            .AddTraceSource("Rx",
                            "An IPv6 packet whose header chain ends in No Next Header "
                            "was received",
                            MakeTraceSourceAccessor(&NoNextHeaderL4Protocol::m_rxTrace),
                            "ns3::NoNextHeaderL4Protocol::RxCallback");
    return tid;
}

NoNextHeaderL4Protocol::NoNextHeaderL4Protocol()
    : m_node(nullptr),
      m_received(0)
{
    NS_LOG_FUNCTION(this);
}

NoNextHeaderL4Protocol::~NoNextHeaderL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
NoNextHeaderL4Protocol::SetNode(Ptr<Node> node)
{
    NS_LOG_FUNCTION(this << node);
    m_node = node;
}

void
NoNextHeaderL4Protocol::NotifyNewAggregate()
{
    NS_LOG_FUNCTION(this);
    // Same wiring as ns-3's UdpL4Protocol, IPv6 only: 59 means nothing in IPv4.
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
NoNextHeaderL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_node = nullptr;
    m_downTarget.Nullify();
    m_downTarget6.Nullify();
    IpL4Protocol::DoDispose();
}

int
NoNextHeaderL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

enum IpL4Protocol::RxStatus
NoNextHeaderL4Protocol::Receive(Ptr<Packet> p,
                                const Ipv4Header& header,
                                Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    return IpL4Protocol::RX_ENDPOINT_UNREACH;
}

enum IpL4Protocol::RxStatus
NoNextHeaderL4Protocol::Receive(Ptr<Packet> p,
                                const Ipv6Header& header,
                                Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    ++m_received;

    uint32_t interface = std::numeric_limits<uint32_t>::max();
    Ptr<Ipv6L3Protocol> ipv6 = m_node ? m_node->GetObject<Ipv6L3Protocol>() : nullptr;
    if (ipv6 && incomingInterface)
    {
        int32_t index = ipv6->GetInterfaceForDevice(incomingInterface->GetDevice());
        if (index >= 0)
        {
            interface = static_cast<uint32_t>(index);
        }
    }

    // RFC 8200 4.7: octets after a No Next Header are ignored, not an error.
    NS_LOG_LOGIC("No Next Header from " << header.GetSource() << ", " << p->GetSize()
                                        << " trailing octets ignored");
    m_rxTrace(p, header, interface);
    return IpL4Protocol::RX_OK;
}

void
NoNextHeaderL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_downTarget = cb;
}

void
NoNextHeaderL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    NS_LOG_FUNCTION(this);
    m_downTarget6 = cb;
}

IpL4Protocol::DownTargetCallback
NoNextHeaderL4Protocol::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
NoNextHeaderL4Protocol::GetDownTarget6() const
{
    return m_downTarget6;
}

uint64_t
NoNextHeaderL4Protocol::GetReceivedCount() const
{
    return m_received;
}

} // namespace ns3
