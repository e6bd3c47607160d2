// SPDX-License-Identifier: GPL-2.0-only
#include "home-agent.h"

#include "ns3/auth-sub-options.h"
#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/boolean.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/key-chain.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/nd-proxy.h"
#include "ns3/pointer.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/type2-routing-header.h"
#include "ns3/uinteger.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("HomeAgent");
NS_OBJECT_ENSURE_REGISTERED(HomeAgent);

TypeId
HomeAgent::GetTypeId()
{
    static TypeId tid =
        hmipv6::AddRegistrarLimits<HomeAgent>(TypeId("ns3::hmipv6::HomeAgent")
                                                  .SetParent<Application>()
                                                  .SetGroupName("Hmipv6")
                                                  .AddConstructor<HomeAgent>(),
                                              &HomeAgent::m_maxBindings,
                                              &HomeAgent::m_maxPendingDad)
            .AddAttribute("HomeInterface",
                          "IPv6 interface index of the home link.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&HomeAgent::m_homeInterface),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("HomePrefix",
                          "The home subnet prefix (RFC 6275 10.3.1: status 132 outside it).",
                          Ipv6AddressValue(Ipv6Address("2001:1::")),
                          MakeIpv6AddressAccessor(&HomeAgent::m_homePrefix),
                          MakeIpv6AddressChecker())
            .AddAttribute("HomePrefixLength",
                          "Length of the home subnet prefix.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&HomeAgent::m_homePrefixLength),
                          MakeUintegerChecker<uint8_t>(0, 128))
            .AddAttribute("Address",
                          "The home agent's address (source of acknowledgements); :: takes "
                          "the destination of each Binding Update.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&HomeAgent::m_address),
                          MakeIpv6AddressChecker())
            .AddAttribute("MaxBindingLifetime",
                          "Longest lifetime granted (RFC 6275 10.3.1 leaves it to policy; "
                          "default MAX_RR_BINDING_LIFETIME, 420 s).",
                          TimeValue(Seconds(DEFAULT_MAX_BINDING_LIFETIME_S)),
                          MakeTimeAccessor(&HomeAgent::m_maxLifetime),
                          MakeTimeChecker(Seconds(hmipv6::LIFETIME_UNIT_S)))
            .AddAttribute("PerformDad",
                          "Run Duplicate Address Detection for the home address before "
                          "accepting a first registration (RFC 6275 10.3.1).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&HomeAgent::m_performDad),
                          MakeBooleanChecker())
            .AddAttribute("ProxyReplyDelay",
                          "Delay (s) of proxied Neighbor Advertisements (NdProxy "
                          "\"ReplyDelay\"). Default 0, not RFC 4861 7.2.8's random 0 to "
                          "MAX_ANYCAST_DELAY_TIME: no other node answers for the address, "
                          "and the delay would add up to 1 s to the first packets "
                          "after each move. Uniform[0,1] s gives the RFC's.",
                          StringValue("ns3::ConstantRandomVariable[Constant=0]"),
                          MakePointerAccessor(&HomeAgent::m_replyDelay),
                          MakePointerChecker<RandomVariableStream>())
            .AddTraceSource("BindingUpdateReceived",
                            "A well-formed Binding Update arrived.",
                            MakeTraceSourceAccessor(&HomeAgent::m_buTrace),
                            "ns3::hmipv6::HomeAgent::BindingUpdateCallback")
            .AddTraceSource("BindingAckSent",
                            "A Binding Acknowledgement was sent.",
                            MakeTraceSourceAccessor(&HomeAgent::m_baTrace),
                            "ns3::hmipv6::HomeAgent::BindingAckCallback")
            .AddTraceSource("BindingCreated",
                            "A new binding was created.",
                            MakeTraceSourceAccessor(&HomeAgent::m_createdTrace),
                            "ns3::hmipv6::HomeAgent::BindingCallback")
            .AddTraceSource("BindingUpdated",
                            "An existing binding was updated.",
                            MakeTraceSourceAccessor(&HomeAgent::m_updatedTrace),
                            "ns3::hmipv6::HomeAgent::BindingCallback")
            .AddTraceSource("BindingRemoved",
                            "A binding was removed by deregistration.",
                            MakeTraceSourceAccessor(&HomeAgent::m_removedTrace),
                            "ns3::hmipv6::HomeAgent::BindingEndCallback")
            .AddTraceSource("BindingExpired",
                            "A binding's lifetime ran out.",
                            MakeTraceSourceAccessor(&HomeAgent::m_expiredTrace),
                            "ns3::hmipv6::HomeAgent::BindingEndCallback")
            .AddTraceSource("Drop",
                            "A Binding Update was dropped without an answer.",
                            MakeTraceSourceAccessor(&HomeAgent::m_dropTrace),
                            "ns3::hmipv6::HomeAgent::DropCallback");
    return tid;
}

