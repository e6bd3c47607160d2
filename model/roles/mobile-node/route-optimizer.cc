// SPDX-License-Identifier: GPL-2.0-only
#include "route-optimizer.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-update-header.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/home-address-option.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-options.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/mobility-sequence-number.h"
#include "ns3/nonce-indices-option.h"
#include "ns3/return-routability-header-base.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6RouteOptimizer");

void
RouteOptimizer::Setup(Ptr<Node> node,
                      hmipv6::BindingUpdateList* bul,
                      Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel,
                      Ptr<hmipv6::MobilityRoutingProtocol> routing,
                      const Config& config,
                      Hooks hooks)
{
    m_node = node;
    m_bul = bul;
    m_tunnel = tunnel;
    m_routing = routing;
    m_config = config;
    m_hooks = std::move(hooks);
}

void
RouteOptimizer::InstallDevice()
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    if (!m_device)
    {
        m_device = CreateObject<Mipv6HomeAddressDevice>();
        m_device->SetAddress(Mac48Address::Allocate());
        m_node->AddDevice(m_device);
        m_deviceInterface = ipv6->AddInterface(m_device);
        ipv6->SetForwarding(m_deviceInterface, false);
        ipv6->SetUp(m_deviceInterface);
    }
    m_device->SetHomeAddress(m_config.homeAddress);
    m_device->SetBindingCallback(MakeCallback(&RouteOptimizer::LookupBinding, this));
    m_cookieRng = CreateObject<UniformRandomVariable>();
    if (m_cookieStream >= 0)
    {
        m_cookieRng->SetStream(m_cookieStream);
    }
}

int64_t
RouteOptimizer::AssignStreams(int64_t stream)
{
    m_cookieStream = stream;
    if (m_cookieRng)
    {
        m_cookieRng->SetStream(stream);
    }
    return 1;
}

void
RouteOptimizer::Stop()
{
    for (auto& [address, c] : m_correspondents)
    {
        ResetCorrespondent(c);
    }
}

void
RouteOptimizer::Dispose()
{
    for (auto& [address, c] : m_correspondents)
    {
        c.rrEvent.Cancel();
        c.buEvent.Cancel();
        c.refreshEvent.Cancel();
    }
    m_correspondents.clear();
    m_device = nullptr;
    m_cookieRng = nullptr;
    m_tunnel = nullptr;
    m_routing = nullptr;
    m_node = nullptr;
}

void
RouteOptimizer::AddCorrespondent(Ipv6Address address)
{
    m_correspondents[address].address = address;
}

std::vector<Ipv6Address>
RouteOptimizer::GetCorrespondents() const
{
    std::vector<Ipv6Address> addresses;
    for (const auto& [address, c] : m_correspondents)
    {
        addresses.push_back(address);
    }
    return addresses;
}

bool
RouteOptimizer::IsCorrespondent(Ipv6Address address) const
{
    return m_correspondents.count(address) != 0;
}

Ipv6Address
RouteOptimizer::GetBoundCareOf(Ipv6Address address) const
{
    auto it = m_correspondents.find(address);
    return it == m_correspondents.end() ? Ipv6Address::GetAny() : it->second.boundCareOf;
}

Ptr<Mipv6HomeAddressDevice>
RouteOptimizer::GetDevice() const
{
    return m_device;
}

void
RouteOptimizer::SetAtHome(bool atHome)
{
    m_atHome = atHome;
}

hmipv6::MobilityCookie
RouteOptimizer::NewCookie()
{
    hmipv6::MobilityCookie cookie;
    for (uint8_t& octet : cookie)
    {
        octet = static_cast<uint8_t>(m_cookieRng->GetInteger(0, 255));
    }
    return cookie;
}

Ipv6Address
RouteOptimizer::LookupBinding(Ipv6Address address)
{
    auto it = m_correspondents.find(address);
    if (it == m_correspondents.end() || m_atHome || it->second.boundCareOf.IsAny() ||
        it->second.boundCareOf != m_hooks.careOf(address))
    {
        return Ipv6Address::GetAny();
    }
    return it->second.boundCareOf;
}

