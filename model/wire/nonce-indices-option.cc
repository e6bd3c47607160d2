// SPDX-License-Identifier: GPL-2.0-only
#include "nonce-indices-option.h"

#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("NonceIndicesOption");

NonceIndicesOption::NonceIndicesOption()
    : m_homeNonceIndex(0),
      m_careOfNonceIndex(0)
{
}

NonceIndicesOption::NonceIndicesOption(uint16_t homeNonceIndex, uint16_t careOfNonceIndex)
    : m_homeNonceIndex(homeNonceIndex),
      m_careOfNonceIndex(careOfNonceIndex)
{
}

uint16_t
NonceIndicesOption::GetHomeNonceIndex() const
{
    return m_homeNonceIndex;
}

void
NonceIndicesOption::SetHomeNonceIndex(uint16_t index)
{
    m_homeNonceIndex = index;
}

uint16_t
NonceIndicesOption::GetCareOfNonceIndex() const
{
    return m_careOfNonceIndex;
}

void
NonceIndicesOption::SetCareOfNonceIndex(uint16_t index)
{
    m_careOfNonceIndex = index;
}

uint8_t
NonceIndicesOption::GetLength() const
{
    return LENGTH;
}

void
NonceIndicesOption::SerializeData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_homeNonceIndex);
    i.WriteHtonU16(m_careOfNonceIndex);
}

WireError
NonceIndicesOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length != LENGTH)
    {
        NS_LOG_LOGIC("Nonce Indices with length " << +length);
        return WireError::BAD_FIXED_LENGTH;
    }
    if (i.GetRemainingSize() < LENGTH)
    {
        return WireError::TRUNCATED;
    }
    m_homeNonceIndex = i.ReadNtohU16();
    m_careOfNonceIndex = i.ReadNtohU16();
    return WireError::NONE;
}

void
NonceIndicesOption::Print(std::ostream& os) const
{
    os << "homeNonceIndex=" << m_homeNonceIndex << " careOfNonceIndex=" << m_careOfNonceIndex;
}

bool
NonceIndicesOption::operator==(const NonceIndicesOption& other) const
{
    return m_homeNonceIndex == other.m_homeNonceIndex &&
           m_careOfNonceIndex == other.m_careOfNonceIndex;
}

} // namespace hmipv6
} // namespace ns3
