// SPDX-License-Identifier: GPL-2.0-only
#include "nd-proxy.h"

#include "ns3/boolean.h"
#include "ns3/icmpv6-header.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("NdProxy");

NS_OBJECT_ENSURE_REGISTERED(NdProxy);

namespace
{
constexpr uint32_t IPV6_HEADER_SIZE = 40; //!< fixed IPv6 header (RFC 8200 3)
} // namespace

TypeId
NdProxy::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::NdProxy")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<NdProxy>()
            .AddAttribute("RouterFlag",
                          "Router flag of the advertisements sent for proxied targets. "
                          "RFC 6275 10.4.1 requires 0 for a home agent's takeover "
                          "announcements (the target is the mobile node, a host).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&NdProxy::m_routerFlag),
                          MakeBooleanChecker())
            .AddAttribute("ReplyDelay",
                          "Delay, in seconds, before answering a (non-DAD) solicitation for "
                          "a proxied target: random between 0 and MAX_ANYCAST_DELAY_TIME "
                          "(1 s) by default (RFC 4861 7.2.8, 10).",
                          StringValue("ns3::UniformRandomVariable[Min=0.0|Max=1.0]"),
                          MakePointerAccessor(&NdProxy::m_replyDelay),
                          MakePointerChecker<RandomVariableStream>())
            .AddAttribute("MaxNeighborAdvertisement",
                          "Unsolicited advertisements sent by AnnounceTakeover "
                          "(MAX_NEIGHBOR_ADVERTISEMENT, RFC 4861 10; RFC 6275 10.4.1).",
                          UintegerValue(3),
                          MakeUintegerAccessor(&NdProxy::m_maxNeighborAdvertisement),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("AnnounceInterval",
                          "Spacing of the takeover announcements: at least RetransTimer "
                          "(RFC 4861 7.2.6; RETRANS_TIMER is 1 s, RFC 4861 10).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&NdProxy::m_announceInterval),
                          MakeTimeChecker())
            .AddAttribute("DupAddrDetectTransmits",
                          "Neighbor Solicitations sent by PerformDad; 0 disables DAD "
                          "(RFC 4862 5.1).",
                          UintegerValue(1),
                          MakeUintegerAccessor(&NdProxy::m_dupAddrDetectTransmits),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("RetransTimer",
                          "Spacing of the DAD probes, and wait after the last one "
                          "(RFC 4862 5.4, RFC 4861 RETRANS_TIMER).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&NdProxy::m_retransTimer),
                          MakeTimeChecker())
            .AddAttribute("DadNonce",
                          "Put a Nonce option in DAD probes, to recognize them if the link "
                          "loops them back (RFC 7527 4.1).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&NdProxy::m_dadNonce),
                          MakeBooleanChecker())
            .AddAttribute("RejectDadProbeSlla",
                          "Drop DAD probes (source ::) that carry a Source Link-Layer "
                          "Address option, as RFC 4861 7.1.1 asks. Off by default: ns-3 "
                          "3.37's own DAD probes (Icmpv6L4Protocol::ForgeNS) carry one, and "
                          "they must still be defended against and heard during DAD.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&NdProxy::m_rejectDadProbeSlla),
                          MakeBooleanChecker())
            .AddAttribute("MaxPendingAnswers",
                          "Most answers to solicitations for one target that wait for their "
                          "ReplyDelay (RFC 4861 7.2.8) at once; a solicitation beyond them is "
                          "not answered (Drop): a flood must not schedule one event each.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&NdProxy::m_maxPendingAnswers),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("VerifyChecksum",
                          "Ignore Neighbor Solicitations / Advertisements whose ICMPv6 "
                          "checksum is wrong (RFC 4861 7.1.1, 7.1.2).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&NdProxy::m_verifyChecksum),
                          MakeBooleanChecker())
            .AddTraceSource("NsReceived",
                            "A valid Neighbor Solicitation for a proxied or probed target",
                            MakeTraceSourceAccessor(&NdProxy::m_nsReceivedTrace),
                            "ns3::hmipv6::NdProxy::NsReceivedCallback")
            .AddTraceSource("NaSent",
                            "A Neighbor Advertisement was sent (answer or announcement)",
                            MakeTraceSourceAccessor(&NdProxy::m_naSentTrace),
                            "ns3::hmipv6::NdProxy::NaSentCallback")
            .AddTraceSource("DadStarted",
                            "Duplicate Address Detection started for a target",
                            MakeTraceSourceAccessor(&NdProxy::m_dadStartedTrace),
                            "ns3::hmipv6::NdProxy::DadStartedCallback")
            .AddTraceSource("DadResult",
                            "Duplicate Address Detection ended (target, unique)",
                            MakeTraceSourceAccessor(&NdProxy::m_dadResultTrace),
                            "ns3::hmipv6::NdProxy::DadResultCallback")
            .AddTraceSource("Drop",
                            "A Neighbor Solicitation / Advertisement read was invalid, or a "
                            "solicitation was not answered (too many answers pending)",
                            MakeTraceSourceAccessor(&NdProxy::m_dropTrace),
                            "ns3::hmipv6::NdProxy::DropCallback");
    return tid;
}

NdProxy::NdProxy()
    : m_listened(nullptr),
      m_routerFlag(false),
      m_maxNeighborAdvertisement(3),
      m_announceInterval(Seconds(1)),
      m_dupAddrDetectTransmits(1),
      m_retransTimer(Seconds(1)),
      m_dadNonce(true),
      m_verifyChecksum(true),
      m_rejectDadProbeSlla(false),
      m_maxPendingAnswers(64),
      m_nonceRng(CreateObject<UniformRandomVariable>()),
      m_nsReceived(0),
      m_naSent(0),
      m_nsSent(0),
      m_dadStarted(0),
      m_dadSucceeded(0),
      m_dadFailed(0),
      m_malformed(0),
      m_ignored(0),
      m_refused(0)
{
    NS_LOG_FUNCTION(this);
}

NdProxy::~NdProxy()
{
    NS_LOG_FUNCTION(this);
}

Ptr<NdProxy>
NdProxy::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    NS_ASSERT_MSG(node, "NdProxy::Install: no node");
    Ptr<NdProxy> proxy = node->GetObject<NdProxy>();
    if (!proxy)
    {
        proxy = CreateObject<NdProxy>();
        node->AggregateObject(proxy);
    }
    if (!proxy->EnsureListening())
    {
        NS_LOG_WARN("Node " << node->GetId() << " has no IPv6 stack yet: NdProxy idle");
    }
    return proxy;
}

