// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-mobile-node.h"

#include "ns3/binding-ack-header.h"
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-extension-type2-routing.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/received-home-address-tag.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Mipv6MobileNode");
NS_OBJECT_ENSURE_REGISTERED(Mipv6MobileNode);

TypeId
Mipv6MobileNode::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Mipv6MobileNode")
            .SetParent<Application>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Mipv6MobileNode>()
            .AddAttribute("HomeAddress",
                          "The home address.",
                          Ipv6AddressValue(Ipv6Address("2001:1::100")),
                          MakeIpv6AddressAccessor(&Mipv6MobileNode::m_homeAddress),
                          MakeIpv6AddressChecker())
            .AddAttribute("HomeAgentAddress",
                          "The home agent's address.",
                          Ipv6AddressValue(Ipv6Address("2001:1::1")),
                          MakeIpv6AddressAccessor(&Mipv6MobileNode::m_homeAgent),
                          MakeIpv6AddressChecker())
            .AddAttribute("HomePrefixLength",
                          "Length of the home subnet prefix.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&Mipv6MobileNode::m_homePrefixLength),
                          MakeUintegerChecker<uint8_t>(0, 128))
            .AddAttribute("Interface",
                          "IPv6 interface index of the access interface.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&Mipv6MobileNode::m_interface),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("BindingLifetime",
                          "Lifetime asked for in home registrations (RFC 6275 fixes no "
                          "default; 420 s = MAX_RR_BINDING_LIFETIME).",
                          TimeValue(Seconds(DEFAULT_BINDING_LIFETIME_S)),
                          MakeTimeAccessor(&Mipv6MobileNode::m_lifetime),
                          MakeTimeChecker(Seconds(4)))
            .AddAttribute(
                "InitialBindackTimeoutFirstReg",
                "First retransmission timeout of a first home registration "
                "(RFC 6275 13: 1.5 s).",
                TimeValue(MilliSeconds(
                    hmipv6::BindingUpdateList::DEFAULT_INITIAL_BINDACK_TIMEOUT_FIRST_REG_MS)),
                MakeTimeAccessor(&Mipv6MobileNode::m_firstRegTimeout),
                MakeTimeChecker(Seconds(0)))
            .AddAttribute("RefreshFraction",
                          "Fraction of the granted lifetime after which the binding is "
                          "refreshed (RFC 6275 does not fix it).",
                          DoubleValue(hmipv6::BindingUpdateList::DEFAULT_REFRESH_FRACTION),
                          MakeDoubleAccessor(&Mipv6MobileNode::m_refreshFraction),
                          MakeDoubleChecker<double>(0.01, 1.0))
            .AddAttribute("OptimisticDad",
                          "Use a new care-of address at once (RFC 4429).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Mipv6MobileNode::m_optimisticDad),
                          MakeBooleanChecker())
            .AddAttribute("SendRouterSolicitation",
                          "Send a Router Solicitation on each link-up trigger.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Mipv6MobileNode::m_sendRs),
                          MakeBooleanChecker())
            .AddAttribute("CheckRaHopLimit",
                          "Drop Router Advertisements whose hop limit is not 255 (RFC 4861 "
                          "6.1.2). Off by default: ns-3 3.37's Radvd sends hop limit 64.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Mipv6MobileNode::m_checkRaHopLimit),
                          MakeBooleanChecker())
            .AddAttribute("RouteOptimization",
                          "Run return routability and route optimisation with the "
                          "correspondents given to AddCorrespondent (RFC 6275 11.6).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Mipv6MobileNode::m_routeOptimization),
                          MakeBooleanChecker())
            .AddAttribute("ReuseHomeKeygenToken",
                          "After a move, run only the care-of half of return routability "
                          "while the home keygen token is younger than MAX_TOKEN_LIFETIME "
                          "(210 s; RFC 6275 5.2.7, 11.6.1 allow it: the home address did not "
                          "change).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Mipv6MobileNode::m_reuseHomeToken),
                          MakeBooleanChecker())
            .AddAttribute("CorrespondentRetries",
                          "Retransmissions of the return routability messages and of a "
                          "correspondent Binding Update before falling back to the reverse "
                          "tunnel.",
                          UintegerValue(2),
                          MakeUintegerAccessor(&Mipv6MobileNode::m_cnRetries),
                          MakeUintegerChecker<uint32_t>())
            .AddTraceSource("RouteOptimizationComplete",
                            "A correspondent acknowledged the care-of address.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_roTrace),
                            "ns3::Mipv6MobileNode::RouteOptimizationCallback")
            .AddTraceSource("RouteOptimizationFallback",
                            "Route optimisation with a correspondent failed: the reverse "
                            "tunnel stays.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_fallbackTrace),
                            "ns3::Mipv6MobileNode::FallbackCallback")
            .AddTraceSource("ReturnRoutabilityMessage",
                            "A HoTI or CoTI was sent, or a HoT or CoT accepted.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_rrTrace),
                            "ns3::Mipv6MobileNode::RrMessageCallback")
            .AddTraceSource("CorrespondentDeregistered",
                            "Back home, a correspondent acknowledged the removal of its "
                            "binding (RFC 6275 11.5.4).",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_deregisteredTrace),
                            "ns3::Mipv6MobileNode::AddressCallback")
            .AddTraceSource("HomeAddressAnnounced",
                            "Back home, the unsolicited Neighbor Advertisement was sent.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_homeNaTrace),
                            "ns3::Mipv6MobileNode::AddressCallback")
            .AddTraceSource("MovementDetected",
                            "A Router Advertisement showed a new router and prefix.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_movementTrace),
                            "ns3::Mipv6MobileNode::MovementCallback")
            .AddTraceSource("CareOfAddressReady",
                            "A new care-of address passed DAD (or is optimistic).",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_coaTrace),
                            "ns3::Mipv6MobileNode::AddressCallback")
            .AddTraceSource("BindingUpdateSent",
                            "A Binding Update was sent.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_buTrace),
                            "ns3::Mipv6MobileNode::BindingUpdateSentCallback")
            .AddTraceSource("BindingAckReceived",
                            "A Binding Acknowledgement arrived.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_baTrace),
                            "ns3::Mipv6MobileNode::BindingAckCallback")
            .AddTraceSource("HomeRegistrationComplete",
                            "The home agent accepted the care-of address.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_completeTrace),
                            "ns3::Mipv6MobileNode::RegistrationCallback")
            .AddTraceSource("RegistrationFailed",
                            "The home agent rejected a Binding Update.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_failedTrace),
                            "ns3::Mipv6MobileNode::FailureCallback")
            .AddTraceSource("ReturnedHome",
                            "The node is back on its home link.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_returnedHomeTrace),
                            "ns3::Mipv6MobileNode::AddressCallback")
            .AddTraceSource("LinkUp",
                            "Link-up trigger.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_linkUpTrace),
                            "ns3::TracedCallback::Void")
            .AddTraceSource("LinkDown",
                            "Link-down trigger.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_linkDownTrace),
                            "ns3::TracedCallback::Void")
            .AddTraceSource("Drop",
                            "A packet was dropped.",
                            MakeTraceSourceAccessor(&Mipv6MobileNode::m_dropTrace),
                            "ns3::Mipv6MobileNode::DropCallback");
    return tid;
}

