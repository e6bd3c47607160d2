// SPDX-License-Identifier: GPL-2.0-only
#include "replay-protection-option.h"

namespace ns3
{
namespace hmipv6
{

ReplayProtectionOption::ReplayProtectionOption()
    : m_timestamp(0)
{
}

ReplayProtectionOption::ReplayProtectionOption(uint64_t timestamp)
    : m_timestamp(timestamp)
{
}

uint64_t
ReplayProtectionOption::GetTimestamp() const
{
    return m_timestamp;
}

uint8_t
ReplayProtectionOption::GetLength() const
{
    return LENGTH;
}

void
ReplayProtectionOption::SerializeData(Buffer::Iterator& i) const
{
    i.WriteHtonU64(m_timestamp);
}

WireError
ReplayProtectionOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length != LENGTH)
    {
        return WireError::BAD_FIXED_LENGTH;
    }
    m_timestamp = i.ReadNtohU64();
    return WireError::NONE;
}

void
ReplayProtectionOption::Print(std::ostream& os) const
{
    os << "timestamp=" << m_timestamp;
}

} // namespace hmipv6
} // namespace ns3
