// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-info-ra-option.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityInfoRaOption");

NS_OBJECT_ENSURE_REGISTERED(MobilityInfoRaOption);

TypeId
MobilityInfoRaOption::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MobilityInfoRaOption")
                            .SetParent<Icmpv6OptionHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<MobilityInfoRaOption>();
    return tid;
}

TypeId
MobilityInfoRaOption::GetInstanceTypeId() const
{
    return GetTypeId();
}

MobilityInfoRaOption::MobilityInfoRaOption()
    : m_msAddress(Ipv6Address::GetAny()),
      m_prefixLength(0),
      m_error(hmipv6::WireError::NONE)
{
    SetType(DEFAULT_TYPE);
    SetLength(LENGTH);
}

Ipv6Address
MobilityInfoRaOption::GetMsAddress() const
{
    return m_msAddress;
}

void
MobilityInfoRaOption::SetMsAddress(Ipv6Address address)
{
    m_msAddress = address;
}

uint8_t
MobilityInfoRaOption::GetPrefixLength() const
{
    return m_prefixLength;
}

void
MobilityInfoRaOption::SetPrefixLength(uint8_t prefixLength)
{
    NS_ASSERT_MSG(prefixLength <= 128, "prefix length above 128");
    m_prefixLength = prefixLength;
}

bool
MobilityInfoRaOption::IsWithdrawal() const
{
    return m_msAddress.IsAny() || m_prefixLength == 0;
}

hmipv6::WireError
MobilityInfoRaOption::GetError() const
{
    return m_error;
}

void
MobilityInfoRaOption::Print(std::ostream& os) const
{
    os << "MobilityInfoRaOption type=" << static_cast<uint32_t>(GetType())
       << " length=" << static_cast<uint32_t>(LENGTH)
       << " prefixLength=" << static_cast<uint32_t>(m_prefixLength) << " msAddress=" << m_msAddress;
}

uint32_t
MobilityInfoRaOption::GetSerializedSize() const
{
    return SIZE;
}

void
MobilityInfoRaOption::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    i.WriteU8(GetType());
    i.WriteU8(LENGTH);
    i.WriteU8(0); // na
    i.WriteU8(m_prefixLength);
    uint8_t address[16];
    m_msAddress.Serialize(address);
    i.Write(address, 16);
    i.WriteU8(0, 4); // reserved, pads the option to 8-octet units
}

uint32_t
MobilityInfoRaOption::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 2)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }
    uint8_t type = i.ReadU8();
    uint8_t length = i.ReadU8();
    if (type != GetType())
    {
        m_error = hmipv6::WireError::BAD_TYPE;
        return 0;
    }
    // Check the length before the buffer: a wrong length is the better diagnosis.
    if (length != LENGTH)
    {
        m_error = hmipv6::WireError::BAD_FIXED_LENGTH;
        return 0;
    }
    if (start.GetRemainingSize() < SIZE)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }
    i.ReadU8(); // na: not used
    uint8_t prefixLength = i.ReadU8();
    if (prefixLength > 128)
    {
        m_error = hmipv6::WireError::BAD_PREFIX_LENGTH;
        return 0;
    }
    uint8_t address[16];
    i.Read(address, 16);
    // The 4 reserved octets are ignored.

    m_prefixLength = prefixLength;
    m_msAddress = Ipv6Address::Deserialize(address);
    m_error = hmipv6::WireError::NONE;
    return SIZE;
}

} // namespace ns3