Mipv6MobileNode::Mipv6MobileNode()
    : m_homePrefixLength(64),
      m_interface(1),
      m_refreshFraction(hmipv6::BindingUpdateList::DEFAULT_REFRESH_FRACTION),
      m_optimisticDad(false),
      m_sendRs(true),
      m_checkRaHopLimit(false),
      m_routeOptimization(true),
      m_reuseHomeToken(true),
      m_cnRetries(2),
      m_tunnelInterface(0),
      m_atHome(false),
      m_linkUp(true)
{
    NS_LOG_FUNCTION(this);
}

Mipv6MobileNode::~Mipv6MobileNode()
{
    NS_LOG_FUNCTION(this);
}

void
Mipv6MobileNode::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_link.Dispose();
    m_home.Dispose();
    m_ro.Dispose();
    m_tunnel = nullptr;
    m_routing = nullptr;
    m_mobility = nullptr;
    if (m_raSocket)
    {
        m_raSocket->Close();
        m_raSocket = nullptr;
    }
    Application::DoDispose();
}

Ipv6Address
Mipv6MobileNode::GetHomeAddress() const
{
    return m_homeAddress;
}

Ipv6Address
Mipv6MobileNode::GetHomeAgentAddress() const
{
    return m_homeAgent;
}

Ipv6Address
Mipv6MobileNode::GetCareOfAddress() const
{
    return m_home.GetCareOfAddress();
}

bool
Mipv6MobileNode::IsRegistered() const
{
    return m_home.IsRegistered();
}

