// SPDX-License-Identifier: GPL-2.0-only
#include "alternate-coa-option.h"

#include "ns3/address-utils.h"
#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("AlternateCoaOption");

AlternateCoaOption::AlternateCoaOption()
    : m_careOfAddress(Ipv6Address::GetAny())
{
}

AlternateCoaOption::AlternateCoaOption(Ipv6Address careOfAddress)
    : m_careOfAddress(careOfAddress)
{
}

Ipv6Address
AlternateCoaOption::GetCareOfAddress() const
{
    return m_careOfAddress;
}

void
AlternateCoaOption::SetCareOfAddress(Ipv6Address careOfAddress)
{
    m_careOfAddress = careOfAddress;
}

uint8_t
AlternateCoaOption::GetLength() const
{
    return LENGTH;
}

void
AlternateCoaOption::SerializeData(Buffer::Iterator& i) const
{
    WriteTo(i, m_careOfAddress);
}

WireError
AlternateCoaOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length != LENGTH)
    {
        NS_LOG_LOGIC("Alternate Care-of Address with length " << +length);
        return WireError::BAD_FIXED_LENGTH;
    }
    if (i.GetRemainingSize() < LENGTH)
    {
        return WireError::TRUNCATED;
    }
    ReadFrom(i, m_careOfAddress);
    return WireError::NONE;
}

void
AlternateCoaOption::Print(std::ostream& os) const
{
    os << "alternateCoa=" << m_careOfAddress;
}

bool
AlternateCoaOption::operator==(const AlternateCoaOption& other) const
{
    return m_careOfAddress == other.m_careOfAddress;
}

} // namespace hmipv6
} // namespace ns3
