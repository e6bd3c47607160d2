// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-info-router-advertiser.h"

#include "ns3/attribute-container.h"
#include "ns3/boolean.h"
#include "ns3/destination-options-reader.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/icmpv6-checksum.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-checksum.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-info-ra-option.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"
#include "ns3/wire-error.h"

#include <algorithm>
#include <limits>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityInfoRouterAdvertiser");
NS_OBJECT_ENSURE_REGISTERED(MobilityInfoRouterAdvertiser);

namespace
{

/// RFC 4861 6.2.1: AdvDefaultLifetime is at most 9000 s.
constexpr int64_t MAX_ROUTER_LIFETIME_S = 9000;

/**
 * \brief A lifetime in whole seconds for a 32-bit Prefix Information field.
 * \param t the lifetime
 * \return its seconds, 0xffffffff (infinity) if it does not fit
 */
uint32_t
LifetimeSeconds(Time t)
{
    int64_t s = t.GetSeconds() >= 0 ? static_cast<int64_t>(t.GetSeconds()) : 0;
    return s >= std::numeric_limits<uint32_t>::max() ? std::numeric_limits<uint32_t>::max()
                                                     : static_cast<uint32_t>(s);
}

} // namespace

TypeId
MobilityInfoRouterAdvertiser::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MobilityInfoRouterAdvertiser")
            .SetParent<Application>()
            .SetGroupName("Hmipv6")
            .AddConstructor<MobilityInfoRouterAdvertiser>()
            .AddAttribute("Interface",
                          "IPv6 interface index on which Router Advertisements are sent.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_interface),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("Prefix",
                          "Prefix of the Prefix Information option; :: advertises the prefix "
                          "of the interface's first global address (none if it has none).",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&MobilityInfoRouterAdvertiser::m_prefix),
                          MakeIpv6AddressChecker())
            .AddAttribute("PrefixLength",
                          "Length of the advertised prefix (64 for SLAAC, RFC 4862).",
                          UintegerValue(64),
                          MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_prefixLength),
                          MakeUintegerChecker<uint8_t>(0, 128))
            .AddAttribute("ValidLifetime",
                          "Valid Lifetime of the prefix (RFC 4861 AdvValidLifetime, 30 days).",
                          TimeValue(Seconds(2592000)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_validLifetime),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("PreferredLifetime",
                          "Preferred Lifetime of the prefix (RFC 4861 AdvPreferredLifetime, "
                          "7 days); at most ValidLifetime.",
                          TimeValue(Seconds(604800)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_preferredLifetime),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("Mtu",
                          "MTU option value (RFC 4861 AdvLinkMTU); 0 leaves the option out.",
                          UintegerValue(0),
                          MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_mtu),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("RouterLifetime",
                          "Router Lifetime (RFC 4861 AdvDefaultLifetime, 0 or MaxRtrAdvInterval "
                          "to 9000 s); default 1800 s, RFC 4861's 3 x 600 s.",
                          TimeValue(Seconds(1800)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_routerLifetime),
                          MakeTimeChecker(Seconds(0), Seconds(MAX_ROUTER_LIFETIME_S)))
            .AddAttribute("MinRtrAdvInterval",
                          "Shortest interval between unsolicited advertisements (RFC 6275 7.5 "
                          "minimum, 30 ms).",
                          TimeValue(MilliSeconds(30)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_minInterval),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("MaxRtrAdvInterval",
                          "Longest interval between unsolicited advertisements (RFC 6275 7.5 "
                          "minimum, 70 ms).",
                          TimeValue(MilliSeconds(70)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_maxInterval),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("SolicitedRaDelay",
                          "Delay (s) of an advertisement that answers a solicitation "
                          "(RFC 4861 6.2.6: 0 to MAX_RA_DELAY_TIME, 0.5 s).",
                          StringValue("ns3::UniformRandomVariable[Min=0.0|Max=0.5]"),
                          MakePointerAccessor(&MobilityInfoRouterAdvertiser::m_solicitedDelay),
                          MakePointerChecker<RandomVariableStream>())
            .AddAttribute("MinDelayBetweenRas",
                          "Shortest time between a multicast advertisement and a solicited one "
                          "(RFC 4861 MIN_DELAY_BETWEEN_RAS 3 s; RFC 6275 7.5 allows 30 ms).",
                          TimeValue(Seconds(3)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_minDelayBetweenRas),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("MobilityServerAddress",
                          "Mobility Server advertised from the start (:: for none).",
                          Ipv6AddressValue(Ipv6Address::GetAny()),
                          MakeIpv6AddressAccessor(&MobilityInfoRouterAdvertiser::m_configuredMs),
                          MakeIpv6AddressChecker())
            .AddAttribute(
                "MobilityNetworkPrefixLength",
                "Mobility Network prefix length advertised from the start (0 for none).",
                UintegerValue(0),
                MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_configuredPrefixLength),
                MakeUintegerChecker<uint8_t>(0, 128))
            .AddAttribute("MobilityInfoOptionType",
                          "Option type of the RA Mobility Information Option (draft: TBD).",
                          UintegerValue(MobilityInfoRaOption::DEFAULT_TYPE),
                          MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_raOptionType),
                          MakeUintegerChecker<uint8_t>())
            .AddAttribute("MobilityInfoDestOptionType",
                          "Option type of the Mobility Information destination option "
                          "(draft: TBD).",
                          UintegerValue(MobilityInfoHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&MobilityInfoRouterAdvertiser::m_destOptionType),
                          MakeUintegerChecker<uint8_t>())
            .AddAttribute("TrustedMobilityServers",
                          "Senders (IPv6 sources) whose Mobility Information is taken, "
                          "comma-separated, with preference 0 (AddTrustedMobilityServer "
                          "gives others); Mobility Information from anyone else is dropped. "
                          "HmipHelper fills it with the servers that name this router.",
                          AttributeContainerValue<Ipv6AddressValue>(),
                          MakeAttributeContainerAccessor<Ipv6AddressValue>(
                              &MobilityInfoRouterAdvertiser::m_trustedAttribute),
                          MakeAttributeContainerChecker<Ipv6AddressValue>(MakeIpv6AddressChecker()))
            .AddAttribute("MobilityInfoLifetime",
                          "How long learnt Mobility Server information is advertised after the "
                          "last Mobility Information packet (0: forever); 3 periods of "
                          "MobilityServer's default MobilityInfoInterval (1 s).",
                          TimeValue(Seconds(3)),
                          MakeTimeAccessor(&MobilityInfoRouterAdvertiser::m_infoLifetime),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("AdvertiseOnChange",
                          "Bring the next unsolicited advertisement forward when the advertised "
                          "Mobility Server information changes (RFC 4861 6.2.4).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MobilityInfoRouterAdvertiser::m_advertiseOnChange),
                          MakeBooleanChecker())
            .AddTraceSource("RouterAdvertisementSent",
                            "A Router Advertisement was sent.",
                            MakeTraceSourceAccessor(&MobilityInfoRouterAdvertiser::m_raSentTrace),
                            "ns3::MobilityInfoRouterAdvertiser::RouterAdvertisementCallback")
            .AddTraceSource("RouterSolicitationReceived",
                            "A valid Router Solicitation arrived.",
                            MakeTraceSourceAccessor(&MobilityInfoRouterAdvertiser::m_rsTrace),
                            "ns3::MobilityInfoRouterAdvertiser::RouterSolicitationCallback")
            .AddTraceSource("MobilityInfoLearnt",
                            "A Mobility Information packet named a Mobility Server.",
                            MakeTraceSourceAccessor(&MobilityInfoRouterAdvertiser::m_learntTrace),
                            "ns3::MobilityInfoRouterAdvertiser::MobilityInfoLearntCallback")
            .AddTraceSource(
                "MobilityInfoWithdrawn",
                "The advertised Mobility Server was withdrawn, expired or replaced.",
                MakeTraceSourceAccessor(&MobilityInfoRouterAdvertiser::m_withdrawnTrace),
                "ns3::MobilityInfoRouterAdvertiser::MobilityInfoWithdrawnCallback")
            .AddTraceSource("Drop",
                            "A Router Solicitation or Mobility Information packet was dropped.",
                            MakeTraceSourceAccessor(&MobilityInfoRouterAdvertiser::m_dropTrace),
                            "ns3::MobilityInfoRouterAdvertiser::DropCallback");
    return tid;
}

MobilityInfoRouterAdvertiser::MobilityInfoRouterAdvertiser()
    : m_interface(1),
      m_prefixLength(64),
      m_mtu(0),
      m_configuredPrefixLength(0),
      m_raOptionType(MobilityInfoRaOption::DEFAULT_TYPE),
      m_destOptionType(MobilityInfoHeader::DEFAULT_OPTION_TYPE),
      m_advertiseOnChange(true),
      m_sentAny(false),
      m_msPrefixLength(0),
      m_rasSent(0),
      m_solicitedRasSent(0),
      m_rsReceived(0),
      m_infoReceived(0)
{
    NS_LOG_FUNCTION(this);
    m_intervalRng = CreateObject<UniformRandomVariable>();
}

MobilityInfoRouterAdvertiser::~MobilityInfoRouterAdvertiser()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityInfoRouterAdvertiser::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_unsolicitedEvent.Cancel();
    m_solicitedEvent.Cancel();
    m_expiryEvent.Cancel();
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
    m_options.Unsubscribe(); // ns-3 3.37 does not stop applications before disposing them
    m_intervalRng = nullptr;
    m_solicitedDelay = nullptr;
    Application::DoDispose();
}

Ipv6Address
MobilityInfoRouterAdvertiser::GetMobilityServer() const
{
    return m_ms;
}

uint8_t
MobilityInfoRouterAdvertiser::GetMobilityNetworkPrefixLength() const
{
    return m_msPrefixLength;
}

bool
MobilityInfoRouterAdvertiser::IsAdvertisingMobilityInfo() const
{
    return !m_ms.IsAny() && m_msPrefixLength != 0;
}

uint64_t
MobilityInfoRouterAdvertiser::GetRouterAdvertisementsSent() const
{
    return m_rasSent;
}

uint64_t
MobilityInfoRouterAdvertiser::GetSolicitedRouterAdvertisementsSent() const
{
    return m_solicitedRasSent;
}

uint64_t
MobilityInfoRouterAdvertiser::GetRouterSolicitationsReceived() const
{
    return m_rsReceived;
}

uint64_t
MobilityInfoRouterAdvertiser::GetMobilityInfoReceived() const
{
    return m_infoReceived;
}

uint64_t
MobilityInfoRouterAdvertiser::GetDroppedCount() const
{
    return m_drops.Total();
}

uint64_t
MobilityInfoRouterAdvertiser::GetDroppedCount(hmipv6::DropReason reason) const
{
    return m_drops.Get(reason);
}

int64_t
MobilityInfoRouterAdvertiser::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_intervalRng->SetStream(stream);
    m_solicitedDelay->SetStream(stream + 1);
    return 2;
}

void
MobilityInfoRouterAdvertiser::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "MobilityInfoRouterAdvertiser needs an IPv6 stack");
    NS_ABORT_MSG_IF(m_interface >= ipv6->GetNInterfaces(),
                    "MobilityInfoRouterAdvertiser: no interface " << m_interface);
    NS_ABORT_MSG_IF(m_maxInterval.IsZero() || m_minInterval > m_maxInterval,
                    "MobilityInfoRouterAdvertiser: need 0 <= MinRtrAdvInterval <= "
                    "MaxRtrAdvInterval, MaxRtrAdvInterval > 0");
    NS_ABORT_MSG_IF(m_preferredLifetime > m_validLifetime,
                    "MobilityInfoRouterAdvertiser: PreferredLifetime > ValidLifetime");
    if (!m_routerLifetime.IsZero() && m_routerLifetime < m_maxInterval)
    {
        NS_LOG_WARN("RouterLifetime is shorter than MaxRtrAdvInterval (RFC 4861 6.2.1)");
    }

    // The Mobility Information destination option must reach this application.
    MobilityGlueHelper glue;
    glue.AddOptionNumbers({m_destOptionType});
    glue.Install(node);
    m_options.Subscribe(
        node,
        {m_destOptionType},
        [this](Ptr<const Packet> payload,
               const Ipv6Header& header,
               uint8_t type,
               const std::vector<uint8_t>& data) {
            HandleMobilityInfo(payload, header, type, data);
        },
        nullptr);

    // An access router forwards on its access link (and ns-3 then ignores the Router
    // Advertisements that arrive on it).
    ipv6->SetForwarding(m_interface, true);

    if (!m_socket)
    {
        m_socket = Socket::CreateSocket(node, Ipv6RawSocketFactory::GetTypeId());
        m_socket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
        m_socket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 0));
        m_socket->BindToNetDevice(ipv6->GetNetDevice(m_interface));
        m_socket->ShutdownSend();
    }
    m_socket->SetRecvCallback(MakeCallback(&MobilityInfoRouterAdvertiser::HandleRead, this));

    for (Ipv6Address sender : m_trustedAttribute)
    {
        if (!m_servers.IsTrusted(sender))
        {
            m_servers.Trust(sender, 0);
        }
    }
    m_servers.Clear();
    m_servers.SetPermanent(m_configuredMs, m_configuredPrefixLength);
    m_ms = Ipv6Address::GetAny();
    m_msPrefixLength = 0;
    if (const hmipv6::MobilityServerList::Entry* chosen = m_servers.GetChosen())
    {
        m_ms = chosen->ms;
        m_msPrefixLength = chosen->prefixLength;
    }

    // RFC 4861 6.2.4 (simplified): the first advertisement within MaxRtrAdvInterval.
    ScheduleUnsolicited(Seconds(m_intervalRng->GetValue(0, m_maxInterval.GetSeconds())));
}