bool
Mipv6MobileNode::IsAtHome() const
{
    return m_atHome;
}

Ptr<hmipv6::Ipv6TunnelNetDevice>
Mipv6MobileNode::GetTunnelDevice() const
{
    return m_tunnel;
}

const hmipv6::BindingUpdateList&
Mipv6MobileNode::GetBindingUpdateList() const
{
    return m_bul;
}

uint64_t
Mipv6MobileNode::GetBindingUpdatesSent() const
{
    return m_home.GetUpdatesSent() + m_ro.GetUpdatesSent();
}

uint64_t
Mipv6MobileNode::GetBindingAcksReceived() const
{
    return m_home.GetAcksReceived() + m_ro.GetAcksReceived();
}

uint64_t
Mipv6MobileNode::GetDroppedCount() const
{
    return m_drops.Total();
}

uint64_t
Mipv6MobileNode::GetDroppedCount(hmipv6::DropReason reason) const
{
    return m_drops.Get(reason);
}

void
Mipv6MobileNode::AddCorrespondent(Ipv6Address correspondent)
{
    NS_LOG_FUNCTION(this << correspondent);
    m_ro.AddCorrespondent(correspondent);
    if (IsRegistered() && !m_atHome && m_routeOptimization && m_ro.GetDevice())
    {
        Simulator::ScheduleNow(&Mipv6MobileNode::StartRouteOptimization, this);
    }
}

bool
Mipv6MobileNode::IsRouteOptimized(Ipv6Address correspondent) const
{
    Ipv6Address coa = GetCorrespondentCareOf(correspondent);
    return !coa.IsAny() && coa == CorrespondentCareOf(correspondent);
}

Ipv6Address
Mipv6MobileNode::GetCorrespondentCareOf(Ipv6Address correspondent) const
{
    return m_ro.GetBoundCareOf(correspondent);
}

Ptr<Mipv6HomeAddressDevice>
Mipv6MobileNode::GetRouteOptimizationDevice() const
{
    return m_ro.GetDevice();
}

uint64_t
Mipv6MobileNode::GetHomeTestInitsSent() const
{
    return m_ro.GetHomeTestInitsSent();
}

uint64_t
Mipv6MobileNode::GetCareOfTestInitsSent() const
{
    return m_ro.GetCareOfTestInitsSent();
}

uint64_t
Mipv6MobileNode::GetCorrespondentBindingUpdatesSent() const
{
    return m_ro.GetUpdatesSent();
}

uint64_t
Mipv6MobileNode::GetFallbackCount() const
{
    return m_ro.GetFallbackCount();
}

int64_t
Mipv6MobileNode::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    return m_ro.AssignStreams(stream);
}

std::vector<Ipv6Address>
Mipv6MobileNode::GetCorrespondents() const
{
    return m_ro.GetCorrespondents();
}

Ipv6Address
Mipv6MobileNode::GetRouter() const
{
    return m_link.GetRouter();
}

double
Mipv6MobileNode::GetRefreshFraction() const
{
    return m_refreshFraction;
}

bool
Mipv6MobileNode::OnHomePrefix(Ipv6Address address) const
{
    return Ipv6Prefix(m_homePrefixLength).IsMatch(address, m_homeAddress);
}

void
Mipv6MobileNode::Drop(Ptr<const Packet> packet,
                      hmipv6::DropReason reason,
                      const std::string& detail)
{
    NS_LOG_FUNCTION(this << packet << reason << detail);
    m_drops.Count(reason);
    m_dropTrace(packet, reason, detail);
}

void
Mipv6MobileNode::NotifyCareOfAddressReady(Ipv6Address coa)
{
    m_coaTrace(coa);
}

void
Mipv6MobileNode::NotifyBindingUpdateSent(Ipv6Address destination, uint16_t sequence)
{
    m_buTrace(destination, sequence);
}

void
Mipv6MobileNode::NotifyBindingAckReceived(Ipv6Address source, uint16_t sequence, uint8_t status)
{
    m_baTrace(source, sequence, status);
}

