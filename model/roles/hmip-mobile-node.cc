// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-mobile-node.h"

#include "ns3/binding-ack-header.h"
#include "ns3/boolean.h"
#include "ns3/global-care-of-address.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/log.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-info-ra-option.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HmipMobileNode");
NS_OBJECT_ENSURE_REGISTERED(HmipMobileNode);

namespace
{
/**
 * \brief An address as text.
 * \param address the address
 * \return its text form
 */
std::string
AddressString(Ipv6Address address)
{
    std::ostringstream os;
    os << address;
    return os.str();
}

} // namespace

TypeId
HmipMobileNode::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HmipMobileNode")
            .SetParent<Mipv6MobileNode>()
            .SetGroupName("Hmipv6")
            .AddConstructor<HmipMobileNode>()
            .AddAttribute("UseMobilityServer",
                          "Register with the Mobility Server a Router Advertisement names; "
                          "false behaves as Mipv6MobileNode (for comparisons).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&HmipMobileNode::m_useMs),
                          MakeBooleanChecker())
            .AddAttribute("RegistrationLifetime",
                          "Lifetime requested from the Mobility Server (whole seconds; the "
                          "draft sets no default: the home registration's 420 s).",
                          TimeValue(Seconds(DEFAULT_BINDING_LIFETIME_S)),
                          MakeTimeAccessor(&HmipMobileNode::m_regLifetime),
                          MakeTimeChecker(Seconds(1), Seconds(UINT32_MAX)))
            .AddAttribute("RequestTimeout",
                          "Wait for the acknowledgement of a Registration Request (the MS "
                          "runs DAD first: InitialBindackTimeoutFirstReg, RFC 6275 13).",
                          TimeValue(Seconds(1.5)),
                          MakeTimeAccessor(&HmipMobileNode::m_requestTimeout),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("UpdateTimeout",
                          "Wait for the acknowledgement of a Registration Update or Refresh "
                          "(INITIAL_BINDACK_TIMEOUT, RFC 6275 12).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HmipMobileNode::m_updateTimeout),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("RegistrationRetries",
                          "Retransmissions (each with a new sequence number and twice the "
                          "wait) before falling back to Mobile IPv6; the draft's 0 falls back "
                          "at the first missing acknowledgement (4.2.1).",
                          UintegerValue(0),
                          MakeUintegerAccessor(&HmipMobileNode::m_regRetries),
                          MakeUintegerChecker<uint32_t>(0, 16))
            .AddAttribute("LocalPrefixLength",
                          "A correspondent is local when its address shares this many "
                          "leading bits with the LCoA (draft 4.2.1 compares prefixes: 64 "
                          "makes only on-link correspondents local).",
                          UintegerValue(64),
                          MakeUintegerAccessor(&HmipMobileNode::m_localPrefixLength),
                          MakeUintegerChecker<uint8_t>(0, 128))
            .AddAttribute("MobilityInfoOptionType",
                          "Type of the Router Advertisement Mobility Information Option.",
                          UintegerValue(MobilityInfoRaOption::DEFAULT_TYPE),
                          MakeUintegerAccessor(&HmipMobileNode::m_raOptionType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("RegistrationRequestOptionType",
                          "Destination option type of the Registration Request.",
                          UintegerValue(RegistrationRequestHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&HmipMobileNode::m_requestType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("RegistrationUpdateOptionType",
                          "Destination option type of the Registration Update.",
                          UintegerValue(RegistrationUpdateHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&HmipMobileNode::m_updateType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddAttribute("RegistrationRefreshOptionType",
                          "Destination option type of the Registration Refresh.",
                          UintegerValue(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE),
                          MakeUintegerAccessor(&HmipMobileNode::m_refreshType),
                          MakeUintegerChecker<uint8_t>(2, 255))
            .AddTraceSource("RegistrationSent",
                            "A Registration Request, Update or Refresh was sent to an MS.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_regSentTrace),
                            "ns3::HmipMobileNode::RegistrationSentCallback")
            .AddTraceSource("RegistrationAckReceived",
                            "A Mobility Server acknowledged a registration.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_regAckTrace),
                            "ns3::HmipMobileNode::RegistrationAckCallback")
            .AddTraceSource("DomainEntered",
                            "A Router Advertisement named the MS of a new domain.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_domainTrace),
                            "ns3::HmipMobileNode::DomainCallback")
            .AddTraceSource("IntraDomainMove",
                            "The host moved to a new link of the same domain (the new router).",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_intraTrace),
                            "ns3::HmipMobileNode::CareOfCallback")
            .AddTraceSource("GlobalCareOfAddressReady",
                            "A Mobility Server registered a new GCoA.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_gcoaTrace),
                            "ns3::HmipMobileNode::CareOfCallback")
            .AddTraceSource("LocalCareOfAddressReady",
                            "A new LCoA passed DAD (or is optimistic).",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_lcoaTrace),
                            "ns3::HmipMobileNode::CareOfCallback")
            .AddTraceSource("FallbackToMipv6",
                            "Registration with the MS failed: plain Mobile IPv6 (4.2.1).",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_fallbackToMipv6Trace),
                            "ns3::HmipMobileNode::FallbackToMipv6Callback")
            .AddTraceSource("MessageSent",
                            "A mobility message was sent, with its scope.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_txTrace),
                            "ns3::HmipMobileNode::MessageCallback")
            .AddTraceSource("MessageReceived",
                            "A mobility message was received, with its scope.",
                            MakeTraceSourceAccessor(&HmipMobileNode::m_rxTrace),
                            "ns3::HmipMobileNode::MessageCallback");
    return tid;
}

HmipMobileNode::HmipMobileNode()
    : m_useMs(true),
      m_regRetries(0),
      m_localPrefixLength(64),
      m_raOptionType(MobilityInfoRaOption::DEFAULT_TYPE),
      m_requestType(RegistrationRequestHeader::DEFAULT_OPTION_TYPE),
      m_updateType(RegistrationUpdateHeader::DEFAULT_OPTION_TYPE),
      m_refreshType(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE),
      m_raHasMs(false),
      m_raPrefixLength(0),
      m_msPrefixLength(0),
      m_msRegistered(false),
      m_fellBack(false),
      m_move(MOVE_NONE),
      m_sequence(0),
      m_pending(REG_NONE),
      m_tries(0),
      m_deregPrefixLength(0),
      m_deregSequence(0),
      m_deregTries(0),
      m_requestsSent(0),
      m_updatesSent(0),
      m_refreshesSent(0),
      m_msAcks(0),
      m_mipv6Fallbacks(0)
{
    NS_LOG_FUNCTION(this);
}

HmipMobileNode::~HmipMobileNode()
{
    NS_LOG_FUNCTION(this);
}

void
HmipMobileNode::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    m_deregEvent.Cancel();
    m_decap = nullptr;
    Mipv6MobileNode::DoDispose();
}

Ipv6Address
HmipMobileNode::GetGlobalCareOfAddress() const
{
    return m_msRegistered ? m_gcoa : Ipv6Address::GetAny();
}

Ipv6Address
HmipMobileNode::GetLocalCareOfAddress() const
{
    return m_lcoa;
}

Ipv6Address
HmipMobileNode::GetMobilityServer() const
{
    return m_ms;
}

bool
HmipMobileNode::IsRegisteredWithMobilityServer() const
{
    return m_msRegistered;
}

bool
HmipMobileNode::HasFallenBack() const
{
    return m_fellBack;
}

bool
HmipMobileNode::IsLocalCorrespondent(Ipv6Address correspondent) const
{
    // Also a correspondent added since the LCoA was formed.
    return m_local.count(correspondent) > 0 ||
           (!m_lcoa.IsAny() && Ipv6Prefix(m_localPrefixLength).IsMatch(correspondent, m_lcoa));
}

HmipMobileNode::MoveKind
HmipMobileNode::GetLastMoveKind() const
{
    return m_move;
}

uint16_t
HmipMobileNode::GetRegistrationSequence() const
{
    return m_sequence;
}

uint64_t
HmipMobileNode::GetRegistrationRequestsSent() const
{
    return m_requestsSent;
}

uint64_t
HmipMobileNode::GetRegistrationUpdatesSent() const
{
    return m_updatesSent;
}

uint64_t
HmipMobileNode::GetRegistrationRefreshesSent() const
{
    return m_refreshesSent;
}

uint64_t
HmipMobileNode::GetRegistrationAcksReceived() const
{
    return m_msAcks;
}

uint64_t
HmipMobileNode::GetMipv6FallbackCount() const
{
    return m_mipv6Fallbacks;
}

void
HmipMobileNode::StartApplication()
{
    NS_LOG_FUNCTION(this);
    Mipv6MobileNode::StartApplication();
    if (!m_decap)
    {
        // The MS's tunnel ends at the LCoA, the previous MS's at the GCoA, and the home
        // agent's at a GCoA that may no longer be the current one: one more interface
        // takes all of them (the reverse tunnel's device accepts only the current CoA).
        Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
        m_decap = MobilityGlueHelper().InstallTunnel(GetNode());
        m_decap->SetAcceptCallback(MakeCallback(&HmipMobileNode::AcceptDecapsulation, this));
        ipv6->SetForwarding(static_cast<uint32_t>(ipv6->GetInterfaceForDevice(m_decap)), false);
    }
    TraceConnectWithoutContext("BindingUpdateSent",
                               MakeCallback(&HmipMobileNode::OwnBindingUpdateSent, this));
    TraceConnectWithoutContext("BindingAckReceived",
                               MakeCallback(&HmipMobileNode::OwnBindingAckReceived, this));
    TraceConnectWithoutContext("ReturnRoutabilityMessage",
                               MakeCallback(&HmipMobileNode::OwnReturnRoutability, this));
}

void
HmipMobileNode::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    m_deregEvent.Cancel();
    TraceDisconnectWithoutContext("BindingUpdateSent",
                                  MakeCallback(&HmipMobileNode::OwnBindingUpdateSent, this));
    TraceDisconnectWithoutContext("BindingAckReceived",
                                  MakeCallback(&HmipMobileNode::OwnBindingAckReceived, this));
    TraceDisconnectWithoutContext("ReturnRoutabilityMessage",
                                  MakeCallback(&HmipMobileNode::OwnReturnRoutability, this));
    Mipv6MobileNode::StopApplication();
}

bool
HmipMobileNode::AcceptDecapsulation(Ipv6Address outerSrc, const Ipv6Header&) const
{
    return (!m_ms.IsAny() && outerSrc == m_ms) ||
           (!m_previousMs.IsAny() && outerSrc == m_previousMs) || outerSrc == GetHomeAgentAddress();
}

std::string
HmipMobileNode::Scope(Ipv6Address peer) const
{
    bool domain = (!m_ms.IsAny() && peer == m_ms) || IsLocalCorrespondent(peer);
    return domain ? "domain" : "internet";
}

std::string
HmipMobileNode::RegistrationName(Registration kind)
{
    switch (kind)
    {
    case REG_REQUEST:
        return "RegistrationRequest";
    case REG_UPDATE:
        return "RegistrationUpdate";
    case REG_REFRESH:
        return "RegistrationRefresh";
    default:
        return "None";
    }
}

void
HmipMobileNode::OwnBindingUpdateSent(Ipv6Address destination, uint16_t)
{
    if (m_ms.IsAny() || destination != m_ms)
    {
        m_txTrace("BindingUpdate", destination, Scope(destination));
    }
}

void
HmipMobileNode::OwnBindingAckReceived(Ipv6Address source, uint16_t, uint8_t)
{
    if (m_ms.IsAny() || source != m_ms)
    {
        m_rxTrace("BindingAcknowledgement", source, Scope(source));
    }
}

void
HmipMobileNode::OwnReturnRoutability(Ipv6Address correspondent, uint8_t mhType)
{
    switch (mhType)
    {
    case MobilityHeader::HOME_TEST_INIT: // through the home agent
        m_txTrace("HoTI", correspondent, "internet");
        break;
    case MobilityHeader::HOME_TEST:
        m_rxTrace("HoT", correspondent, "internet");
        break;
    case MobilityHeader::CARE_OF_TEST_INIT:
        m_txTrace("CoTI", correspondent, Scope(correspondent));
        break;
    case MobilityHeader::CARE_OF_TEST:
        m_rxTrace("CoT", correspondent, Scope(correspondent));
        break;
    default:
        break;
    }
}

void
HmipMobileNode::OnRouterAdvertisement(const hmipv6::RouterAdvertisementInfo& ra)
{
    // The Mobility Information Option comes after the options ns-3 knows (design notes 3).
    m_raHasMs = false;
    for (const auto& o : ra.GetOptions())
    {
        if (!m_useMs || o.type != m_raOptionType)
        {
            continue;
        }
        MobilityInfoRaOption option;
        option.SetType(m_raOptionType);
        Ptr<Packet> bytes = Create<Packet>(o.octets.data(), o.octets.size());
        if (bytes->RemoveHeader(option) == o.octets.size() &&
            option.GetError() == WireError::NONE && !option.IsWithdrawal())
        {
            m_raHasMs = true;
            m_raMs = option.GetMsAddress();
            m_raPrefixLength = option.GetPrefixLength();
        }
    }
}

void
HmipMobileNode::OnNoMovement(const hmipv6::RouterAdvertisementInfo& ra)
{
    if (m_useMs && ra.GetRouter() == GetRouter())
    {
        AdvertisedServer(); // what the current router advertises may change
    }
}

void
HmipMobileNode::OnReturnedHome()
{
    LeaveDomain();
}

void
HmipMobileNode::AdvertisedServer()
{
    if (!(m_raHasMs && m_raMs == m_refusedBy))
    {
        m_refusedBy = Ipv6Address::GetAny(); // 4.2.1 holds while that MS is advertised
    }
    if (m_move == MOVE_NONE)
    {
        return; // the first movement decides
    }
    bool usingMs =
        (m_move == MOVE_INTER || m_move == MOVE_INTRA || m_move == MOVE_MS_CHANGE) && !m_fellBack;
    bool current = m_raHasMs && m_raMs == m_ms && m_raPrefixLength == m_msPrefixLength;
    if (usingMs && !m_raHasMs)
    {
        // 4.2.1: the registration failed as surely as with an error status.
        FallBack("Mobility Server " + AddressString(m_ms) + " no longer advertised", false);
    }
    else if (m_raHasMs && (usingMs ? !current : m_raMs != m_refusedBy))
    {
        // Another MS on this link (a replaced or recovered one, another Mobility Network),
        // or an MS again after a fallback: register with it (section 3, 4.2.1).
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: the router now advertises MS " << m_raMs);
        RegisterWith(m_raMs, m_raPrefixLength);
    }
}

void
HmipMobileNode::RegisterWith(Ipv6Address ms, uint8_t prefixLength)
{
    NS_LOG_FUNCTION(this << ms << +prefixLength);
    Ipv6Address domain = ms.CombinePrefix(Ipv6Prefix(prefixLength));
    bool sameNetwork = domain == m_domain && prefixLength == m_msPrefixLength;
    if (m_msRegistered)
    {
        m_previousMs = m_ms; // it forwards, or hands the GCoA over (4.3.6, section 3)
    }
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    m_pending = REG_NONE;
    m_msRegistered = false;
    m_fellBack = false;
    m_ms = ms;
    m_msPrefixLength = prefixLength;
    CancelDeregistration();
    m_move = sameNetwork ? MOVE_MS_CHANGE : MOVE_INTER;
    if (!sameNetwork)
    {
        m_domain = domain;
        m_domainTrace(m_ms, m_domain, m_msPrefixLength);
    }
    if (!m_lcoa.IsAny())
    {
        m_tries = 0;
        SendRegistration(REG_REQUEST);
    }
}

void
HmipMobileNode::LeaveDomain()
{
    NS_LOG_FUNCTION(this);
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    m_pending = REG_NONE;
    if (m_msRegistered)
    {
        m_previousMs = m_ms;
        // Its binding is removed by a message, not by its expiry: from the home address
        // at once when home, else from the next care-of address.
        m_deregMs = m_ms;
        m_deregPrefixLength = m_msPrefixLength;
        m_deregTries = 0;
        m_deregEvent.Cancel();
        if (IsAtHome())
        {
            // Once ns-3 has taken the default route from the home link's RA.
            Simulator::ScheduleNow(&HmipMobileNode::SendDeregistration, this);
        }
    }
    m_msRegistered = false;
    m_fellBack = false;
    m_refusedBy = Ipv6Address::GetAny();
    m_ms = Ipv6Address::GetAny();
    m_domain = Ipv6Address::GetAny();
    m_local.clear();
}

void
HmipMobileNode::OnMovement(Ipv6Address router, Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << router << prefix);
    if (!m_useMs || !m_raHasMs)
    {
        LeaveDomain();
        m_move = MOVE_MIPV6;
        Mipv6MobileNode::OnMovement(router, prefix);
        return;
    }
    Ipv6Address domain = m_raMs.CombinePrefix(Ipv6Prefix(m_raPrefixLength));
    bool sameDomain = domain == m_domain && m_raPrefixLength == m_msPrefixLength;
    if (sameDomain && m_fellBack && m_raMs == m_refusedBy)
    {
        m_move = MOVE_MIPV6; // the MS failed: Mobile IPv6 until another is advertised
        Mipv6MobileNode::OnMovement(router, prefix);
        return;
    }
    if (sameDomain && m_msRegistered)
    {
        // 3.2: only the LCoA changes; the home agent and external correspondents keep the
        // GCoA (their bindings and refresh timers run on), local ones are bound again.
        m_move = m_raMs == m_ms ? MOVE_INTRA : MOVE_MS_CHANGE;
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: intra-domain move to " << prefix);
        for (Ipv6Address address : GetCorrespondents())
        {
            if (m_local.count(address))
            {
                ResetCorrespondent(address);
            }
        }
        m_intraTrace(router);
        m_lcoa = Ipv6Address::GetAny();
        m_timeoutEvent.Cancel();
        m_pending = REG_NONE;
        if (m_move == MOVE_MS_CHANGE)
        {
            m_previousMs = m_ms;
            m_ms = m_raMs;
            m_msRegistered = false;
            m_msRefreshEvent.Cancel();
        }
        return;
    }
    // 3.1: a new domain, or this one again after a fallback the MS did not cause.
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    m_pending = REG_NONE;
    if (m_msRegistered)
    {
        m_previousMs = m_ms;
    }
    m_msRegistered = false;
    m_fellBack = false;
    m_refusedBy = Ipv6Address::GetAny();
    m_ms = m_raMs;
    m_msPrefixLength = m_raPrefixLength;
    CancelDeregistration();
    m_move = MOVE_INTER;
    m_lcoa = Ipv6Address::GetAny();
    if (!sameDomain)
    {
        m_domain = domain;
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: domain of MS " << m_ms << " (" << domain
                                                 << "/" << +m_msPrefixLength << ")");
        m_domainTrace(m_ms, m_domain, m_msPrefixLength);
    }
    Mipv6MobileNode::OnMovement(router, prefix);
}

