// SPDX-License-Identifier: GPL-2.0-only
#include "ms-registration.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6MsRegistration");

void
MsRegistration::Setup(Ptr<Node> node, const Config& config, Hooks hooks)
{
    m_node = node;
    m_config = config;
    m_hooks = std::move(hooks);
}

void
MsRegistration::Stop()
{
    m_timeoutEvent.Cancel();
    m_refreshEvent.Cancel();
    m_deregEvent.Cancel();
}

void
MsRegistration::Dispose()
{
    Stop();
    m_node = nullptr;
}

std::string
MsRegistration::Name(Kind kind)
{
    switch (kind)
    {
    case REQUEST:
        return "RegistrationRequest";
    case UPDATE:
        return "RegistrationUpdate";
    case REFRESH:
        return "RegistrationRefresh";
    default:
        return "None";
    }
}

void
MsRegistration::Send(Kind kind,
                     Ipv6Address ms,
                     uint8_t prefixLength,
                     Ipv6Address lcoa,
                     Ipv6Address previousMs)
{
    m_ms = ms;
    m_prefixLength = prefixLength;
    m_lcoa = lcoa;
    m_previousMs = previousMs;
    m_pending = kind;
    m_tries = 0;
    m_resynchronized = false;
    Transmit();
}

bool
MsRegistration::Resynchronize(Kind kind, uint16_t msSequence)
{
    NS_LOG_FUNCTION(this << Name(kind) << msSequence);
    if (m_resynchronized || kind == NONE)
    {
        return false;
    }
    m_resynchronized = true;
    m_sequence = msSequence; // Transmit takes the next one
    m_pending = kind;
    m_tries = 0;
    Transmit();
    return true;
}

void
MsRegistration::Transmit()
{
    Kind kind = m_pending;
    NS_LOG_FUNCTION(this << Name(kind));
    if (m_lcoa.IsAny() || m_ms.IsAny() || kind == NONE)
    {
        m_pending = NONE;
        return;
    }
    // 4.2.1: 1 first, then one more for every Request, Update and Refresh.
    ++m_sequence;
    ++m_tries;
    auto fillAndSend = [this, kind](RegistrationHeaderBase& h) {
        h.SetAcknowledgeRequested(true); // 4.2.1: the MS must acknowledge
        h.SetPrefixLength(m_prefixLength);
        h.SetSequence(m_sequence);
        h.SetLifetime(static_cast<uint32_t>(m_config.lifetime.GetSeconds()));
        h.SetHomeAddress(m_config.homeAddress);
        ++m_sent[kind];
        m_hooks.sent(Name(kind), m_ms, m_sequence, false);
        SignAndSend(h, m_ms, m_prefixLength, m_lcoa);
    };
    Time timeout = m_config.updateTimeout;
    if (kind == REQUEST)
    {
        RegistrationRequestHeader h;
        h.SetOptionType(m_config.requestType);
        // 4.3.6: the new MS asks the previous one to forward, or, on the same Mobility
        // Network, to hand the GCoA over.
        if (!m_previousMs.IsAny())
        {
            h.SetPreviousMs(m_previousMs);
        }
        fillAndSend(h);
        timeout = m_config.requestTimeout;
    }
    else if (kind == UPDATE)
    {
        RegistrationUpdateHeader h;
        h.SetOptionType(m_config.updateType);
        fillAndSend(h);
    }
    else
    {
        RegistrationRefreshHeader h;
        h.SetOptionType(m_config.refreshType);
        fillAndSend(h);
    }
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: " << Name(kind) << " seq " << m_sequence
                                             << " to " << m_ms << " from " << m_lcoa);
    m_timeoutEvent.Cancel();
    Time wait = timeout * (int64_t(1) << std::min<uint32_t>(m_tries - 1, 5));
    m_timeoutEvent = Simulator::Schedule(wait, &MsRegistration::Timeout, this);
}

