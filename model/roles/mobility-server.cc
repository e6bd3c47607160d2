// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-server.h"

#include "ns3/binding-ack-header.h"
#include "ns3/boolean.h"
#include "ns3/destination-options-reader.h"
#include "ns3/enum-accessor-compat.h"
#include "ns3/enum.h"
#include "ns3/global-care-of-address.h"
#include "ns3/handoff-request-header.h"
#include "ns3/hmipv6-option-handler.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/mobility-sequence-number.h"
#include "ns3/nd-proxy.h"
#include "ns3/pointer.h"
#include "ns3/registration-policy.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityServer");
NS_OBJECT_ENSURE_REGISTERED(MobilityServer);

TypeId
MobilityServer::GetTypeId()
{
    static TypeId tid =
        hmipv6::AddRegistrarLimits<MobilityServer>(TypeId("ns3::MobilityServer")
                                                       .SetParent<Application>()
                                                       .SetGroupName("Hmipv6")
                                                       .AddConstructor<MobilityServer>(),
                                                   &MobilityServer::m_maxBindings,
                                                   &MobilityServer::m_maxPendingDad)
            .AddAttribute("MobilityNetworkInterface",
                          "IPv6 interface index of the Mobility Network link.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&MobilityServer::m_interface),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("MobilityNetworkPrefix",
                          "The Mobility Network prefix, from which GCoAs are built; :: "
                          "takes the prefix of the MS address.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&MobilityServer::m_prefix),
                          MakeIpv6AddressChecker())
            .AddAttribute("MobilityNetworkPrefixLength",
                          "Length of the Mobility Network prefix (the malen / plen the "
                          "draft's messages carry).",
                          UintegerValue(64),
                          MakeUintegerAccessor(&MobilityServer::m_prefixLength),
                          MakeUintegerChecker<uint8_t>(1, 127))
            .AddAttribute("Address",
                          "The MS address (advertised to routers, source of everything the "
                          "MS sends, the only destination it takes messages at); :: takes "
                          "the first global address of the Mobility Network interface.",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&MobilityServer::m_address),
                          MakeIpv6AddressChecker())
            .AddAttribute("MaxLifetime",
                          "Longest binding lifetime granted (the draft sets none; default "
                          "the home agent's, RFC 6275's MAX_RR_BINDING_LIFETIME, 420 s). At "
                          "least one 4 s unit.",
                          TimeValue(Seconds(DEFAULT_MAX_LIFETIME_S)),
                          MakeTimeAccessor(&MobilityServer::m_maxLifetime),
                          MakeTimeChecker(Seconds(hmipv6::LIFETIME_UNIT_S)))
            .AddAttribute("PerformDad",
                          "Run Duplicate Address Detection of a new GCoA on the Mobility "
                          "Network before accepting its registration (draft 4.3.2).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityServer::m_performDad),
                          MakeBooleanChecker())
            .AddAttribute("ProxyReplyDelay",
                          "Delay (s) of proxied Neighbor Advertisements (NdProxy "
                          "\"ReplyDelay\"). Default 0, not RFC 4861 7.2.8's random 0 to "
                          "MAX_ANYCAST_DELAY_TIME: no other node answers for the address, "
                          "and the delay would add up to 1 s to the first packets "
                          "after each move. Uniform[0,1] s gives the RFC's.",
                          StringValue("ns3::ConstantRandomVariable[Constant=0]"),
                          MakePointerAccessor(&MobilityServer::m_replyDelay),
                          MakePointerChecker<RandomVariableStream>())
            .AddAttribute("MobilityInfoInterval",
                          "Period of the Mobility Information messages to the routers "
                          "(draft 4.3.1: \"periodically\"); 0 sends only the first one, "
                          "at start.",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&MobilityServer::m_infoInterval),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("WithdrawOnStop",
                          "StopApplication withdraws the MS from its routers (a graceful "
                          "stop); false models a crash: the routers find out only when the "
                          "Mobility Information they learnt expires.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityServer::m_withdrawOnStop),
                          MakeBooleanChecker())
            .AddAttribute("DeliveryMode",
                          "How packets for a GCoA reach the LCoA (draft 4.3.5): Encapsulate "
                          "every packet, or Rewrite the outer header of packets that are "
                          "already IPv6-in-IPv6 (others are still encapsulated).",
                          EnumValue(MobilityServer::ENCAPSULATE),
                          hmipv6::MakeEnumAccessorCompat<MobilityServer::DeliveryMode>(
                              &MobilityServer::m_deliveryMode),
                          MakeEnumChecker(MobilityServer::ENCAPSULATE,
                                          "Encapsulate",
                                          MobilityServer::REWRITE,
                                          "Rewrite"))
            .AddAttribute("RegistrationRequestOptionType",
                          "Option type of Registration Requests (draft: TBD).",
                          UintegerValue(RegistrationRequestHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityServer::m_requestType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("RegistrationUpdateOptionType",
                          "Option type of Registration Updates (draft: TBD).",
                          UintegerValue(RegistrationUpdateHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityServer::m_updateType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("RegistrationRefreshOptionType",
                          "Option type of Registration Refreshes (draft: TBD).",
                          UintegerValue(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityServer::m_refreshType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("HandoffRequestOptionType",
                          "Option type of Handoff Requests, sent and received (draft: TBD).",
                          UintegerValue(HandoffRequestHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityServer::m_handoffType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("MobilityInfoOptionType",
                          "Option type of the Mobility Information messages sent to the "
                          "routers (draft: TBD).",
                          UintegerValue(MobilityInfoHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityServer::m_infoType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddTraceSource("RegistrationReceived",
                            "A well-formed Registration Request, Update or Refresh arrived.",
                            MakeTraceSourceAccessor(&MobilityServer::m_registrationTrace),
                            "ns3::MobilityServer::RegistrationCallback")
            .AddTraceSource("BindingAckSent",
                            "A Binding Acknowledgement was sent.",
                            MakeTraceSourceAccessor(&MobilityServer::m_baTrace),
                            "ns3::MobilityServer::BindingAckCallback")
            .AddTraceSource("BindingCreated",
                            "A new binding was created.",
                            MakeTraceSourceAccessor(&MobilityServer::m_createdTrace),
                            "ns3::MobilityServer::BindingCallback")
            .AddTraceSource("BindingUpdated",
                            "An existing binding was updated or refreshed.",
                            MakeTraceSourceAccessor(&MobilityServer::m_updatedTrace),
                            "ns3::MobilityServer::BindingCallback")
            .AddTraceSource("BindingRemoved",
                            "A binding was removed (deregistration, Handoff Request with "
                            "lifetime 0, application stopped).",
                            MakeTraceSourceAccessor(&MobilityServer::m_removedTrace),
                            "ns3::MobilityServer::BindingEndCallback")
            .AddTraceSource("BindingExpired",
                            "A binding's lifetime ran out.",
                            MakeTraceSourceAccessor(&MobilityServer::m_expiredTrace),
                            "ns3::MobilityServer::BindingEndCallback")
            .AddTraceSource("HandoffRequestSent",
                            "A Handoff Request was sent to a host's previous MS.",
                            MakeTraceSourceAccessor(&MobilityServer::m_handoffSentTrace),
                            "ns3::MobilityServer::HandoffSentCallback")
            .AddTraceSource("HandoffRequestReceived",
                            "A well-formed Handoff Request arrived (accepted or not).",
                            MakeTraceSourceAccessor(&MobilityServer::m_handoffReceivedTrace),
                            "ns3::MobilityServer::HandoffReceivedCallback")
            .AddTraceSource("ForwardingStarted",
                            "A binding now forwards to the host's new GCoA.",
                            MakeTraceSourceAccessor(&MobilityServer::m_forwardingTrace),
                            "ns3::MobilityServer::ForwardingCallback")
            .AddTraceSource("MobilityInfoSent",
                            "A Mobility Information message was sent to a router.",
                            MakeTraceSourceAccessor(&MobilityServer::m_infoTrace),
                            "ns3::MobilityServer::MobilityInfoCallback")
            .AddTraceSource("Drop",
                            "A message was dropped without an answer.",
                            MakeTraceSourceAccessor(&MobilityServer::m_dropTrace),
                            "ns3::MobilityServer::DropCallback");
    return tid;
}

MobilityServer::MobilityServer()
    : m_interface(1),
      m_prefix(Ipv6Address::GetAny()),
      m_prefixLength(64),
      m_address(Ipv6Address::GetAny()),
      m_maxLifetime(Seconds(DEFAULT_MAX_LIFETIME_S)),
      m_maxBindings(hmipv6::Registrar::DEFAULT_MAX_BINDINGS),
      m_maxPendingDad(hmipv6::Registrar::DEFAULT_MAX_PENDING),
      m_performDad(true),
      m_infoInterval(Seconds(1)),
      m_withdrawOnStop(true),
      m_deliveryMode(ENCAPSULATE),
      m_requestType(RegistrationRequestHeader::DEFAULT_OPTION_TYPE),
      m_updateType(RegistrationUpdateHeader::DEFAULT_OPTION_TYPE),
      m_refreshType(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE),
      m_handoffType(HandoffRequestHeader::DEFAULT_OPTION_TYPE),
      m_infoType(MobilityInfoHeader::DEFAULT_OPTION_TYPE),
      m_tunnelInterface(0),
      m_running(false)
{
    NS_LOG_FUNCTION(this);
    m_registrar.SetUnknownDeregistrationStatus(
        hmipv6::BindingAckHeader::NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE);
    m_registrar.SetDadCallback(MakeCallback(&MobilityServer::StartDad, this),
                               MakeCallback(&MobilityServer::CancelDad, this));
    m_registrar.SetBoundCallback(MakeCallback(&MobilityServer::Bound, this));
    m_registrar.SetUnboundCallback(MakeCallback(&MobilityServer::Unbound, this));
}

MobilityServer::~MobilityServer()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityServer::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_registrar.Clear();
    m_announcer.Dispose();
    m_handoff.Dispose();
    m_intake.Dispose();
    m_options.Unsubscribe(); // ns-3 3.37 does not stop applications before disposing them
    m_interception.Dispose();
    m_tunnel = nullptr;
    m_proxy = nullptr;
    m_routing = nullptr;
    m_replyDelay = nullptr;
    m_authorize.Nullify();
    m_authorizePeer.Nullify();
    Application::DoDispose();
}

void
MobilityServer::AddRouter(Ipv6Address router)
{
    NS_LOG_FUNCTION(this << router);
    m_announcer.AddRouter(router);
}

std::vector<Ipv6Address>
MobilityServer::GetRouters() const
{
    return m_announcer.GetRouters();
}

void
MobilityServer::SetAuthorizationCallback(AuthorizationCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_authorize = cb;
}

void
MobilityServer::SetPeerAuthorizationCallback(PeerAuthorizationCallback cb)
{
    NS_LOG_FUNCTION(this);
    m_authorizePeer = cb;
}

void
MobilityServer::Withdraw()
{
    NS_LOG_FUNCTION(this);
    ConfigureAnnouncer();
    m_announcer.Withdraw();
}

void
MobilityServer::ConfigureAnnouncer()
{
    hmipv6::MobilityInfoAnnouncer::Config config;
    config.optionType = m_infoType;
    config.prefixLength = m_prefixLength;
    config.interval = m_infoInterval;
    m_announcer.Setup(
        GetNode(),
        config,
        [this]() { return GetAddress(); },
        [this](Ipv6Address router, bool withdrawal) { m_infoTrace(router, withdrawal); });
}

Ipv6Address
MobilityServer::GetAddress() const
{
    if (!m_address.IsAny())
    {
        return m_address;
    }
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node ? node->GetObject<Ipv6L3Protocol>() : nullptr;
    if (!ipv6 || m_interface >= ipv6->GetNInterfaces())
    {
        return Ipv6Address::GetAny();
    }
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6Address a = iface->GetAddress(i).GetAddress();
        if (!a.IsLinkLocal() && !a.IsLocalhost() && !a.IsAny() && !a.IsMulticast())
        {
            return a;
        }
    }
    return Ipv6Address::GetAny();
}

Ipv6Address
MobilityServer::MakeGlobalCareOf(Ipv6Address home) const
{
    Ipv6Address prefix = m_prefix.IsAny() ? GetAddress() : m_prefix;
    return hmipv6::MakeGlobalCareOfAddress(prefix, m_prefixLength, home);
}

Ipv6Address
MobilityServer::FindGcoa(Ipv6Address home) const
{
    Ipv6Address gcoa = MakeGlobalCareOf(home);
    const hmipv6::GcoaInterception::Binding* binding = m_interception.Find(gcoa);
    if (!binding || binding->home != home)
    {
        return Ipv6Address::GetAny();
    }
    return gcoa;
}

Ipv6Address
MobilityServer::GetGlobalCareOf(Ipv6Address home) const
{
    return FindGcoa(home);
}

Ipv6Address
MobilityServer::GetLocalCareOf(Ipv6Address home) const
{
    Ipv6Address gcoa = FindGcoa(home);
    const hmipv6::BindingCache::Entry* entry =
        gcoa.IsAny() ? nullptr : m_registrar.GetCache().Find(gcoa);
    return entry ? entry->careOfAddress : Ipv6Address::GetAny();
}

bool
MobilityServer::IsForwarding(Ipv6Address home) const
{
    Ipv6Address gcoa = FindGcoa(home);
    return !gcoa.IsAny() && m_interception.Find(gcoa)->forwarding;
}

uint32_t
MobilityServer::GetNBindings() const
{
    return static_cast<uint32_t>(m_registrar.GetCache().Size());
}

const hmipv6::BindingCache&
MobilityServer::GetBindingCache() const
{
    return m_registrar.GetCache();
}

Ptr<hmipv6::Ipv6TunnelNetDevice>
MobilityServer::GetTunnelDevice() const
{
    return m_tunnel;
}

uint64_t
MobilityServer::GetRequestsReceived() const
{
    return m_intake.GetReceived(hmipv6::RegistrationIntake::REQUEST);
}

uint64_t
MobilityServer::GetUpdatesReceived() const
{
    return m_intake.GetReceived(hmipv6::RegistrationIntake::UPDATE);
}

uint64_t
MobilityServer::GetRefreshesReceived() const
{
    return m_intake.GetReceived(hmipv6::RegistrationIntake::REFRESH);
}

uint64_t
MobilityServer::GetHandoffRequestsReceived() const
{
    return m_handoff.GetReceived();
}

uint64_t
MobilityServer::GetHandoffRequestsAccepted() const
{
    return m_handoff.GetAccepted();
}

uint64_t
MobilityServer::GetAcksSent() const
{
    return m_intake.GetAcksSent();
}

uint64_t
MobilityServer::GetHandoffRequestsSent() const
{
    return m_handoff.GetSent();
}

uint64_t
MobilityServer::GetMobilityInfoSent() const
{
    return m_announcer.GetSent();
}

uint64_t
MobilityServer::GetPacketsTunnelled() const
{
    return GetPacketsEncapsulated() + GetPacketsRewritten();
}

uint64_t
MobilityServer::GetPacketsEncapsulated() const
{
    return m_tunnel ? m_tunnel->GetEncapsulatedCount() : 0;
}

uint64_t
MobilityServer::GetPacketsRewritten() const
{
    return m_tunnel ? m_tunnel->GetRewrittenCount() : 0;
}

uint32_t
MobilityServer::GetNPendingDad() const
{
    return static_cast<uint32_t>(m_registrar.GetNPending());
}

uint64_t
MobilityServer::GetDroppedCount() const
{
    return m_drops.Total();
}

uint64_t
MobilityServer::GetDroppedCount(hmipv6::DropReason reason) const
{
    return m_drops.Get(reason);
}

int64_t
MobilityServer::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_replyDelay->SetStream(stream);
    return 1;
}

void
MobilityServer::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "MobilityServer needs an IPv6 stack");
    NS_ABORT_MSG_IF(m_interface >= ipv6->GetNInterfaces(),
                    "MobilityServer: no interface " << m_interface);
    std::vector<uint8_t> types = {m_requestType, m_updateType, m_refreshType, m_handoffType};
    std::vector<uint8_t> sorted = types;
    std::sort(sorted.begin(), sorted.end());
    NS_ABORT_MSG_IF(std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end(),
                    "MobilityServer: two messages share an option type");

    // The handlers of the configured option types (the defaults and any other).
    MobilityGlueHelper glue;
    glue.AddOptionNumbers(types);
    glue.AddOptionNumbers({m_infoType});
    glue.Install(node);
    // A Mobility Server is a router of the Mobility Network (draft 3): it forwards what
    // it intercepts for the GCoAs.
    ipv6->SetForwarding(m_interface, true);

    if (!m_tunnel)
    {
        m_tunnel = glue.InstallTunnel(node);
        m_tunnelInterface = static_cast<uint32_t>(ipv6->GetInterfaceForDevice(m_tunnel));
    }
    m_tunnel->SetAttribute("RewriteEncapsulated", BooleanValue(m_deliveryMode == REWRITE));
    Ipv6Address self = GetAddress();
    NS_ABORT_MSG_IF(self.IsAny(), "MobilityServer: no global address on interface " << m_interface);
    // Hosts build the GCoA from the advertised MS address cut to the prefix length
    // (draft 4.2.1): the MS address must lie in the Mobility Network prefix.
    NS_ABORT_MSG_IF(!m_prefix.IsAny() && !Ipv6Prefix(m_prefixLength).IsMatch(self, m_prefix),
                    "MobilityServer: address " << self << " is not in the Mobility Network "
                                               << m_prefix << "/" << +m_prefixLength);
    // Tunnel packets (and rewritten headers) come from the MS address.
    m_tunnel->SetLocal(self);
    m_routing = MobilityGlueHelper::GetMobilityRouting(node);

    m_proxy = hmipv6::NdProxy::InstallForRole(node, m_replyDelay);
    m_interception.Setup(m_proxy,
                         m_routing,
                         m_tunnel,
                         m_interface,
                         m_tunnelInterface,
                         &m_registrar.GetCache());

    m_options.Subscribe(
        node,
        types,
        [this](Ptr<const Packet> payload,
               const Ipv6Header& header,
               uint8_t type,
               const std::vector<uint8_t>&) { ReceiveOption(payload, header, type); },
        [this](Ptr<const Packet> payload,
               const Ipv6Header& header,
               uint8_t type,
               const std::string& reason) { ReceiveOptionDrop(payload, header, type, reason); });
    hmipv6::PeerHandoff::Hooks hooks;
    hooks.self = [this]() { return GetAddress(); };
    hooks.isOwnAddress = [this](Ipv6Address address) {
        return GetNode()->GetObject<Ipv6L3Protocol>()->GetInterfaceForAddress(address) >= 0;
    };
    hooks.findGcoa = [this](Ipv6Address home) { return FindGcoa(home); };
    hooks.isNewer = [this](Ipv6Address gcoa, uint16_t sequence) {
        return m_registrar.GetCache().IsSequenceAcceptable(gcoa, sequence);
    };
    hooks.authorized = [this](Ipv6Address peer, Ipv6Address home) {
        return m_authorizePeer.IsNull() || m_authorizePeer(peer, home);
    };
    hooks.handOver = [this](Ipv6Address gcoa) { m_registrar.Remove(gcoa); };
    hooks.forward =
        [this](Ipv6Address home, Ipv6Address gcoa, Ipv6Address to, uint16_t seq, Time lifetime) {
            m_registrar.Rebind(gcoa, to, seq, lifetime);
            m_interception.SetForwarding(gcoa);
            m_forwardingTrace(home, gcoa, to);
        };
    hooks.received = [this](Ipv6Address peer, Ipv6Address home, bool accepted) {
        m_handoffReceivedTrace(peer, home, accepted);
    };
    hooks.sent = [this](Ipv6Address to, Ipv6Address home, Ipv6Address gcoa) {
        m_handoffSentTrace(to, home, gcoa);
    };
    hooks.drop = [this](Ptr<const Packet> p, hmipv6::DropReason reason, const std::string& why) {
        Drop(p, reason, why);
    };
    m_handoff.Setup(node, m_handoffType, m_prefixLength, hooks);
    hmipv6::RegistrationIntake::Hooks intake;
    intake.self = hooks.self;
    intake.domain = [this]() {
        Ipv6Address prefix = m_prefix.IsAny() ? GetAddress() : m_prefix;
        return prefix.CombinePrefix(Ipv6Prefix(m_prefixLength));
    };
    intake.drop = hooks.drop;
    intake.received = [this](const RegistrationHeaderBase& m, Ipv6Address source) {
        m_registrationTrace(m.GetOptionType(), m.GetHomeAddress(), source, m.GetSequence());
    };
    intake.acked = [this](Ipv6Address home, Ipv6Address to, uint8_t status, uint16_t seq, Time t) {
        m_baTrace(home, to, status, seq, t);
    };
    m_intake.Setup(node, {m_requestType, m_updateType, m_refreshType}, intake);
    m_running = true;
    m_registrar.SetMaxLifetime(m_maxLifetime);
    m_registrar.SetLimits(m_maxBindings, m_maxPendingDad);
    m_registrar.Start();
    ConfigureAnnouncer();
    m_announcer.Start();
}

void
MobilityServer::StopApplication()
{
    NS_LOG_FUNCTION(this);
    if (!m_announcer.IsWithdrawn() && m_withdrawOnStop)
    {
        Withdraw();
    }
    m_announcer.Stop();
    m_options.Unsubscribe();
    m_running = false;
    // A stopped MS serves nobody: its GCoAs are no longer defended nor tunnelled.
    m_registrar.Stop();
    for (Ipv6Address gcoa : m_interception.GetGcoas())
    {
        m_registrar.Remove(gcoa);
    }
}

bool
MobilityServer::KindOf(uint8_t optionType, MessageKind& kind) const
{
    const uint8_t types[] = {m_requestType, m_updateType, m_refreshType, m_handoffType};
    for (uint8_t k = REQUEST; k <= HANDOFF; ++k)
    {
        if (optionType == types[k])
        {
            kind = static_cast<MessageKind>(k);
            return true;
        }
    }
    return false;
}

void
MobilityServer::Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail)
{
    NS_LOG_FUNCTION(this << packet << reason << detail);
    NS_LOG_INFO("MobilityServer drops a message: " << detail);
    m_drops.Count(reason);
    m_dropTrace(packet, reason, detail);
}

void
MobilityServer::ReceiveOption(Ptr<const Packet> payload,
                              const Ipv6Header& header,
                              uint8_t optionType)
{
    NS_LOG_FUNCTION(this << payload << header.GetSource() << +optionType);
    MessageKind kind;
    if (!m_running || !KindOf(optionType, kind))
    {
        return;
    }
    if (header.GetDestination() != GetAddress())
    {
        NS_LOG_LOGIC("Option " << +optionType << " for " << header.GetDestination()
                               << ", not the MS address: ignored");
        return;
    }
    if (kind == HANDOFF)
    {
        m_handoff.Receive(payload, header);
    }
    else
    {
        HandleRegistration(static_cast<hmipv6::RegistrationIntake::Kind>(kind), payload, header);
    }
}

void
MobilityServer::ReceiveOptionDrop(Ptr<const Packet> payload,
                                  const Ipv6Header& header,
                                  uint8_t optionType,
                                  const std::string& reason)
{
    NS_LOG_FUNCTION(this << payload << +optionType << reason);
    MessageKind kind;
    if (m_running && KindOf(optionType, kind) && header.GetDestination() == GetAddress())
    {
        Drop(payload,
             hmipv6::DropReason::MALFORMED,
             "malformed option " + std::to_string(optionType) + ": " + reason);
    }
}

void
MobilityServer::HandleRegistration(hmipv6::RegistrationIntake::Kind kind,
                                   Ptr<const Packet> payload,
                                   const Ipv6Header& header)
{
    NS_LOG_FUNCTION(this << payload << header.GetSource());
    hmipv6::RegistrationIntake::Message read;
    if (!m_intake.Read(kind, payload, header, read))
    {
        return;
    }
    const RegistrationHeaderBase* message = read.message;
    const char* name = hmipv6::RegistrationIntake::GetName(kind);
    const bool isRequest = kind == hmipv6::RegistrationIntake::REQUEST;
    Ipv6Address source = header.GetSource();
    Ipv6Address home = message->GetHomeAddress();
    uint16_t sequence = message->GetSequence();
    Ipv6Address previousMs = read.previousMs;
    Ipv6Address gcoa = MakeGlobalCareOf(home);
    if (source == gcoa)
    {
        Drop(payload,
             hmipv6::DropReason::INVALID_ADDRESS,
             std::string(name) + ": the source is the GCoA itself");
        return;
    }
    hmipv6::Registrar::ReplyCallback reply(
        [this, home, source](uint8_t status, uint16_t number, Time lifetime) {
            m_intake.SendAck(home, source, status, number, lifetime);
        });
    if (!m_authorize.IsNull() && !m_authorize(home, source, message->GetOptionType()))
    {
        reply(hmipv6::BindingAckHeader::ADMINISTRATIVELY_PROHIBITED, sequence, Seconds(0));
        return;
    }
    if (isRequest && message->GetPrefixLength() != m_prefixLength)
    {
        // The host would build another GCoA than this MS does.
        reply(hmipv6::BindingAckHeader::REASON_UNSPECIFIED, sequence, Seconds(0));
        return;
    }

    hmipv6::Registration registration;
    registration.key = gcoa;
    registration.home = home;
    registration.careOf = source;
    registration.sequence = sequence;
    registration.requested = Seconds(static_cast<double>(message->GetLifetime()));
    registration.deregistration = message->GetLifetime() == 0;
    registration.acknowledge = message->IsAcknowledgeRequested();
    registration.refresh = kind == hmipv6::RegistrationIntake::REFRESH;
    if (FindGcoa(home).IsAny())
    {
        if (!isRequest || registration.deregistration)
        {
            // Draft 4.3.3 / 4.3.4: the sender must be registered. A Request with
            // lifetime 0 deregisters nothing either (RFC 6275 10.3.2), but abandons one
            // in DAD.
            const hmipv6::Registration* pending = m_registrar.FindPending(gcoa);
            if (isRequest && pending && pending->home == home)
            {
                m_registrar.Abandon(gcoa);
            }
            reply(hmipv6::BindingAckHeader::NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE,
                  sequence,
                  Seconds(0));
            return;
        }
        const hmipv6::Registration* pending = m_registrar.FindPending(gcoa);
        if (GetNode()->GetObject<Ipv6L3Protocol>()->GetInterfaceForAddress(gcoa) >= 0 ||
            m_interception.Find(gcoa) || (pending && pending->home != home))
        {
            // Another host (same interface identifier) or this node uses the GCoA.
            reply(hmipv6::BindingAckHeader::DUPLICATE_ADDRESS_DETECTION_FAILED,
                  sequence,
                  Seconds(0));
            return;
        }
        // Section 3: another MS of this Mobility Network holds the same GCoA for the
        // host and hands it over on the Handoff Request; DAD would only find that MS's
        // proxy.
        bool handover = !previousMs.IsAny() && previousMs != GetAddress() &&
                        Ipv6Prefix(m_prefixLength).IsMatch(previousMs, gcoa);
        registration.performDad = m_performDad && !handover;
    }
    hmipv6::Registrar::AcceptedCallback accepted;
    if (isRequest && !previousMs.IsAny() && previousMs != GetAddress())
    {
        accepted = hmipv6::Registrar::AcceptedCallback(
            [=](Time granted) { m_handoff.Send(previousMs, home, gcoa, sequence, granted); });
    }
    hmipv6::Registrar::Outcome outcome = m_registrar.Submit(registration, reply, accepted);
    if (outcome == hmipv6::Registrar::STALE)
    {
        Drop(payload,
             hmipv6::DropReason::STALE,
             std::string(name) + ": not newer than the one in DAD");
    }
    else if (outcome == hmipv6::Registrar::FULL)
    {
        Drop(payload, hmipv6::DropReason::TABLE_FULL, std::string(name) + ": tables full (130)");
    }
}

void
MobilityServer::StartDad(Ipv6Address gcoa, hmipv6::Registrar::DadResultCallback done)
{
    NS_LOG_FUNCTION(this << gcoa);
    m_proxy->PerformDad(gcoa, m_interface, done);
}

void
MobilityServer::CancelDad(Ipv6Address gcoa, hmipv6::Registrar::DadResultCallback done)
{
    NS_LOG_FUNCTION(this << gcoa);
    if (m_proxy)
    {
        m_proxy->CancelDad(gcoa, m_interface, done);
    }
}

void
MobilityServer::Bound(const hmipv6::Registration& registration,
                      const hmipv6::BindingCache::Entry& entry,
                      bool created)
{
    NS_LOG_FUNCTION(this << entry.homeAddress << created);
    Ipv6Address gcoa = entry.homeAddress;
    const hmipv6::GcoaInterception::Binding& binding = m_interception.Bind(gcoa,
                                                                           registration.home,
                                                                           registration.careOf,
                                                                           created,
                                                                           registration.refresh);
    (created ? m_createdTrace : m_updatedTrace)(binding.home, gcoa, binding.lcoa, entry.lifetime);
}

void
MobilityServer::Unbound(const hmipv6::BindingCache::Entry& entry, hmipv6::Registrar::Ending ending)
{
    NS_LOG_FUNCTION(this << entry.homeAddress << ending);
    Ipv6Address gcoa = entry.homeAddress;
    Ipv6Address home = m_interception.Unbind(gcoa);
    if (ending == hmipv6::Registrar::EXPIRED)
    {
        NS_LOG_INFO(Simulator::Now().As(Time::S)
                    << " MS: binding of " << home << " (GCoA " << gcoa << ") expired");
    }
    (ending == hmipv6::Registrar::EXPIRED ? m_expiredTrace : m_removedTrace)(home, gcoa);
}

} // namespace ns3