void
Mipv6MobileNode::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "Mipv6MobileNode needs an IPv6 stack");
    NS_ABORT_MSG_IF(m_interface >= ipv6->GetNInterfaces(),
                    "Mipv6MobileNode: no interface " << m_interface);
    m_bul.SetInitialBindackTimeoutFirstReg(m_firstRegTimeout);
    m_bul.SetRefreshFraction(m_refreshFraction);

    MobilityGlueHelper glue;
    glue.Install(node);
    m_mobility = node->GetObject<hmipv6::MobilityL4Protocol>();
    m_mobility->RegisterHandler(hmipv6::MobilityHeader::BINDING_ACK,
                                MakeCallback(&Mipv6MobileNode::HandleBindingAck, this));
    m_tunnel = glue.InstallTunnel(node);
    m_tunnel->SetRemote(m_homeAgent);
    m_tunnelInterface = static_cast<uint32_t>(ipv6->GetInterfaceForDevice(m_tunnel));
    ipv6->SetForwarding(m_tunnelInterface, false); // a host, not a router
    m_routing = MobilityGlueHelper::GetMobilityRouting(node);

    auto drop = [this](Ptr<const Packet> p, hmipv6::DropReason reason, const std::string& why) {
        Drop(p, reason, why);
    };
    auto sent = [this](Ipv6Address to, uint16_t seq) { m_buTrace(to, seq); };
    auto acked = [this](Ipv6Address from, uint16_t seq, uint8_t status) {
        m_baTrace(from, seq, status);
    };
    m_link.Setup(
        node,
        m_interface,
        m_optimisticDad,
        [this](Ipv6Address coa) { CareOfAddressReady(coa); },
        [drop]() {
            drop(Create<Packet>(), hmipv6::DropReason::DAD_FAILED, "care-of address DAD failed");
        });
    hmipv6::HomeRegistration::Hooks home;
    home.sent = sent;
    home.acked = acked;
    home.registered = [this](Ipv6Address coa, Time lifetime) {
        m_completeTrace(coa, lifetime);
        StartRouteOptimization();
    };
    home.announced = [this](Ipv6Address address) { m_homeNaTrace(address); };
    home.refused = [this](uint8_t status) { m_failedTrace(status); };
    home.drop = drop;
    hmipv6::HomeRegistration::Config homeConfig;
    homeConfig.homeAddress = m_homeAddress;
    homeConfig.homePrefixLength = m_homePrefixLength;
    homeConfig.homeAgent = m_homeAgent;
    homeConfig.lifetime = m_lifetime;
    homeConfig.accessInterface = m_interface;
    homeConfig.tunnelInterface = m_tunnelInterface;
    m_home.Setup(node, &m_bul, m_routing, homeConfig, home);
    m_home.PlaceAway();
    hmipv6::RouteOptimizer::Hooks ro;
    ro.careOf = [this](Ipv6Address cn) { return CorrespondentCareOf(cn); };
    ro.sent = sent;
    ro.acked = acked;
    ro.message = [this](Ipv6Address cn, uint8_t type) { m_rrTrace(cn, type); };
    ro.bound = [this](Ipv6Address cn, Ipv6Address coa) { m_roTrace(cn, coa); };
    ro.fallback = [this](Ipv6Address cn, const std::string& why) { m_fallbackTrace(cn, why); };
    ro.deregistered = [this](Ipv6Address cn) { m_deregisteredTrace(cn); };
    ro.drop = drop;
    hmipv6::RouteOptimizer::Config config;
    config.homeAddress = m_homeAddress;
    config.lifetime = m_lifetime;
    config.retries = m_cnRetries;
    config.reuseHomeToken = m_reuseHomeToken;
    m_ro.Setup(node, &m_bul, m_tunnel, m_routing, config, ro);

    if (m_routeOptimization)
    {
        // 11.6: the return routability answers and the correspondents' BAs.
        m_mobility->RegisterHandler(hmipv6::MobilityHeader::HOME_TEST,
                                    MakeCallback(&hmipv6::RouteOptimizer::ReceiveHomeTest, &m_ro));
        m_mobility->RegisterHandler(
            hmipv6::MobilityHeader::CARE_OF_TEST,
            MakeCallback(&hmipv6::RouteOptimizer::ReceiveCareOfTest, &m_ro));
        // 11.3.3: packets routed to the home address by a type 2 routing header reach the
        // sockets bound to it.
        MobilityGlueHelper::GetType2Routing(node)->SetAttribute("ReinjectToHomeAddress",
                                                                BooleanValue(true));
        m_ro.InstallDevice();
    }

    m_raSocket = Socket::CreateSocket(node, Ipv6RawSocketFactory::GetTypeId());
    m_raSocket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
    m_raSocket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 0));
    m_raSocket->BindToNetDevice(ipv6->GetNetDevice(m_interface));
    m_raSocket->SetRecvCallback(MakeCallback(&Mipv6MobileNode::HandleRead, this));
}