void
MobilityInfoRouterAdvertiser::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_unsolicitedEvent.Cancel();
    m_solicitedEvent.Cancel();
    m_expiryEvent.Cancel();
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
    m_options.Unsubscribe();
}

void
MobilityInfoRouterAdvertiser::AddTrustedMobilityServer(Ipv6Address sender, uint8_t preference)
{
    NS_LOG_FUNCTION(this << sender << +preference);
    m_servers.Trust(sender, preference);
    if (!m_unsolicitedEvent.IsExpired())
    {
        Choose("replaced"); // a new preference may change the choice
    }
}

std::vector<Ipv6Address>
MobilityInfoRouterAdvertiser::GetTrustedMobilityServers() const
{
    std::vector<Ipv6Address> senders;
    for (const auto& [sender, preference] : m_servers.GetTrusted())
    {
        senders.push_back(sender);
    }
    return senders;
}

const hmipv6::MobilityServerList&
MobilityInfoRouterAdvertiser::GetMobilityServerList() const
{
    return m_servers;
}

void
MobilityInfoRouterAdvertiser::ScheduleUnsolicited(Time delay)
{
    NS_LOG_FUNCTION(this << delay.As(Time::MS));
    m_unsolicitedEvent.Cancel();
    m_unsolicitedEvent =
        Simulator::Schedule(delay, &MobilityInfoRouterAdvertiser::SendUnsolicited, this);
}

