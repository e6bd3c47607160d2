// SPDX-License-Identifier: GPL-2.0-only
#include "type2-routing-header.h"

#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Type2RoutingHeader");

NS_OBJECT_ENSURE_REGISTERED(Type2RoutingHeader);

TypeId
Type2RoutingHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::Type2RoutingHeader")
                            .SetParent<Ipv6ExtensionRoutingHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Type2RoutingHeader>();
    return tid;
}

TypeId
Type2RoutingHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

Type2RoutingHeader::Type2RoutingHeader()
    : m_homeAddress(Ipv6Address::GetAny()),
      m_error(WireError::NONE)
{
    SetNextHeader(59);
    SetLength(SERIALIZED_SIZE);
    SetTypeRouting(ROUTING_TYPE);
    SetSegmentsLeft(1);
}

void
Type2RoutingHeader::SetHomeAddress(Ipv6Address homeAddress)
{
    m_homeAddress = homeAddress;
}

Ipv6Address
Type2RoutingHeader::GetHomeAddress() const
{
    return m_homeAddress;
}

WireError
Type2RoutingHeader::GetError() const
{
    return m_error;
}

void
Type2RoutingHeader::Print(std::ostream& os) const
{
    os << "Type2RoutingHeader nextHeader=" << +GetNextHeader()
       << " segmentsLeft=" << +GetSegmentsLeft() << " homeAddress=" << m_homeAddress;
}

uint32_t
Type2RoutingHeader::GetSerializedSize() const
{
    return SERIALIZED_SIZE;
}

void
Type2RoutingHeader::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    i.WriteU8(GetNextHeader());
    i.WriteU8(HDR_EXT_LEN);
    i.WriteU8(ROUTING_TYPE);
    i.WriteU8(GetSegmentsLeft());
    i.WriteU32(0);
    uint8_t raw[16];
    m_homeAddress.GetBytes(raw);
    i.Write(raw, 16);
}

uint32_t
Type2RoutingHeader::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 4)
    {
        m_error = WireError::TRUNCATED;
        return 0;
    }
    uint8_t nextHeader = i.ReadU8();
    uint8_t hdrExtLen = i.ReadU8();
    uint8_t routingType = i.ReadU8();
    uint8_t segmentsLeft = i.ReadU8();
    if (routingType != ROUTING_TYPE)
    {
        m_error = WireError::BAD_TYPE;
        return 0;
    }
    if (hdrExtLen != HDR_EXT_LEN)
    {
        m_error = WireError::BAD_FIXED_LENGTH;
        return 0;
    }
    if (i.GetRemainingSize() < SERIALIZED_SIZE - 4)
    {
        m_error = WireError::TRUNCATED;
        return 0;
    }
    if (segmentsLeft > 1)
    {
        m_error = WireError::BAD_VALUE;
        return 0;
    }
    i.Next(4); // reserved: ignored on receipt
    uint8_t raw[16];
    i.Read(raw, 16);
    SetNextHeader(nextHeader);
    SetSegmentsLeft(segmentsLeft);
    m_homeAddress = Ipv6Address(raw);
    m_error = WireError::NONE;
    return SERIALIZED_SIZE;
}

} // namespace hmipv6
} // namespace ns3
