// SPDX-License-Identifier: GPL-2.0-only
#include "correspondent-node.h"

#include "ns3/abort.h"
#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-error-header.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/hmipv6-destination-extension.h"
#include "ns3/hmipv6-option-handler.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-list-routing.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/received-home-address-tag.h"
#include "ns3/registration-policy.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/type2-routing-header.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("CorrespondentNode");

NS_OBJECT_ENSURE_REGISTERED(CorrespondentNode);

TypeId
CorrespondentNode::GetTypeId()
{
    static TypeId tid =
        hmipv6::AddRegistrarLimits<CorrespondentNode>(TypeId("ns3::hmipv6::CorrespondentNode")
                                                          .SetParent<Application>()
                                                          .SetGroupName("Hmipv6")
                                                          .AddConstructor<CorrespondentNode>(),
                                                      &CorrespondentNode::m_maxBindings)
            .AddAttribute("RouteOptimization",
                          "Accept Binding Updates and route packets to bound home addresses "
                          "to their care-of addresses (RFC 6275 9.3.2); off: Binding Updates "
                          "are dropped and no binding is ever made.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&CorrespondentNode::m_routeOptimization),
                          MakeBooleanChecker())
            .AddAttribute("ReturnRoutability",
                          "Answer Home Test Init and Care-of Test Init messages (RFC 6275 "
                          "9.4); off: they are dropped.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&CorrespondentNode::m_returnRoutability),
                          MakeBooleanChecker())
            .AddAttribute("MaxBindingLifetime",
                          "Longest lifetime granted to a binding (MAX_RR_BINDING_LIFETIME, "
                          "RFC 6275 12).",
                          TimeValue(Seconds(ReturnRoutability::MAX_RR_BINDING_LIFETIME)),
                          MakeTimeAccessor(&CorrespondentNode::m_maxBindingLifetime),
                          MakeTimeChecker(Seconds(hmipv6::LIFETIME_UNIT_S)))
            .AddAttribute("NonceInterval",
                          "Age at which a new nonce replaces the current one (RFC 6275 5.2.7: "
                          "MAX_NONCE_LIFETIME - MAX_TOKEN_LIFETIME). Read at start.",
                          TimeValue(Seconds(ReturnRoutability::MAX_NONCE_LIFETIME -
                                            ReturnRoutability::MAX_TOKEN_LIFETIME)),
                          MakeTimeAccessor(&CorrespondentNode::m_nonceInterval),
                          MakeTimeChecker(NanoSeconds(1)))
            .AddAttribute("MaxNonceLifetime",
                          "How long after generation a nonce index is accepted "
                          "(MAX_NONCE_LIFETIME, RFC 6275 12). Read at start.",
                          TimeValue(Seconds(ReturnRoutability::MAX_NONCE_LIFETIME)),
                          MakeTimeAccessor(&CorrespondentNode::m_maxNonceLifetime),
                          MakeTimeChecker(NanoSeconds(1)))
            .AddAttribute("BindingErrorInterval",
                          "Least time between two Binding Errors to one destination "
                          "(RFC 6275 9.3.1: rate-limited).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&CorrespondentNode::m_bindingErrorInterval),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("BindingErrorTableSize",
                          "Most destinations whose last Binding Error the rate limit keeps "
                          "(RFC 6275 9.3.1): beyond that many in one BindingErrorInterval, a "
                          "new destination is not answered.",
                          UintegerValue(1024),
                          MakeUintegerAccessor(&CorrespondentNode::m_bindingErrorTableSize),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("HoTIReceived",
                            "A Home Test Init was received",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_hotiTrace),
                            "ns3::hmipv6::CorrespondentNode::TestInitCallback")
            .AddTraceSource("CoTIReceived",
                            "A Care-of Test Init was received",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_cotiTrace),
                            "ns3::hmipv6::CorrespondentNode::TestInitCallback")
            .AddTraceSource("HoTSent",
                            "A Home Test was sent",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_hotTrace),
                            "ns3::hmipv6::CorrespondentNode::TestCallback")
            .AddTraceSource("CoTSent",
                            "A Care-of Test was sent",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_cotTrace),
                            "ns3::hmipv6::CorrespondentNode::TestCallback")
            .AddTraceSource("BindingUpdateReceived",
                            "A well-formed Binding Update was received (before its checks)",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_buTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingUpdateCallback")
            .AddTraceSource("BindingAckSent",
                            "A Binding Acknowledgement was sent",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_baTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingAckCallback")
            .AddTraceSource("BindingCreated",
                            "A binding was created",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_createdTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingCallback")
            .AddTraceSource("BindingUpdated",
                            "A binding was refreshed or moved",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_updatedTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingCallback")
            .AddTraceSource("BindingRemoved",
                            "A binding was deregistered",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_removedTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingCallback")
            .AddTraceSource("BindingExpired",
                            "A binding's lifetime ran out",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_expiredTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingCallback")
            .AddTraceSource("BindingErrorSent",
                            "A Binding Error was sent",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_beTrace),
                            "ns3::hmipv6::CorrespondentNode::BindingErrorCallback")
            .AddTraceSource("Drop",
                            "A message or packet was dropped",
                            MakeTraceSourceAccessor(&CorrespondentNode::m_dropTrace),
                            "ns3::hmipv6::CorrespondentNode::DropCallback");
    return tid;
}

CorrespondentNode::CorrespondentNode()
    : m_routeOptimization(true),
      m_returnRoutability(true),
      m_maxBindingLifetime(Seconds(ReturnRoutability::MAX_RR_BINDING_LIFETIME)),
      m_maxBindings(hmipv6::Registrar::DEFAULT_MAX_BINDINGS),
      m_bindingErrorTableSize(1024),
      m_random(CreateObject<UniformRandomVariable>()),
      m_deviceInterface(-1),
      m_bindingErrorLimit(Seconds(1), 1024),
      m_running(false),
      m_hotiCount(0),
      m_cotiCount(0),
      m_buCount(0),
      m_baCount(0),
      m_beCount(0),
      m_authFailures(0)
{
    NS_LOG_FUNCTION(this);
    m_registrar.SetBoundCallback(MakeCallback(&CorrespondentNode::Bound, this));
    m_registrar.SetUnboundCallback(MakeCallback(&CorrespondentNode::Unbound, this));
}

CorrespondentNode::~CorrespondentNode()
{
    NS_LOG_FUNCTION(this);
}

void
CorrespondentNode::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_registrar.Clear();
    if (m_device)
    {
        m_device->SetCareOfCallback(RouteOptimizationNetDevice::CareOfCallback());
    }
    m_device = nullptr;
    m_random = nullptr;
    m_secrets.reset();
    Application::DoDispose();
}

Ptr<CorrespondentNode>
CorrespondentNode::InstallOn(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    Ptr<CorrespondentNode> app = CreateObject<CorrespondentNode>();
    node->AddApplication(app);
    app->SetStartTime(Seconds(0));
    return app;
}

int64_t
CorrespondentNode::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_random->SetStream(stream);
    return 1;
}

const BindingCache&
CorrespondentNode::GetBindingCache() const
{
    return m_registrar.GetCache();
}

ReturnRoutability::Key
CorrespondentNode::GetKcn() const
{
    return m_secrets ? m_secrets->GetKcn() : ReturnRoutability::Key{};
}

const CorrespondentSecrets*
CorrespondentNode::GetSecrets() const
{
    return m_secrets.get();
}

Ptr<RouteOptimizationNetDevice>
CorrespondentNode::GetRouteOptimizationDevice() const
{
    return m_device;
}

uint64_t
CorrespondentNode::GetHomeTestInitCount() const
{
    return m_hotiCount;
}

uint64_t
CorrespondentNode::GetCareOfTestInitCount() const
{
    return m_cotiCount;
}

uint64_t
CorrespondentNode::GetBindingUpdateCount() const
{
    return m_buCount;
}

uint64_t
CorrespondentNode::GetBindingAckCount() const
{
    return m_baCount;
}

uint64_t
CorrespondentNode::GetBindingErrorCount() const
{
    return m_beCount;
}

std::size_t
CorrespondentNode::GetBindingErrorTableSize() const
{
    return m_bindingErrorLimit.GetN();
}

uint64_t
CorrespondentNode::GetAuthenticationFailureCount() const
{
    return m_authFailures;
}

uint64_t
CorrespondentNode::GetDropCount() const
{
    return m_drops.Total();
}

uint64_t
CorrespondentNode::GetDropCount(hmipv6::DropReason reason) const
{
    return m_drops.Get(reason);
}

void
CorrespondentNode::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "CorrespondentNode: node " << node->GetId() << " has no IPv6 stack");

    if (!m_secrets)
    {
        // RFC 6275 5.2.1: Kcn is made at start-up.
        m_secrets = std::make_unique<CorrespondentSecrets>(
            CorrespondentSecrets::FromRandomVariable(m_random));
        m_secrets->SetNonceInterval(m_nonceInterval);
        m_secrets->SetMaxNonceLifetime(m_maxNonceLifetime);
    }

    // The glue (each piece only if absent) and the routing hook.
    MobilityGlueHelper().Install(node);
    Ptr<MobilityRoutingProtocol> routing = MobilityRoutingProtocol::Install(node);
    Ptr<Hmipv6OptionHandler> homeAddress =
        MobilityGlueHelper::GetOptionHandler(node, Hmipv6OptionHandler::HOME_ADDRESS_OPTION);
    if (homeAddress)
    {
        homeAddress->SetHomeAddressCheck(
            MakeCallback(&CorrespondentNode::CheckHomeAddressOption, this),
            node);
    }

    if (!m_device)
    {
        m_device = CreateObject<RouteOptimizationNetDevice>();
        node->AddDevice(m_device);
        m_deviceInterface = static_cast<int32_t>(ipv6->AddInterface(m_device));
        ipv6->SetUp(m_deviceInterface);
    }
    m_device->SetCareOfCallback(MakeCallback(&CorrespondentNode::LookupCareOf, this));
    // Bindings made before a stop are routed again.
    for (const auto& entry : m_registrar.GetCache().GetEntries())
    {
        routing->AddDivert(entry.homeAddress, m_deviceInterface);
    }

    Ptr<MobilityL4Protocol> mobility = node->GetObject<MobilityL4Protocol>();
    mobility->RegisterHandler(MobilityHeader::HOME_TEST_INIT,
                              MakeCallback(&CorrespondentNode::ReceiveHomeTestInit, this));
    mobility->RegisterHandler(MobilityHeader::CARE_OF_TEST_INIT,
                              MakeCallback(&CorrespondentNode::ReceiveCareOfTestInit, this));
    mobility->RegisterHandler(MobilityHeader::BINDING_UPDATE,
                              MakeCallback(&CorrespondentNode::ReceiveBindingUpdate, this));
    m_running = true;
    m_registrar.SetMaxLifetime(m_maxBindingLifetime);
    m_registrar.SetLimits(m_maxBindings, hmipv6::Registrar::DEFAULT_MAX_PENDING);
    m_registrar.Start();
}

