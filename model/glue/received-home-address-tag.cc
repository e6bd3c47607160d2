// SPDX-License-Identifier: GPL-2.0-only
#include "received-home-address-tag.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(ReceivedHomeAddressTag);

TypeId
ReceivedHomeAddressTag::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::ReceivedHomeAddressTag")
                            .SetParent<Tag>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<ReceivedHomeAddressTag>();
    return tid;
}

TypeId
ReceivedHomeAddressTag::GetInstanceTypeId() const
{
    return GetTypeId();
}

ReceivedHomeAddressTag::ReceivedHomeAddressTag()
    : m_hasOptionAddress(false),
      m_optionAddress(Ipv6Address::GetAny()),
      m_hasRoutingAddress(false),
      m_routingAddress(Ipv6Address::GetAny())
{
}

void
ReceivedHomeAddressTag::SetHomeAddressOption(Ipv6Address homeAddress)
{
    m_hasOptionAddress = true;
    m_optionAddress = homeAddress;
}

bool
ReceivedHomeAddressTag::HasHomeAddressOption() const
{
    return m_hasOptionAddress;
}

Ipv6Address
ReceivedHomeAddressTag::GetHomeAddressOption() const
{
    return m_optionAddress;
}

void
ReceivedHomeAddressTag::SetRoutingHomeAddress(Ipv6Address homeAddress)
{
    m_hasRoutingAddress = true;
    m_routingAddress = homeAddress;
}

bool
ReceivedHomeAddressTag::HasRoutingHomeAddress() const
{
    return m_hasRoutingAddress;
}

Ipv6Address
ReceivedHomeAddressTag::GetRoutingHomeAddress() const
{
    return m_routingAddress;
}

Ipv6Address
ReceivedHomeAddressTag::GetUpperLayerSource(const Ipv6Header& header) const
{
    return m_hasOptionAddress ? m_optionAddress : header.GetSource();
}

Ipv6Address
ReceivedHomeAddressTag::GetUpperLayerDestination(const Ipv6Header& header) const
{
    return m_hasRoutingAddress ? m_routingAddress : header.GetDestination();
}

uint32_t
ReceivedHomeAddressTag::GetSerializedSize() const
{
    return 1 + 16 + 16;
}

void
ReceivedHomeAddressTag::Serialize(TagBuffer i) const
{
    uint8_t buf[16];
    i.WriteU8((m_hasOptionAddress ? 1 : 0) | (m_hasRoutingAddress ? 2 : 0));
    m_optionAddress.Serialize(buf);
    i.Write(buf, 16);
    m_routingAddress.Serialize(buf);
    i.Write(buf, 16);
}

void
ReceivedHomeAddressTag::Deserialize(TagBuffer i)
{
    uint8_t buf[16];
    uint8_t flags = i.ReadU8();
    m_hasOptionAddress = (flags & 1) != 0;
    m_hasRoutingAddress = (flags & 2) != 0;
    i.Read(buf, 16);
    m_optionAddress = Ipv6Address::Deserialize(buf);
    i.Read(buf, 16);
    m_routingAddress = Ipv6Address::Deserialize(buf);
}

void
ReceivedHomeAddressTag::Print(std::ostream& os) const
{
    os << "ReceivedHomeAddressTag";
    if (m_hasOptionAddress)
    {
        os << " homeAddressOption=" << m_optionAddress;
    }
    if (m_hasRoutingAddress)
    {
        os << " routingHomeAddress=" << m_routingAddress;
    }
}

// ---- MobilityL4Protocol -------------------------------------------------------------

} // namespace hmipv6
} // namespace ns3