void
HmipMobileNode::OnCareOfAddressReady(Ipv6Address coa)
{
    NS_LOG_FUNCTION(this << coa);
    m_lcoa = coa;
    // 4.2.1: a correspondent whose prefix matches the LCoA's is local.
    m_local.clear();
    for (Ipv6Address address : GetCorrespondents())
    {
        if (Ipv6Prefix(m_localPrefixLength).IsMatch(address, coa))
        {
            m_local.insert(address);
        }
    }
    m_lcoaTrace(coa);
    MoveKind move = m_fellBack ? MOVE_MIPV6 : m_move; // fell back while the LCoA was in DAD
    if (move == MOVE_INTER || move == MOVE_MS_CHANGE || move == MOVE_INTRA)
    {
        NotifyCareOfAddressReady(coa); // the base class fires it in its own branch
    }
    switch (move)
    {
    case MOVE_INTER:
    case MOVE_MS_CHANGE:
        m_tries = 0;
        SendRegistration(REG_REQUEST);
        break;
    case MOVE_INTRA:
        m_tries = 0;
        SendRegistration(REG_UPDATE);
        StartRouteOptimization(); // local correspondents, with the new LCoA
        break;
    default:
        Mipv6MobileNode::OnCareOfAddressReady(coa);
        SendDeregistration(); // the MS of the domain left for a link without one
        break;
    }
}