void
MobilityInfoRouterAdvertiser::SendUnsolicited()
{
    NS_LOG_FUNCTION(this);
    // A multicast advertisement answers pending solicitations too.
    m_solicitedEvent.Cancel();
    SendRouterAdvertisement();
    ScheduleUnsolicited(
        Seconds(m_intervalRng->GetValue(m_minInterval.GetSeconds(), m_maxInterval.GetSeconds())));
}

void
MobilityInfoRouterAdvertiser::SendSolicited()
{
    NS_LOG_FUNCTION(this);
    if (SendRouterAdvertisement())
    {
        ++m_solicitedRasSent;
    }
    // RFC 4861 6.2.6: the interval timer restarts as if an unsolicited one had been sent.
    ScheduleUnsolicited(
        Seconds(m_intervalRng->GetValue(m_minInterval.GetSeconds(), m_maxInterval.GetSeconds())));
}

bool
MobilityInfoRouterAdvertiser::SendRouterAdvertisement()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address source = iface->GetLinkLocalAddress().GetAddress();
    if (!iface->IsUp() || source.IsAny())
    {
        NS_LOG_LOGIC("interface " << m_interface << " is down or has no link-local address");
        return false;
    }
    Ipv6Address destination = Ipv6Address::GetAllNodesMulticast();

    // Headers are prepended: the last option is added first.
    Ptr<Packet> packet = Create<Packet>();
    bool withInfo = IsAdvertisingMobilityInfo();
    if (withInfo)
    {
        MobilityInfoRaOption info;
        info.SetType(m_raOptionType);
        info.SetMsAddress(m_ms);
        info.SetPrefixLength(m_msPrefixLength);
        packet->AddHeader(info);
    }
    packet->AddHeader(Icmpv6OptionLinkLayerAddress(true, iface->GetDevice()->GetAddress()));
    if (m_mtu != 0)
    {
        packet->AddHeader(Icmpv6OptionMtu(m_mtu));
    }
    Ipv6Address prefix = m_prefix;
    if (prefix.IsAny())
    {
        for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
        {
            Ipv6InterfaceAddress a = iface->GetAddress(i);
            if (a.GetScope() == Ipv6InterfaceAddress::GLOBAL)
            {
                prefix = a.GetAddress().CombinePrefix(Ipv6Prefix(m_prefixLength));
                break;
            }
        }
    }
    if (!prefix.IsAny())
    {
        Icmpv6OptionPrefixInformation pio(prefix, m_prefixLength);
        pio.SetFlags(Icmpv6OptionPrefixInformation::ONLINK |
                     Icmpv6OptionPrefixInformation::AUTADDRCONF);
        pio.SetValidTime(LifetimeSeconds(m_validLifetime));
        pio.SetPreferredTime(LifetimeSeconds(m_preferredLifetime));
        packet->AddHeader(pio);
    }

    Icmpv6RA ra;
    ra.SetCurHopLimit(64);
    ra.SetFlagM(false);
    ra.SetFlagO(false);
    ra.SetFlagH(false);
    ra.SetLifeTime(static_cast<uint16_t>(m_routerLifetime.GetSeconds()));
    ra.SetReachableTime(0);
    ra.SetRetransmissionTime(0);
    hmipv6::SetIcmpv6Checksum(ra, source, destination, packet->GetSize() + ra.GetSerializedSize());
    packet->AddHeader(ra);

    m_lastMulticastRa = Simulator::Now();
    m_sentAny = true;
    ++m_rasSent;
    m_raSentTrace(packet->Copy(), destination, withInfo);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " RA on interface " << m_interface << (withInfo ? " with MS " : "")
                << (withInfo ? m_ms : Ipv6Address()));
    // SendMessage tags the hop limit, which Ipv6L3Protocol::Send honours (RFC 4861 6.1.2).
    node->GetObject<Icmpv6L4Protocol>()->SendMessage(packet, source, destination, 255);
    return true;
}