void
MsRegistration::SignAndSend(RegistrationHeaderBase& h,
                            Ipv6Address ms,
                            uint8_t prefixLength,
                            Ipv6Address source)
{
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    UseSubOptionTypes(h, *keys);
    if (keys->IsRequired())
    {
        Ipv6Address domain = ms.CombinePrefix(Ipv6Prefix(prefixLength));
        auto association = keys->Find(KeyChain::MH_MS, m_config.homeAddress, domain);
        if (association)
        {
            SignDraftMessage(h, *association, source, ms);
        }
        else
        {
            NS_LOG_WARN("MH: no key for domain " << domain << ": sent unauthenticated");
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(h);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet,
                                              source,
                                              ms,
                                              Ipv6Header::IPV6_EXT_DESTINATION,
                                              nullptr);
}

std::optional<DropReason>
MsRegistration::CheckAck(Ptr<const Packet> packet,
                         const hmipv6::BindingAckHeader& ack,
                         Ipv6Address source,
                         Ipv6Address destination) const
{
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    if (!keys->IsRequired())
    {
        return std::nullopt;
    }
    uint8_t prefixLength = source == m_deregMs ? m_deregPrefixLength : m_prefixLength;
    Ipv6Address domain = source.CombinePrefix(Ipv6Prefix(prefixLength));
    return CheckAssociationAuthentication(MobilityHeaderOctets(packet),
                                          ack.GetOptions(),
                                          keys->Find(KeyChain::MH_MS, m_config.homeAddress, domain),
                                          source,
                                          destination);
}

void
MsRegistration::Timeout()
{
    NS_LOG_FUNCTION(this);
    if (m_pending == NONE)
    {
        return;
    }
    if (m_tries <= m_config.retries)
    {
        Transmit();
        return;
    }
    m_hooks.failed(m_pending);
}

void
MsRegistration::CancelPending()
{
    m_timeoutEvent.Cancel();
    m_pending = NONE;
}

void
MsRegistration::Cancel()
{
    CancelPending();
    m_refreshEvent.Cancel();
}

MsRegistration::Kind
MsRegistration::Match(const hmipv6::BindingAckHeader& ack)
{
    // 135 carries the MS's last accepted number, not ours.
    bool badSequence = ack.GetStatus() == hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW;
    if (m_pending == NONE || (!badSequence && ack.GetSequence() != m_sequence))
    {
        return NONE;
    }
    m_timeoutEvent.Cancel();
    ++m_acks;
    Kind kind = m_pending;
    m_pending = NONE;
    return kind;
}

void
MsRegistration::ScheduleRefresh(Time lifetime)
{
    m_refreshEvent.Cancel();
    if (lifetime.IsStrictlyPositive())
    {
        m_refreshEvent =
            Simulator::Schedule(Seconds(lifetime.GetSeconds() * m_config.refreshFraction),
                                m_hooks.refreshDue);
    }
}

bool
MsRegistration::IsPending() const
{
    return m_pending != NONE;
}

void
MsRegistration::StartDeregistration(Ipv6Address ms, uint8_t prefixLength)
{
    m_deregMs = ms;
    m_deregPrefixLength = prefixLength;
    m_deregTries = 0;
    m_deregEvent.Cancel();
}

void
MsRegistration::SendDeregistration()
{
    NS_LOG_FUNCTION(this);
    Ipv6Address source = m_hooks.deregistrationSource();
    if (m_deregMs.IsAny() || source.IsAny() || m_deregMs == m_hooks.currentMs())
    {
        return;
    }
    ++m_sequence;
    ++m_deregTries;
    m_deregSequence = m_sequence;
    RegistrationUpdateHeader h;
    h.SetOptionType(m_config.updateType);
    h.SetAcknowledgeRequested(true);
    h.SetPrefixLength(m_deregPrefixLength);
    h.SetSequence(m_sequence);
    h.SetLifetime(0); // 4.3.3, as RFC 6275 10.3.2: lifetime 0 deregisters
    h.SetHomeAddress(m_config.homeAddress);
    ++m_sent[UPDATE];
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: deregistration seq " << m_sequence << " to "
                                             << m_deregMs << " from " << source);
    m_hooks.sent(Name(UPDATE), m_deregMs, m_sequence, true);
    SignAndSend(h, m_deregMs, m_deregPrefixLength, source);
    m_deregEvent.Cancel();
    Time wait = m_config.updateTimeout * (int64_t(1) << std::min<uint32_t>(m_deregTries - 1, 5));
    m_deregEvent = Simulator::Schedule(wait, [this]() {
        if (m_deregTries <= m_config.retries)
        {
            SendDeregistration();
        }
        else
        {
            m_deregMs = Ipv6Address::GetAny(); // its lifetime ends it
        }
    });
}

void
MsRegistration::CancelDeregistration(Ipv6Address ms)
{
    if (m_deregMs == ms)
    {
        m_deregEvent.Cancel();
        m_deregMs = Ipv6Address::GetAny();
    }
}

bool
MsRegistration::IsDeregistrationAck(Ipv6Address source) const
{
    return !m_deregMs.IsAny() && source == m_deregMs && m_deregMs != m_hooks.currentMs();
}

bool
MsRegistration::ReceiveDeregistrationAck(const hmipv6::BindingAckHeader& ack)
{
    if (ack.GetSequence() != m_deregSequence)
    {
        return false;
    }
    m_deregEvent.Cancel();
    m_deregMs = Ipv6Address::GetAny();
    ++m_acks;
    return true;
}

uint16_t
MsRegistration::GetSequence() const
{
    return m_sequence;
}

uint64_t
MsRegistration::GetSent(Kind kind) const
{
    return m_sent[kind];
}

uint64_t
MsRegistration::GetAcks() const
{
    return m_acks;
}

} // namespace hmipv6
} // namespace ns3
