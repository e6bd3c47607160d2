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
                            "The host moved to a new link of the same domain (the new router); "
                            "it registers again with an Update, or with a Request when its "
                            "registration was not complete.",
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
    m_reg.Dispose();
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
    return m_reg.GetSequence();
}

uint64_t
HmipMobileNode::GetRegistrationRequestsSent() const
{
    return m_reg.GetSent(hmipv6::MsRegistration::REQUEST);
}

uint64_t
HmipMobileNode::GetRegistrationUpdatesSent() const
{
    return m_reg.GetSent(hmipv6::MsRegistration::UPDATE);
}

uint64_t
HmipMobileNode::GetRegistrationRefreshesSent() const
{
    return m_reg.GetSent(hmipv6::MsRegistration::REFRESH);
}

uint64_t
HmipMobileNode::GetRegistrationAcksReceived() const
{
    return m_reg.GetAcks();
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
    hmipv6::MsRegistration::Config config;
    config.homeAddress = GetHomeAddress();
    config.lifetime = m_regLifetime;
    config.requestTimeout = m_requestTimeout;
    config.updateTimeout = m_updateTimeout;
    config.retries = m_regRetries;
    config.refreshFraction = GetRefreshFraction();
    config.requestType = m_requestType;
    config.updateType = m_updateType;
    config.refreshType = m_refreshType;
    hmipv6::MsRegistration::Hooks hooks;
    hooks.sent = [this](const std::string& name, Ipv6Address ms, uint16_t sequence, bool removal) {
        m_regSentTrace(name, ms, sequence);
        if (!removal)
        {
            NotifyBindingUpdateSent(ms, sequence); // the draft's "BU to the MS" (monitor)
        }
        m_txTrace(name, ms, removal ? Scope(ms) : "domain");
    };
    hooks.failed = [this](hmipv6::MsRegistration::Kind kind) {
        FallBack("no acknowledgement of the " + hmipv6::MsRegistration::Name(kind), true);
    };
    hooks.refreshDue = [this]() {
        if (m_msRegistered && !m_fellBack && !m_reg.IsPending())
        {
            SendRegistration(hmipv6::MsRegistration::REFRESH);
        }
    };
    hooks.deregistrationSource = [this]() { return IsAtHome() ? GetHomeAddress() : m_lcoa; };
    hooks.currentMs = [this]() { return m_ms; };
    m_reg.Setup(GetNode(), config, hooks);
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
    m_reg.Stop();
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
    case hmipv6::MobilityHeader::HOME_TEST_INIT: // through the home agent
        m_txTrace("HoTI", correspondent, "internet");
        break;
    case hmipv6::MobilityHeader::HOME_TEST:
        m_rxTrace("HoT", correspondent, "internet");
        break;
    case hmipv6::MobilityHeader::CARE_OF_TEST_INIT:
        m_txTrace("CoTI", correspondent, Scope(correspondent));
        break;
    case hmipv6::MobilityHeader::CARE_OF_TEST:
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
            option.GetError() == hmipv6::WireError::NONE && !option.IsWithdrawal())
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
    m_reg.Cancel();
    m_msRegistered = false;
    m_fellBack = false;
    m_ms = ms;
    m_msPrefixLength = prefixLength;
    m_reg.CancelDeregistration(m_ms);
    m_move = sameNetwork ? MOVE_MS_CHANGE : MOVE_INTER;
    if (!sameNetwork)
    {
        m_domain = domain;
        m_domainTrace(m_ms, m_domain, m_msPrefixLength);
    }
    if (!m_lcoa.IsAny())
    {
        SendRegistration(hmipv6::MsRegistration::REQUEST);
    }
}

