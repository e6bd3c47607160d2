// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-mobile-node.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-auth-data-option.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/double.h"
#include "ns3/home-address-option.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-extension-type2-routing.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-options.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/mobility-sequence-number.h"
#include "ns3/nonce-indices-option.h"
#include "ns3/received-home-address-tag.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Mipv6MobileNode");
NS_OBJECT_ENSURE_REGISTERED(Mipv6MobileNode);

namespace
{
constexpr uint8_t ICMPV6_RA = 134;          //!< Router Advertisement (RFC 4861 4.2)
constexpr uint8_t OPT_PREFIX = 3;           //!< Prefix Information option
constexpr uint8_t PREFIX_FLAG_A = 0x40;     //!< autonomous address-configuration flag
constexpr uint32_t RA_FIXED_SIZE = 16;      //!< RA octets before the options
constexpr uint32_t PREFIX_OPT_SIZE = 32;    //!< Prefix Information option octets
constexpr uint8_t DESTINATION_OPTIONS = 60; //!< Next Header of a Destination Options header

} // namespace

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
            .AddAttribute("InitialBindackTimeoutFirstReg",
                          "First retransmission timeout of a first home registration "
                          "(RFC 6275 13: 1.5 s).",
                          TimeValue(MilliSeconds(
                              BindingUpdateList::DEFAULT_INITIAL_BINDACK_TIMEOUT_FIRST_REG_MS)),
                          MakeTimeAccessor(&Mipv6MobileNode::m_firstRegTimeout),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("RefreshFraction",
                          "Fraction of the granted lifetime after which the binding is "
                          "refreshed (RFC 6275 does not fix it).",
                          DoubleValue(BindingUpdateList::DEFAULT_REFRESH_FRACTION),
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
      m_refreshFraction(BindingUpdateList::DEFAULT_REFRESH_FRACTION),
      m_optimisticDad(false),
      m_sendRs(true),
      m_checkRaHopLimit(false),
      m_routeOptimization(true),
      m_reuseHomeToken(true),
      m_cnRetries(2),
      m_roInterface(0),
      m_hotiSent(0),
      m_cotiSent(0),
      m_cnBuSent(0),
      m_fallbacks(0),
      m_tunnelInterface(0),
      m_atHome(false),
      m_registered(false),
      m_linkUp(true),
      m_buSent(0),
      m_baReceived(0),
      m_dropped(0)
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
    m_dadWatch.Cancel();
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
    for (auto& [address, c] : m_correspondents)
    {
        c.rrEvent.Cancel();
        c.buEvent.Cancel();
        c.refreshEvent.Cancel();
    }
    m_correspondents.clear();
    m_roDevice = nullptr;
    m_cookieRng = nullptr;
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
Mipv6MobileNode::GetCareOfAddress() const
{
    return m_coa;
}

bool
Mipv6MobileNode::IsRegistered() const
{
    return m_registered;
}

bool
Mipv6MobileNode::IsAtHome() const
{
    return m_atHome;
}

Ptr<Ipv6TunnelNetDevice>
Mipv6MobileNode::GetTunnelDevice() const
{
    return m_tunnel;
}

const BindingUpdateList&
Mipv6MobileNode::GetBindingUpdateList() const
{
    return m_bul;
}

uint64_t
Mipv6MobileNode::GetBindingUpdatesSent() const
{
    return m_buSent;
}

uint64_t
Mipv6MobileNode::GetBindingAcksReceived() const
{
    return m_baReceived;
}

uint64_t
Mipv6MobileNode::GetDroppedCount() const
{
    return m_dropped;
}

void
Mipv6MobileNode::AddCorrespondent(Ipv6Address correspondent)
{
    NS_LOG_FUNCTION(this << correspondent);
    Correspondent& c = m_correspondents[correspondent];
    c.address = correspondent;
    if (m_registered && !m_atHome && m_routeOptimization && m_roDevice)
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
    auto it = m_correspondents.find(correspondent);
    return it == m_correspondents.end() ? Ipv6Address::GetAny() : it->second.boundCareOf;
}

Ptr<Mipv6HomeAddressDevice>
Mipv6MobileNode::GetRouteOptimizationDevice() const
{
    return m_roDevice;
}

uint64_t
Mipv6MobileNode::GetHomeTestInitsSent() const
{
    return m_hotiSent;
}

uint64_t
Mipv6MobileNode::GetCareOfTestInitsSent() const
{
    return m_cotiSent;
}

uint64_t
Mipv6MobileNode::GetCorrespondentBindingUpdatesSent() const
{
    return m_cnBuSent;
}

uint64_t
Mipv6MobileNode::GetFallbackCount() const
{
    return m_fallbacks;
}

bool
Mipv6MobileNode::OnHomePrefix(Ipv6Address address) const
{
    return Ipv6Prefix(m_homePrefixLength).IsMatch(address, m_homeAddress);
}

void
Mipv6MobileNode::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_FUNCTION(this << packet << reason);
    ++m_dropped;
    m_dropTrace(packet, reason);
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
    m_mobility = node->GetObject<MobilityL4Protocol>();
    m_mobility->RegisterHandler(MobilityHeader::BINDING_ACK,
                                MakeCallback(&Mipv6MobileNode::HandleBindingAck, this));
    m_tunnel = glue.InstallTunnel(node);
    m_tunnel->SetRemote(m_homeAgent);
    m_tunnelInterface = static_cast<uint32_t>(ipv6->GetInterfaceForDevice(m_tunnel));
    ipv6->SetForwarding(m_tunnelInterface, false); // a host, not a router
    ipv6->AddAddress(m_tunnelInterface, Ipv6InterfaceAddress(m_homeAddress, Ipv6Prefix(128)));
    m_routing = MobilityGlueHelper::GetMobilityRouting(node);
    m_routing->AddSourceDivert(m_homeAddress, m_tunnelInterface);

    if (m_routeOptimization)
    {
        // 11.6: the return routability answers and the correspondents' BAs.
        m_mobility->RegisterHandler(MobilityHeader::HOME_TEST,
                                    MakeCallback(&Mipv6MobileNode::HandleHomeTest, this));
        m_mobility->RegisterHandler(MobilityHeader::CARE_OF_TEST,
                                    MakeCallback(&Mipv6MobileNode::HandleCareOfTest, this));
        // 11.3.3: packets routed to the home address by a type 2 routing header reach the
        // sockets bound to it.
        MobilityGlueHelper::GetType2Routing(node)->SetAttribute("ReinjectToHomeAddress",
                                                                BooleanValue(true));
        if (!m_roDevice)
        {
            m_roDevice = CreateObject<Mipv6HomeAddressDevice>();
            m_roDevice->SetAddress(Mac48Address::Allocate());
            node->AddDevice(m_roDevice);
            m_roInterface = ipv6->AddInterface(m_roDevice);
            ipv6->SetForwarding(m_roInterface, false);
            ipv6->SetUp(m_roInterface);
        }
        m_roDevice->SetHomeAddress(m_homeAddress);
        m_roDevice->SetBindingCallback(MakeCallback(&Mipv6MobileNode::LookupBinding, this));
        m_cookieRng = CreateObject<UniformRandomVariable>();
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
    m_dadWatch.Cancel();
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
    if (m_raSocket)
    {
        m_raSocket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
    if (m_mobility)
    {
        m_mobility->UnregisterHandler(MobilityHeader::BINDING_ACK);
        if (m_routeOptimization)
        {
            m_mobility->UnregisterHandler(MobilityHeader::HOME_TEST);
            m_mobility->UnregisterHandler(MobilityHeader::CARE_OF_TEST);
        }
    }
    for (auto& [address, c] : m_correspondents)
    {
        ResetCorrespondent(c);
    }
}

void
Mipv6MobileNode::NotifyLinkUp()
{
    NS_LOG_FUNCTION(this);
    m_linkUp = true;
    m_linkUpTrace();
    if (!m_sendRs || !m_raSocket)
    {
        return;
    }
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Icmpv6L4Protocol> icmpv6 = GetNode()->GetObject<Icmpv6L4Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address linkLocal = iface->GetLinkLocalAddress().GetAddress();
    if (icmpv6 && !linkLocal.IsAny())
    {
        icmpv6->SendRS(linkLocal,
                       Ipv6Address::GetAllRoutersMulticast(),
                       iface->GetDevice()->GetAddress());
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
        if (icmp[0] == ICMPV6_RA)
        {
            ProcessRa(header, icmp);
        }
    }
}

void
Mipv6MobileNode::ProcessRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp)
{
    NS_LOG_FUNCTION(this << header.GetSource());
    std::string invalid = CheckRa(header, icmp);
    if (!invalid.empty())
    {
        Drop(Create<Packet>(icmp.data(), icmp.size()), invalid);
        return;
    }
    uint16_t routerLifetime = (icmp[6] << 8) | icmp[7];
    std::vector<Ipv6Address> prefixes;
    for (uint32_t offset = RA_FIXED_SIZE, length = 0; offset + 2 <= icmp.size(); offset += length)
    {
        length = icmp[offset + 1] * 8u;
        if (icmp[offset] == OPT_PREFIX && length == PREFIX_OPT_SIZE &&
            (icmp[offset + 3] & PREFIX_FLAG_A) && icmp[offset + 2] == 64)
        {
            uint8_t bytes[16];
            std::copy(icmp.begin() + offset + 16, icmp.begin() + offset + 32, bytes);
            prefixes.emplace_back(bytes);
        }
    }
    Ipv6Address router = header.GetSource();
    bool home = false;
    for (const Ipv6Address& prefix : prefixes)
    {
        if (OnHomePrefix(prefix))
        {
            home = true;
        }
        if (!m_prefix.IsAny() && prefix == m_prefix)
        {
            return; // the link of the current care-of address: no movement
        }
    }
    if (home)
    {
        if (!m_atHome)
        {
            m_movementTrace(router, Ipv6Prefix(m_homePrefixLength).ConvertToIpv6Address());
            m_router = router;
            ReturnHome();
        }
        return;
    }
    if (prefixes.empty() || routerLifetime == 0 || router == m_router)
    {
        return;
    }
    // 11.5.1: a new default router with a new on-link prefix.
    Ipv6Address prefix = prefixes.front();
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: movement detected, router " << router << " prefix " << prefix);
    OnMovement(router, prefix);
}

std::string
Mipv6MobileNode::CheckRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp) const
{
    // RFC 4861 6.1.2 validity checks (ns-3 checks none of them). ns-3 3.37's Radvd tags
    // its RAs with a SocketIpTtlTag, which IPv6 ignores: they leave with hop limit 64.
    if ((m_checkRaHopLimit && header.GetHopLimit() != 255) || !header.GetSource().IsLinkLocal() ||
        icmp.size() < RA_FIXED_SIZE || icmp[1] != 0)
    {
        return "invalid Router Advertisement";
    }
    for (uint32_t offset = RA_FIXED_SIZE, length = 0; offset + 2 <= icmp.size(); offset += length)
    {
        length = icmp[offset + 1] * 8u;
        if (length == 0 || offset + length > icmp.size())
        {
            return "bad RA option length";
        }
    }
    return "";
}

void
Mipv6MobileNode::OnMovement(Ipv6Address router, Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << router << prefix);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    if (!m_prefix.IsAny())
    {
        RemoveOldCareOf();
    }
    if (m_atHome)
    {
        // Leaving home: the home address goes back to the tunnel side (11.5.2).
        Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
        for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
        {
            if (iface->GetAddress(i).GetAddress() == m_homeAddress)
            {
                ipv6->RemoveAddress(m_interface, i);
                break;
            }
        }
        // Back on the tunnel interface, where the home agent's tunnelled packets and the
        // type 2 routing header of its acknowledgement find it; the node owns it.
        hmipv6::AddAddressWithoutDad(GetNode()->GetObject<Ipv6L3Protocol>(),
                                     m_tunnelInterface,
                                     Ipv6InterfaceAddress(m_homeAddress, Ipv6Prefix(128)));
        m_routing->AddSourceDivert(m_homeAddress, m_tunnelInterface);
        m_atHome = false;
    }
    // The correspondents' bindings name the old care-of address: back to the reverse
    // tunnel until each acknowledges the new one (11.7.2).
    for (auto& [address, c] : m_correspondents)
    {
        ResetCorrespondent(c);
    }
    m_movementTrace(router, prefix);
    m_router = router;
    m_prefix = prefix;
    m_coa = Ipv6Address::GetAny();
    m_registered = false;
    m_dadWatch.Cancel();
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
    // ns-3 forms the address while handling this same RA, after the raw socket's copy.
    Simulator::ScheduleNow(&Mipv6MobileNode::FindNewAddress, this, prefix);
}