HomeAgent::HomeAgent()
    : m_homeInterface(1),
      m_homePrefixLength(64),
      m_maxLifetime(Seconds(DEFAULT_MAX_BINDING_LIFETIME_S)),
      m_maxBindings(hmipv6::Registrar::DEFAULT_MAX_BINDINGS),
      m_maxPendingDad(hmipv6::Registrar::DEFAULT_MAX_PENDING),
      m_performDad(true),
      m_tunnelInterface(0),
      m_received(0),
      m_acksSent(0)
{
    NS_LOG_FUNCTION(this);
    m_registrar.SetUnknownDeregistrationStatus(
        BindingAckHeader::NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE);
    m_registrar.SetDadCallback(MakeCallback(&HomeAgent::StartDad, this),
                               MakeCallback(&HomeAgent::CancelDad, this));
    m_registrar.SetBoundCallback(MakeCallback(&HomeAgent::Bound, this));
    m_registrar.SetUnboundCallback(MakeCallback(&HomeAgent::Unbound, this));
}

HomeAgent::~HomeAgent()
{
    NS_LOG_FUNCTION(this);
}

void
HomeAgent::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_registrar.Clear();
    m_tunnel = nullptr;
    m_proxy = nullptr;
    m_routing = nullptr;
    m_mobility = nullptr;
    m_replyDelay = nullptr;
    Application::DoDispose();
}

const BindingCache&
HomeAgent::GetBindingCache() const
{
    return m_registrar.GetCache();
}

Ipv6Address
HomeAgent::GetCareOfAddress(Ipv6Address home) const
{
    const BindingCache::Entry* entry = m_registrar.GetCache().Find(home);
    return entry ? entry->careOfAddress : Ipv6Address::GetAny();
}

Ptr<Ipv6TunnelNetDevice>
HomeAgent::GetTunnelDevice() const
{
    return m_tunnel;
}

uint64_t
HomeAgent::GetBindingUpdatesReceived() const
{
    return m_received;
}

uint64_t
HomeAgent::GetBindingAcksSent() const
{
    return m_acksSent;
}

uint32_t
HomeAgent::GetNPendingDad() const
{
    return static_cast<uint32_t>(m_registrar.GetNPending());
}

uint64_t
HomeAgent::GetDroppedCount() const
{
    return m_drops.Total();
}

uint64_t
HomeAgent::GetDroppedCount(hmipv6::DropReason reason) const
{
    return m_drops.Get(reason);
}

int64_t
HomeAgent::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_replyDelay->SetStream(stream);
    return 1;
}

void
HomeAgent::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "HomeAgent needs an IPv6 stack");
    NS_ABORT_MSG_IF(m_homeInterface >= ipv6->GetNInterfaces(),
                    "HomeAgent: no interface " << m_homeInterface);
    MobilityGlueHelper glue;
    glue.Install(node);
    m_mobility = node->GetObject<MobilityL4Protocol>();
    // A home agent is a router on the home link (RFC 6275 3.1); it forwards what it
    // decapsulates and what it diverts.
    ipv6->SetForwarding(m_homeInterface, true);

    m_tunnel = glue.InstallTunnel(node);
    m_tunnelInterface = static_cast<uint32_t>(ipv6->GetInterfaceForDevice(m_tunnel));
    m_tunnel->SetExitPointCallback(MakeCallback(&HomeAgent::ExitPoint, this));
    m_tunnel->SetAcceptCallback(MakeCallback(&HomeAgent::AcceptReverse, this));
    m_routing = MobilityGlueHelper::GetMobilityRouting(node);

    m_proxy = NdProxy::InstallForRole(node, m_replyDelay);
    m_mobility->RegisterHandler(MobilityHeader::BINDING_UPDATE,
                                MakeCallback(&HomeAgent::HandleBindingUpdate, this));
    m_registrar.SetMaxLifetime(m_maxLifetime);
    m_registrar.SetLimits(m_maxBindings, m_maxPendingDad);
    m_registrar.Start();
}

void
HomeAgent::StopApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_mobility)
    {
        m_mobility->UnregisterHandler(MobilityHeader::BINDING_UPDATE);
    }
    m_registrar.Stop(); // withdraws from the DADs still running (CancelDad)
}

