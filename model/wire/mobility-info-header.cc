// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-info-header.h"

#include "option-tlv.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityInfoHeader");

NS_OBJECT_ENSURE_REGISTERED(MobilityInfoHeader);

TypeId
MobilityInfoHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MobilityInfoHeader")
                            .SetParent<Header>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<MobilityInfoHeader>();
    return tid;
}

TypeId
MobilityInfoHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

MobilityInfoHeader::MobilityInfoHeader()
    : m_nextHeader(DEFAULT_NEXT_HEADER),
      m_optionType(DEFAULT_OPTION_TYPE),
      m_msAddress(Ipv6Address::GetAny()),
      m_prefixLength(0),
      m_error(hmipv6::WireError::NONE)
{
}

uint8_t
MobilityInfoHeader::GetNextHeader() const
{
    return m_nextHeader;
}

void
MobilityInfoHeader::SetNextHeader(uint8_t nextHeader)
{
    m_nextHeader = nextHeader;
}

uint8_t
MobilityInfoHeader::GetOptionType() const
{
    return m_optionType;
}

void
MobilityInfoHeader::SetOptionType(uint8_t optionType)
{
    NS_ASSERT_MSG(optionType != hmipv6::OptionTlv::PAD1 && optionType != hmipv6::OptionTlv::PADN,
                  "option type reserved for padding");
    m_optionType = optionType;
}

Ipv6Address
MobilityInfoHeader::GetMsAddress() const
{
    return m_msAddress;
}

void
MobilityInfoHeader::SetMsAddress(Ipv6Address address)
{
    m_msAddress = address;
}

uint8_t
MobilityInfoHeader::GetPrefixLength() const
{
    return m_prefixLength;
}

void
MobilityInfoHeader::SetPrefixLength(uint8_t prefixLength)
{
    NS_ASSERT_MSG(prefixLength <= 128, "prefix length above 128");
    m_prefixLength = prefixLength;
}

bool
MobilityInfoHeader::IsWithdrawal() const
{
    return m_msAddress.IsAny() || m_prefixLength == 0;
}

hmipv6::WireError
MobilityInfoHeader::GetError() const
{
    return m_error;
}

void
MobilityInfoHeader::Print(std::ostream& os) const
{
    os << "MobilityInfo type=" << static_cast<uint32_t>(m_optionType)
       << " prefixLength=" << static_cast<uint32_t>(m_prefixLength) << " msAddress=" << m_msAddress;
}

uint32_t
MobilityInfoHeader::GetSerializedSize() const
{
    return SIZE;
}

void
MobilityInfoHeader::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    i.WriteU8(m_nextHeader);
    i.WriteU8(SIZE / 8 - 1); // Hdr Ext Len: 8-octet units after the first 8
    i.WriteU8(m_optionType);
    i.WriteU8(OPTION_LENGTH);
    i.WriteU8(0, 3); // na
    i.WriteU8(m_prefixLength);
    uint8_t address[16];
    m_msAddress.Serialize(address);
    i.Write(address, 16);
}

uint32_t
MobilityInfoHeader::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 2)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }
    uint8_t nextHeader = i.ReadU8();
    uint32_t size = (static_cast<uint32_t>(i.ReadU8()) + 1) * 8;
    if (start.GetRemainingSize() < size)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }

    bool found = false;
    uint8_t prefixLength = 0;
    uint8_t address[16] = {};
    auto visitor = [&](uint8_t type, uint8_t length, Buffer::Iterator data) {
        if (type == m_optionType)
        {
            if (found)
            {
                return hmipv6::WireError::DUPLICATE_OPTION;
            }
            if (length != OPTION_LENGTH)
            {
                return hmipv6::WireError::BAD_FIXED_LENGTH;
            }
            data.Next(3); // na
            prefixLength = data.ReadU8();
            if (prefixLength > 128)
            {
                return hmipv6::WireError::BAD_PREFIX_LENGTH;
            }
            data.Read(address, 16);
            found = true;
            return hmipv6::WireError::NONE;
        }
        // RFC 8200 4.2: only options whose type starts with bits 00 may be skipped.
        return (type >> 6) == 0 ? hmipv6::WireError::NONE : hmipv6::WireError::UNKNOWN_OPTION;
    };
    hmipv6::WireError error = hmipv6::OptionTlv::Walk(i, size - 2, visitor);
    if (error == hmipv6::WireError::TRUNCATED)
    {
        // The buffer holds the whole header: an option runs past its Hdr Ext Len.
        error = hmipv6::WireError::LENGTH_MISMATCH;
    }
    if (error == hmipv6::WireError::NONE && !found)
    {
        error = hmipv6::WireError::MISSING_OPTION;
    }
    if (error != hmipv6::WireError::NONE)
    {
        m_error = error;
        return 0;
    }

    m_nextHeader = nextHeader;
    m_prefixLength = prefixLength;
    m_msAddress = Ipv6Address::Deserialize(address);
    m_error = hmipv6::WireError::NONE;
    return size;
}

} // namespace ns3
