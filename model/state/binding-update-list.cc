// SPDX-License-Identifier: GPL-2.0-only
#include "binding-update-list.h"

#include "mobility-sequence-number.h"

#include "ns3/assert.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

BindingUpdateList::BindingUpdateList()
    : m_initialBindackTimeoutFirstReg(MilliSeconds(DEFAULT_INITIAL_BINDACK_TIMEOUT_FIRST_REG_MS)),
      m_initialBindackTimeout(Seconds(INITIAL_BINDACK_TIMEOUT)),
      m_maxBindackTimeout(Seconds(MAX_BINDACK_TIMEOUT)),
      m_refreshFraction(DEFAULT_REFRESH_FRACTION)
{
}

BindingUpdateList::Entry&
BindingUpdateList::PrepareUpdate(Ipv6Address destination,
                                 Ipv6Address home,
                                 Ipv6Address careOf,
                                 Time lifetime,
                                 Time now,
                                 bool homeRegistration,
                                 std::optional<uint16_t> sequence)
{
    auto it = m_entries.find(destination);
    bool isNew = it == m_entries.end();
    if (isNew)
    {
        Entry fresh;
        fresh.destination = destination;
        // So that Next() below yields DEFAULT_FIRST_SEQUENCE.
        fresh.lastSequence = static_cast<uint16_t>(DEFAULT_FIRST_SEQUENCE - 1);
        it = m_entries.emplace(destination, fresh).first;
    }
    Entry& entry = it->second;

    // 11.7.1: "does not have an existing binding at the home agent".
    bool bindingHeld =
        !isNew && entry.acked && entry.grantedLifetime.IsStrictlyPositive() && entry.expiry > now;
    entry.firstRegistration = homeRegistration && !bindingHeld;

    entry.homeAddress = home;
    entry.careOfAddress = careOf;
    entry.lastSequence =
        sequence.has_value() ? *sequence : MobilitySequenceNumber::Next(entry.lastSequence);
    entry.requestedLifetime = lifetime;
    entry.sentAt = now;
    entry.retransmitTimeout =
        entry.firstRegistration ? m_initialBindackTimeoutFirstReg : m_initialBindackTimeout;
    entry.retransmissions = 0;
    entry.awaitingAck = true;
    entry.acked = false;
    entry.homeRegistration = homeRegistration;
    return entry;
}

bool
BindingUpdateList::OnAck(Ipv6Address destination,
                         uint16_t sequence,
                         uint8_t status,
                         Time grantedLifetime,
                         Time now)
{
    Entry* entry = Find(destination);
    if (entry == nullptr || !entry->awaitingAck || entry->lastSequence != sequence)
    {
        return false;
    }
    entry->awaitingAck = false;
    entry->lastStatus = status;
    entry->ackedAt = now;
    if (status < 128)
    {
        // A peer must not grant more than asked (9.5.1); never believe it did.
        Time granted = std::min(grantedLifetime, entry->requestedLifetime);
        entry->acked = true;
        entry->grantedLifetime = granted;
        // 11.7.3: the lifetime runs from when the acknowledged update was sent.
        entry->expiry = entry->sentAt + granted;
    }
    else
    {
        entry->acked = false;
    }
    return true;
}

std::optional<Time>
BindingUpdateList::NextRetransmission(Ipv6Address destination) const
{
    const Entry* entry = Find(destination);
    if (entry == nullptr || !entry->awaitingAck)
    {
        return std::nullopt;
    }
    return entry->sentAt + entry->retransmitTimeout;
}

BindingUpdateList::Entry*
BindingUpdateList::OnRetransmit(Ipv6Address destination, Time now)
{
    Entry* entry = Find(destination);
    if (entry == nullptr || !entry->awaitingAck)
    {
        return nullptr;
    }
    entry->retransmitTimeout = std::min(entry->retransmitTimeout * 2, m_maxBindackTimeout);
    entry->retransmissions++;
    entry->lastSequence = MobilitySequenceNumber::Next(entry->lastSequence);
    entry->sentAt = now;
    return entry;
}

bool
BindingUpdateList::ShouldGiveUp(Ipv6Address destination) const
{
    const Entry* entry = Find(destination);
    return entry != nullptr && entry->awaitingAck &&
           entry->retransmitTimeout >= m_maxBindackTimeout;
}

std::optional<Time>
BindingUpdateList::RefreshTime(Ipv6Address destination) const
{
    const Entry* entry = Find(destination);
    if (entry == nullptr || entry->awaitingAck || !entry->acked ||
        !entry->grantedLifetime.IsStrictlyPositive())
    {
        return std::nullopt;
    }
    return entry->expiry - entry->grantedLifetime * (1.0 - m_refreshFraction);
}

bool
BindingUpdateList::SetLastSequence(Ipv6Address destination, uint16_t sequence)
{
    Entry* entry = Find(destination);
    if (entry == nullptr)
    {
        return false;
    }
    entry->lastSequence = sequence;
    return true;
}

const BindingUpdateList::Entry*
BindingUpdateList::Find(Ipv6Address destination) const
{
    auto it = m_entries.find(destination);
    return it == m_entries.end() ? nullptr : &it->second;
}

BindingUpdateList::Entry*
BindingUpdateList::Find(Ipv6Address destination)
{
    auto it = m_entries.find(destination);
    return it == m_entries.end() ? nullptr : &it->second;
}

bool
BindingUpdateList::Remove(Ipv6Address destination)
{
    return m_entries.erase(destination) > 0;
}

std::vector<BindingUpdateList::Entry>
BindingUpdateList::GetEntries() const
{
    std::vector<Entry> entries;
    entries.reserve(m_entries.size());
    for (const auto& [destination, entry] : m_entries)
    {
        entries.push_back(entry);
    }
    return entries;
}

std::size_t
BindingUpdateList::Size() const
{
    return m_entries.size();
}

void
BindingUpdateList::SetInitialBindackTimeoutFirstReg(Time timeout)
{
    NS_ASSERT_MSG(timeout.IsStrictlyPositive(), "InitialBindackTimeoutFirstReg must be > 0");
    m_initialBindackTimeoutFirstReg = timeout;
}

Time
BindingUpdateList::GetInitialBindackTimeoutFirstReg() const
{
    return m_initialBindackTimeoutFirstReg;
}

void
BindingUpdateList::SetInitialBindackTimeout(Time timeout)
{
    NS_ASSERT_MSG(timeout.IsStrictlyPositive(), "initial bindack timeout must be > 0");
    m_initialBindackTimeout = timeout;
}

Time
BindingUpdateList::GetInitialBindackTimeout() const
{
    return m_initialBindackTimeout;
}

void
BindingUpdateList::SetMaxBindackTimeout(Time timeout)
{
    NS_ASSERT_MSG(timeout.IsStrictlyPositive(), "MAX_BINDACK_TIMEOUT must be > 0");
    m_maxBindackTimeout = timeout;
}

Time
BindingUpdateList::GetMaxBindackTimeout() const
{
    return m_maxBindackTimeout;
}

void
BindingUpdateList::SetRefreshFraction(double fraction)
{
    NS_ASSERT_MSG(fraction > 0.0 && fraction <= 1.0, "refresh fraction must be in (0, 1]");
    m_refreshFraction = fraction;
}

double
BindingUpdateList::GetRefreshFraction() const
{
    return m_refreshFraction;
}

} // namespace hmipv6
} // namespace ns3