Ptr<NdProxy>
NdProxy::InstallForRole(Ptr<Node> node, Ptr<RandomVariableStream> replyDelay)
{
    NS_LOG_FUNCTION(node << replyDelay);
    bool shared = node->GetObject<NdProxy>() != nullptr;
    Ptr<NdProxy> proxy = Install(node);
    if (!shared)
    {
        proxy->m_replyDelay = replyDelay;
    }
    else if (proxy->m_replyDelay != replyDelay)
    {
        NS_LOG_WARN("Node " << node->GetId()
                            << ": NdProxy shared by two roles keeps the first one's ReplyDelay");
    }
    return proxy;
}

void
NdProxy::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& announcement : m_announcements)
    {
        announcement.second.Cancel();
    }
    m_announcements.clear();
    for (auto& dad : m_dads)
    {
        dad.second.event.Cancel(); // nobody is told: the node is going away
    }
    m_dads.clear();
    m_pendingAnswers.clear();
    m_proxies.clear();
    m_groups.clear();
    if (m_listened)
    {
        m_listened->TraceDisconnectWithoutContext("Rx",
                                                  MakeCallback(&NdProxy::ReceiveFromIpv6, this));
        m_listened = nullptr;
    }
    m_replyDelay = nullptr;
    m_nonceRng = nullptr;
    Object::DoDispose();
}