void
HmipMobileNode::LeaveDomain()
{
    NS_LOG_FUNCTION(this);
    m_reg.Cancel();
    if (m_msRegistered)
    {
        m_previousMs = m_ms;
        // Its binding is removed by a message, not by its expiry: from the home address
        // at once when home, else from the next care-of address.
        m_reg.StartDeregistration(m_ms, m_msPrefixLength);
        if (IsAtHome())
        {
            // Once ns-3 has taken the default route from the home link's RA.
            Simulator::ScheduleNow(&hmipv6::MsRegistration::SendDeregistration, &m_reg);
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
        m_reg.CancelPending();
        if (m_move == MOVE_MS_CHANGE)
        {
            m_previousMs = m_ms;
            m_ms = m_raMs;
            m_msRegistered = false;
            m_reg.Cancel();
        }
        return;
    }
    // 3.1: a new domain, or this one again after a fallback the MS did not cause.
    m_reg.Cancel();
    if (m_msRegistered)
    {
        m_previousMs = m_ms;
    }
    m_msRegistered = false;
    m_fellBack = false;
    m_refusedBy = Ipv6Address::GetAny();
    m_ms = m_raMs;
    m_msPrefixLength = m_raPrefixLength;
    m_reg.CancelDeregistration(m_ms);
    m_move = MOVE_INTER;
    m_lcoa = Ipv6Address::GetAny();
    if (!sameDomain)
    {
        m_domain = domain;
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MH: domain of MS " << m_ms << " (" << domain
                                                 << "/" << +m_msPrefixLength << ")");
        m_domainTrace(m_ms, m_domain, m_msPrefixLength);
    }
    else
    {
        // A move inside the domain before the registration completed: a new Request
        // from the new LCoA, but still a move of the same domain.
        m_intraTrace(router);
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
        SendRegistration(hmipv6::MsRegistration::REQUEST);
        break;
    case MOVE_INTRA:
        SendRegistration(hmipv6::MsRegistration::UPDATE);
        StartRouteOptimization(); // local correspondents, with the new LCoA
        break;
    default:
        Mipv6MobileNode::OnCareOfAddressReady(coa);
        m_reg.SendDeregistration(); // the MS of the domain left for a link without one
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
HmipMobileNode::SendRegistration(hmipv6::MsRegistration::Kind kind)
{
    // 4.3.6: a Request of a new domain or MS names the previous MS.
    bool handoff = kind == hmipv6::MsRegistration::REQUEST &&
                   (m_move == MOVE_INTER || m_move == MOVE_MS_CHANGE) && !m_previousMs.IsAny() &&
                   m_previousMs != m_ms;
    m_reg.Send(kind,
               m_ms,
               m_msPrefixLength,
               m_lcoa,
               handoff ? m_previousMs : Ipv6Address::GetAny());
}

void
HmipMobileNode::HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    Ipv6Address source = header.GetSource();
    bool removal = m_reg.IsDeregistrationAck(source);
    if (!removal && (m_ms.IsAny() || source != m_ms || source == GetHomeAgentAddress()))
    {
        Mipv6MobileNode::HandleBindingAck(packet, header, interface);
        return;
    }
    hmipv6::BindingAckHeader ack;
    Ptr<Packet> copy = packet->Copy();
    bool parsed = copy->RemoveHeader(ack) != 0 && ack.GetError() == hmipv6::WireError::NONE;
    if (parsed)
    {
        // Draft 5.2.1: a forged acknowledgement (a refusal) must not force the fallback.
        if (auto why = m_reg.CheckAck(packet, ack, source, header.GetDestination()))
        {
            Drop(packet, *why, "MS acknowledgement not authentic");
            return;
        }
    }
    if (removal)
    {
        if (!parsed || !m_reg.ReceiveDeregistrationAck(ack))
        {
            Drop(packet,
                 hmipv6::DropReason::UNEXPECTED,
                 "MS acknowledgement matches no outstanding deregistration");
            return;
        }
        m_regAckTrace(source, ack.GetSequence(), ack.GetStatus());
        m_rxTrace("BindingAcknowledgement", source, Scope(source));
        return;
    }
    if (!parsed)
    {
        Drop(packet,
             hmipv6::DropReason::MALFORMED,
             "malformed Binding Acknowledgement from the MS");
        return;
    }
    hmipv6::MsRegistration::Kind kind = m_reg.Match(ack);
    if (kind == hmipv6::MsRegistration::NONE)
    {
        Drop(packet,
             hmipv6::DropReason::UNEXPECTED,
             "MS acknowledgement matches no outstanding registration");
        return;
    }
    m_regAckTrace(m_ms, ack.GetSequence(), ack.GetStatus());
    NotifyBindingAckReceived(m_ms, ack.GetSequence(), ack.GetStatus());
    m_rxTrace("BindingAcknowledgement", m_ms, "domain");
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MH: MS ack seq " << ack.GetSequence() << " status " << +ack.GetStatus());
    if (ack.GetStatus() == hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW &&
        m_reg.Resynchronize(kind, ack.GetSequence()))
    {
        return;
    }
    if (!ack.IsAccepted())
    {
        std::ostringstream os;
        os << hmipv6::MsRegistration::Name(kind) << " refused, status " << +ack.GetStatus();
        FallBack(os.str(), true);
        return;
    }
    m_reg.ScheduleRefresh(ack.GetLifetime());
    if (kind == hmipv6::MsRegistration::REQUEST)
    {
        MsRegistered();
    }
}

void
HmipMobileNode::MsRegistered()
{
    NS_LOG_FUNCTION(this);
    m_msRegistered = true;
    Ipv6Address gcoa =
        hmipv6::MakeGlobalCareOfAddress(m_domain, m_msPrefixLength, GetHomeAddress());
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
    m_reg.Cancel();
    ++m_mipv6Fallbacks;
    m_fallbackToMipv6Trace(reason);
    // 4.2.1: register the LCoA directly with the home agent and the correspondents.
    if (!m_lcoa.IsAny())
    {
        UseCareOfAddress(m_lcoa);
    }
}

} // namespace ns3