void
Mipv6MobileNode::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_link.Stop();
    m_home.Cancel();
    if (m_raSocket)
    {
        m_raSocket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
    if (m_mobility)
    {
        m_mobility->UnregisterHandler(hmipv6::MobilityHeader::BINDING_ACK);
        if (m_routeOptimization)
        {
            m_mobility->UnregisterHandler(hmipv6::MobilityHeader::HOME_TEST);
            m_mobility->UnregisterHandler(hmipv6::MobilityHeader::CARE_OF_TEST);
        }
    }
    m_ro.Stop();
}

void
Mipv6MobileNode::NotifyLinkUp()
{
    NS_LOG_FUNCTION(this);
    m_linkUp = true;
    m_linkUpTrace();
    if (m_sendRs && m_raSocket)
    {
        m_link.SendRouterSolicitation();
    }
}

void
Mipv6MobileNode::NotifyLinkDown()
{
    NS_LOG_FUNCTION(this);
    m_linkUp = false;
    m_linkDownTrace();
}

void
Mipv6MobileNode::NotifyLinkUpAp(uint32_t)
{
    NotifyLinkUp();
}

void
Mipv6MobileNode::NotifyLinkDownAp(uint32_t)
{
    NotifyLinkDown();
}

void
Mipv6MobileNode::HandleRead(Ptr<Socket> socket)
{
    Ptr<Packet> packet;
    while ((packet = socket->Recv()))
    {
        Ipv6Header header;
        if (packet->RemoveHeader(header) == 0 ||
            header.GetNextHeader() != Icmpv6L4Protocol::PROT_NUMBER)
        {
            continue;
        }
        uint32_t size = std::min(packet->GetSize(), uint32_t(header.GetPayloadLength()));
        if (size < 1)
        {
            continue;
        }
        std::vector<uint8_t> icmp(size);
        packet->CopyData(icmp.data(), size);
        if (icmp[0] == hmipv6::RouterAdvertisementInfo::ICMPV6_TYPE)
        {
            ProcessRa(header, icmp);
        }
    }
}

void
Mipv6MobileNode::ProcessRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp)
{
    NS_LOG_FUNCTION(this << header.GetSource());
    hmipv6::RouterAdvertisementInfo ra(header, icmp, m_checkRaHopLimit);
    if (!ra.GetError().empty())
    {
        Drop(Create<Packet>(icmp.data(), icmp.size()),
             hmipv6::DropReason::MALFORMED,
             ra.GetError());
        return;
    }
    OnRouterAdvertisement(ra);
    Ipv6Address prefix;
    switch (m_link.Detect(
        ra,
        [this](Ipv6Address address) { return OnHomePrefix(address); },
        prefix))
    {
    case hmipv6::AccessLink::HOME_LINK:
        if (!m_atHome)
        {
            ReturnHome(ra.GetRouter());
        }
        break;
    case hmipv6::AccessLink::NEW_LINK:
        NS_LOG_INFO(Simulator::Now().As(Time::S)
                    << " MN: movement detected, router " << ra.GetRouter() << " prefix " << prefix);
        Move(ra.GetRouter(), prefix);
        break;
    case hmipv6::AccessLink::NO_MOVEMENT:
        if (!m_atHome)
        {
            OnNoMovement(ra);
        }
        break;
    }
}

void
Mipv6MobileNode::OnRouterAdvertisement(const hmipv6::RouterAdvertisementInfo&)
{
}

void
Mipv6MobileNode::OnNoMovement(const hmipv6::RouterAdvertisementInfo&)
{
}

void
Mipv6MobileNode::OnReturnedHome()
{
}

void
Mipv6MobileNode::Move(Ipv6Address router, Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << router << prefix);
    m_link.Leave();
    OnMovement(router, prefix);
    m_movementTrace(router, prefix);
    m_link.Join(router, prefix);
}

void
Mipv6MobileNode::OnMovement(Ipv6Address router, Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << router << prefix);
    if (m_atHome)
    {
        m_home.LeaveHome();
        m_atHome = false;
        m_ro.SetAtHome(false);
    }
    // The correspondents' bindings name the old care-of address: back to the reverse
    // tunnel until each acknowledges the new one (11.7.2).
    m_ro.ResetAll();
    m_home.Forget();
}