int64_t
NdProxy::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_replyDelay->SetStream(stream);
    m_nonceRng->SetStream(stream + 1);
    return 2;
}

Ptr<Ipv6L3Protocol>
NdProxy::GetIpv6() const
{
    Ptr<Node> node = GetObject<Node>();
    return node ? node->GetObject<Ipv6L3Protocol>() : nullptr;
}

bool
NdProxy::EnsureListening()
{
    if (m_listened)
    {
        return true;
    }
    Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
    if (!ipv6)
    {
        return false;
    }
    // Ipv6L3Protocol::Receive fires "Rx" for every packet on an interface that is up,
    // before deciding whether the destination is the node's: that is how solicitations
    // for targets that ns-3's Icmpv6L4Protocol ignores reach this object, whatever the
    // ns-3 release. An IPv6 raw socket saw the same in ns-3.37, but later releases give
    // raw sockets only what is delivered locally (after reassembly), which leaves out
    // the unicast solicitations sent to a proxied target.
    ipv6->TraceConnectWithoutContext("Rx", MakeCallback(&NdProxy::ReceiveFromIpv6, this));
    m_listened = ipv6;
    return true;
}

void
NdProxy::AddProxy(Ipv6Address target, uint32_t interface)
{
    NS_LOG_FUNCTION(this << target << interface);
    Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
    if (!ipv6 || interface >= ipv6->GetNInterfaces() || !EnsureListening())
    {
        NS_LOG_WARN("No IPv6 interface " << interface << ": not proxying " << target);
        return;
    }
    if (target.IsMulticast() || target.IsAny() || target.IsLocalhost())
    {
        NS_LOG_WARN(target << " is not a unicast address: not proxied");
        return;
    }
    if (ipv6->GetInterfaceForAddress(target) >= 0)
    {
        // ns-3 already answers for it (Override set); a second, proxy answer would only
        // contradict it.
        NS_LOG_WARN(target << " is this node's own address: not proxied");
        return;
    }
    if (m_proxies.insert(Key(target, interface)).second)
    {
        // RFC 4861 7.2.8: a proxy MUST join the target's solicited-node group.
        JoinGroup(target, interface);
        NS_LOG_LOGIC("Proxying " << target << " on interface " << interface);
    }
}

void
NdProxy::RemoveProxy(Ipv6Address target, uint32_t interface)
{
    NS_LOG_FUNCTION(this << target << interface);
    Key key(target, interface);
    auto announcement = m_announcements.find(key);
    if (announcement != m_announcements.end())
    {
        announcement->second.Cancel();
        m_announcements.erase(announcement);
    }
    if (m_proxies.erase(key) > 0)
    {
        LeaveGroup(target, interface);
        NS_LOG_LOGIC("No longer proxying " << target << " on interface " << interface);
    }
}

bool
NdProxy::IsProxying(Ipv6Address target, uint32_t interface) const
{
    return m_proxies.find(Key(target, interface)) != m_proxies.end();
}

std::vector<Ipv6Address>
NdProxy::GetProxiedTargets(uint32_t interface) const
{
    std::vector<Ipv6Address> targets;
    for (const auto& key : m_proxies)
    {
        if (key.second == interface)
        {
            targets.push_back(key.first);
        }
    }
    return targets;
}

void
NdProxy::AnnounceTakeover(Ipv6Address target, uint32_t interface)
{
    NS_LOG_FUNCTION(this << target << interface);
    Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
    if (!ipv6 || interface >= ipv6->GetNInterfaces())
    {
        NS_LOG_WARN("No IPv6 interface " << interface << ": " << target << " not announced");
        return;
    }
    if (target.IsMulticast() || target.IsAny())
    {
        NS_LOG_WARN(target << " is not a unicast address: not announced");
        return;
    }
    Key key(target, interface);
    auto pending = m_announcements.find(key);
    if (pending != m_announcements.end())
    {
        pending->second.Cancel();
        m_announcements.erase(pending);
    }
    if (m_maxNeighborAdvertisement > 0)
    {
        Announce(key, m_maxNeighborAdvertisement);
    }
}