void
CorrespondentNode::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_running = false;
    m_registrar.Stop();
    Ptr<Node> node = GetNode();
    Ptr<MobilityL4Protocol> mobility = node->GetObject<MobilityL4Protocol>();
    if (mobility)
    {
        mobility->UnregisterHandler(MobilityHeader::HOME_TEST_INIT);
        mobility->UnregisterHandler(MobilityHeader::CARE_OF_TEST_INIT);
        mobility->UnregisterHandler(MobilityHeader::BINDING_UPDATE);
    }
    Ptr<Hmipv6OptionHandler> homeAddress =
        MobilityGlueHelper::GetOptionHandler(node, Hmipv6OptionHandler::HOME_ADDRESS_OPTION);
    if (homeAddress)
    {
        homeAddress->SetHomeAddressCheck(Hmipv6OptionHandler::HomeAddressCheckCallback(), nullptr);
    }
    Ptr<MobilityRoutingProtocol> routing = MobilityRoutingProtocol::Get(node);
    if (routing)
    {
        for (const auto& entry : m_registrar.GetCache().GetEntries())
        {
            routing->RemoveDivert(entry.homeAddress);
        }
    }
}

void
CorrespondentNode::Drop(Ptr<const Packet> packet,
                        hmipv6::DropReason reason,
                        const std::string& detail)
{
    NS_LOG_FUNCTION(this << packet << reason << detail);
    NS_LOG_LOGIC("Correspondent node " << GetNode()->GetId() << " drops: " << detail);
    m_drops.Count(reason);
    m_dropTrace(packet, reason, detail);
}