void
Mipv6MobileNode::AddTunnelAddress(Ipv6Address address)
{
    hmipv6::AddAddressWithoutDad(GetNode()->GetObject<Ipv6L3Protocol>(),
                                 m_tunnelInterface,
                                 Ipv6InterfaceAddress(address, Ipv6Prefix(128)));
}

void
Mipv6MobileNode::RemoveTunnelAddress(Ipv6Address address)
{
    GetNode()->GetObject<Ipv6L3Protocol>()->RemoveAddress(m_tunnelInterface, address);
}

void
Mipv6MobileNode::CareOfAddressReady(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: care-of address " << coa << " ready");
    OnCareOfAddressReady(coa);
}

void
Mipv6MobileNode::OnCareOfAddressReady(Ipv6Address coa)
{
    UseCareOfAddress(coa);
}

void
Mipv6MobileNode::UseCareOfAddress(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    m_home.SetCareOfAddress(coa);
    m_tunnel->SetLocal(coa);
    m_coaTrace(coa);
    m_home.Register();
}

void
Mipv6MobileNode::BindCareOfAddress(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    bool bound = IsRegistered() && GetCareOfAddress() == coa;
    m_home.SetCareOfAddress(coa);
    m_tunnel->SetLocal(coa);
    if (bound)
    {
        StartRouteOptimization();
    }
    else
    {
        m_home.Register();
    }
}

Ipv6Address
Mipv6MobileNode::CorrespondentCareOf(Ipv6Address) const
{
    return GetCareOfAddress();
}

void
Mipv6MobileNode::HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    hmipv6::BindingAckHeader ack;
    Ptr<Packet> copy = packet->Copy();
    if (copy->RemoveHeader(ack) == 0 || ack.GetError() != hmipv6::WireError::NONE)
    {
        Drop(packet, hmipv6::DropReason::MALFORMED, "malformed Binding Acknowledgement");
        return;
    }
    hmipv6::ReceivedHomeAddressTag tag;
    bool routed = (packet->PeekPacketTag(tag) && tag.HasRoutingHomeAddress() &&
                   tag.GetRoutingHomeAddress() == m_homeAddress) ||
                  // re-injected by the type 2 routing extension (see the class doc)
                  (m_routeOptimization && header.GetDestination() == m_homeAddress);
    Ipv6Address source = header.GetSource();
    if (m_ro.IsCorrespondent(source) && source != m_homeAgent)
    {
        if (!m_atHome && !routed)
        {
            Drop(packet,
                 hmipv6::DropReason::MISADDRESSED,
                 "correspondent Binding Acknowledgement without our type 2 routing "
                 "header");
            return;
        }
        m_ro.ReceiveAck(source, packet, ack);
        return;
    }
    if (source != m_homeAgent)
    {
        Drop(packet,
             hmipv6::DropReason::MISADDRESSED,
             "Binding Acknowledgement not from the home agent");
        return;
    }
    if (!m_atHome && !routed)
    {
        // 11.7.3: away from home it must come with a type 2 routing header.
        Drop(packet,
             hmipv6::DropReason::MISADDRESSED,
             "Binding Acknowledgement without our type 2 routing header");
        return;
    }
    m_home.ReceiveAck(packet, ack);
}

void
Mipv6MobileNode::ReturnHome(Ipv6Address router)
{
    NS_LOG_FUNCTION(this << router);
    m_movementTrace(router, Ipv6Prefix(m_homePrefixLength).ConvertToIpv6Address());
    m_link.Leave();
    m_link.JoinHome(router);
    std::vector<Ipv6Address> bound = m_ro.LeaveBindings();
    m_atHome = true;
    m_ro.SetAtHome(true);
    m_home.ReturnHome();
    m_returnedHomeTrace(m_homeAddress);
    m_home.DeregisterOrAnnounce();
    if (m_routeOptimization)
    {
        m_ro.Deregister(bound);
    }
    OnReturnedHome();
}

void
Mipv6MobileNode::StartRouteOptimization()
{
    NS_LOG_FUNCTION(this);
    if (!m_routeOptimization || !m_ro.GetDevice() || m_atHome || GetCareOfAddress().IsAny() ||
        !IsRegistered())
    {
        return;
    }
    m_ro.Start();
}

void
Mipv6MobileNode::ResetCorrespondent(Ipv6Address correspondent)
{
    m_ro.Reset(correspondent);
}

} // namespace ns3
