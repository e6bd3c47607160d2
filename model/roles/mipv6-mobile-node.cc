// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-mobile-node.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/home-address-option.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/received-home-address-tag.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Mipv6MobileNode");
NS_OBJECT_ENSURE_REGISTERED(Mipv6MobileNode);

namespace
{
constexpr uint8_t ICMPV6_RA = 134;       //!< Router Advertisement (RFC 4861 4.2)
constexpr uint8_t OPT_PREFIX = 3;        //!< Prefix Information option
constexpr uint8_t PREFIX_FLAG_A = 0x40;  //!< autonomous address-configuration flag
constexpr uint32_t RA_FIXED_SIZE = 16;   //!< RA octets before the options
constexpr uint32_t PREFIX_OPT_SIZE = 32; //!< Prefix Information option octets
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
    m_dadEvent.Cancel();
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
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
    m_dadEvent.Cancel();
    m_retransmitEvent.Cancel();
    m_refreshEvent.Cancel();
    if (m_raSocket)
    {
        m_raSocket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
    if (m_mobility)
    {
        m_mobility->UnregisterHandler(MobilityHeader::BINDING_ACK);
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
    // RFC 4861 6.1.2 validity checks (ns-3 checks none of them). ns-3 3.37's Radvd tags
    // its RAs with a SocketIpTtlTag, which IPv6 ignores: they leave with hop limit 64.
    if ((m_checkRaHopLimit && header.GetHopLimit() != 255) || !header.GetSource().IsLinkLocal() ||
        icmp.size() < RA_FIXED_SIZE || icmp[1] != 0)
    {
        Drop(Create<Packet>(icmp.data(), icmp.size()), "invalid Router Advertisement");
        return;
    }
    uint16_t routerLifetime = (icmp[6] << 8) | icmp[7];
    std::vector<Ipv6Address> prefixes;
    uint32_t offset = RA_FIXED_SIZE;
    while (offset + 2 <= icmp.size())
    {
        uint32_t length = icmp[offset + 1] * 8u;
        if (length == 0 || offset + length > icmp.size())
        {
            Drop(Create<Packet>(icmp.data(), icmp.size()), "bad RA option length");
            return;
        }
        if (icmp[offset] == OPT_PREFIX && length == PREFIX_OPT_SIZE &&
            (icmp[offset + 3] & PREFIX_FLAG_A) && icmp[offset + 2] == 64)
        {
            uint8_t bytes[16];
            std::copy(icmp.begin() + offset + 16, icmp.begin() + offset + 32, bytes);
            prefixes.emplace_back(bytes);
        }
        offset += length;
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
        m_routing->AddSourceDivert(m_homeAddress, m_tunnelInterface);
        m_atHome = false;
    }
    m_movementTrace(router, prefix);
    m_router = router;
    m_prefix = prefix;
    m_coa = Ipv6Address::GetAny();
    m_registered = false;
    m_dadEvent.Cancel();
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
        Ptr<Icmpv6L4Protocol> icmpv6 = GetNode()->GetObject<Icmpv6L4Protocol>();
        m_dadEvent =
            Simulator::Schedule(icmpv6->GetDadTimeout(), &Mipv6MobileNode::CheckDad, this, address);
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
Mipv6MobileNode::CheckDad(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6InterfaceAddress ifAddress = iface->GetAddress(i);
        if (ifAddress.GetAddress() != address)
        {
            continue;
        }
        if (ifAddress.GetState() == Ipv6InterfaceAddress::PREFERRED)
        {
            CareOfAddressReady(address);
        }
        else if (ifAddress.GetState() == Ipv6InterfaceAddress::INVALID)
        {
            Drop(Create<Packet>(), "care-of address DAD failed");
        }
        else
        {
            // Fallback: ns-3's own timer has not fired yet.
            m_dadEvent =
                Simulator::Schedule(MilliSeconds(1), &Mipv6MobileNode::CheckDad, this, address);
        }
        return;
    }
}

void
Mipv6MobileNode::CareOfAddressReady(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: care-of address " << coa << " ready");
    m_coa = coa;
    m_tunnel->SetLocal(coa);
    m_coaTrace(coa);
    SendBindingUpdate();
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
    if (header.GetSource() != m_homeAgent)
    {
        Drop(packet, "Binding Acknowledgement not from the home agent");
        return;
    }
    ReceivedHomeAddressTag tag;
    bool routed = packet->PeekPacketTag(tag) && tag.HasRoutingHomeAddress();
    if (!m_atHome && (!routed || tag.GetRoutingHomeAddress() != m_homeAddress))
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
    m_atHome = true;
    m_prefix = Ipv6Address::GetAny();
    m_coa = Ipv6Address::GetAny();
    m_dadEvent.Cancel();
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
    ipv6->AddAddress(m_interface,
                     Ipv6InterfaceAddress(m_homeAddress, Ipv6Prefix(m_homePrefixLength)));
    Ptr<Icmpv6L4Protocol> icmpv6 = GetNode()->GetObject<Icmpv6L4Protocol>();
    Address mac = ipv6->GetNetDevice(m_interface)->GetAddress();
    // Unsolicited NA with Override (11.5.4, RFC 4861 7.2.6).
    icmpv6->SendNA(m_homeAddress, Ipv6Address::GetAllNodesMulticast(), &mac, 1);
    m_returnedHomeTrace(m_homeAddress);
    if (m_bul.Find(m_homeAgent))
    {
        SendBindingUpdate();
    }
}

} // namespace ns3