Ipv6Address
CorrespondentNode::LookupCareOf(Ipv6Address home)
{
    const BindingCache::Entry* entry = m_registrar.GetCache().Find(home);
    if (!entry || entry->expiry <= Simulator::Now())
    {
        return Ipv6Address::GetAny();
    }
    Ipv6Address careOf = entry->careOfAddress;
    m_registrar.GetCache().MarkUsed(home, Simulator::Now()); // 9.1 usage information
    return careOf;
}

Ptr<Ipv6Route>
CorrespondentNode::RouteAroundDivert(Ipv6Address destination, Ipv6Address source) const
{
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6RoutingProtocol> routing = ipv6->GetRoutingProtocol();
    Ipv6Header header;
    header.SetSource(source);
    header.SetDestination(destination);
    Socket::SocketErrno err;
    Ptr<Packet> probe = Create<Packet>();
    Ptr<Ipv6ListRouting> list = DynamicCast<Ipv6ListRouting>(routing);
    if (!list)
    {
        return routing ? routing->RouteOutput(probe, header, nullptr, err) : nullptr;
    }
    // Ipv6ListRouting lists by decreasing priority: ask each but the divert.
    for (uint32_t i = 0; i < list->GetNRoutingProtocols(); ++i)
    {
        int16_t priority = 0;
        Ptr<Ipv6RoutingProtocol> protocol = list->GetRoutingProtocol(i, priority);
        if (DynamicCast<MobilityRoutingProtocol>(protocol))
        {
            continue;
        }
        Ptr<Ipv6Route> route = protocol->RouteOutput(probe, header, nullptr, err);
        if (route)
        {
            return route;
        }
    }
    return nullptr;
}

