// SPDX-License-Identifier: GPL-2.0-only
#include "home-registration.h"

#include "ns3/auth-sub-options.h"
#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-update-header.h"
#include "ns3/home-address-option.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/key-chain.h"
#include "ns3/log.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6HomeRegistration");

void
HomeRegistration::Setup(Ptr<Node> node,
                        hmipv6::BindingUpdateList* bul,
                        Ptr<hmipv6::MobilityRoutingProtocol> routing,
                        const Config& config,
                        Hooks hooks)
{
    m_node = node;
    m_bul = bul;
    m_routing = routing;
    m_config = config;
    m_hooks = std::move(hooks);
}

void
HomeRegistration::Dispose()
{
    Cancel();
    m_routing = nullptr;
    m_node = nullptr;
}

void
HomeRegistration::PlaceAway()
{
    m_node->GetObject<Ipv6L3Protocol>()->AddAddress(
        m_config.tunnelInterface,
        Ipv6InterfaceAddress(m_config.homeAddress, Ipv6Prefix(128)));
    m_routing->AddSourceDivert(m_config.homeAddress, m_config.tunnelInterface);
}

void
HomeRegistration::LeaveHome()
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    ipv6->RemoveAddress(m_config.accessInterface, m_config.homeAddress);
    // The node owns it: no DAD on the tunnel side.
    AddAddressWithoutDad(ipv6,
                         m_config.tunnelInterface,
                         Ipv6InterfaceAddress(m_config.homeAddress, Ipv6Prefix(128)));
    m_routing->AddSourceDivert(m_config.homeAddress, m_config.tunnelInterface);
}

void
HomeRegistration::ReturnHome()
{
    m_coa = Ipv6Address::GetAny();
    Cancel();
    m_routing->RemoveSourceDivert(m_config.homeAddress);
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    ipv6->RemoveAddress(m_config.tunnelInterface, m_config.homeAddress);
    // 11.5.4: the home agent defends the address until the deregistration: no DAD (it
    // would fail against the proxy), the node already owns the address.
    AddAddressWithoutDad(
        ipv6,
        m_config.accessInterface,
        Ipv6InterfaceAddress(m_config.homeAddress, Ipv6Prefix(m_config.homePrefixLength)));
}

void
HomeRegistration::DeregisterOrAnnounce()
{
    if (!HasBinding())
    {
        Announce();
        return;
    }
    m_deregistering = true; // the announcement follows its acknowledgement
    m_coa = Ipv6Address::GetAny();
    Cancel();
    Send();
}

void
HomeRegistration::Announce()
{
    NS_LOG_FUNCTION(this);
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    Ptr<Icmpv6L4Protocol> icmpv6 = m_node->GetObject<Icmpv6L4Protocol>();
    Address mac = ipv6->GetNetDevice(m_config.accessInterface)->GetAddress();
    // Unsolicited NA with Override (11.5.4, RFC 4861 7.2.6).
    icmpv6->SendNA(m_config.homeAddress, Ipv6Address::GetAllNodesMulticast(), &mac, 1);
    m_hooks.announced(m_config.homeAddress);
}

void
HomeRegistration::SetCareOfAddress(Ipv6Address coa)
{
    m_coa = coa;
}

void
HomeRegistration::Register()
{
    m_deregistering = false;
    Send();
}

void
HomeRegistration::Forget()
{
    m_coa = Ipv6Address::GetAny();
    m_registered = false;
    m_deregistering = false;
    Cancel();
}

void
HomeRegistration::Cancel()
{
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
}

void
HomeRegistration::Send()
{
    NS_LOG_FUNCTION(this);
    Ipv6Address careOf = m_deregistering ? m_config.homeAddress : m_coa;
    Time lifetime = m_deregistering ? Seconds(0) : m_config.lifetime;
    const hmipv6::BindingUpdateList::Entry& entry = m_bul->PrepareUpdate(m_config.homeAgent,
                                                                         m_config.homeAddress,
                                                                         careOf,
                                                                         lifetime,
                                                                         Simulator::Now(),
                                                                         true);
    Transmit(entry);
}