Ipv6Address
HmipMobileNode::CorrespondentCareOf(Ipv6Address correspondent) const
{
    if (!m_msRegistered || m_fellBack || m_gcoa.IsAny())
    {
        return Mipv6MobileNode::CorrespondentCareOf(correspondent);
    }
    return IsLocalCorrespondent(correspondent) ? m_lcoa : m_gcoa;
}

void
HmipMobileNode::SendRegistration(Registration kind)
{
    NS_LOG_FUNCTION(this << RegistrationName(kind));
    if (m_lcoa.IsAny() || m_ms.IsAny())
    {
        return;
    }
    // 4.2.1: 1 first, then one more for every Request, Update and Refresh.
    ++m_sequence;
    ++m_tries;
    auto fill = [this](RegistrationHeaderBase& h) {
        h.SetAcknowledgeRequested(true); // 4.2.1: the MS must acknowledge
        h.SetPrefixLength(m_msPrefixLength);
        h.SetSequence(m_sequence);
        h.SetLifetime(static_cast<uint32_t>(m_regLifetime.GetSeconds()));
        h.SetHomeAddress(GetHomeAddress());
    };
    Ptr<Packet> packet = Create<Packet>();
    Time timeout = m_updateTimeout;
    switch (kind)
    {
    case REG_REQUEST: {
        RegistrationRequestHeader h;
        h.SetOptionType(m_requestType);
        fill(h);
        // 4.3.6: the new MS asks the previous one to forward, or, on the same Mobility
        // Network, to hand the GCoA over.
        if ((m_move == MOVE_INTER || m_move == MOVE_MS_CHANGE) && !m_previousMs.IsAny() &&
            m_previousMs != m_ms)
        {
            h.SetPreviousMs(m_previousMs);
        }
        packet->AddHeader(h);
        timeout = m_requestTimeout;
        ++m_requestsSent;
        break;
    }
    case REG_UPDATE: {
        RegistrationUpdateHeader h;
        h.SetOptionType(m_updateType);
        fill(h);
        packet->AddHeader(h);
        ++m_updatesSent;
        break;
    }
    case REG_REFRESH: {
        RegistrationRefreshHeader h;
        h.SetOptionType(m_refreshType);
        fill(h);
        packet->AddHeader(h);
        ++m_refreshesSent;
        break;
    }
    default:
        return;
    }
    m_pending = kind;
    std::string name = RegistrationName(kind);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: " << name << " seq " << m_sequence << " to "
                                             << m_ms << " from " << m_lcoa);
    m_regSentTrace(name, m_ms, m_sequence);
    NotifyBindingUpdateSent(m_ms, m_sequence); // the draft's "BU to the MS" (handoff monitor)
    m_txTrace(name, m_ms, "domain");
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet,
                                                 m_lcoa,
                                                 m_ms,
                                                 Ipv6Header::IPV6_EXT_DESTINATION,
                                                 nullptr);
    m_timeoutEvent.Cancel();
    Time wait = timeout * (int64_t(1) << std::min<uint32_t>(m_tries - 1, 5));
    m_timeoutEvent = Simulator::Schedule(wait, &HmipMobileNode::RegistrationTimeout, this);
}