bool
CorrespondentNode::SendMobilityMessage(Ptr<Packet> packet,
                                       Ipv6Address source,
                                       Ipv6Address destination,
                                       Ipv6Address finalDestination,
                                       uint8_t nextHeader)
{
    NS_LOG_FUNCTION(this << packet << source << destination << finalDestination << +nextHeader);
    Ptr<Ipv6Route> route = RouteAroundDivert(destination, source);
    if (!route)
    {
        std::ostringstream os;
        os << "no route to " << destination;
        Drop(packet, hmipv6::DropReason::NO_ROUTE, os.str());
        return false;
    }
    if (source.IsAny())
    {
        source = route->GetSource();
    }
    // RFC 6275 6.1.1: the checksum covers the final destination (RFC 8200 8.1).
    if (nextHeader == MobilityL4Protocol::PROT_NUMBER)
    {
        MobilityL4Protocol::FillChecksum(packet, source, finalDestination);
    }
    else
    {
        Type2RoutingHeader routingHeader;
        packet->RemoveHeader(routingHeader);
        MobilityL4Protocol::FillChecksum(packet, source, finalDestination);
        packet->AddHeader(routingHeader);
    }
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet, source, destination, nextHeader, route);
    return true;
}

void
CorrespondentNode::ReceiveHomeTestInit(Ptr<Packet> packet,
                                       const Ipv6Header& header,
                                       uint32_t /* interface */)
{
    HomeTestInitHeader init;
    HomeTestHeader test;
    AnswerTestInit(init, test, packet, header);
}

void
CorrespondentNode::ReceiveCareOfTestInit(Ptr<Packet> packet,
                                         const Ipv6Header& header,
                                         uint32_t /* interface */)
{
    CareOfTestInitHeader init;
    CareOfTestHeader test;
    AnswerTestInit(init, test, packet, header);
}