void
Mipv6MobileNode::FindNewAddress(Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << prefix);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address address =
        Ipv6Address::MakeAutoconfiguredAddress(iface->GetDevice()->GetAddress(), prefix);
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6InterfaceAddress ifAddress = iface->GetAddress(i);
        if (ifAddress.GetAddress() != address)
        {
            continue;
        }
        m_pendingCoa = address;
        if (m_optimisticDad || ifAddress.GetState() == Ipv6InterfaceAddress::PREFERRED)
        {
            CareOfAddressReady(address);
            return;
        }
        m_dadWatch.Start(GetNode(),
                         m_interface,
                         address,
                         MakeCallback(&Mipv6MobileNode::DadDone, this));
        return;
    }
    // ns-3 keeps the autoconfigured prefix of a link left earlier and does not form the
    // address again when it comes back: form it here (DAD runs as for SLAAC).
    NS_LOG_INFO("MN: forming " << address << " again");
    if (ipv6->AddAddress(m_interface, Ipv6InterfaceAddress(address, Ipv6Prefix(64))))
    {
        Simulator::ScheduleNow(&Mipv6MobileNode::FindNewAddress, this, prefix);
    }
}

void
Mipv6MobileNode::RemoveOldCareOf()
{
    NS_LOG_FUNCTION(this << m_prefix << m_router);
    // Not Ipv6L3Protocol::RemoveAutoconfiguredAddress: in ns-3 3.37 it destroys the
    // prefix's running timers, which aborts. Remove the address and the default route
    // through the old router (the one ns-3 added with the prefix as prefixToUse).
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address old =
        Ipv6Address::MakeAutoconfiguredAddress(iface->GetDevice()->GetAddress(), m_prefix);
    ipv6->RemoveAddress(m_interface, old);
    ipv6->GetRoutingProtocol()->NotifyRemoveRoute(Ipv6Address::GetAny(),
                                                  Ipv6Prefix(uint8_t(0)),
                                                  m_router,
                                                  m_interface,
                                                  m_prefix);
}