bool
HomeAgent::OnHomePrefix(Ipv6Address address) const
{
    return Ipv6Prefix(m_homePrefixLength).IsMatch(address, m_homePrefix);
}

Ipv6Address
HomeAgent::ExitPoint(const Ipv6Header& inner) const
{
    return GetCareOfAddress(inner.GetDestination());
}

bool
HomeAgent::AcceptReverse(Ipv6Address outerSrc, const Ipv6Header& inner) const
{
    const BindingCache::Entry* entry = m_registrar.GetCache().Find(inner.GetSource());
    return entry && entry->careOfAddress == outerSrc;
}

void
HomeAgent::Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail)
{
    NS_LOG_FUNCTION(this << packet << reason << detail);
    NS_LOG_INFO("HomeAgent drops a Binding Update: " << detail);
    m_drops.Count(reason);
    m_dropTrace(packet, reason, detail);
}

void
HomeAgent::HandleBindingUpdate(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource() << interface);
    BindingUpdateHeader bu;
    Ptr<Packet> copy = packet->Copy();
    if (copy->RemoveHeader(bu) == 0 || bu.GetError() != WireError::NONE)
    {
        Drop(packet,
             hmipv6::DropReason::MALFORMED,
             "malformed: " + WireErrorToString(bu.GetError()));
        return;
    }
    ++m_received;
    ReceivedHomeAddressTag tag;
    bool hasHao = packet->PeekPacketTag(tag) && tag.HasHomeAddressOption();
    // 9.5.1: without a Home Address option the source is the home address.
    Ipv6Address home = hasHao ? tag.GetHomeAddressOption() : header.GetSource();
    Ipv6Address careOf = header.GetSource();
    if (bu.GetOptions().GetAlternateCoa())
    {
        careOf = bu.GetOptions().GetAlternateCoa()->GetCareOfAddress();
    }
    m_buTrace(bu, home, careOf);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " HA: BU home " << home << " coa " << careOf << " seq " << bu.GetSequence()
                << " lifetime " << bu.GetLifetime().As(Time::S));
    if (!hmipv6::IsBindableUnicast(careOf))
    {
        Drop(packet, hmipv6::DropReason::INVALID_ADDRESS, "invalid care-of address");
        return;
    }
    if (!hmipv6::IsBindableUnicast(home))
    {
        Drop(packet, hmipv6::DropReason::INVALID_ADDRESS, "invalid home address");
        return;
    }
    Ptr<hmipv6::KeyChain> keys = hmipv6::KeyChain::For(GetNode());
    if (keys->IsRequired())
    {
        // RFC 4285 in place of RFC 6275's IPsec: the MN-HA authenticator and a timestamp
        // near the home agent's clock; a message that fails gets no answer.
        if (auto why = hmipv6::CheckAssociationAuthentication(
                hmipv6::MobilityHeaderOctets(packet),
                bu.GetOptions(),
                keys->Find(hmipv6::KeyChain::MN_HA, home, header.GetDestination()),
                header.GetSource(),
                home))
        {
            Drop(packet, *why, "not authentic");
            return;
        }
        const auto& replay = bu.GetOptions().GetReplayProtection();
        if (!replay || !keys->IsFresh(hmipv6::TimestampSubOption::ToTime(replay->GetTimestamp())))
        {
            Drop(packet, hmipv6::DropReason::REPLAYED, "timestamp missing or out of window");
            return;
        }
    }
    Ipv6Address source = header.GetSource();
    hmipv6::Registrar::ReplyCallback reply(
        [this, home, source](uint8_t status, uint16_t sequence, Time lifetime) {
            SendAck(home, source, status, sequence, lifetime);
        });
    if (!bu.GetHomeRegistration())
    {
        reply(BindingAckHeader::HOME_REGISTRATION_NOT_SUPPORTED, bu.GetSequence(), Seconds(0));
        return;
    }
    if (!OnHomePrefix(home))
    {
        reply(BindingAckHeader::NOT_HOME_SUBNET, bu.GetSequence(), Seconds(0));
        return;
    }
    hmipv6::Registration registration;
    registration.key = home;
    registration.home = home;
    registration.careOf = careOf;
    registration.sequence = bu.GetSequence();
    registration.requested = bu.GetLifetime();
    registration.deregistration = bu.GetLifetimeUnits() == 0 || careOf == home;
    registration.acknowledge = bu.GetAcknowledge();
    registration.homeRegistration = true;
    registration.performDad = m_performDad;
    hmipv6::Registrar::Outcome outcome = m_registrar.Submit(registration, reply);
    if (outcome == hmipv6::Registrar::STALE)
    {
        Drop(packet, hmipv6::DropReason::STALE, "not newer than the update waiting for DAD");
    }
    else if (outcome == hmipv6::Registrar::FULL)
    {
        Drop(packet, hmipv6::DropReason::TABLE_FULL, "binding cache full (130)");
    }
}