void
CorrespondentNode::AnswerTestInit(hmipv6::TestInitHeaderBase& init,
                                  hmipv6::TestHeaderBase& test,
                                  Ptr<Packet> packet,
                                  const Ipv6Header& header)
{
    NS_LOG_FUNCTION(this << packet << header);
    bool home = init.GetMhType() == MobilityHeader::HOME_TEST_INIT;
    ++(home ? m_hotiCount : m_cotiCount);
    packet->RemoveHeader(init);
    if (init.GetError() != WireError::NONE)
    {
        std::ostringstream os;
        os << "malformed " << (home ? "Home" : "Care-of") << " Test Init: " << init.GetError();
        Drop(packet, hmipv6::DropReason::MALFORMED, os.str());
        return;
    }
    // The address tested: the home address or the care-of address, the source either way.
    Ipv6Address tested = header.GetSource();
    (home ? m_hotiTrace : m_cotiTrace)(tested, init.GetInitCookie());
    if (!m_returnRoutability || !m_running)
    {
        Drop(packet, hmipv6::DropReason::NOT_SUPPORTED, "return routability disabled");
        return;
    }
    // RFC 6275 9.4.2, 9.4.4: the test goes back to the source (a Home Test through the
    // home agent); the Binding Cache is not used (6.1).
    Time now = Simulator::Now();
    uint16_t index = m_secrets->CurrentNonceIndex(now);
    std::optional<ReturnRoutability::Token> token =
        home ? m_secrets->HomeKeygenToken(index, tested, now)
             : m_secrets->CareOfKeygenToken(index, tested, now);
    NS_ASSERT(token);
    test.SetNonceIndex(index);
    test.SetInitCookie(init.GetInitCookie());
    test.SetKeygenToken(*token);
    Ptr<Packet> reply = Create<Packet>();
    reply->AddHeader(test);
    if (SendMobilityMessage(reply,
                            header.GetDestination(),
                            tested,
                            tested,
                            MobilityL4Protocol::PROT_NUMBER))
    {
        (home ? m_hotTrace : m_cotTrace)(tested, index, *token);
    }
}