void
RouteOptimizer::SendDirect(Ptr<Packet> packet,
                           Ipv6Address source,
                           Ipv6Address destination,
                           uint8_t protocol)
{
    Ptr<Ipv6Route> route =
        Mipv6HomeAddressDevice::StaticRoute(m_node, source, destination, protocol);
    if (!route)
    {
        m_hooks.drop(packet, DropReason::NO_ROUTE, "no route to the correspondent");
        return;
    }
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet, source, destination, protocol, route);
}

void
RouteOptimizer::SendThroughTunnel(Ptr<Packet> packet, Ipv6Address destination, uint8_t protocol)
{
    Ptr<Ipv6Route> route = Create<Ipv6Route>();
    route->SetDestination(destination);
    route->SetSource(m_config.homeAddress);
    route->SetGateway(Ipv6Address::GetZero());
    route->SetOutputDevice(m_tunnel);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet,
                                              m_config.homeAddress,
                                              destination,
                                              protocol,
                                              route);
}

void
RouteOptimizer::ResetCorrespondent(Correspondent& c)
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
    if (!m_bul)
    {
        return; // not started
    }
    if (const hmipv6::BindingUpdateList::Entry* entry = m_bul->Find(c.address))
    {
        c.lastSequence = entry->lastSequence; // 9.5.1: the next BU must be newer
    }
    m_bul->Remove(c.address);
    if (m_routing && m_routing->HasDivert(c.address))
    {
        m_routing->RemoveDivert(c.address);
    }
}

void
RouteOptimizer::Reset(Ipv6Address address)
{
    auto it = m_correspondents.find(address);
    if (it != m_correspondents.end())
    {
        ResetCorrespondent(it->second);
    }
}

void
RouteOptimizer::ResetAll()
{
    for (auto& [address, c] : m_correspondents)
    {
        ResetCorrespondent(c);
    }
}

std::vector<Ipv6Address>
RouteOptimizer::LeaveBindings()
{
    std::vector<Ipv6Address> bound;
    for (auto& [address, c] : m_correspondents)
    {
        if (!c.boundCareOf.IsAny() || m_bul->Find(address))
        {
            bound.push_back(address);
        }
        ResetCorrespondent(c);
    }
    return bound;
}

void
RouteOptimizer::Deregister(const std::vector<Ipv6Address>& addresses)
{
    if (!m_cookieRng)
    {
        return; // route optimisation is off
    }
    for (Ipv6Address address : addresses)
    {
        // 11.5.4: the correspondents' bindings go too (lifetime 0, care-of address = home
        // address), authenticated with the home keygen token alone (5.2.5). After ns-3
        // has taken the default route from this same RA.
        m_correspondents[address].deregistering = true;
        m_correspondents[address].rrTries = 0;
        Simulator::ScheduleNow(&RouteOptimizer::SendTestInits, this, address);
    }
}

void
RouteOptimizer::Fallback(Correspondent& c, const std::string& reason)
{
    NS_LOG_FUNCTION(this << c.address << reason);
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: route optimisation with " << c.address << " failed: " << reason);
    ResetCorrespondent(c);
    c.failedCareOf = m_hooks.careOf(c.address);
    ++m_fallbacks;
    m_hooks.fallback(c.address, reason);
}