void
Mipv6MobileNode::DadDone(Ipv6Address address, bool usable)
{
    NS_LOG_FUNCTION(this << address << usable);
    if (usable)
    {
        CareOfAddressReady(address);
    }
    else
    {
        Drop(Create<Packet>(), "care-of address DAD failed");
    }
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
    NS_LOG_FUNCTION(this << coa);
    m_coa = coa;
    m_tunnel->SetLocal(coa);
    m_coaTrace(coa);
    SendBindingUpdate();
}

Ipv6Address
Mipv6MobileNode::CorrespondentCareOf(Ipv6Address) const
{
    return m_coa;
}

void
Mipv6MobileNode::SendBindingUpdate()
{
    NS_LOG_FUNCTION(this);
    Ipv6Address careOf = m_atHome ? m_homeAddress : m_coa;
    Time lifetime = m_atHome ? Seconds(0) : m_lifetime;
    const BindingUpdateList::Entry& entry =
        m_bul.PrepareUpdate(m_homeAgent, m_homeAddress, careOf, lifetime, Simulator::Now(), true);
    TransmitBindingUpdate(entry);
}

void
Mipv6MobileNode::TransmitBindingUpdate(const BindingUpdateList::Entry& entry)
{
    NS_LOG_FUNCTION(this << entry.lastSequence);
    BindingUpdateHeader bu;
    bu.SetSequence(entry.lastSequence);
    bu.SetAcknowledge(true);
    bu.SetHomeRegistration(true);
    bu.SetLifetime(entry.requestedLifetime);
    Ptr<Packet> packet;
    Ipv6Address src;
    uint8_t protocol;
    if (m_atHome)
    {
        // 11.5.4: from the home address, no Home Address option.
        src = m_homeAddress;
        bu.InitializeChecksum(src, m_homeAgent);
        packet = Create<Packet>();
        packet->AddHeader(bu);
        protocol = MobilityL4Protocol::PROT_NUMBER;
    }
    else
    {
        src = entry.careOfAddress;
        bu.InitializeChecksum(m_homeAddress, m_homeAgent); // 6.1.1: pseudo-header source
        packet = Create<Packet>();
        packet->AddHeader(bu);
        Ipv6ExtensionDestinationHeader destination;
        destination.SetNextHeader(MobilityL4Protocol::PROT_NUMBER);
        destination.AddOption(HomeAddressOption(m_homeAddress));
        packet->AddHeader(destination);
        protocol = Ipv6Header::IPV6_EXT_DESTINATION;
    }
    ++m_buSent;
    m_buTrace(m_homeAgent, entry.lastSequence);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: BU seq " << entry.lastSequence << " from " << src);
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet, src, m_homeAgent, protocol, nullptr);
    m_retransmitEvent.Cancel();
    std::optional<Time> next = m_bul.NextRetransmission(m_homeAgent);
    if (next)
    {
        m_retransmitEvent =
            Simulator::Schedule(*next - Simulator::Now(), &Mipv6MobileNode::Retransmit, this);
    }
}

