// SPDX-License-Identifier: GPL-2.0-only
#include "peer-handoff.h"

#include "ns3/destination-options-reader.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/handoff-request-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6PeerHandoff");

void
PeerHandoff::Setup(Ptr<Node> node, uint8_t optionType, uint8_t prefixLength, Hooks hooks)
{
    m_node = node;
    m_type = optionType;
    m_prefixLength = prefixLength;
    m_hooks = std::move(hooks);
}

void
PeerHandoff::Dispose()
{
    m_node = nullptr;
}

void
PeerHandoff::Receive(Ptr<const Packet> payload, const Ipv6Header& header)
{
    NS_LOG_FUNCTION(this << payload << header.GetSource());
    HandoffRequestHeader request;
    request.SetOptionType(m_type);
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    UseSubOptionTypes(request, *keys);
    std::vector<uint8_t> octets;
    if (!ReadDestinationOptionsMessage(payload, header.GetNextHeader(), request, &octets))
    {
        m_hooks.drop(payload, DropReason::MALFORMED, "malformed Handoff Request");
        return;
    }
    ++m_received;
    Ipv6Address peer = header.GetSource();
    Ipv6Address home = request.GetHomeAddress();
    Ipv6Address newGcoa = request.GetGlobalCoa();
    uint16_t sequence = request.GetSequence();
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MS " << m_hooks.self() << ": Handoff Request from " << peer << " home " << home
                << " new GCoA " << newGcoa << " seq " << sequence);
    auto refuse = [&](DropReason reason, const std::string& detail) {
        m_hooks.received(peer, home, false);
        m_hooks.drop(payload, reason, "Handoff Request: " + detail);
    };
    if (!IsBindableUnicast(peer))
    {
        refuse(DropReason::INVALID_ADDRESS, "invalid source address");
        return;
    }
    if (!IsBindableUnicast(home))
    {
        refuse(DropReason::INVALID_ADDRESS, "invalid home address");
        return;
    }
    if (!IsBindableUnicast(newGcoa) || m_hooks.isOwnAddress(newGcoa))
    {
        refuse(DropReason::INVALID_ADDRESS, "invalid new GCoA");
        return;
    }
    // 4.3.6, 5.2.2: authenticated with the key the two MSs share.
    if (keys->IsRequired())
    {
        if (auto why = CheckDraftMessage(request,
                                         octets,
                                         keys->Find(KeyChain::MS_MS, peer, header.GetDestination()),
                                         peer,
                                         header.GetDestination()))
        {
            refuse(*why, "not authentic");
            return;
        }
    }
    if (!m_hooks.authorized(peer, home))
    {
        refuse(DropReason::UNAUTHENTICATED, "peer not authorized");
        return;
    }
    Ipv6Address gcoa = m_hooks.findGcoa(home);
    if (gcoa.IsAny())
    {
        refuse(DropReason::UNEXPECTED, "home address not registered");
        return;
    }
    bool sameNetwork = Ipv6Prefix(m_prefixLength).IsMatch(peer, gcoa);
    if (newGcoa == gcoa && !sameNetwork)
    {
        refuse(DropReason::INVALID_ADDRESS, "new GCoA is the one bound here");
        return;
    }
    if (!m_hooks.isNewer(gcoa, sequence))
    {
        refuse(DropReason::STALE, "sequence number not newer");
        return;
    }
    ++m_accepted;
    // Section 3: the host moved to the area of another MS of this Mobility Network, which
    // now defends the same GCoA: hand it over instead of forwarding. Lifetime 0 removes.
    if (newGcoa == gcoa || request.GetLifetime() == 0)
    {
        m_hooks.handOver(gcoa);
    }
    else
    {
        m_hooks.forward(home,
                        gcoa,
                        newGcoa,
                        sequence,
                        Seconds(static_cast<double>(request.GetLifetime())));
    }
    m_hooks.received(peer, home, true);
}

void
PeerHandoff::Send(Ipv6Address previousMs,
                  Ipv6Address home,
                  Ipv6Address gcoa,
                  uint16_t sequence,
                  Time lifetime)
{
    NS_LOG_FUNCTION(this << previousMs << home << gcoa << sequence);
    HandoffRequestHeader request;
    request.SetOptionType(m_type);
    // No answer is defined for a Handoff Request (4.3.6): A clear.
    request.SetAcknowledgeRequested(false);
    request.SetPrefixLength(m_prefixLength);
    request.SetSequence(sequence);
    request.SetLifetime(static_cast<uint32_t>(lifetime.GetSeconds()));
    request.SetGlobalCoa(gcoa);
    request.SetHomeAddress(home);
    Ipv6Address self = m_hooks.self();
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    UseSubOptionTypes(request, *keys);
    if (keys->IsRequired())
    {
        if (auto association = keys->Find(KeyChain::MS_MS, self, previousMs))
        {
            SignDraftMessage(request, *association, self, previousMs);
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(request);
    ++m_sent;
    m_hooks.sent(previousMs, home, gcoa);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MS " << self << ": Handoff Request to " << previousMs << " home " << home
                << " new GCoA " << gcoa);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet,
                                              self,
                                              previousMs,
                                              Ipv6Header::IPV6_EXT_DESTINATION,
                                              nullptr);
}

uint64_t
PeerHandoff::GetReceived() const
{
    return m_received;
}

uint64_t
PeerHandoff::GetAccepted() const
{
    return m_accepted;
}

uint64_t
PeerHandoff::GetSent() const
{
    return m_sent;
}

} // namespace hmipv6
} // namespace ns3
