// SPDX-License-Identifier: GPL-2.0-only
#include "binding-cache.h"

#include "mobility-sequence-number.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

bool
BindingCache::InsertOrUpdate(const Entry& entry)
{
    auto& byHome = m_entries.get<ByHome>();
    auto it = byHome.find(entry.homeAddress);
    if (it == byHome.end())
    {
        byHome.insert(entry);
        return true;
    }
    // replace() re-indexes the care-of address and the expiry of the node in place.
    byHome.replace(it, entry);
    return false;
}

bool
BindingCache::Register(Ipv6Address home,
                       Ipv6Address careOf,
                       uint16_t sequence,
                       Time lifetime,
                       Time now,
                       bool homeRegistration)
{
    Entry entry;
    if (const Entry* old = Find(home))
    {
        entry = *old;
    }
    entry.homeAddress = home;
    entry.careOfAddress = careOf;
    entry.sequence = sequence;
    entry.lifetime = lifetime;
    entry.expiry = now + lifetime;
    entry.lastUpdate = now;
    entry.lastUsed = now;
    entry.homeRegistration = homeRegistration;
    return InsertOrUpdate(entry);
}

const BindingCache::Entry*
BindingCache::Find(Ipv6Address home) const
{
    const auto& byHome = m_entries.get<ByHome>();
    auto it = byHome.find(home);
    return it == byHome.end() ? nullptr : &*it;
}

std::vector<BindingCache::Entry>
BindingCache::FindByCareOf(Ipv6Address careOf) const
{
    auto range = m_entries.get<ByCareOf>().equal_range(careOf);
    std::vector<Entry> found(range.first, range.second);
    // Hash order depends on the insertion history; sort for reproducible callers.
    std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
        return a.homeAddress < b.homeAddress;
    });
    return found;
}

bool
BindingCache::Remove(Ipv6Address home)
{
    return m_entries.get<ByHome>().erase(home) > 0;
}

std::vector<BindingCache::Entry>
BindingCache::RemoveExpired(Time now)
{
    auto& byExpiry = m_entries.get<ByExpiry>();
    auto end = byExpiry.upper_bound(now); // expiry == now has expired too
    std::vector<Entry> expired(byExpiry.begin(), end);
    byExpiry.erase(byExpiry.begin(), end);
    return expired;
}

std::optional<Time>
BindingCache::NextExpiry() const
{
    const auto& byExpiry = m_entries.get<ByExpiry>();
    if (byExpiry.empty())
    {
        return std::nullopt;
    }
    return byExpiry.begin()->expiry;
}

bool
BindingCache::MarkUsed(Ipv6Address home, Time now)
{
    auto& byHome = m_entries.get<ByHome>();
    auto it = byHome.find(home);
    if (it == byHome.end())
    {
        return false;
    }
    byHome.modify(it, [now](Entry& e) { e.lastUsed = now; });
    return true;
}

bool
BindingCache::IsSequenceAcceptable(Ipv6Address home, uint16_t sequence) const
{
    const Entry* entry = Find(home);
    return entry == nullptr || MobilitySequenceNumber::IsNewer(sequence, entry->sequence);
}

std::size_t
BindingCache::Size() const
{
    return m_entries.size();
}

bool
BindingCache::IsEmpty() const
{
    return m_entries.empty();
}

void
BindingCache::Clear()
{
    m_entries.clear();
}

void
BindingCache::ForEach(const std::function<void(const Entry&)>& visit) const
{
    for (const Entry& entry : m_entries.get<ByExpiry>())
    {
        visit(entry);
    }
}

std::vector<BindingCache::Entry>
BindingCache::GetEntries() const
{
    const auto& byExpiry = m_entries.get<ByExpiry>();
    return std::vector<Entry>(byExpiry.begin(), byExpiry.end());
}

} // namespace hmipv6
} // namespace ns3