void
Mipv6MobileNode::Retransmit()
{
    NS_LOG_FUNCTION(this);
    BindingUpdateList::Entry* entry = m_bul.OnRetransmit(m_homeAgent, Simulator::Now());
    if (entry)
    {
        TransmitBindingUpdate(*entry);
    }
}

void
Mipv6MobileNode::Refresh()
{
    NS_LOG_FUNCTION(this);
    if (!m_coa.IsAny() && !m_atHome)
    {
        SendBindingUpdate();
    }
}

void
Mipv6MobileNode::HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    BindingAckHeader ack;
    Ptr<Packet> copy = packet->Copy();
    if (copy->RemoveHeader(ack) == 0 || ack.GetError() != WireError::NONE)
    {
        Drop(packet, "malformed Binding Acknowledgement");
        return;
    }
    ReceivedHomeAddressTag tag;
    bool routed = (packet->PeekPacketTag(tag) && tag.HasRoutingHomeAddress() &&
                   tag.GetRoutingHomeAddress() == m_homeAddress) ||
                  // re-injected by the type 2 routing extension (see the class doc)
                  (m_routeOptimization && header.GetDestination() == m_homeAddress);
    auto cn = m_correspondents.find(header.GetSource());
    if (cn != m_correspondents.end() && header.GetSource() != m_homeAgent)
    {
        if (!m_atHome && !routed)
        {
            Drop(packet,
                 "correspondent Binding Acknowledgement without our type 2 routing "
                 "header");
            return;
        }
        HandleCorrespondentAck(cn->second, packet, ack);
        return;
    }
    if (header.GetSource() != m_homeAgent)
    {
        Drop(packet, "Binding Acknowledgement not from the home agent");
        return;
    }
    if (!m_atHome && !routed)
    {
        // 11.7.3: away from home it must come with a type 2 routing header.
        Drop(packet, "Binding Acknowledgement without our type 2 routing header");
        return;
    }
    ++m_baReceived;
    m_baTrace(header.GetSource(), ack.GetSequence(), ack.GetStatus());
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: BA seq " << ack.GetSequence() << " status " << +ack.GetStatus());
    if (ack.GetStatus() == BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW)
    {
        // 11.7.3: take the home agent's number and send again.
        m_bul.SetLastSequence(m_homeAgent, ack.GetSequence());
        m_retransmitEvent.Cancel();
        SendBindingUpdate();
        return;
    }
    if (!m_bul.OnAck(m_homeAgent,
                     ack.GetSequence(),
                     ack.GetStatus(),
                     ack.GetLifetime(),
                     Simulator::Now()))
    {
        Drop(packet, "Binding Acknowledgement does not match the outstanding update");
        return;
    }
    m_retransmitEvent.Cancel();
    if (!ack.IsAccepted())
    {
        m_failedTrace(ack.GetStatus());
        return;
    }
    if (m_atHome)
    {
        m_registered = false;
        m_bul.Remove(m_homeAgent);
        AnnounceHomeAddress();
        return;
    }
    m_registered = true;
    m_completeTrace(m_coa, ack.GetLifetime());
    m_refreshEvent.Cancel();
    std::optional<Time> refresh = m_bul.RefreshTime(m_homeAgent);
    if (refresh)
    {
        m_refreshEvent = Simulator::Schedule(std::max(*refresh - Simulator::Now(), Seconds(0)),
                                             &Mipv6MobileNode::Refresh,
                                             this);
    }
    StartRouteOptimization();
}