void
HomeRegistration::Transmit(const hmipv6::BindingUpdateList::Entry& entry)
{
    NS_LOG_FUNCTION(this << entry.lastSequence);
    hmipv6::BindingUpdateHeader bu;
    bu.SetSequence(entry.lastSequence);
    bu.SetAcknowledge(true);
    bu.SetHomeRegistration(true);
    bu.SetLifetime(entry.requestedLifetime);
    // 11.5.4: a deregistration from home comes from the home address.
    Ipv6Address src = m_deregistering ? m_config.homeAddress : entry.careOfAddress;
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    if (keys->IsRequired())
    {
        // RFC 4285 in place of RFC 6275's IPsec: replay protection, then the MN-HA
        // authenticator over care-of address | home address | Mobility Header.
        if (auto association =
                keys->Find(KeyChain::MN_HA, m_config.homeAddress, m_config.homeAgent))
        {
            MobilityOptions options = bu.GetOptions();
            options.SetReplayProtection(
                ReplayProtectionOption(TimestampSubOption::FromTime(Simulator::Now())));
            AuthenticateWithAssociation(bu, options, *association, src, m_config.homeAddress);
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    uint8_t protocol;
    if (m_deregistering)
    {
        // No Home Address option.
        bu.InitializeChecksum(src, m_config.homeAgent);
        packet->AddHeader(bu);
        protocol = hmipv6::MobilityL4Protocol::PROT_NUMBER;
    }
    else
    {
        bu.InitializeChecksum(m_config.homeAddress,
                              m_config.homeAgent); // 6.1.1: pseudo-header source
        packet->AddHeader(bu);
        Ipv6ExtensionDestinationHeader destination;
        destination.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
        destination.AddOption(hmipv6::HomeAddressOption(m_config.homeAddress));
        packet->AddHeader(destination);
        protocol = Ipv6Header::IPV6_EXT_DESTINATION;
    }
    ++m_sent;
    m_hooks.sent(m_config.homeAgent, entry.lastSequence);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: BU seq " << entry.lastSequence << " from " << src);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet, src, m_config.homeAgent, protocol, nullptr);
    m_retransmitEvent.Cancel();
    std::optional<Time> next = m_bul->NextRetransmission(m_config.homeAgent);
    if (next)
    {
        m_retransmitEvent =
            Simulator::Schedule(*next - Simulator::Now(), &HomeRegistration::Retransmit, this);
    }
}

void
HomeRegistration::Retransmit()
{
    NS_LOG_FUNCTION(this);
    hmipv6::BindingUpdateList::Entry* entry =
        m_bul->OnRetransmit(m_config.homeAgent, Simulator::Now());
    if (entry)
    {
        Transmit(*entry);
    }
}

void
HomeRegistration::Refresh()
{
    NS_LOG_FUNCTION(this);
    if (!m_coa.IsAny() && !m_deregistering)
    {
        Send();
    }
}

void
HomeRegistration::ReceiveAck(Ptr<Packet> packet, const hmipv6::BindingAckHeader& ack)
{
    NS_LOG_FUNCTION(this << ack.GetSequence() << +ack.GetStatus());
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    const BindingUpdateList::Entry* entry = m_bul->Find(m_config.homeAgent);
    if (keys->IsRequired())
    {
        // RFC 4285 5.1: the home agent authenticates its answer the same way, so that a
        // forged refusal or 135 changes nothing.
        Ipv6Address careOf =
            m_deregistering || !entry ? m_config.homeAddress : entry->careOfAddress;
        if (auto why = CheckAssociationAuthentication(
                MobilityHeaderOctets(packet),
                ack.GetOptions(),
                keys->Find(KeyChain::MN_HA, m_config.homeAddress, m_config.homeAgent),
                careOf,
                m_config.homeAddress))
        {
            m_hooks.drop(packet, *why, "Binding Acknowledgement not authentic");
            return;
        }
    }
    ++m_acks;
    m_hooks.acked(m_config.homeAgent, ack.GetSequence(), ack.GetStatus());
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: BA seq " << ack.GetSequence() << " status " << +ack.GetStatus());
    if (ack.GetStatus() == hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW)
    {
        // 11.7.3: take the home agent's number and send again.
        m_bul->SetLastSequence(m_config.homeAgent, ack.GetSequence());
        m_retransmitEvent.Cancel();
        Send();
        return;
    }
    if (!m_bul->OnAck(m_config.homeAgent,
                      ack.GetSequence(),
                      ack.GetStatus(),
                      ack.GetLifetime(),
                      Simulator::Now()))
    {
        m_hooks.drop(packet,
                     DropReason::UNEXPECTED,
                     "Binding Acknowledgement does not match the outstanding update");
        return;
    }
    m_retransmitEvent.Cancel();
    if (!ack.IsAccepted())
    {
        m_hooks.refused(ack.GetStatus());
        return;
    }
    if (m_deregistering)
    {
        m_registered = false;
        m_bul->Remove(m_config.homeAgent);
        Announce();
        return;
    }
    m_registered = true;
    m_refreshEvent.Cancel();
    std::optional<Time> refresh = m_bul->RefreshTime(m_config.homeAgent);
    if (refresh)
    {
        m_refreshEvent = Simulator::Schedule(std::max(*refresh - Simulator::Now(), Seconds(0)),
                                             &HomeRegistration::Refresh,
                                             this);
    }
    m_hooks.registered(m_coa, ack.GetLifetime());
}

Ipv6Address
HomeRegistration::GetCareOfAddress() const
{
    return m_coa;
}

bool
HomeRegistration::IsRegistered() const
{
    return m_registered;
}

bool
HomeRegistration::HasBinding() const
{
    return m_bul->Find(m_config.homeAgent) != nullptr;
}

uint64_t
HomeRegistration::GetUpdatesSent() const
{
    return m_sent;
}

uint64_t
HomeRegistration::GetAcksReceived() const
{
    return m_acks;
}

} // namespace hmipv6
} // namespace ns3