void
NdProxy::Announce(Key key, uint32_t left)
{
    NS_LOG_FUNCTION(this << key.first << key.second << left);
    m_announcements.erase(key);
    // RFC 6275 10.4.1 (and RFC 4861 7.2.6): to all-nodes, Target = the address taken
    // over, TLLA = our link-layer address, Router flag 0 (the default of "RouterFlag"),
    // Solicited 0 (nobody asked), Override 1 (replace cached link-layer addresses).
    uint8_t flags = FLAG_O | (m_routerFlag ? FLAG_R : 0);
    SendNa(key.first, Ipv6Address::GetAllNodesMulticast(), {}, flags, key.second);
    if (left > 1)
    {
        // RFC 4861 7.2.6: separated by at least RetransTimer.
        m_announcements[key] =
            Simulator::Schedule(m_announceInterval, &NdProxy::Announce, this, key, left - 1);
    }
}

void
NdProxy::PerformDad(Ipv6Address target, uint32_t interface, DadCallback done)
{
    NS_LOG_FUNCTION(this << target << interface);
    Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
    if (!ipv6 || interface >= ipv6->GetNInterfaces() || !EnsureListening() ||
        target.IsMulticast() || target.IsAny())
    {
        NS_LOG_WARN("Cannot run DAD for " << target << " on interface " << interface);
        Simulator::ScheduleNow([done, target]() {
            if (!done.IsNull())
            {
                done(target, false);
            }
        });
        return;
    }

    Key key(target, interface);
    auto running = m_dads.find(key);
    if (running != m_dads.end())
    {
        NS_LOG_LOGIC("DAD for " << target << " already running: joining it");
        running->second.callbacks.push_back(done);
        return;
    }

    ++m_dadStarted;
    m_dadStartedTrace(target);
    if (m_dupAddrDetectTransmits == 0)
    {
        // RFC 4862 5.1: DupAddrDetectTransmits 0 means no DAD; the address is unique.
        ++m_dadSucceeded;
        m_dadResultTrace(target, true);
        Simulator::ScheduleNow([done, target]() {
            if (!done.IsNull())
            {
                done(target, true);
            }
        });
        return;
    }

    Dad& dad = m_dads[key];
    dad.callbacks.push_back(done);
    dad.transmits = m_dupAddrDetectTransmits;
    dad.retrans = m_retransTimer;
    if (m_dadNonce)
    {
        for (uint32_t i = 0; i < hmipv6::nd::NONCE_SIZE; ++i)
        {
            dad.nonce.push_back(static_cast<uint8_t>(m_nonceRng->GetInteger(0, 255)));
        }
    }
    // RFC 4862 5.4.2: join the solicited-node group of the tentative address before
    // probing, so that another node's probe for it is heard (5.4.3). The random delay of
    // 5.4.2 is for the first message after an interface comes up, not the case here.
    JoinGroup(target, interface);
    dad.event = Simulator::ScheduleNow(&NdProxy::DadStep, this, key);
}

bool
NdProxy::CancelDad(Ipv6Address target, uint32_t interface, DadCallback done)
{
    NS_LOG_FUNCTION(this << target << interface);
    Key key(target, interface);
    auto it = m_dads.find(key);
    if (it == m_dads.end())
    {
        return false;
    }
    std::vector<DadCallback>& callbacks = it->second.callbacks;
    auto withdrawn = std::remove_if(callbacks.begin(), callbacks.end(), [&done](auto& c) {
        return c.IsEqual(done);
    });
    bool found = withdrawn != callbacks.end();
    callbacks.erase(withdrawn, callbacks.end());
    if (found && callbacks.empty())
    {
        // Nobody waits for the result: no more probes on the link.
        NS_LOG_LOGIC("DAD for " << target << " abandoned");
        it->second.event.Cancel();
        m_dads.erase(it);
        LeaveGroup(target, interface);
    }
    return found;
}