void
Mipv6MobileNode::ReturnHome()
{
    NS_LOG_FUNCTION(this);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    if (!m_prefix.IsAny())
    {
        RemoveOldCareOf();
    }
    std::vector<Ipv6Address> bound; // correspondents that may hold a binding
    for (auto& [address, c] : m_correspondents)
    {
        if (!c.boundCareOf.IsAny() || m_bul.Find(address))
        {
            bound.push_back(address);
        }
        ResetCorrespondent(c);
    }
    m_atHome = true;
    m_prefix = Ipv6Address::GetAny();
    m_coa = Ipv6Address::GetAny();
    m_dadWatch.Cancel();
    m_refreshEvent.Cancel();
    m_retransmitEvent.Cancel();
    m_routing->RemoveSourceDivert(m_homeAddress);
    // The home address moves to the access interface (11.5.4).
    Ptr<Ipv6Interface> tunnelIface = ipv6->GetInterface(m_tunnelInterface);
    for (uint32_t i = 0; i < tunnelIface->GetNAddresses(); ++i)
    {
        if (tunnelIface->GetAddress(i).GetAddress() == m_homeAddress)
        {
            ipv6->RemoveAddress(m_tunnelInterface, i);
            break;
        }
    }
    // 11.5.4: the home agent defends the address until the deregistration: no DAD (it
    // would fail against the proxy), the node already owns the address.
    hmipv6::AddAddressWithoutDad(
        ipv6,
        m_interface,
        Ipv6InterfaceAddress(m_homeAddress, Ipv6Prefix(m_homePrefixLength)));
    m_returnedHomeTrace(m_homeAddress);
    if (m_bul.Find(m_homeAgent))
    {
        SendBindingUpdate(); // deregistration; the NA follows its acknowledgement
    }
    else
    {
        AnnounceHomeAddress();
    }
    if (m_routeOptimization && m_cookieRng)
    {
        for (Ipv6Address address : bound)
        {
            // 11.5.4: the correspondents' bindings go too (lifetime 0, care-of address =
            // home address), authenticated with the home keygen token alone (5.2.5).
            // After ns-3 has taken the default route from this same RA.
            m_correspondents[address].deregistering = true;
            m_correspondents[address].rrTries = 0;
            Simulator::ScheduleNow(&Mipv6MobileNode::SendTestInits, this, address);
        }
    }
}

void
Mipv6MobileNode::AnnounceHomeAddress()
{
    NS_LOG_FUNCTION(this);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Icmpv6L4Protocol> icmpv6 = GetNode()->GetObject<Icmpv6L4Protocol>();
    Address mac = ipv6->GetNetDevice(m_interface)->GetAddress();
    // Unsolicited NA with Override (11.5.4, RFC 4861 7.2.6): neighbours replace the home
    // agent's link-layer address.
    icmpv6->SendNA(m_homeAddress, Ipv6Address::GetAllNodesMulticast(), &mac, 1);
    m_homeNaTrace(m_homeAddress);
}

MobilityCookie
Mipv6MobileNode::NewCookie()
{
    MobilityCookie cookie;
    for (uint8_t& octet : cookie)
    {
        octet = static_cast<uint8_t>(m_cookieRng->GetInteger(0, 255));
    }
    return cookie;
}

Ipv6Address
Mipv6MobileNode::LookupBinding(Ipv6Address address)
{
    auto it = m_correspondents.find(address);
    if (it == m_correspondents.end() || m_atHome || it->second.boundCareOf.IsAny() ||
        it->second.boundCareOf != CorrespondentCareOf(address))
    {
        return Ipv6Address::GetAny();
    }
    return it->second.boundCareOf;
}

void
Mipv6MobileNode::SendDirect(Ptr<Packet> packet,
                            Ipv6Address source,
                            Ipv6Address destination,
                            uint8_t protocol)
{
    Ptr<Ipv6Route> route =
        Mipv6HomeAddressDevice::StaticRoute(GetNode(), source, destination, protocol);
    if (!route)
    {
        Drop(packet, "no route to the correspondent");
        return;
    }
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet, source, destination, protocol, route);
}

void
Mipv6MobileNode::SendThroughTunnel(Ptr<Packet> packet, Ipv6Address destination, uint8_t protocol)
{
    Ptr<Ipv6Route> route = Create<Ipv6Route>();
    route->SetDestination(destination);
    route->SetSource(m_homeAddress);
    route->SetGateway(Ipv6Address::GetZero());
    route->SetOutputDevice(m_tunnel);
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet,
                                                 m_homeAddress,
                                                 destination,
                                                 protocol,
                                                 route);
}

