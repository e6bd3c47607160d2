// SPDX-License-Identifier: GPL-2.0-only
#include "registrar.h"

#include "ns3/binding-ack-header.h"
#include "ns3/log.h"
#include "ns3/mobility-sequence-number.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <limits>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6Registrar");

namespace hmipv6
{

Registrar::Registrar()
    : m_maxLifetime(Seconds(LIFETIME_UNIT_S)),
      m_unknownDeregistration(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED),
      m_running(false),
      m_maxBindings(std::numeric_limits<std::size_t>::max()),
      m_maxPending(std::numeric_limits<std::size_t>::max())
{
}

Registrar::~Registrar()
{
    m_expiryEvent.Cancel();
}

void
Registrar::SetMaxLifetime(Time max)
{
    m_maxLifetime = max;
}

void
Registrar::SetLimits(std::size_t maxBindings, std::size_t maxPending)
{
    m_maxBindings = maxBindings;
    m_maxPending = maxPending;
}

void
Registrar::SetUnknownDeregistrationStatus(uint8_t status)
{
    m_unknownDeregistration = status;
}

void
Registrar::SetDadCallback(DadCallback dad, DadCallback cancel)
{
    m_dad = dad;
    m_cancelDad = cancel;
}

void
Registrar::SetBoundCallback(BoundCallback bound)
{
    m_bound = bound;
}

void
Registrar::SetUnboundCallback(UnboundCallback unbound)
{
    m_unbound = unbound;
}

const hmipv6::BindingCache&
Registrar::GetCache() const
{
    return m_cache;
}

hmipv6::BindingCache&
Registrar::GetCache()
{
    return m_cache;
}

const Registration*
Registrar::FindPending(Ipv6Address key) const
{
    auto it = m_pending.find(key);
    return it != m_pending.end() ? &it->second.registration : nullptr;
}

std::size_t
Registrar::GetNPending() const
{
    return m_pending.size();
}

Registrar::Outcome
Registrar::Refuse(const ReplyCallback& reply, uint8_t status, uint16_t sequence)
{
    NS_LOG_LOGIC("refused, status " << +status);
    reply(status, sequence, Seconds(0));
    return REFUSED;
}

Registrar::Outcome
Registrar::Submit(const Registration& r, ReplyCallback reply, AcceptedCallback accepted)
{
    NS_LOG_FUNCTION(this << r.key << r.careOf << r.sequence << r.requested);
    const hmipv6::BindingCache::Entry* entry = m_cache.Find(r.key);
    if (!entry && !r.deregistration && m_pending.count(r.key) == 0)
    {
        bool dad = r.performDad && !m_dad.IsNull();
        if (m_cache.Size() + m_pending.size() >= m_maxBindings ||
            (dad && m_pending.size() >= m_maxPending))
        {
            Refuse(reply, hmipv6::BindingAckHeader::INSUFFICIENT_RESOURCES, r.sequence);
            return FULL;
        }
    }
    if (entry && !m_cache.IsSequenceAcceptable(r.key, r.sequence))
    {
        // RFC 6275 9.5.1, draft 4.2.1: the answer carries the last accepted number.
        return Refuse(reply,
                      hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW,
                      entry->sequence);
    }
    if (r.deregistration)
    {
        Withdraw(r.key);
        if (!Unbind(r.key, REMOVED))
        {
            // RFC 6275 10.3.2 (133) at a home agent; 9.5.3 (nothing to delete) at a
            // correspondent.
            if (m_unknownDeregistration != hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED)
            {
                Refuse(reply, m_unknownDeregistration, r.sequence);
                return DEREGISTERED;
            }
        }
        if (r.acknowledge)
        {
            reply(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED, r.sequence, Seconds(0));
        }
        return DEREGISTERED;
    }
    if (!entry && r.performDad && !m_dad.IsNull())
    {
        auto it = m_pending.find(r.key);
        if (it != m_pending.end())
        {
            if (!hmipv6::MobilitySequenceNumber::IsNewer(r.sequence,
                                                         it->second.registration.sequence))
            {
                return STALE;
            }
            // The newest registration is answered when the DAD ends.
            it->second = Pending{r, reply, accepted};
            return PENDING;
        }
        m_pending.emplace(r.key, Pending{r, reply, accepted});
        m_dad(r.key, MakeCallback(&Registrar::DadDone, this));
        return PENDING;
    }
    Accept(r, reply, accepted);
    return ACCEPTED;
}

void
Registrar::DadDone(Ipv6Address key, bool unique)
{
    NS_LOG_FUNCTION(this << key << unique);
    auto it = m_pending.find(key);
    if (it == m_pending.end())
    {
        return; // abandoned meanwhile (deregistration, stop)
    }
    Pending pending = it->second;
    m_pending.erase(it);
    if (!unique)
    {
        Refuse(pending.reply,
               hmipv6::BindingAckHeader::DUPLICATE_ADDRESS_DETECTION_FAILED,
               pending.registration.sequence);
        return;
    }
    Accept(pending.registration, pending.reply, pending.accepted);
}

void
Registrar::Accept(const Registration& r,
                  const ReplyCallback& reply,
                  const AcceptedCallback& accepted)
{
    Time granted = GrantLifetime(r.requested, m_maxLifetime);
    const hmipv6::BindingCache::Entry* entry = m_cache.Find(r.key);
    // Draft 4.3.4: a refresh restarts the timer; the binding's care-of address stays.
    Ipv6Address careOf = r.refresh && entry ? entry->careOfAddress : r.careOf;
    bool created =
        m_cache.Register(r.key, careOf, r.sequence, granted, Simulator::Now(), r.homeRegistration);
    NS_LOG_LOGIC((created ? "bound " : "re-bound ")
                 << r.key << " -> " << careOf << " for " << granted.As(Time::S));
    if (!m_bound.IsNull())
    {
        m_bound(r, *m_cache.Find(r.key), created);
    }
    ScheduleExpiry();
    if (r.acknowledge)
    {
        reply(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED, r.sequence, granted);
    }
    if (!accepted.IsNull())
    {
        accepted(granted);
    }
}

Time
Registrar::Rebind(Ipv6Address key, Ipv6Address careOf, uint16_t sequence, Time requested)
{
    NS_LOG_FUNCTION(this << key << careOf << sequence << requested);
    const hmipv6::BindingCache::Entry* entry = m_cache.Find(key);
    Time granted = GrantLifetime(requested, m_maxLifetime);
    m_cache.Register(key,
                     careOf,
                     sequence,
                     granted,
                     Simulator::Now(),
                     entry && entry->homeRegistration);
    ScheduleExpiry();
    return granted;
}

bool
Registrar::Remove(Ipv6Address key)
{
    NS_LOG_FUNCTION(this << key);
    Withdraw(key);
    return Unbind(key, REMOVED);
}

bool
Registrar::Abandon(Ipv6Address key)
{
    NS_LOG_FUNCTION(this << key);
    return Withdraw(key);
}

bool
Registrar::Withdraw(Ipv6Address key)
{
    if (m_pending.erase(key) == 0)
    {
        return false;
    }
    // A DAD nobody waits for would go on probing (and a stopped role with it).
    if (!m_cancelDad.IsNull())
    {
        m_cancelDad(key, MakeCallback(&Registrar::DadDone, this));
    }
    return true;
}

bool
Registrar::Unbind(Ipv6Address key, Ending ending)
{
    const hmipv6::BindingCache::Entry* found = m_cache.Find(key);
    if (!found)
    {
        return false;
    }
    hmipv6::BindingCache::Entry entry = *found;
    m_cache.Remove(key);
    if (!m_unbound.IsNull())
    {
        m_unbound(entry, ending);
    }
    ScheduleExpiry();
    return true;
}

void
Registrar::Expire()
{
    NS_LOG_FUNCTION(this);
    for (const hmipv6::BindingCache::Entry& entry : m_cache.RemoveExpired(Simulator::Now()))
    {
        NS_LOG_LOGIC("binding of " << entry.homeAddress << " expired");
        if (!m_unbound.IsNull())
        {
            m_unbound(entry, EXPIRED);
        }
    }
    ScheduleExpiry();
}

void
Registrar::ScheduleExpiry()
{
    m_expiryEvent.Cancel();
    std::optional<Time> next = m_cache.NextExpiry();
    if (m_running && next)
    {
        m_expiryEvent = Simulator::Schedule(std::max(*next - Simulator::Now(), Seconds(0)),
                                            &Registrar::Expire,
                                            this);
    }
}

void
Registrar::Stop()
{
    m_running = false;
    m_expiryEvent.Cancel();
    while (!m_pending.empty())
    {
        Withdraw(m_pending.begin()->first);
    }
}

void
Registrar::Start()
{
    m_running = true;
    ScheduleExpiry();
}

void
Registrar::Clear()
{
    Stop();
    m_cache.Clear();
}

} // namespace hmipv6
} // namespace ns3
