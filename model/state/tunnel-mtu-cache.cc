// SPDX-License-Identifier: GPL-2.0-only
#include "tunnel-mtu-cache.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

TunnelMtuCache::TunnelMtuCache(Time timeout, std::size_t capacity)
    : m_timeout(timeout),
      m_capacity(std::max<std::size_t>(capacity, 1))
{
}

void
TunnelMtuCache::Configure(Time timeout, std::size_t capacity)
{
    m_timeout = timeout;
    m_capacity = std::max<std::size_t>(capacity, 1);
    Trim();
}

bool
TunnelMtuCache::Update(Ipv6Address exitPoint, uint32_t mtu, Time now)
{
    mtu = std::max(mtu, MIN_MTU);
    std::optional<uint32_t> known = Get(exitPoint, now);
    if (known && *known <= mtu)
    {
        return false; // RFC 8201 4: a Packet Too Big never raises the path MTU
    }
    m_cache[exitPoint] = Entry{mtu, now + m_timeout};
    Trim();
    return true;
}

std::optional<uint32_t>
TunnelMtuCache::Get(Ipv6Address exitPoint, Time now) const
{
    auto it = m_cache.find(exitPoint);
    if (it == m_cache.end() || it->second.expiry <= now)
    {
        return std::nullopt;
    }
    return it->second.mtu;
}

std::size_t
TunnelMtuCache::GetN() const
{
    return m_cache.size();
}

void
TunnelMtuCache::Clear()
{
    m_cache.clear();
}

void
TunnelMtuCache::Trim()
{
    while (m_cache.size() > m_capacity)
    {
        auto soonest = std::min_element(m_cache.begin(), m_cache.end(), [](auto& a, auto& b) {
            return a.second.expiry < b.second.expiry;
        });
        m_cache.erase(soonest);
    }
}

} // namespace hmipv6
} // namespace ns3