void
Mipv6MobileNode::ResetCorrespondent(Correspondent& c)
{
    c.rrEvent.Cancel();
    c.buEvent.Cancel();
    c.refreshEvent.Cancel();
    c.haveHot = false;
    c.haveCot = false;
    c.boundCareOf = Ipv6Address::GetAny();
    c.rrTries = 0;
    c.buTries = 0;
    c.nonceRetried = false;
    c.deregistering = false;
    if (const BindingUpdateList::Entry* entry = m_bul.Find(c.address))
    {
        c.lastSequence = entry->lastSequence; // 9.5.1: the next BU must be newer
    }
    m_bul.Remove(c.address);
    if (m_routing && m_routing->HasDivert(c.address))
    {
        m_routing->RemoveDivert(c.address);
    }
}

void
Mipv6MobileNode::Fallback(Correspondent& c, const std::string& reason)
{
    NS_LOG_FUNCTION(this << c.address << reason);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: route optimisation with " << c.address << " failed: " << reason);
    ResetCorrespondent(c);
    c.failedCareOf = CorrespondentCareOf(c.address);
    ++m_fallbacks;
    m_fallbackTrace(c.address, reason);
}

void
Mipv6MobileNode::StartRouteOptimization()
{
    NS_LOG_FUNCTION(this);
    if (!m_routeOptimization || !m_roDevice || m_atHome || m_coa.IsAny() || !m_registered)
    {
        return;
    }
    for (auto& [address, c] : m_correspondents)
    {
        Ipv6Address careOf = CorrespondentCareOf(address);
        bool running = !c.rrEvent.IsExpired() || !c.buEvent.IsExpired();
        if (careOf.IsAny() || c.boundCareOf == careOf || c.failedCareOf == careOf ||
            (running && c.rrCareOf == careOf))
        {
            continue;
        }
        // A test or update still running for another care-of address (a refresh that the
        // host's fallback overtook) would only bind that one: start again at once.
        c.rrEvent.Cancel();
        c.buEvent.Cancel();
        c.rrTries = 0;
        SendTestInits(address);
    }
}

void
Mipv6MobileNode::SendTestInits(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    Ipv6Address careOf = CorrespondentCareOf(address);
    // 5.2.7, 11.6.1: the home keygen token stays valid while the home address does.
    bool reuse =
        m_reuseHomeToken && !c.homeTokenTime.IsNegative() &&
        Simulator::Now() - c.homeTokenTime < Seconds(ReturnRoutability::MAX_TOKEN_LIFETIME);
    c.haveHot = reuse;
    c.haveCot = c.deregistering; // 5.2.5: a deregistration needs no care-of keygen token
    c.rrCareOf = careOf;
    c.homeCookie = NewCookie();
    c.careOfCookie = NewCookie();
    if (!reuse)
    {
        // 11.6.1: HoTI from the home address, through the reverse tunnel when away.
        HomeTestInitHeader hoti;
        hoti.SetHomeInitCookie(c.homeCookie);
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(hoti);
        MobilityL4Protocol::FillChecksum(p, m_homeAddress, address);
        ++m_hotiSent;
        m_rrTrace(address, MobilityHeader::HOME_TEST_INIT);
        if (m_atHome)
        {
            SendDirect(p, m_homeAddress, address, MobilityL4Protocol::PROT_NUMBER);
        }
        else
        {
            SendThroughTunnel(p, address, MobilityL4Protocol::PROT_NUMBER);
        }
    }
    if (c.haveHot && c.haveCot)
    {
        c.rrEvent.Cancel();
        c.buTries = 0;
        SendCorrespondentBu(address, false);
        return;
    }
    if (!c.deregistering)
    {
        // CoTI straight from the care-of address.
        CareOfTestInitHeader coti;
        coti.SetCareOfInitCookie(c.careOfCookie);
        Ptr<Packet> q = Create<Packet>();
        q->AddHeader(coti);
        MobilityL4Protocol::FillChecksum(q, careOf, address);
        ++m_cotiSent;
        m_rrTrace(address, MobilityHeader::CARE_OF_TEST_INIT);
        SendDirect(q, careOf, address, MobilityL4Protocol::PROT_NUMBER);
    }
    // 11.8: retransmitted after INITIAL_BINDACK_TIMEOUT, doubling.
    Time timeout =
        Seconds(BindingUpdateList::INITIAL_BINDACK_TIMEOUT) * (1u << std::min(c.rrTries, 5u));
    ++c.rrTries;
    c.rrEvent.Cancel();
    c.rrEvent = Simulator::Schedule(timeout, &Mipv6MobileNode::TestInitTimeout, this, address);
}

void
Mipv6MobileNode::TestInitTimeout(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    if (c.rrTries > m_cnRetries)
    {
        Fallback(c, c.haveHot ? "no Care-of Test" : "no Home Test");
        return;
    }
    SendTestInits(address);
}

