// SPDX-License-Identifier: GPL-2.0-only
#include "registration-intake.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/destination-options-reader.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/key-chain.h"
#include "ns3/log.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6RegistrationIntake");

namespace
{
/// Message names, in Kind order.
const char* const NAMES[] = {"Registration Request", "Registration Update", "Registration Refresh"};
} // namespace

void
RegistrationIntake::Setup(Ptr<Node> node, const uint8_t (&types)[3], Hooks hooks)
{
    m_node = node;
    std::copy(std::begin(types), std::end(types), std::begin(m_types));
    m_hooks = std::move(hooks);
}

void
RegistrationIntake::Dispose()
{
    m_node = nullptr;
}

bool
RegistrationIntake::Read(Kind kind,
                         Ptr<const Packet> payload,
                         const Ipv6Header& header,
                         Message& out)
{
    NS_LOG_FUNCTION(this << kind << payload << header.GetSource());
    const std::string name = NAMES[kind];
    std::vector<uint8_t> octets;
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    auto read = [&](auto& m) {
        m.SetOptionType(m_types[kind]);
        UseSubOptionTypes(m, *keys);
        out.message = &m;
        return ReadDestinationOptionsMessage(payload, header.GetNextHeader(), m, &octets);
    };
    out.kind = kind;
    if (!(kind == REQUEST  ? read(out.request)
          : kind == UPDATE ? read(out.update)
                           : read(out.refresh)))
    {
        m_hooks.drop(payload, DropReason::MALFORMED, "malformed " + name);
        return false;
    }
    ++m_received[kind];
    Ipv6Address source = header.GetSource();
    m_hooks.received(*out.message, source);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MS " << m_hooks.self() << ": " << name << " home "
                << out.message->GetHomeAddress() << " from " << source << " seq "
                << out.message->GetSequence() << " lifetime " << out.message->GetLifetime());

    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    if (!IsBindableUnicast(source) || ipv6->GetInterfaceForAddress(source) >= 0)
    {
        m_hooks.drop(payload,
                     DropReason::INVALID_ADDRESS,
                     name + ": invalid source (LCoA) address");
        return false;
    }
    if (!IsBindableUnicast(out.message->GetHomeAddress()))
    {
        m_hooks.drop(payload, DropReason::INVALID_ADDRESS, name + ": invalid home address");
        return false;
    }
    out.previousMs = Ipv6Address::GetAny();
    if (kind == REQUEST && out.request.HasPreviousMs())
    {
        Ipv6Address previousMs = out.request.GetPreviousMs();
        if (previousMs.IsMulticast() || previousMs.IsLinkLocal() || previousMs.IsLocalhost())
        {
            m_hooks.drop(payload,
                         DropReason::INVALID_ADDRESS,
                         name + ": invalid previous MS address");
            return false;
        }
        out.previousMs = previousMs;
    }
    if (keys->IsRequired())
    {
        auto association =
            keys->Find(KeyChain::MH_MS, out.message->GetHomeAddress(), m_hooks.domain());
        if (auto why = CheckDraftMessage(*out.message,
                                         octets,
                                         association,
                                         source,
                                         header.GetDestination()))
        {
            m_hooks.drop(payload, *why, name + ": not authentic");
            return false;
        }
    }
    return true;
}

void
RegistrationIntake::SendAck(Ipv6Address home,
                            Ipv6Address destination,
                            uint8_t status,
                            uint16_t sequence,
                            Time lifetime)
{
    NS_LOG_FUNCTION(this << home << destination << +status << sequence);
    Ipv6Address src = m_hooks.self();
    BindingAckHeader ack;
    ack.SetStatus(status);
    ack.SetSequence(sequence);
    ack.SetLifetime(lifetime);
    // No type 2 routing header: the destination is the host's own on-link address.
    ack.InitializeChecksum(src, destination);
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    if (keys->IsRequired())
    {
        auto association = keys->Find(KeyChain::MH_MS, home, m_hooks.domain());
        if (association)
        {
            AuthenticateWithAssociation(ack, MobilityOptions(), *association, src, destination);
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(ack);
    ++m_acksSent;
    m_hooks.acked(home, destination, status, sequence, lifetime);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MS " << src << ": BA to " << destination
                                             << " status " << +status << " seq " << sequence);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet,
                                              src,
                                              destination,
                                              MobilityL4Protocol::PROT_NUMBER,
                                              nullptr);
}

const char*
RegistrationIntake::GetName(Kind kind)
{
    return NAMES[kind];
}

uint64_t
RegistrationIntake::GetReceived(Kind kind) const
{
    return m_received[kind];
}

uint64_t
RegistrationIntake::GetAcksSent() const
{
    return m_acksSent;
}

} // namespace hmipv6
} // namespace ns3
