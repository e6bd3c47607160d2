// SPDX-License-Identifier: GPL-2.0-only
#include "rate-limit-table.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

RateLimitTable::RateLimitTable(Time interval, std::size_t capacity)
    : m_interval(interval),
      m_capacity(std::max<std::size_t>(capacity, 1))
{
}

void
RateLimitTable::Configure(Time interval, std::size_t capacity)
{
    m_interval = interval;
    m_capacity = std::max<std::size_t>(capacity, 1);
    while (m_byAge.size() > m_capacity)
    {
        m_last.erase(m_byAge.front().second);
        m_byAge.pop_front();
    }
}

bool
RateLimitTable::Allow(Ipv6Address destination, Time now)
{
    Prune(now);
    if (m_last.find(destination) != m_last.end())
    {
        return false; // answered less than the interval ago
    }
    if (m_last.size() >= m_capacity)
    {
        // Every entry is younger than the interval: answering a new destination now
        // would exceed `capacity` messages per interval.
        return false;
    }
    m_last[destination] = now;
    m_byAge.emplace_back(now, destination);
    return true;
}

std::size_t
RateLimitTable::GetN() const
{
    return m_last.size();
}

void
RateLimitTable::Clear()
{
    m_last.clear();
    m_byAge.clear();
}

void
RateLimitTable::Prune(Time now)
{
    // A destination is recorded only when it has no entry, so each one is in m_byAge
    // once, in the order of the times.
    while (!m_byAge.empty() && m_byAge.front().first + m_interval <= now)
    {
        m_last.erase(m_byAge.front().second);
        m_byAge.pop_front();
    }
}

} // namespace hmipv6
} // namespace ns3