void
Mipv6MobileNode::HandleHomeTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    HomeTestHeader hot;
    Ptr<Packet> copy = packet->Copy();
    auto it = m_correspondents.find(header.GetSource());
    if (copy->RemoveHeader(hot) == 0 || hot.GetError() != WireError::NONE ||
        it == m_correspondents.end() || header.GetDestination() != m_homeAddress)
    {
        Drop(packet, "unexpected Home Test");
        return;
    }
    Correspondent& c = it->second;
    // 11.6.2: the cookie must match the last HoTI.
    if (c.rrEvent.IsExpired() || hot.GetHomeInitCookie() != c.homeCookie)
    {
        Drop(packet, "Home Test with a stale cookie");
        return;
    }
    c.haveHot = true;
    c.homeIndex = hot.GetHomeNonceIndex();
    c.homeToken = hot.GetHomeKeygenToken();
    c.homeTokenTime = Simulator::Now();
    m_rrTrace(c.address, MobilityHeader::HOME_TEST);
    if (c.haveCot)
    {
        c.rrEvent.Cancel();
        c.buTries = 0;
        SendCorrespondentBu(c.address, false);
    }
}

void
Mipv6MobileNode::HandleCareOfTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    CareOfTestHeader cot;
    Ptr<Packet> copy = packet->Copy();
    auto it = m_correspondents.find(header.GetSource());
    if (copy->RemoveHeader(cot) == 0 || cot.GetError() != WireError::NONE ||
        it == m_correspondents.end() || header.GetDestination() != it->second.rrCareOf)
    {
        Drop(packet, "unexpected Care-of Test");
        return;
    }
    Correspondent& c = it->second;
    if (c.rrEvent.IsExpired() || cot.GetCareOfInitCookie() != c.careOfCookie)
    {
        Drop(packet, "Care-of Test with a stale cookie");
        return;
    }
    c.haveCot = true;
    c.careOfIndex = cot.GetCareOfNonceIndex();
    c.careOfToken = cot.GetCareOfKeygenToken();
    m_rrTrace(c.address, MobilityHeader::CARE_OF_TEST);
    if (c.haveHot)
    {
        c.rrEvent.Cancel();
        c.buTries = 0;
        SendCorrespondentBu(c.address, false);
    }
}

void
Mipv6MobileNode::SendCorrespondentBu(Ipv6Address address, bool retransmission)
{
    NS_LOG_FUNCTION(this << address << retransmission);
    Correspondent& c = m_correspondents[address];
    Ipv6Address careOf = c.deregistering ? m_homeAddress : CorrespondentCareOf(address);
    if (c.rrCareOf != CorrespondentCareOf(address) || careOf.IsAny())
    {
        return; // moved meanwhile
    }
    // 5.2.5: a deregistration's Kbm comes from the home keygen token alone.
    c.kbm = c.deregistering ? ReturnRoutability::Kbm(c.homeToken)
                            : ReturnRoutability::Kbm(c.homeToken, c.careOfToken);
    const BindingUpdateList::Entry* entry = nullptr;
    if (retransmission)
    {
        entry = m_bul.OnRetransmit(address, Simulator::Now());
    }
    else
    {
        Time lifetime =
            c.deregistering
                ? Seconds(0)
                : std::min(m_lifetime, Seconds(ReturnRoutability::MAX_RR_BINDING_LIFETIME));
        std::optional<uint16_t> sequence;
        if (!m_bul.Find(address) && c.lastSequence)
        {
            sequence = MobilitySequenceNumber::Next(*c.lastSequence);
        }
        entry = &m_bul.PrepareUpdate(address,
                                     m_homeAddress,
                                     careOf,
                                     lifetime,
                                     Simulator::Now(),
                                     false,
                                     sequence);
    }
    if (!entry)
    {
        return;
    }
    // 11.7.2: A set, H clear, Nonce Indices and Binding Authorization Data (5.2.6).
    BindingUpdateHeader bu;
    bu.SetSequence(entry->lastSequence);
    bu.SetAcknowledge(true);
    bu.SetHomeRegistration(false);
    bu.SetLifetime(entry->requestedLifetime);
    MobilityOptions options;
    // 9.5.1: the care-of nonce index of a deregistration is ignored.
    options.SetNonceIndices(NonceIndicesOption(c.homeIndex, c.deregistering ? 0 : c.careOfIndex));
    options.SetBindingAuthData(
        BindingAuthDataOption(std::vector<uint8_t>(ReturnRoutability::AUTHENTICATOR_LENGTH, 0)));
    bu.SetOptions(options);
    Ptr<Packet> draft = Create<Packet>();
    draft->AddHeader(bu);
    std::vector<uint8_t> octets(draft->GetSize());
    draft->CopyData(octets.data(), octets.size());
    options.SetBindingAuthData(BindingAuthDataOption(
        ReturnRoutability::Authenticator(c.kbm,
                                         careOf,
                                         address,
                                         ReturnRoutability::MhDataForAuthenticator(octets))));
    bu.SetOptions(options);
    Ptr<Packet> mh = Create<Packet>();
    mh->AddHeader(bu);
    MobilityL4Protocol::FillChecksum(mh, m_homeAddress, address); // 6.1.1
    ++m_buSent;
    ++m_cnBuSent;
    ++c.buTries;
    m_buTrace(address, entry->lastSequence);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: BU seq " << entry->lastSequence << " to "
                                             << address << " from " << careOf);
    if (c.deregistering)
    {
        // From the home address, without a Home Address option (11.5.4).
        SendDirect(mh, m_homeAddress, address, MobilityL4Protocol::PROT_NUMBER);
    }
    else
    {
        Ipv6ExtensionDestinationHeader destination;
        destination.SetNextHeader(MobilityL4Protocol::PROT_NUMBER);
        destination.AddOption(HomeAddressOption(m_homeAddress));
        mh->AddHeader(destination);
        SendDirect(mh, careOf, address, DESTINATION_OPTIONS);
    }
    c.buEvent.Cancel();
    std::optional<Time> next = m_bul.NextRetransmission(address);
    if (next)
    {
        c.buEvent = Simulator::Schedule(std::max(*next - Simulator::Now(), Seconds(0)),
                                        &Mipv6MobileNode::CorrespondentBuTimeout,
                                        this,
                                        address);
    }
}

