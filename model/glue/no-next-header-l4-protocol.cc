// SPDX-License-Identifier: GPL-2.0-only
#include "no-next-header-l4-protocol.h"

#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("NoNextHeaderL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(NoNextHeaderL4Protocol);

TypeId
NoNextHeaderL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::NoNextHeaderL4Protocol")
            .SetParent<Ipv6OnlyL4Protocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<NoNextHeaderL4Protocol>()
            .AddTraceSource("Rx",
                            "An IPv6 packet whose header chain ends in No Next Header "
                            "was received",
                            MakeTraceSourceAccessor(&NoNextHeaderL4Protocol::m_rxTrace),
                            "ns3::hmipv6::NoNextHeaderL4Protocol::RxCallback");
    return tid;
}

NoNextHeaderL4Protocol::NoNextHeaderL4Protocol()
    : m_received(0)
{
    NS_LOG_FUNCTION(this);
}

NoNextHeaderL4Protocol::~NoNextHeaderL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
NoNextHeaderL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    Ipv6OnlyL4Protocol::DoDispose();
}

int
NoNextHeaderL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

enum IpL4Protocol::RxStatus
NoNextHeaderL4Protocol::Receive(Ptr<Packet> p,
                                const Ipv6Header& header,
                                Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    ++m_received;

    uint32_t interface = GetInterfaceIndex(incomingInterface);

    // RFC 8200 4.7: octets after a No Next Header are ignored, not an error.
    NS_LOG_LOGIC("No Next Header from " << header.GetSource() << ", " << p->GetSize()
                                        << " trailing octets ignored");
    m_rxTrace(p, header, interface);
    return IpL4Protocol::RX_OK;
}

uint64_t
NoNextHeaderL4Protocol::GetReceivedCount() const
{
    return m_received;
}

} // namespace hmipv6
} // namespace ns3