void
HomeAgent::StartDad(Ipv6Address home, hmipv6::Registrar::DadResultCallback done)
{
    NS_LOG_FUNCTION(this << home);
    m_proxy->PerformDad(home, m_homeInterface, done);
}

void
HomeAgent::CancelDad(Ipv6Address home, hmipv6::Registrar::DadResultCallback done)
{
    NS_LOG_FUNCTION(this << home);
    if (m_proxy)
    {
        m_proxy->CancelDad(home, m_homeInterface, done);
    }
}

void
HomeAgent::Bound(const hmipv6::Registration& /* registration */,
                 const BindingCache::Entry& entry,
                 bool created)
{
    NS_LOG_FUNCTION(this << entry.homeAddress << created);
    Ipv6Address home = entry.homeAddress;
    if (created)
    {
        m_proxy->AddProxy(home, m_homeInterface);
        m_routing->AddDivert(home, m_tunnelInterface);
        m_createdTrace(home, entry.careOfAddress, entry.lifetime);
    }
    else
    {
        m_updatedTrace(home, entry.careOfAddress, entry.lifetime);
    }
    // Neighbours that cached the mobile node's link-layer address switch to ours (10.4.1).
    m_proxy->AnnounceTakeover(home, m_homeInterface);
}

void
HomeAgent::Unbound(const BindingCache::Entry& entry, hmipv6::Registrar::Ending ending)
{
    NS_LOG_FUNCTION(this << entry.homeAddress << ending);
    if (m_proxy)
    {
        m_proxy->RemoveProxy(entry.homeAddress, m_homeInterface);
    }
    if (m_routing)
    {
        m_routing->RemoveDivert(entry.homeAddress);
    }
    if (ending == hmipv6::Registrar::EXPIRED)
    {
        NS_LOG_INFO(Simulator::Now().As(Time::S)
                    << " HA: binding of " << entry.homeAddress << " expired");
        m_expiredTrace(entry.homeAddress, entry.careOfAddress);
    }
    else
    {
        m_removedTrace(entry.homeAddress, entry.careOfAddress);
    }
}

void
HomeAgent::SendAck(Ipv6Address home,
                   Ipv6Address destination,
                   uint8_t status,
                   uint16_t sequence,
                   Time lifetime)
{
    NS_LOG_FUNCTION(this << home << destination << +status << sequence);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ipv6Address src = m_address;
    if (src.IsAny())
    {
        // The global address of the home interface (the one on the home prefix first).
        Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_homeInterface);
        for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
        {
            Ipv6Address a = iface->GetAddress(i).GetAddress();
            if (!a.IsLinkLocal() && !a.IsLocalhost() && (src.IsAny() || OnHomePrefix(a)))
            {
                src = a;
            }
        }
    }
    BindingAckHeader ack;
    ack.SetStatus(status);
    ack.SetSequence(sequence);
    ack.SetLifetime(lifetime);
    bool routed = destination != home;
    // The checksum's pseudo-header holds the final destination, the home address (6.1.1).
    ack.InitializeChecksum(src, routed ? home : destination);
    Ptr<hmipv6::KeyChain> keys = hmipv6::KeyChain::For(GetNode());
    if (keys->IsRequired())
    {
        if (auto association = keys->Find(hmipv6::KeyChain::MN_HA, home, src))
        {
            hmipv6::AuthenticateWithAssociation(ack,
                                                hmipv6::MobilityOptions(),
                                                *association,
                                                destination,
                                                home);
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(ack);
    uint8_t protocol = MobilityL4Protocol::PROT_NUMBER;
    if (routed)
    {
        Type2RoutingHeader routing;
        routing.SetNextHeader(MobilityL4Protocol::PROT_NUMBER);
        routing.SetHomeAddress(home);
        packet->AddHeader(routing);
        protocol = Ipv6Header::IPV6_EXT_ROUTING;
    }
    ++m_acksSent;
    m_baTrace(home, destination, status, sequence, lifetime);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " HA: BA to " << destination << " status " << +status << " seq " << sequence);
    ipv6->Send(packet, src, destination, protocol, nullptr);
}

} // namespace hmipv6
} // namespace ns3