void
Mipv6MobileNode::CorrespondentBuTimeout(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    if (c.buTries > m_cnRetries)
    {
        Fallback(c, "no Binding Acknowledgement");
        return;
    }
    SendCorrespondentBu(address, true);
}

void
Mipv6MobileNode::HandleCorrespondentAck(Correspondent& c,
                                        Ptr<Packet> packet,
                                        const BindingAckHeader& ack)
{
    NS_LOG_FUNCTION(this << c.address << ack.GetSequence() << +ack.GetStatus());
    const BindingUpdateList::Entry* entry = m_bul.Find(c.address);
    if (!entry || !entry->awaitingAck)
    {
        Drop(packet, "unexpected correspondent Binding Acknowledgement");
        return;
    }
    // 11.7.3: a Binding Authorization Data option that verifies with Kbm (6.1.8).
    if (ack.GetStatus() < 128 || ack.GetOptions().GetBindingAuthData())
    {
        const auto& auth = ack.GetOptions().GetBindingAuthData();
        uint8_t lengths[2] = {0, 0};
        packet->CopyData(lengths, 2);
        uint32_t size = std::min((static_cast<uint32_t>(lengths[1]) + 1) * 8, packet->GetSize());
        std::vector<uint8_t> octets(size);
        packet->CopyData(octets.data(), size);
        std::vector<uint8_t> data =
            auth
                ? ReturnRoutability::MhDataForAuthenticator(octets, auth->GetAuthenticator().size())
                : std::vector<uint8_t>();
        if (!auth || data.empty() ||
            !ReturnRoutability::CheckAuthenticator(c.kbm,
                                                   entry->careOfAddress,
                                                   c.address,
                                                   data,
                                                   auth->GetAuthenticator()))
        {
            Drop(packet, "correspondent Binding Acknowledgement fails authentication");
            return;
        }
    }
    ++m_baReceived;
    m_baTrace(c.address, ack.GetSequence(), ack.GetStatus());
    if (ack.GetStatus() == BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW)
    {
        m_bul.SetLastSequence(c.address, ack.GetSequence());
        c.buEvent.Cancel();
        SendCorrespondentBu(c.address, false);
        return;
    }
    if (!m_bul.OnAck(c.address,
                     ack.GetSequence(),
                     ack.GetStatus(),
                     ack.GetLifetime(),
                     Simulator::Now()))
    {
        Drop(packet, "correspondent Binding Acknowledgement does not match");
        return;
    }
    c.buEvent.Cancel();
    uint8_t status = ack.GetStatus();
    if (status >= BindingAckHeader::EXPIRED_HOME_NONCE_INDEX &&
        status <= BindingAckHeader::EXPIRED_NONCES && !c.nonceRetried)
    {
        // 11.7.3: a nonce expired (perhaps the reused home keygen token's): run return
        // routability again, the home half too unless only the care-of nonce expired.
        if (status != BindingAckHeader::EXPIRED_CARE_OF_NONCE_INDEX)
        {
            c.homeTokenTime = Time(-1);
        }
        c.nonceRetried = true;
        c.rrTries = 0;
        SendTestInits(c.address);
        return;
    }
    if (!ack.IsAccepted())
    {
        std::ostringstream os;
        os << "Binding Acknowledgement status " << +ack.GetStatus();
        Fallback(c, os.str());
        return;
    }
    if (c.deregistering)
    {
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: " << c.address << " deregistered");
        ResetCorrespondent(c);
        m_bul.Remove(c.address);
        m_deregisteredTrace(c.address);
        return;
    }
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: " << c.address << " binds " << m_homeAddress
                                             << " to " << entry->careOfAddress);
    c.boundCareOf = entry->careOfAddress;
    c.failedCareOf = Ipv6Address::GetAny();
    c.nonceRetried = false;
    m_routing->AddDivert(c.address, m_roInterface);
    m_roTrace(c.address, c.boundCareOf);
    // 11.7.2: a new return routability before the binding (at most
    // MAX_RR_BINDING_LIFETIME) runs out.
    std::optional<Time> refresh = m_bul.RefreshTime(c.address);
    c.refreshEvent.Cancel();
    if (refresh)
    {
        Ipv6Address address = c.address;
        c.refreshEvent = Simulator::Schedule(
            std::max(*refresh - Simulator::Now(), Seconds(0)),
            [this, address]() {
                Correspondent& cc = m_correspondents[address];
                if (!m_atHome && !CorrespondentCareOf(address).IsAny() && cc.rrEvent.IsExpired())
                {
                    cc.rrTries = 0;
                    SendTestInits(address);
                }
            });
    }
}

} // namespace ns3