bool
NdProxy::IsDadRunning(Ipv6Address target, uint32_t interface) const
{
    return m_dads.find(Key(target, interface)) != m_dads.end();
}

void
NdProxy::DadStep(Key key)
{
    NS_LOG_FUNCTION(this << key.first << key.second);
    auto it = m_dads.find(key);
    if (it == m_dads.end())
    {
        return;
    }
    Dad& dad = it->second;
    if (dad.sent >= dad.transmits)
    {
        // RFC 4862 5.4: RetransTimer after the last probe and nothing heard: unique.
        FinishDad(key, true);
        return;
    }

    Ipv6Address target = key.first;
    if (!m_sender.SendDadProbe(GetIpv6(), target, dad.nonce, key.second))
    {
        // A probe that cannot be sent proves nothing: report a failure, not a unique
        // address.
        NS_LOG_WARN("DAD probe for " << target << " not sent (interface down?)");
        FinishDad(key, false);
        return;
    }
    ++m_nsSent;
    ++dad.sent;
    NS_LOG_LOGIC("DAD probe " << dad.sent << "/" << dad.transmits << " for " << target);
    dad.event = Simulator::Schedule(dad.retrans, &NdProxy::DadStep, this, key);
}

void
NdProxy::FinishDad(Key key, bool unique)
{
    NS_LOG_FUNCTION(this << key.first << key.second << unique);
    auto it = m_dads.find(key);
    if (it == m_dads.end())
    {
        return;
    }
    Dad dad = it->second;
    m_dads.erase(it);
    dad.event.Cancel();
    LeaveGroup(key.first, key.second);
    if (unique)
    {
        ++m_dadSucceeded;
    }
    else
    {
        ++m_dadFailed;
    }
    NS_LOG_LOGIC("DAD for " << key.first << ": " << (unique ? "unique" : "duplicate"));
    m_dadResultTrace(key.first, unique);
    for (const auto& callback : dad.callbacks)
    {
        if (!callback.IsNull())
        {
            callback(key.first, unique);
        }
    }
}

void
NdProxy::ReceiveFromIpv6(Ptr<const Packet> packet, Ptr<Ipv6> /* ipv6 */, uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << interface);
    if (packet->GetSize() < IPV6_HEADER_SIZE)
    {
        // Checked before PeekHeader, which would read past the end.
        ++m_malformed;
        m_dropTrace(packet, "shorter than an IPv6 header");
        return;
    }
    Ipv6Header header;
    packet->PeekHeader(header);
    if (header.GetNextHeader() != ICMPV6_PROT)
    {
        return; // not ICMPv6 (or behind extension headers): not Neighbour Discovery
    }
    Ptr<Packet> copy = packet->Copy();
    // The trace shows the packet before Ipv6L3Protocol trims what follows the payload
    // (link-layer padding): trim it the same way, so that the lengths checked are the
    // message's own.
    uint32_t wanted = IPV6_HEADER_SIZE + header.GetPayloadLength();
    if (copy->GetSize() > wanted)
    {
        copy->RemoveAtEnd(copy->GetSize() - wanted);
    }
    Process(copy, interface);
}

void
NdProxy::Process(Ptr<Packet> packet, uint32_t interface)
{
    NS_LOG_FUNCTION(this << packet << interface);
    Ptr<Packet> copy = packet->Copy();
    Ipv6Header header;
    copy->RemoveHeader(header);
    uint32_t size = copy->GetSize();
    if (header.GetNextHeader() != ICMPV6_PROT || size == 0)
    {
        ++m_ignored;
        return;
    }
    uint8_t type = 0;
    copy->CopyData(&type, 1);
    if (type != NS_TYPE && type != NA_TYPE)
    {
        ++m_ignored;
        return;
    }
    if (m_sender.IsOwn(packet->GetUid()))
    {
        // Our own message, looped back by the link.
        NS_LOG_LOGIC("Own ND message " << packet->GetUid() << " came back: ignored");
        ++m_ignored;
        return;
    }

    std::vector<uint8_t> icmp(size);
    copy->CopyData(icmp.data(), size);
    hmipv6::NdMessage message;
    hmipv6::NdChecks checks;
    checks.verifyChecksum = m_verifyChecksum;
    checks.rejectDadProbeSlla = m_rejectDadProbeSlla;
    std::string error = hmipv6::ParseNdMessage(header, icmp, checks, message);
    if (!error.empty())
    {
        NS_LOG_LOGIC("Invalid ND message from " << header.GetSource() << ": " << error);
        ++m_malformed;
        m_dropTrace(packet, error);
        return;
    }
    if (message.type == NS_TYPE)
    {
        HandleNs(packet, header, message, interface);
    }
    else
    {
        HandleNa(header, message, interface);
    }
}