void
CorrespondentNode::ReceiveBindingUpdate(Ptr<Packet> packet,
                                        const Ipv6Header& header,
                                        uint32_t /* interface */)
{
    NS_LOG_FUNCTION(this << packet << header);
    ++m_buCount;
    Time now = Simulator::Now();

    // The octets the authenticator covers (MobilityL4Protocol checked Header Len fits).
    std::vector<uint8_t> octets = hmipv6::MobilityHeaderOctets(packet);

    ReceivedHomeAddressTag tag;
    bool hasTag = packet->PeekPacketTag(tag);
    BindingUpdateHeader bu;
    packet->RemoveHeader(bu);
    if (bu.GetError() != WireError::NONE)
    {
        std::ostringstream os;
        os << "malformed Binding Update: " << bu.GetError();
        Drop(packet, hmipv6::DropReason::MALFORMED, os.str());
        return;
    }
    // RFC 6275 9.5.1: home address from the Home Address option (the source if the
    // mobile node is at home), care-of address from the Alternate Care-of Address option.
    Ipv6Address home =
        hasTag && tag.HasHomeAddressOption() ? tag.GetHomeAddressOption() : header.GetSource();
    const MobilityOptions& options = bu.GetOptions();
    Ipv6Address careOf = options.GetAlternateCoa() ? options.GetAlternateCoa()->GetCareOfAddress()
                                                   : header.GetSource();
    Ipv6Address self = header.GetDestination();
    uint16_t sequence = bu.GetSequence();
    m_buTrace(home, careOf, sequence, bu.GetLifetime());

    if (!m_routeOptimization || !m_running)
    {
        Drop(packet, hmipv6::DropReason::NOT_SUPPORTED, "route optimization disabled");
        return;
    }
    if (!hmipv6::IsBindableUnicast(careOf))
    {
        std::ostringstream os;
        os << "care-of address " << careOf << " cannot be bound";
        Drop(packet, hmipv6::DropReason::INVALID_ADDRESS, os.str());
        return;
    }
    if (!hmipv6::IsBindableUnicast(home))
    {
        std::ostringstream os;
        os << "home address " << home << " cannot be bound";
        Drop(packet, hmipv6::DropReason::INVALID_ADDRESS, os.str());
        return;
    }
    bool deregistration = bu.GetLifetimeUnits() == 0 || careOf == home;
    if (bu.GetHomeRegistration())
    {
        // RFC 6275 9.5.1: a correspondent node is not a home agent.
        SendBindingAck(self,
                       home,
                       careOf,
                       BindingAckHeader::HOME_REGISTRATION_NOT_SUPPORTED,
                       sequence,
                       Seconds(0),
                       std::nullopt);
        return;
    }
    // RFC 6275 9.5.1: both options are required from a mobile node using return
    // routability; without them the Binding Update is silently discarded.
    if (!options.GetNonceIndices() || !options.GetBindingAuthData())
    {
        Drop(packet,
             hmipv6::DropReason::UNAUTHENTICATED,
             "Binding Update without Nonce Indices or Binding Authorization Data");
        return;
    }
    uint16_t homeIndex = options.GetNonceIndices()->GetHomeNonceIndex();
    uint16_t careOfIndex = options.GetNonceIndices()->GetCareOfNonceIndex();
    bool homeValid = m_secrets->IsNonceIndexValid(homeIndex, now);
    bool careOfValid = deregistration || m_secrets->IsNonceIndexValid(careOfIndex, now);
    if (!homeValid || !careOfValid)
    {
        // RFC 6275 9.5.1, 5.2.7: tell the mobile node which tokens to get again.
        uint8_t status = !homeValid && !careOfValid ? BindingAckHeader::EXPIRED_NONCES
                         : !homeValid               ? BindingAckHeader::EXPIRED_HOME_NONCE_INDEX
                                                    : BindingAckHeader::EXPIRED_CARE_OF_NONCE_INDEX;
        std::ostringstream os;
        os << "expired nonce index (status " << +status << ")";
        Drop(packet, hmipv6::DropReason::STALE, os.str());
        SendBindingAck(self, home, careOf, status, sequence, Seconds(0), std::nullopt);
        return;
    }
    std::optional<ReturnRoutability::Key> kbm =
        deregistration ? m_secrets->DeregistrationKbm(home, homeIndex, now)
                       : m_secrets->Kbm(home, homeIndex, careOf, careOfIndex, now);
    NS_ASSERT(kbm);
    if (!hmipv6::VerifyKbmAuthorization(octets,
                                        options.GetBindingAuthData()->GetAuthenticator(),
                                        *kbm,
                                        careOf,
                                        self))
    {
        // RFC 6275 9.5.1: silently discarded.
        ++m_authFailures;
        Drop(packet,
             hmipv6::DropReason::UNAUTHENTICATED,
             "Binding Authorization Data does not verify");
        return;
    }
    hmipv6::Registrar::ReplyCallback reply(
        [this, packet, self, home, careOf, kbm](uint8_t status, uint16_t number, Time lifetime) {
            if (status == BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW)
            {
                Drop(packet, hmipv6::DropReason::STALE, "sequence number out of window");
            }
            SendBindingAck(self, home, careOf, status, number, lifetime, kbm);
        });
    hmipv6::Registration registration;
    registration.key = home;
    registration.home = home;
    registration.careOf = careOf;
    registration.sequence = sequence;
    registration.requested = bu.GetLifetime();
    registration.deregistration = deregistration;
    registration.acknowledge = bu.GetAcknowledge();
    if (m_registrar.Submit(registration, reply) == hmipv6::Registrar::FULL)
    {
        Drop(packet, hmipv6::DropReason::TABLE_FULL, "binding cache full (130)");
    }
}

void
CorrespondentNode::Bound(const hmipv6::Registration& /* registration */,
                         const BindingCache::Entry& entry,
                         bool created)
{
    Ptr<MobilityRoutingProtocol> routing = MobilityRoutingProtocol::Get(GetNode());
    if (routing && m_deviceInterface >= 0)
    {
        routing->AddDivert(entry.homeAddress, m_deviceInterface);
    }
    NS_LOG_LOGIC("Binding " << (created ? "created: " : "updated: ") << entry.homeAddress << " -> "
                            << entry.careOfAddress << " for " << entry.lifetime);
    if (created)
    {
        m_createdTrace(entry.homeAddress, entry.careOfAddress);
    }
    else
    {
        m_updatedTrace(entry.homeAddress, entry.careOfAddress);
    }
}