void
MobilityInfoRouterAdvertiser::HandleRead(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    Ptr<Packet> packet;
    Address from;
    while ((packet = socket->RecvFrom(from)))
    {
        Ipv6Header header;
        if (packet->RemoveHeader(header) == 0 || packet->GetSize() == 0)
        {
            continue;
        }
        uint8_t type = 0;
        packet->CopyData(&type, 1);
        if (type == Icmpv6Header::ICMPV6_ND_ROUTER_SOLICITATION)
        {
            HandleRouterSolicitation(header, packet);
        }
    }
}

void
MobilityInfoRouterAdvertiser::HandleRouterSolicitation(const Ipv6Header& header,
                                                       Ptr<Packet> message)
{
    NS_LOG_FUNCTION(this << header.GetSource() << message);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    Ipv6Address destination = header.GetDestination();
    if (!destination.IsAllRoutersMulticast() &&
        ipv6->GetInterfaceForAddress(destination) != static_cast<int32_t>(m_interface))
    {
        Drop(message, hmipv6::DropReason::MISADDRESSED, "Router Solicitation not for this router");
        return;
    }
    // RFC 4861 6.1.1.
    std::vector<uint8_t> octets(message->GetSize());
    message->CopyData(octets.data(), octets.size());
    if (header.GetHopLimit() != 255)
    {
        Drop(message, hmipv6::DropReason::MALFORMED, "Router Solicitation hop limit is not 255");
        return;
    }
    if (octets.size() < 8)
    {
        Drop(message, hmipv6::DropReason::MALFORMED, "Router Solicitation shorter than 8 octets");
        return;
    }
    if (hmipv6::UpperLayerChecksum(header.GetSource(),
                                   header.GetDestination(),
                                   Icmpv6L4Protocol::PROT_NUMBER,
                                   message) != 0)
    {
        Drop(message, hmipv6::DropReason::MALFORMED, "Router Solicitation checksum");
        return;
    }
    if (octets[1] != 0)
    {
        Drop(message, hmipv6::DropReason::MALFORMED, "Router Solicitation code is not 0");
        return;
    }
    bool hasSlla = false;
    for (size_t at = 8; at < octets.size();)
    {
        if (at + 2 > octets.size() || octets[at + 1] == 0 ||
            at + octets[at + 1] * 8u > octets.size())
        {
            Drop(message, hmipv6::DropReason::MALFORMED, "Router Solicitation option length");
            return;
        }
        hasSlla = hasSlla || octets[at] == Icmpv6Header::ICMPV6_OPT_LINK_LAYER_SOURCE;
        at += octets[at + 1] * 8u;
    }
    if (header.GetSource().IsAny() && hasSlla)
    {
        Drop(message,
             hmipv6::DropReason::MALFORMED,
             "Router Solicitation from :: with a Source Link-Layer Address");
        return;
    }

    ++m_rsReceived;
    m_rsTrace(header.GetSource());
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " RS from " << header.GetSource());

    // RFC 4861 6.2.6: one answer for several solicitations, delayed from the first.
    if (!m_solicitedEvent.IsExpired())
    {
        return;
    }
    Time now = Simulator::Now();
    Time delay = Seconds(m_solicitedDelay->GetValue());
    Time at = now + delay;
    if (m_sentAny && now < m_lastMulticastRa + m_minDelayBetweenRas)
    {
        at = m_lastMulticastRa + m_minDelayBetweenRas + delay;
    }
    if (!m_unsolicitedEvent.IsExpired() && now + Simulator::GetDelayLeft(m_unsolicitedEvent) <= at)
    {
        NS_LOG_LOGIC("the next unsolicited advertisement answers");
        return;
    }
    m_solicitedEvent =
        Simulator::Schedule(at - now, &MobilityInfoRouterAdvertiser::SendSolicited, this);
}