void
RouteOptimizer::Start()
{
    NS_LOG_FUNCTION(this);
    for (auto& [address, c] : m_correspondents)
    {
        Ipv6Address careOf = m_hooks.careOf(address);
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
RouteOptimizer::SendTestInit(TestInitHeaderBase& init,
                             const hmipv6::MobilityCookie& cookie,
                             Ipv6Address source,
                             Ipv6Address address)
{
    bool home = init.GetMhType() == hmipv6::MobilityHeader::HOME_TEST_INIT;
    init.SetInitCookie(cookie);
    Ptr<Packet> p = Create<Packet>();
    p->AddHeader(init);
    hmipv6::MobilityL4Protocol::FillChecksum(p, source, address);
    ++(home ? m_hotiSent : m_cotiSent);
    m_hooks.message(address, init.GetMhType());
    if (home && !m_atHome)
    {
        // 11.6.1: the HoTI goes through the reverse tunnel when away.
        SendThroughTunnel(p, address, hmipv6::MobilityL4Protocol::PROT_NUMBER);
    }
    else
    {
        SendDirect(p, source, address, hmipv6::MobilityL4Protocol::PROT_NUMBER);
    }
}

void
RouteOptimizer::SendTestInits(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    Ipv6Address careOf = m_hooks.careOf(address);
    // 5.2.7, 11.6.1: the home keygen token stays valid while the home address does.
    bool reuse =
        m_config.reuseHomeToken && !c.homeTokenTime.IsNegative() &&
        Simulator::Now() - c.homeTokenTime < Seconds(hmipv6::ReturnRoutability::MAX_TOKEN_LIFETIME);
    c.haveHot = reuse;
    c.haveCot = c.deregistering; // 5.2.5: a deregistration needs no care-of keygen token
    c.rrCareOf = careOf;
    c.homeCookie = NewCookie();
    c.careOfCookie = NewCookie();
    if (!reuse)
    {
        hmipv6::HomeTestInitHeader hoti;
        SendTestInit(hoti, c.homeCookie, m_config.homeAddress, address);
    }
    if (c.haveHot && c.haveCot)
    {
        c.rrEvent.Cancel();
        c.buTries = 0;
        SendUpdate(address, false);
        return;
    }
    if (!c.deregistering)
    {
        hmipv6::CareOfTestInitHeader coti;
        SendTestInit(coti, c.careOfCookie, careOf, address);
    }
    // 11.8: retransmitted after INITIAL_BINDACK_TIMEOUT, doubling.
    Time timeout = Seconds(hmipv6::BindingUpdateList::INITIAL_BINDACK_TIMEOUT) *
                   (1u << std::min(c.rrTries, 5u));
    ++c.rrTries;
    c.rrEvent.Cancel();
    c.rrEvent = Simulator::Schedule(timeout, &RouteOptimizer::TestInitTimeout, this, address);
}

void
RouteOptimizer::TestInitTimeout(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    if (c.rrTries > m_config.retries)
    {
        Fallback(c, c.haveHot ? "no Care-of Test" : "no Home Test");
        return;
    }
    SendTestInits(address);
}

void
RouteOptimizer::ReceiveHomeTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    hmipv6::HomeTestHeader hot;
    ReceiveTest(packet, header, hot);
}

void
RouteOptimizer::ReceiveCareOfTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t)
{
    hmipv6::CareOfTestHeader cot;
    ReceiveTest(packet, header, cot);
}

void
RouteOptimizer::ReceiveTest(Ptr<Packet> packet, const Ipv6Header& header, TestHeaderBase& test)
{
    NS_LOG_FUNCTION(this << packet << header.GetSource());
    bool home = test.GetMhType() == hmipv6::MobilityHeader::HOME_TEST;
    std::string name = home ? "Home Test" : "Care-of Test";
    Ptr<Packet> copy = packet->Copy();
    auto it = m_correspondents.find(header.GetSource());
    if (copy->RemoveHeader(test) == 0 || test.GetError() != hmipv6::WireError::NONE ||
        it == m_correspondents.end() ||
        header.GetDestination() != (home ? m_config.homeAddress : it->second.rrCareOf))
    {
        m_hooks.drop(packet, DropReason::UNEXPECTED, "unexpected " + name);
        return;
    }
    Correspondent& c = it->second;
    // 11.6.2: the cookie must match the last test init.
    if (c.rrEvent.IsExpired() || test.GetInitCookie() != (home ? c.homeCookie : c.careOfCookie))
    {
        m_hooks.drop(packet, DropReason::UNEXPECTED, name + " with a stale cookie");
        return;
    }
    if (home)
    {
        c.haveHot = true;
        c.homeIndex = test.GetNonceIndex();
        c.homeToken = test.GetKeygenToken();
        c.homeTokenTime = Simulator::Now();
    }
    else
    {
        c.haveCot = true;
        c.careOfIndex = test.GetNonceIndex();
        c.careOfToken = test.GetKeygenToken();
    }
    m_hooks.message(c.address, test.GetMhType());
    if (c.haveHot && c.haveCot)
    {
        c.rrEvent.Cancel();
        c.buTries = 0;
        SendUpdate(c.address, false);
    }
}