void
HmipMobileNode::SendDeregistration()
{
    NS_LOG_FUNCTION(this);
    Ipv6Address source = IsAtHome() ? GetHomeAddress() : m_lcoa;
    if (m_deregMs.IsAny() || source.IsAny() || m_deregMs == m_ms)
    {
        return;
    }
    ++m_sequence;
    ++m_deregTries;
    m_deregSequence = m_sequence;
    RegistrationUpdateHeader h;
    h.SetOptionType(m_updateType);
    h.SetAcknowledgeRequested(true);
    h.SetPrefixLength(m_deregPrefixLength);
    h.SetSequence(m_sequence);
    h.SetLifetime(0); // 4.3.3, as RFC 6275 10.3.2: lifetime 0 deregisters
    h.SetHomeAddress(GetHomeAddress());
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(h);
    ++m_updatesSent;
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: deregistration seq " << m_sequence << " to "
                                             << m_deregMs << " from " << source);
    m_regSentTrace("RegistrationUpdate", m_deregMs, m_sequence);
    m_txTrace("RegistrationUpdate", m_deregMs, Scope(m_deregMs));
    GetNode()->GetObject<Ipv6L3Protocol>()->Send(packet,
                                                 source,
                                                 m_deregMs,
                                                 Ipv6Header::IPV6_EXT_DESTINATION,
                                                 nullptr);
    m_deregEvent.Cancel();
    Time wait = m_updateTimeout * (int64_t(1) << std::min<uint32_t>(m_deregTries - 1, 5));
    m_deregEvent = Simulator::Schedule(wait, [this]() {
        if (m_deregTries <= m_regRetries)
        {
            SendDeregistration();
        }
        else
        {
            m_deregMs = Ipv6Address::GetAny(); // its lifetime ends it
        }
    });
}

