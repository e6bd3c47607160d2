// SPDX-License-Identifier: GPL-2.0-only
#include "home-address-option.h"

#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("HomeAddressOption");

NS_OBJECT_ENSURE_REGISTERED(HomeAddressOption);

TypeId
HomeAddressOption::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::HomeAddressOption")
                            .SetParent<Ipv6OptionHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<HomeAddressOption>();
    return tid;
}

TypeId
HomeAddressOption::GetInstanceTypeId() const
{
    return GetTypeId();
}

HomeAddressOption::HomeAddressOption()
    : HomeAddressOption(Ipv6Address::GetAny())
{
}

HomeAddressOption::HomeAddressOption(Ipv6Address homeAddress)
    : m_homeAddress(homeAddress),
      m_error(WireError::NONE)
{
    SetType(TYPE);
    SetLength(LENGTH);
}

void
HomeAddressOption::SetHomeAddress(Ipv6Address homeAddress)
{
    m_homeAddress = homeAddress;
}

Ipv6Address
HomeAddressOption::GetHomeAddress() const
{
    return m_homeAddress;
}

WireError
HomeAddressOption::GetError() const
{
    return m_error;
}

void
HomeAddressOption::Print(std::ostream& os) const
{
    os << "HomeAddressOption type=" << +GetType() << " homeAddress=" << m_homeAddress;
}

uint32_t
HomeAddressOption::GetSerializedSize() const
{
    return 2 + LENGTH;
}

void
HomeAddressOption::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    i.WriteU8(GetType());
    i.WriteU8(LENGTH);
    uint8_t raw[16];
    m_homeAddress.GetBytes(raw);
    i.Write(raw, 16);
}

uint32_t
HomeAddressOption::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 2)
    {
        m_error = WireError::TRUNCATED;
        return 0;
    }
    uint8_t type = i.ReadU8();
    uint8_t length = i.ReadU8();
    if (type != TYPE)
    {
        m_error = WireError::BAD_TYPE;
        return 0;
    }
    if (length != LENGTH)
    {
        m_error = WireError::BAD_FIXED_LENGTH;
        return 0;
    }
    if (i.GetRemainingSize() < LENGTH)
    {
        m_error = WireError::TRUNCATED;
        return 0;
    }
    uint8_t raw[16];
    i.Read(raw, 16);
    m_homeAddress = Ipv6Address(raw);
    m_error = WireError::NONE;
    return GetSerializedSize();
}

Ipv6OptionHeader::Alignment
HomeAddressOption::GetAlignment() const
{
    return Alignment{8, 6};
}

} // namespace hmipv6
} // namespace ns3