void
CorrespondentNode::Unbound(const BindingCache::Entry& entry, hmipv6::Registrar::Ending ending)
{
    NS_LOG_LOGIC("Binding " << (ending == hmipv6::Registrar::EXPIRED ? "expired: " : "removed: ")
                            << entry.homeAddress << " -> " << entry.careOfAddress);
    Ptr<MobilityRoutingProtocol> routing = MobilityRoutingProtocol::Get(GetNode());
    if (routing)
    {
        routing->RemoveDivert(entry.homeAddress);
    }
    if (ending == hmipv6::Registrar::EXPIRED)
    {
        m_expiredTrace(entry.homeAddress, entry.careOfAddress);
    }
    else
    {
        m_removedTrace(entry.homeAddress, entry.careOfAddress);
    }
}

void
CorrespondentNode::SendBindingAck(Ipv6Address source,
                                  Ipv6Address home,
                                  Ipv6Address careOf,
                                  uint8_t status,
                                  uint16_t sequence,
                                  Time lifetime,
                                  const std::optional<ReturnRoutability::Key>& kbm)
{
    NS_LOG_FUNCTION(this << source << home << careOf << +status << sequence << lifetime);
    BindingAckHeader ba;
    ba.SetStatus(status);
    ba.SetSequence(sequence);
    ba.SetLifetime(lifetime);
    if (kbm)
    {
        // RFC 6275 6.1.8, 5.2.6: authenticated with Kbm, like the Binding Update.
        hmipv6::AuthorizeWithKbm(ba, MobilityOptions(), *kbm, careOf, source);
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(ba);
    bool sent = false;
    if (careOf == home)
    {
        sent = SendMobilityMessage(packet, source, home, home, MobilityL4Protocol::PROT_NUMBER);
    }
    else
    {
        // RFC 6275 9.5.4: to the care-of address with a type 2 routing header.
        Type2RoutingHeader routingHeader;
        routingHeader.SetNextHeader(MobilityL4Protocol::PROT_NUMBER);
        routingHeader.SetSegmentsLeft(1);
        routingHeader.SetHomeAddress(home);
        packet->AddHeader(routingHeader);
        sent =
            SendMobilityMessage(packet, source, careOf, home, RouteOptimizationNetDevice::ROUTING);
    }
    if (sent)
    {
        ++m_baCount;
        m_baTrace(careOf, home, status, sequence);
    }
}

void
CorrespondentNode::SendBindingError(Ipv6Address source,
                                    Ipv6Address destination,
                                    uint8_t status,
                                    Ipv6Address home)
{
    NS_LOG_FUNCTION(this << source << destination << +status << home);
    Time now = Simulator::Now();
    m_bindingErrorLimit.Configure(m_bindingErrorInterval, m_bindingErrorTableSize);
    if (!m_bindingErrorLimit.Allow(destination, now))
    {
        NS_LOG_LOGIC("Binding Error to " << destination << " rate-limited");
        return;
    }
    BindingErrorHeader be;
    be.SetStatus(status);
    be.SetHomeAddress(home);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(be);
    if (SendMobilityMessage(packet,
                            source,
                            destination,
                            destination,
                            MobilityL4Protocol::PROT_NUMBER))
    {
        ++m_beCount;
        m_beTrace(destination, status, home);
    }
}

bool
CorrespondentNode::CheckHomeAddressOption(Ipv6Address home, const Ipv6Header& header)
{
    NS_LOG_FUNCTION(this << home << header);
    const BindingCache::Entry* entry = m_registrar.GetCache().Find(home);
    if (entry && entry->careOfAddress == header.GetSource() && entry->expiry > Simulator::Now())
    {
        m_registrar.GetCache().MarkUsed(home, Simulator::Now());
        return true;
    }
    // RFC 6275 9.3.1: no binding for this home address and source: Binding Error, status
    // 1, to the source; the packet is discarded.
    std::ostringstream os;
    os << "Home Address option " << home << " from " << header.GetSource() << " without binding";
    Drop(Create<Packet>(), hmipv6::DropReason::UNEXPECTED, os.str());
    SendBindingError(header.GetDestination(),
                     header.GetSource(),
                     BindingErrorHeader::UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION,
                     home);
    return false;
}

} // namespace hmipv6
} // namespace ns3