void
MobilityInfoRouterAdvertiser::HandleMobilityInfo(Ptr<const Packet> payload,
                                                 const Ipv6Header& header,
                                                 uint8_t optionNumber,
                                                 const std::vector<uint8_t>& data)
{
    NS_LOG_FUNCTION(this << payload << header.GetSource() << +optionNumber);
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    if (header.GetDestination().IsMulticast() ||
        ipv6->GetInterfaceForAddress(header.GetDestination()) < 0)
    {
        Drop(payload,
             hmipv6::DropReason::MISADDRESSED,
             "Mobility Information not addressed to this router");
        return;
    }
    MobilityInfoHeader info;
    info.SetOptionType(m_destOptionType);
    Ptr<hmipv6::KeyChain> keys = hmipv6::KeyChain::For(GetNode());
    hmipv6::UseSubOptionTypes(info, *keys);
    std::vector<uint8_t> octets;
    if (!hmipv6::ReadDestinationOptionsMessage(payload, header.GetNextHeader(), info, &octets))
    {
        std::string why = "option length " + std::to_string(data.size());
        // The first Destination Options header tells why it could not be read.
        if (header.GetNextHeader() == Ipv6Header::IPV6_EXT_DESTINATION && payload->GetSize() >= 2)
        {
            uint8_t first[2];
            payload->CopyData(first, 2);
            uint32_t length = (first[1] + 1u) * 8;
            if (length <= payload->GetSize())
            {
                Ptr<Packet> copy = payload->CreateFragment(0, length);
                MobilityInfoHeader probe;
                probe.SetOptionType(m_destOptionType);
                hmipv6::UseSubOptionTypes(probe, *keys);
                copy->RemoveHeader(probe);
                if (probe.GetError() != hmipv6::WireError::NONE)
                {
                    why = hmipv6::WireErrorToString(probe.GetError()) + ", " + why;
                }
            }
        }
        Drop(payload, hmipv6::DropReason::MALFORMED, "malformed Mobility Information: " + why);
        return;
    }
    Ipv6Address sender = header.GetSource();
    if (!m_servers.IsTrusted(sender))
    {
        // Draft 5.2: only an MS of the area may name the MS hosts register with.
        Drop(payload,
             hmipv6::DropReason::UNAUTHENTICATED,
             "Mobility Information from an untrusted sender");
        return;
    }
    if (keys->IsRequired())
    {
        Ipv6Address self = header.GetDestination();
        if (auto why =
                hmipv6::CheckDraftMessage(info,
                                          octets,
                                          keys->Find(hmipv6::KeyChain::MS_ROUTER, sender, self),
                                          sender,
                                          self))
        {
            Drop(payload, *why, "Mobility Information not authentic");
            return;
        }
        // RFC 4285 6: a timestamp near the receiver's clock and newer than the last one.
        if (!info.HasTimestamp() ||
            !keys->IsFresh(hmipv6::TimestampSubOption::ToTime(info.GetTimestamp())) ||
            !m_servers.AcceptTimestamp(sender, info.GetTimestamp()))
        {
            Drop(payload, hmipv6::DropReason::REPLAYED, "Mobility Information replayed");
            return;
        }
    }
    ++m_infoReceived;
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " Mobility Information from " << sender << ": MS " << info.GetMsAddress() << "/"
                << +info.GetPrefixLength());
    if (info.IsWithdrawal())
    {
        m_servers.Forget(sender);
        Choose("withdrawn");
        return;
    }
    m_learntTrace(info.GetMsAddress(), info.GetPrefixLength());
    std::optional<Time> expiry;
    if (!m_infoLifetime.IsZero())
    {
        expiry = Simulator::Now() + m_infoLifetime;
    }
    m_servers.Learn(sender, info.GetMsAddress(), info.GetPrefixLength(), expiry);
    Choose("replaced");
}