void
NdProxy::HandleNs(Ptr<const Packet> packet,
                  const Ipv6Header& header,
                  const hmipv6::NdMessage& message,
                  uint32_t interface)
{
    NS_LOG_FUNCTION(this << header.GetSource() << message.target << interface);
    Key key(message.target, interface);
    auto dad = m_dads.find(key);
    bool proxied = m_proxies.find(key) != m_proxies.end();
    if (!proxied && dad == m_dads.end())
    {
        ++m_ignored;
        return;
    }
    Ipv6Address source = header.GetSource();
    if (dad != m_dads.end() && source.IsAny() && message.hasNonce &&
        message.nonce == dad->second.nonce)
    {
        // RFC 7527 4.2: our own probe looped back, not another node's.
        NS_LOG_LOGIC("Own DAD probe for " << message.target << " came back: ignored");
        ++m_ignored;
        return;
    }

    ++m_nsReceived;
    m_nsReceivedTrace(message.target, source, interface);

    if (dad != m_dads.end())
    {
        if (source.IsAny())
        {
            // RFC 4862 5.4.3: another node is probing the same tentative address.
            NS_LOG_LOGIC("Another node probes " << message.target << ": duplicate");
            FinishDad(key, false);
        }
        // RFC 4862 5.4: a tentative address is not answered for (even if proxied).
        return;
    }

    uint8_t routerFlag = m_routerFlag ? FLAG_R : 0;
    if (source.IsAny())
    {
        // Defend the target against a DAD probe: RFC 4861 7.2.4, to all-nodes with the
        // Solicited flag clear; Override clear as for every solicited proxy answer (RFC
        // 4861 7.2.8). Not delayed: a late answer could miss the prober's RetransTimer.
        SendNa(message.target, Ipv6Address::GetAllNodesMulticast(), {}, routerFlag, interface);
        return;
    }
    uint32_t& pending = m_pendingAnswers[key];
    if (pending >= m_maxPendingAnswers)
    {
        // Each answer waits in the scheduler: solicitations from forged sources must not
        // add one each.
        ++m_refused;
        m_dropTrace(packet, "too many answers pending for the target");
        return;
    }
    ++pending;
    // RFC 4861 7.2.8: delay a proxy answer by a random time in [0, MAX_ANYCAST_DELAY_TIME].
    double delay = m_replyDelay ? m_replyDelay->GetValue() : 0.0;
    Simulator::Schedule(Seconds(delay > 0.0 ? delay : 0.0),
                        &NdProxy::SendSolicitedAnswer,
                        this,
                        message.target,
                        source,
                        message.hasLinkLayer ? message.linkLayer : std::vector<uint8_t>(),
                        interface);
}

