// SPDX-License-Identifier: GPL-2.0-only
#include "binding-refresh-advice-option.h"

#include "ns3/log.h"

#include <algorithm>
#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingRefreshAdviceOption");

BindingRefreshAdviceOption::BindingRefreshAdviceOption()
    : m_refreshIntervalUnits(0)
{
}

BindingRefreshAdviceOption::BindingRefreshAdviceOption(uint16_t refreshIntervalUnits)
    : m_refreshIntervalUnits(refreshIntervalUnits)
{
}

uint16_t
BindingRefreshAdviceOption::GetRefreshIntervalUnits() const
{
    return m_refreshIntervalUnits;
}

void
BindingRefreshAdviceOption::SetRefreshIntervalUnits(uint16_t units)
{
    m_refreshIntervalUnits = units;
}

Time
BindingRefreshAdviceOption::GetRefreshInterval() const
{
    return Seconds(static_cast<double>(m_refreshIntervalUnits) * UNIT_SECONDS);
}

void
BindingRefreshAdviceOption::SetRefreshInterval(Time interval)
{
    int64_t seconds =
        interval.IsStrictlyPositive() ? static_cast<int64_t>(interval.GetSeconds()) : 0;
    int64_t units = seconds / UNIT_SECONDS;
    m_refreshIntervalUnits =
        static_cast<uint16_t>(std::min<int64_t>(units, std::numeric_limits<uint16_t>::max()));
}

uint8_t
BindingRefreshAdviceOption::GetLength() const
{
    return LENGTH;
}

void
BindingRefreshAdviceOption::SerializeData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_refreshIntervalUnits);
}

WireError
BindingRefreshAdviceOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length != LENGTH)
    {
        NS_LOG_LOGIC("Binding Refresh Advice with length " << +length);
        return WireError::BAD_FIXED_LENGTH;
    }
    if (i.GetRemainingSize() < LENGTH)
    {
        return WireError::TRUNCATED;
    }
    m_refreshIntervalUnits = i.ReadNtohU16();
    return WireError::NONE;
}

void
BindingRefreshAdviceOption::Print(std::ostream& os) const
{
    os << "refreshInterval=" << m_refreshIntervalUnits;
}

bool
BindingRefreshAdviceOption::operator==(const BindingRefreshAdviceOption& other) const
{
    return m_refreshIntervalUnits == other.m_refreshIntervalUnits;
}

} // namespace hmipv6
} // namespace ns3