void
MobilityInfoRouterAdvertiser::Choose(const std::string& reason)
{
    NS_LOG_FUNCTION(this << reason);
    const hmipv6::MobilityServerList::Entry* chosen = m_servers.GetChosen();
    if (chosen)
    {
        SetAdvertised(chosen->ms, chosen->prefixLength, reason);
    }
    else
    {
        SetAdvertised(Ipv6Address::GetAny(), 0, reason);
    }
    m_expiryEvent.Cancel();
    if (std::optional<Time> next = m_servers.NextExpiry())
    {
        m_expiryEvent = Simulator::Schedule(std::max(*next - Simulator::Now(), Seconds(0)),
                                            &MobilityInfoRouterAdvertiser::ExpireMobilityInfo,
                                            this);
    }
}

void
MobilityInfoRouterAdvertiser::SetAdvertised(Ipv6Address ms,
                                            uint8_t prefixLength,
                                            const std::string& reason)
{
    NS_LOG_FUNCTION(this << ms << +prefixLength << reason);
    if (ms == m_ms && prefixLength == m_msPrefixLength)
    {
        return;
    }
    Ipv6Address previous = m_ms;
    bool wasAdvertising = IsAdvertisingMobilityInfo();
    m_ms = ms;
    m_msPrefixLength = prefixLength;
    if (wasAdvertising && previous != ms)
    {
        m_withdrawnTrace(previous, reason);
    }
    AdvertiseSoon();
}