void
NdProxy::SendSolicitedAnswer(Ipv6Address target,
                             Ipv6Address solicitor,
                             std::vector<uint8_t> solicitorMac,
                             uint32_t interface)
{
    NS_LOG_FUNCTION(this << target << solicitor << interface);
    Key key(target, interface);
    auto pending = m_pendingAnswers.find(key);
    if (pending != m_pendingAnswers.end() && --pending->second == 0)
    {
        m_pendingAnswers.erase(pending);
    }
    if (m_proxies.find(key) == m_proxies.end() || m_dads.find(key) != m_dads.end())
    {
        NS_LOG_LOGIC("No longer answering for " << target);
        return;
    }
    // RFC 4861 7.2.4: to the solicitation's source, Solicited flag set; Override clear
    // for a proxy (RFC 4861 7.2.8: the owner's own answer, Override set, must win); the
    // TLLA option is always included (7.2.4: MUST for multicast solicitations).
    uint8_t flags = FLAG_S | (m_routerFlag ? FLAG_R : 0);
    SendNa(target, solicitor, solicitorMac, flags, interface);
}

void
NdProxy::HandleNa(const Ipv6Header& header, const hmipv6::NdMessage& message, uint32_t interface)
{
    NS_LOG_FUNCTION(this << header.GetSource() << message.target << interface);
    Key key(message.target, interface);
    if (m_dads.find(key) != m_dads.end())
    {
        // RFC 4862 5.4.4: any valid advertisement for the tentative target: duplicate.
        NS_LOG_LOGIC(header.GetSource() << " advertises " << message.target << ": duplicate");
        FinishDad(key, false);
        return;
    }
    if (m_proxies.find(key) != m_proxies.end() && (message.flags & FLAG_O))
    {
        NS_LOG_LOGIC(header.GetSource() << " advertises proxied " << message.target
                                        << " with Override: its owner may be back");
    }
    ++m_ignored;
}

bool
NdProxy::SendNa(Ipv6Address target,
                Ipv6Address dst,
                const std::vector<uint8_t>& dstMac,
                uint8_t flags,
                uint32_t interface)
{
    if (!m_sender.SendNa(GetIpv6(), target, dst, dstMac, flags, interface))
    {
        return false;
    }
    ++m_naSent;
    m_naSentTrace(target, dst, flags, interface);
    return true;
}

void
NdProxy::JoinGroup(Ipv6Address target, uint32_t interface)
{
    Ipv6Address group = Ipv6Address::MakeSolicitedAddress(target);
    Key key(group, interface);
    if (m_groups[key]++ == 0)
    {
        Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
        if (ipv6)
        {
            NS_LOG_LOGIC("Joining " << group << " on interface " << interface);
            ipv6->AddMulticastAddress(group, interface);
        }
    }
}

void
NdProxy::LeaveGroup(Ipv6Address target, uint32_t interface)
{
    Ipv6Address group = Ipv6Address::MakeSolicitedAddress(target);
    auto it = m_groups.find(Key(group, interface));
    if (it == m_groups.end())
    {
        return;
    }
    if (--it->second == 0)
    {
        m_groups.erase(it);
        Ptr<Ipv6L3Protocol> ipv6 = GetIpv6();
        if (ipv6)
        {
            NS_LOG_LOGIC("Leaving " << group << " on interface " << interface);
            ipv6->RemoveMulticastAddress(group, interface);
        }
    }
}

uint64_t
NdProxy::GetNsReceivedCount() const
{
    return m_nsReceived;
}

uint64_t
NdProxy::GetNaSentCount() const
{
    return m_naSent;
}

uint64_t
NdProxy::GetNsSentCount() const
{
    return m_nsSent;
}

uint64_t
NdProxy::GetDadStartedCount() const
{
    return m_dadStarted;
}

uint64_t
NdProxy::GetDadSucceededCount() const
{
    return m_dadSucceeded;
}

uint64_t
NdProxy::GetDadFailedCount() const
{
    return m_dadFailed;
}

uint64_t
NdProxy::GetMalformedCount() const
{
    return m_malformed;
}

uint64_t
NdProxy::GetIgnoredCount() const
{
    return m_ignored;
}

uint64_t
NdProxy::GetRefusedAnswerCount() const
{
    return m_refused;
}

uint32_t
NdProxy::GetPendingAnswerCount() const
{
    uint32_t n = 0;
    for (const auto& pending : m_pendingAnswers)
    {
        n += pending.second;
    }
    return n;
}

} // namespace hmipv6
} // namespace ns3