void
HmipMobileNode::CancelDeregistration()
{
    if (m_deregMs == m_ms)
    {
        // Registering with it again: the newer registration supersedes the removal.
        m_deregEvent.Cancel();
        m_deregMs = Ipv6Address::GetAny();
    }
}

void
HmipMobileNode::RegistrationTimeout()
{
    NS_LOG_FUNCTION(this);
    if (m_pending == REG_NONE)
    {
        return;
    }
    if (m_tries <= m_regRetries)
    {
        SendRegistration(m_pending);
        return;
    }
    FallBack("no acknowledgement of the " + RegistrationName(m_pending), true);
}

void
HmipMobileNode::RefreshRegistration()
{
    NS_LOG_FUNCTION(this);
    if (m_msRegistered && !m_fellBack && m_pending == REG_NONE)
    {
        m_tries = 0;
        SendRegistration(REG_REFRESH);
    }
}

void
HmipMobileNode::HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    if (!m_deregMs.IsAny() && header.GetSource() == m_deregMs && m_deregMs != m_ms)
    {
        BindingAckHeader ack;
        Ptr<Packet> copy = packet->Copy();
        if (copy->RemoveHeader(ack) == 0 || ack.GetError() != WireError::NONE ||
            ack.GetSequence() != m_deregSequence)
        {
            Drop(packet, "MS acknowledgement matches no outstanding deregistration");
            return;
        }
        // Accepted, or 133: nothing was bound any more. Either way, done.
        m_deregEvent.Cancel();
        m_deregMs = Ipv6Address::GetAny();
        ++m_msAcks;
        m_regAckTrace(header.GetSource(), ack.GetSequence(), ack.GetStatus());
        m_rxTrace("BindingAcknowledgement", header.GetSource(), Scope(header.GetSource()));
        return;
    }
    if (m_ms.IsAny() || header.GetSource() != m_ms || header.GetSource() == GetHomeAgentAddress())
    {
        Mipv6MobileNode::HandleBindingAck(packet, header, interface);
        return;
    }
    BindingAckHeader ack;
    Ptr<Packet> copy = packet->Copy();
    if (copy->RemoveHeader(ack) == 0 || ack.GetError() != WireError::NONE)
    {
        Drop(packet, "malformed Binding Acknowledgement from the MS");
        return;
    }
    // 135 carries the MS's last accepted number, not ours.
    bool badSequence = ack.GetStatus() == BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW;
    if (m_pending == REG_NONE || (!badSequence && ack.GetSequence() != m_sequence))
    {
        Drop(packet, "MS acknowledgement matches no outstanding registration");
        return;
    }
    m_timeoutEvent.Cancel();
    ++m_msAcks;
    m_regAckTrace(m_ms, ack.GetSequence(), ack.GetStatus());
    NotifyBindingAckReceived(m_ms, ack.GetSequence(), ack.GetStatus());
    m_rxTrace("BindingAcknowledgement", m_ms, "domain");
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MH: MS ack seq " << ack.GetSequence() << " status " << +ack.GetStatus());
    Registration kind = m_pending;
    m_pending = REG_NONE;
    if (!ack.IsAccepted())
    {
        std::ostringstream os;
        os << RegistrationName(kind) << " refused, status " << +ack.GetStatus();
        FallBack(os.str(), true);
        return;
    }
    m_msRefreshEvent.Cancel();
    if (ack.GetLifetime().IsStrictlyPositive())
    {
        m_msRefreshEvent =
            Simulator::Schedule(Seconds(ack.GetLifetime().GetSeconds() * GetRefreshFraction()),
                                &HmipMobileNode::RefreshRegistration,
                                this);
    }
    if (kind == REG_REQUEST)
    {
        MsRegistered();
    }
}

