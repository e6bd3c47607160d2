// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-server-list.h"

#include <tuple>

namespace ns3
{
namespace hmipv6
{

void
MobilityServerList::Trust(Ipv6Address sender, uint8_t preference)
{
    m_trusted[sender] = preference;
    auto it = m_entries.find(sender);
    if (it != m_entries.end())
    {
        it->second.preference = preference;
    }
}

bool
MobilityServerList::IsTrusted(Ipv6Address sender) const
{
    return m_trusted.count(sender) > 0;
}

const std::map<Ipv6Address, uint8_t>&
MobilityServerList::GetTrusted() const
{
    return m_trusted;
}

bool
MobilityServerList::Learn(Ipv6Address sender,
                          Ipv6Address ms,
                          uint8_t prefixLength,
                          std::optional<Time> expiry)
{
    auto trusted = m_trusted.find(sender);
    if (trusted == m_trusted.end() || sender.IsAny())
    {
        return false;
    }
    m_entries[sender] = Entry{sender, ms, prefixLength, trusted->second, expiry};
    return true;
}

void
MobilityServerList::SetPermanent(Ipv6Address ms, uint8_t prefixLength)
{
    Ipv6Address none = Ipv6Address::GetAny();
    if (ms.IsAny() || prefixLength == 0)
    {
        m_entries.erase(none);
        return;
    }
    m_entries[none] = Entry{none, ms, prefixLength, 0, std::nullopt};
}

bool
MobilityServerList::Forget(Ipv6Address sender)
{
    return m_entries.erase(sender) > 0;
}

std::vector<MobilityServerList::Entry>
MobilityServerList::RemoveExpired(Time now)
{
    std::vector<Entry> removed;
    for (auto it = m_entries.begin(); it != m_entries.end();)
    {
        if (it->second.expiry && *it->second.expiry <= now)
        {
            removed.push_back(it->second);
            it = m_entries.erase(it);
        }
        else
        {
            ++it;
        }
    }
    return removed;
}

std::optional<Time>
MobilityServerList::NextExpiry() const
{
    std::optional<Time> next;
    for (const auto& [sender, entry] : m_entries)
    {
        if (entry.expiry && (!next || *entry.expiry < *next))
        {
            next = entry.expiry;
        }
    }
    return next;
}

const MobilityServerList::Entry*
MobilityServerList::GetChosen() const
{
    const Entry* best = nullptr;
    for (const auto& [sender, entry] : m_entries)
    {
        // Higher preference, then lower MS address, then lower sender.
        if (!best || std::make_tuple(-int(entry.preference), entry.ms, entry.sender) <
                         std::make_tuple(-int(best->preference), best->ms, best->sender))
        {
            best = &entry;
        }
    }
    return best;
}

std::size_t
MobilityServerList::GetN() const
{
    return m_entries.size();
}

void
MobilityServerList::Clear()
{
    m_entries.clear();
}

bool
MobilityServerList::AcceptTimestamp(Ipv6Address sender, uint64_t timestamp)
{
    if (!IsTrusted(sender))
    {
        return false;
    }
    auto [it, inserted] = m_timestamps.emplace(sender, timestamp);
    if (!inserted)
    {
        if (timestamp <= it->second)
        {
            return false;
        }
        it->second = timestamp;
    }
    return true;
}

} // namespace hmipv6
} // namespace ns3