void
MobilityInfoRouterAdvertiser::ExpireMobilityInfo()
{
    NS_LOG_FUNCTION(this);
    for (const hmipv6::MobilityServerList::Entry& entry : m_servers.RemoveExpired(Simulator::Now()))
    {
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " Mobility Information of " << entry.ms
                                                 << " from " << entry.sender << " expired");
    }
    Choose("expired");
}

void
MobilityInfoRouterAdvertiser::AdvertiseSoon()
{
    NS_LOG_FUNCTION(this);
    if (!m_advertiseOnChange || m_unsolicitedEvent.IsExpired())
    {
        return;
    }
    Time now = Simulator::Now();
    Time at = now;
    if (m_sentAny)
    {
        // Unsolicited advertisements stay at least MinRtrAdvInterval apart (6.2.6).
        at = std::max(now, m_lastMulticastRa + m_minInterval);
    }
    if (now + Simulator::GetDelayLeft(m_unsolicitedEvent) > at)
    {
        ScheduleUnsolicited(at - now);
    }
}

void
MobilityInfoRouterAdvertiser::Drop(Ptr<const Packet> packet,
                                   hmipv6::DropReason reason,
                                   const std::string& detail)
{
    NS_LOG_FUNCTION(this << packet << reason << detail);
    NS_LOG_INFO("MobilityInfoRouterAdvertiser drops: " << detail);
    m_drops.Count(reason);
    m_dropTrace(packet, reason, detail);
}

} // namespace ns3