void
HmipMobileNode::MsRegistered()
{
    NS_LOG_FUNCTION(this);
    m_msRegistered = true;
    Ipv6Address gcoa = hmipv6::MakeGlobalCareOfAddress(m_domain, m_msPrefixLength, GetHomeAddress());
    if (gcoa != m_gcoa)
    {
        if (!m_previousGcoa.IsAny() && m_previousGcoa != gcoa)
        {
            RemoveTunnelAddress(m_previousGcoa);
        }
        if (m_previousGcoa != gcoa)
        {
            AddTunnelAddress(gcoa); // the MS ran DAD for it and defends it
        }
        m_previousGcoa = m_gcoa;
        m_gcoa = gcoa;
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: GCoA " << gcoa);
        m_gcoaTrace(gcoa);
    }
    // 4.2.1: (H@, GCoA) to the home agent, correspondents follow; if only the MS changed
    // and the GCoA did not, only the correspondents.
    BindCareOfAddress(gcoa);
}

void
HmipMobileNode::FallBack(const std::string& reason, bool refused)
{
    NS_LOG_FUNCTION(this << reason << refused);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: falls back to Mobile IPv6: " << reason);
    if (m_msRegistered)
    {
        m_previousMs = m_ms; // named by the next Request: a peer of its network takes over
    }
    m_refusedBy = refused ? m_ms : Ipv6Address::GetAny();
    m_fellBack = true;
    m_msRegistered = false;
    m_pending = REG_NONE;
    m_timeoutEvent.Cancel();
    m_msRefreshEvent.Cancel();
    ++m_mipv6Fallbacks;
    m_fallbackToMipv6Trace(reason);
    // 4.2.1: register the LCoA directly with the home agent and the correspondents.
    if (!m_lcoa.IsAny())
    {
        UseCareOfAddress(m_lcoa);
    }
}

} // namespace ns3