void
RouteOptimizer::SendUpdate(Ipv6Address address, bool retransmission)
{
    NS_LOG_FUNCTION(this << address << retransmission);
    Correspondent& c = m_correspondents[address];
    Ipv6Address homeAddress = m_config.homeAddress;
    Ipv6Address careOf = c.deregistering ? homeAddress : m_hooks.careOf(address);
    if (c.rrCareOf != m_hooks.careOf(address) || careOf.IsAny())
    {
        return; // moved meanwhile
    }
    // 5.2.5: a deregistration's Kbm comes from the home keygen token alone.
    c.kbm = c.deregistering ? hmipv6::ReturnRoutability::Kbm(c.homeToken)
                            : hmipv6::ReturnRoutability::Kbm(c.homeToken, c.careOfToken);
    const hmipv6::BindingUpdateList::Entry* entry = nullptr;
    if (retransmission)
    {
        entry = m_bul->OnRetransmit(address, Simulator::Now());
    }
    else
    {
        Time lifetime = c.deregistering
                            ? Seconds(0)
                            : std::min(m_config.lifetime,
                                       Seconds(hmipv6::ReturnRoutability::MAX_RR_BINDING_LIFETIME));
        std::optional<uint16_t> sequence;
        if (!m_bul->Find(address) && c.lastSequence)
        {
            sequence = hmipv6::MobilitySequenceNumber::Next(*c.lastSequence);
        }
        entry = &m_bul->PrepareUpdate(address,
                                      homeAddress,
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
    hmipv6::BindingUpdateHeader bu;
    bu.SetSequence(entry->lastSequence);
    bu.SetAcknowledge(true);
    bu.SetHomeRegistration(false);
    bu.SetLifetime(entry->requestedLifetime);
    hmipv6::MobilityOptions options;
    // 9.5.1: the care-of nonce index of a deregistration is ignored.
    options.SetNonceIndices(
        hmipv6::NonceIndicesOption(c.homeIndex, c.deregistering ? 0 : c.careOfIndex));
    AuthorizeWithKbm(bu, options, c.kbm, careOf, address);
    Ptr<Packet> mh = Create<Packet>();
    mh->AddHeader(bu);
    hmipv6::MobilityL4Protocol::FillChecksum(mh, homeAddress, address); // 6.1.1
    ++m_buSent;
    ++c.buTries;
    m_hooks.sent(address, entry->lastSequence);
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: BU seq " << entry->lastSequence << " to "
                                             << address << " from " << careOf);
    if (c.deregistering)
    {
        // From the home address, without a Home Address option (11.5.4).
        SendDirect(mh, homeAddress, address, hmipv6::MobilityL4Protocol::PROT_NUMBER);
    }
    else
    {
        Ipv6ExtensionDestinationHeader destination;
        destination.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
        destination.AddOption(hmipv6::HomeAddressOption(homeAddress));
        mh->AddHeader(destination);
        SendDirect(mh, careOf, address, Ipv6Header::IPV6_EXT_DESTINATION);
    }
    c.buEvent.Cancel();
    std::optional<Time> next = m_bul->NextRetransmission(address);
    if (next)
    {
        c.buEvent = Simulator::Schedule(std::max(*next - Simulator::Now(), Seconds(0)),
                                        &RouteOptimizer::UpdateTimeout,
                                        this,
                                        address);
    }
}

void
RouteOptimizer::UpdateTimeout(Ipv6Address address)
{
    NS_LOG_FUNCTION(this << address);
    Correspondent& c = m_correspondents[address];
    if (c.buTries > m_config.retries)
    {
        Fallback(c, "no Binding Acknowledgement");
        return;
    }
    SendUpdate(address, true);
}

bool
RouteOptimizer::Authentic(const Correspondent& c,
                          Ptr<Packet> packet,
                          const hmipv6::BindingAckHeader& ack,
                          Ipv6Address careOf) const
{
    const auto& auth = ack.GetOptions().GetBindingAuthData();
    return auth && VerifyKbmAuthorization(MobilityHeaderOctets(packet),
                                          auth->GetAuthenticator(),
                                          c.kbm,
                                          careOf,
                                          c.address);
}

void
RouteOptimizer::ReceiveAck(Ipv6Address address,
                           Ptr<Packet> packet,
                           const hmipv6::BindingAckHeader& ack)
{
    NS_LOG_FUNCTION(this << address << ack.GetSequence() << +ack.GetStatus());
    Correspondent& c = m_correspondents[address];
    const hmipv6::BindingUpdateList::Entry* entry = m_bul->Find(address);
    if (!entry || !entry->awaitingAck)
    {
        m_hooks.drop(packet,
                     DropReason::UNEXPECTED,
                     "unexpected correspondent Binding Acknowledgement");
        return;
    }
    // 11.7.3: a Binding Authorization Data option that verifies with Kbm (6.1.8).
    if ((ack.GetStatus() < 128 || ack.GetOptions().GetBindingAuthData()) &&
        !Authentic(c, packet, ack, entry->careOfAddress))
    {
        m_hooks.drop(packet,
                     DropReason::UNAUTHENTICATED,
                     "correspondent Binding Acknowledgement fails authentication");
        return;
    }
    ++m_acks;
    m_hooks.acked(address, ack.GetSequence(), ack.GetStatus());
    if (ack.GetStatus() == hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW)
    {
        m_bul->SetLastSequence(address, ack.GetSequence());
        c.buEvent.Cancel();
        SendUpdate(address, false);
        return;
    }
    if (!m_bul->OnAck(address,
                      ack.GetSequence(),
                      ack.GetStatus(),
                      ack.GetLifetime(),
                      Simulator::Now()))
    {
        m_hooks.drop(packet,
                     DropReason::UNEXPECTED,
                     "correspondent Binding Acknowledgement does not match");
        return;
    }
    c.buEvent.Cancel();
    uint8_t status = ack.GetStatus();
    if (status >= hmipv6::BindingAckHeader::EXPIRED_HOME_NONCE_INDEX &&
        status <= hmipv6::BindingAckHeader::EXPIRED_NONCES && !c.nonceRetried)
    {
        // 11.7.3: a nonce expired (perhaps the reused home keygen token's): run return
        // routability again, the home half too unless only the care-of nonce expired.
        if (status != hmipv6::BindingAckHeader::EXPIRED_CARE_OF_NONCE_INDEX)
        {
            c.homeTokenTime = Time(-1);
        }
        c.nonceRetried = true;
        c.rrTries = 0;
        SendTestInits(address);
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
        NS_LOG_INFO(Simulator::Now().As(Time::S) << " MN: " << address << " deregistered");
        ResetCorrespondent(c);
        m_bul->Remove(address);
        m_hooks.deregistered(address);
        return;
    }
    NS_LOG_INFO(Simulator::Now().As(Time::S)
                << " MN: " << address << " binds " << m_config.homeAddress << " to "
                << entry->careOfAddress);
    c.boundCareOf = entry->careOfAddress;
    c.failedCareOf = Ipv6Address::GetAny();
    c.nonceRetried = false;
    m_routing->AddDivert(address, m_deviceInterface);
    m_hooks.bound(address, c.boundCareOf);
    // 11.7.2: a new return routability before the binding (at most
    // MAX_RR_BINDING_LIFETIME) runs out.
    std::optional<Time> refresh = m_bul->RefreshTime(address);
    c.refreshEvent.Cancel();
    if (refresh)
    {
        c.refreshEvent = Simulator::Schedule(std::max(*refresh - Simulator::Now(), Seconds(0)),
                                             &RouteOptimizer::RefreshBinding,
                                             this,
                                             address);
    }
}

void
RouteOptimizer::RefreshBinding(Ipv6Address address)
{
    Correspondent& c = m_correspondents[address];
    if (!m_atHome && !m_hooks.careOf(address).IsAny() && c.rrEvent.IsExpired())
    {
        c.rrTries = 0;
        SendTestInits(address);
    }
}

uint64_t
RouteOptimizer::GetHomeTestInitsSent() const
{
    return m_hotiSent;
}

uint64_t
RouteOptimizer::GetCareOfTestInitsSent() const
{
    return m_cotiSent;
}

uint64_t
RouteOptimizer::GetUpdatesSent() const
{
    return m_buSent;
}

uint64_t
RouteOptimizer::GetAcksReceived() const
{
    return m_acks;
}

uint64_t
RouteOptimizer::GetFallbackCount() const
{
    return m_fallbacks;
}

} // namespace hmipv6
} // namespace ns3
