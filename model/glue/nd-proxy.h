// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ND_PROXY_H
#define HMIPV6_ND_PROXY_H

#include "nd-link-sender.h"
#include "nd-message.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class Node;
class Ipv6;
class Ipv6L3Protocol;
class Ipv6Interface;

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Proxy Neighbour Discovery and Duplicate Address Detection on behalf of other
 *        nodes, for a home agent (RFC 6275 10.4.1) and for the draft's mobility server
 *        (which defends each GCoA on the Mobility Network, draft 4.3.2).
 *
 * ns-3's Icmpv6L4Protocol answers Neighbor Solicitations only for the receiving
 * interface's own addresses. NdProxy adds, on one node:
 * - proxy answers (AddProxy): the node joins the solicited-node multicast group of each
 *   proxied target (RFC 4861 7.2.8) and answers Neighbor Solicitations for it with
 *   Neighbor Advertisements that carry its own link-layer address;
 * - takeover announcements (AnnounceTakeover): unsolicited all-nodes Neighbor
 *   Advertisements with the Override flag, so that neighbours that cached the target's
 *   old link-layer address switch to this node's (RFC 6275 10.4.1, RFC 4861 7.2.6);
 * - Duplicate Address Detection for an address this node does not own (PerformDad,
 *   RFC 4862 5.4), e.g. a home address before accepting a home registration (RFC 6275
 *   10.3.1, status 134 on failure).
 *
 * Neighbor Solicitations and Advertisements are read from the "Rx" trace of the node's
 * Ipv6L3Protocol, which shows every IPv6 packet the node receives on an interface that
 * is up, before IPv6 decides whether it is for the node: a proxy must also see the
 * unicast solicitations sent to a proxied target's address (Neighbor Unreachability
 * Detection probes of neighbours that cached this node's link-layer address for it),
 * which are not. (An IPv6 raw socket used to do this; ns-3 releases after 3.37 give raw
 * sockets only the packets delivered locally.) Octets beyond the IPv6 Payload Length
 * (link-layer padding) are ignored, as Ipv6L3Protocol ignores them; packets whose Next
 * Header is not ICMPv6 are not looked at. Each Neighbor Solicitation and Advertisement
 * is validated as RFC 4861 7.1.1 / 7.1.2 ask (hop limit 255, checksum, code 0,
 * length, option lengths, unspecified-source rules) before it is used, and anything
 * malformed or irrelevant is counted and ignored (one rule is relaxed by default: ns-3
 * 3.37's own DAD probes carry a Source Link-Layer Address option, which RFC 4861 7.1.1
 * forbids; they are accepted, the option ignored, unless "RejectDadProbeSlla" is set).
 * Messages are sent directly on the interface's device, with a hop limit of 255 (RFC
 * 4861 7.1), as ns-3 does for its own Neighbor Advertisements: they must not depend on,
 * nor change, the Neighbor Cache.
 *
 * Advertisements come from this node's own address on the interface (RFC 4861 7.2.4,
 * RFC 6275 10.4.1), not from the target. ns-3 3.37's Icmpv6L4Protocol::HandleNA sends
 * the packets queued for the target to the advertisement's source address; a neighbour
 * therefore resolves this node's own address once more before its first packet for the
 * target goes out, to this node's link-layer address all the same.
 *
 * Unicast packets to a proxied target arrive at this node's IPv6 layer like any packet
 * for another address: intercepting them (home agent tunnelling) is the routing's job.
 *
 * Aggregate one to a node that has an IPv6 stack with Install (or GetObject it back).
 */
class NdProxy : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    NdProxy();
    ~NdProxy() override;

    /**
     * \brief The NdProxy of a node, aggregated to it on first use.
     * \param node a node with an IPv6 stack (InternetStackHelper)
     * \return the node's NdProxy
     */
    static Ptr<NdProxy> Install(Ptr<Node> node);
    /**
     * \brief The NdProxy of a node for a role that proxies addresses (a home agent, a
     *        Mobility Server): the first role installs and configures it; another role
     *        on the same node shares it and keeps those settings (a different reply
     *        delay is logged).
     * \param node a node with an IPv6 stack
     * \param replyDelay the role's "ReplyDelay"
     * \return the node's NdProxy
     */
    static Ptr<NdProxy> InstallForRole(Ptr<Node> node, Ptr<RandomVariableStream> replyDelay);

    /**
     * \brief Callback of PerformDad: the target and whether it is unique on the link
     *        (true: nobody answered; false: duplicate, or DAD could not run).
     */
    typedef Callback<void, Ipv6Address, bool> DadCallback;

    /**
     * \brief Answer Neighbor Solicitations for an address on an interface from now on.
     *
     * Joins the target's solicited-node multicast group on that interface (RFC 4861
     * 7.2.8). Solicited answers carry this node's link-layer address (TLLA option), the
     * Router flag of "RouterFlag", the Solicited flag (cleared when answering a DAD probe,
     * which is answered to all-nodes, RFC 4861 7.2.4) and the Override flag cleared (RFC
     * 4861 7.2.8: the owner's own answer, Override set, must win). Answers to unicast
     * sources wait "ReplyDelay", at most "MaxPendingAnswers" per target at once: a
     * solicitation beyond them is not answered ("Drop"). Adding a target twice has no
     * further effect.
     * \param target the address to defend (unicast, not the node's own)
     * \param interface the IPv6 interface index (Ipv6L3Protocol) of the link
     */
    void AddProxy(Ipv6Address target, uint32_t interface);

    /**
     * \brief Stop answering for an address on an interface.
     *
     * Leaves the target's solicited-node group unless another proxied target or a DAD
     * still needs it, and cancels the target's pending takeover announcements.
     * \param target the address
     * \param interface the IPv6 interface index
     */
    void RemoveProxy(Ipv6Address target, uint32_t interface);

    /**
     * \brief Whether an address is proxied on an interface.
     * \param target the address
     * \param interface the IPv6 interface index
     * \return true between AddProxy and RemoveProxy
     */
    bool IsProxying(Ipv6Address target, uint32_t interface) const;

    /**
     * \brief Every address proxied on an interface.
     * \param interface the IPv6 interface index
     * \return the targets, in address order
     */
    std::vector<Ipv6Address> GetProxiedTargets(uint32_t interface) const;

    /**
     * \brief Announce that this node now receives an address's packets.
     *
     * Sends "MaxNeighborAdvertisement" unsolicited Neighbor Advertisements to all-nodes
     * multicast, "AnnounceInterval" apart (the first one now): Target = target, TLLA =
     * this node's link-layer address, Override set, Solicited clear, Router flag of
     * "RouterFlag", source = this node's address on the interface (RFC 6275 10.4.1, RFC
     * 4861 7.2.6). A new announcement for the same target replaces a pending one.
     * \param target the address taken over
     * \param interface the IPv6 interface index
     */
    void AnnounceTakeover(Ipv6Address target, uint32_t interface);

    /**
     * \brief Duplicate Address Detection on behalf of another node (RFC 4862 5.4).
     *
     * Joins the target's solicited-node group, sends "DupAddrDetectTransmits" Neighbor
     * Solicitations (source ::, destination the solicited-node group, no SLLA option,
     * a Nonce option when "DadNonce" is on) "RetransTimer" apart, and calls
     * done(target, true) "RetransTimer" after the last one if nothing was heard. It calls
     * done(target, false) as soon as a valid Neighbor Advertisement for the target
     * arrives (RFC 4862 5.4.4) or a DAD probe of another node for the same target (RFC
     * 4862 5.4.3); its own probes coming back (same packet, or same nonce) do not count.
     * While it runs, the target counts as tentative: it is not answered for even if
     * proxied (RFC 4862 5.4). A DAD for a target already being probed on that interface
     * joins it (both callbacks get the result). done is never called from inside
     * PerformDad; with "DupAddrDetectTransmits" 0 it is called at once with true (RFC
     * 4862 5.1), and with false if the interface does not exist.
     * \param target the address to check (unicast)
     * \param interface the IPv6 interface index
     * \param done called once with the result
     */
    void PerformDad(Ipv6Address target, uint32_t interface, DadCallback done);

    /**
     * \brief Withdraw a callback from a DAD; the DAD ends, with no result and no more
     *        probes, when no callback is left (a role that stops).
     * \param target the address
     * \param interface the IPv6 interface index
     * \param done the callback given to PerformDad (compared with Callback::IsEqual)
     * \return whether it was waiting for that DAD
     */
    bool CancelDad(Ipv6Address target, uint32_t interface, DadCallback done);

    /**
     * \brief Whether a DAD is running.
     * \param target the address
     * \param interface the IPv6 interface index
     * \return true between PerformDad and its result
     */
    bool IsDadRunning(Ipv6Address target, uint32_t interface) const;

    /**
     * \brief Assign a fixed random variable stream number to the random variables used
     *        by this object (reply delay, nonces).
     * \param stream first stream index to use
     * \return the number of stream indices assigned
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Number of valid Neighbor Solicitations received for a proxied or probed
     *        target (what "NsReceived" reports).
     * \return the count since creation
     */
    uint64_t GetNsReceivedCount() const;

    /**
     * \brief Number of Neighbor Advertisements sent (answers and announcements).
     * \return the count since creation
     */
    uint64_t GetNaSentCount() const;

    /**
     * \brief Number of DAD probes (Neighbor Solicitations) sent.
     * \return the count since creation
     */
    uint64_t GetNsSentCount() const;

    /**
     * \brief Number of DADs started.
     * \return the count since creation
     */
    uint64_t GetDadStartedCount() const;

    /**
     * \brief Number of DADs that found the target unique.
     * \return the count since creation
     */
    uint64_t GetDadSucceededCount() const;

    /**
     * \brief Number of DADs that found a duplicate (or could not run).
     * \return the count since creation
     */
    uint64_t GetDadFailedCount() const;

    /**
     * \brief Number of Neighbor Solicitations / Advertisements dropped as invalid
     *        (RFC 4861 7.1.1, 7.1.2), including truncated ones.
     * \return the count since creation
     */
    uint64_t GetMalformedCount() const;

    /**
     * \brief Number of packets read that were valid but irrelevant: other ICMPv6 types,
     *        targets neither proxied nor probed, this node's own messages coming back.
     * \return the count since creation
     */
    uint64_t GetIgnoredCount() const;

    /**
     * \brief Number of answers to solicitations waiting for their reply delay.
     * \return the count now, all targets together
     */
    uint32_t GetPendingAnswerCount() const;

    /**
     * \brief Number of solicitations not answered because "MaxPendingAnswers" answers
     *        for their target were already waiting.
     * \return the count since creation
     */
    uint64_t GetRefusedAnswerCount() const;

    /**
     * \brief TracedCallback signature of "NsReceived".
     * \param target the solicitation's target
     * \param source its IPv6 source (:: for a DAD probe)
     * \param interface the receiving IPv6 interface index
     */
    typedef void (*NsReceivedCallback)(Ipv6Address target, Ipv6Address source, uint32_t interface);

    /**
     * \brief TracedCallback signature of "NaSent".
     * \param target the advertisement's target
     * \param destination its IPv6 destination
     * \param flags its R, S and O flags as on the wire (0x80, 0x40, 0x20)
     * \param interface the IPv6 interface index it was sent on
     */
    typedef void (*NaSentCallback)(Ipv6Address target,
                                   Ipv6Address destination,
                                   uint8_t flags,
                                   uint32_t interface);

    /**
     * \brief TracedCallback signature of "DadStarted".
     * \param target the address being checked
     */
    typedef void (*DadStartedCallback)(Ipv6Address target);

    /**
     * \brief TracedCallback signature of "DadResult".
     * \param target the address checked
     * \param unique true if nobody else uses it
     */
    typedef void (*DadResultCallback)(Ipv6Address target, bool unique);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the IPv6 packet read (header included)
     * \param reason why it was not used (RFC 4861 7.1.1 / 7.1.2 validity checks, or too
     *        many answers pending)
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet, const std::string& reason);

    static constexpr uint8_t ICMPV6_PROT = hmipv6::nd::ICMPV6_PROT; //!< ICMPv6's Next Header
    static constexpr uint8_t NS_TYPE = hmipv6::nd::NS_TYPE;         //!< Neighbor Solicitation
    static constexpr uint8_t NA_TYPE = hmipv6::nd::NA_TYPE;         //!< Neighbor Advertisement
    static constexpr uint8_t ND_HOP_LIMIT = hmipv6::nd::HOP_LIMIT;  //!< RFC 4861 7.1.1, 7.1.2
    static constexpr uint8_t FLAG_R = hmipv6::nd::FLAG_R;           //!< NA Router flag
    static constexpr uint8_t FLAG_S = hmipv6::nd::FLAG_S;           //!< NA Solicited flag
    static constexpr uint8_t FLAG_O = hmipv6::nd::FLAG_O;           //!< NA Override flag

  protected:
    void DoDispose() override;

  private:
    /// (target, interface)
    typedef std::pair<Ipv6Address, uint32_t> Key;

    /// A DAD in progress.
    struct Dad
    {
        std::vector<DadCallback> callbacks; //!< who wants the result
        uint32_t sent{0};                   //!< probes sent so far
        uint32_t transmits{1};              //!< probes to send ("DupAddrDetectTransmits")
        Time retrans;                       //!< their spacing ("RetransTimer")
        std::vector<uint8_t> nonce;         //!< Nonce option data of the probes (6 octets)
        EventId event;                      //!< next probe, or the end
    };

    /// \return the node's Ipv6L3Protocol (null before aggregation or after disposal)
    Ptr<Ipv6L3Protocol> GetIpv6() const;

    /**
     * \brief Start reading the node's received IPv6 packets, if not done yet.
     * \return false if the node has no IPv6
     */
    bool EnsureListening();

    /**
     * \brief Sink of the node's Ipv6L3Protocol "Rx" trace: one received IPv6 packet.
     * \param packet the packet as received, IPv6 header included (link padding too)
     * \param ipv6 the node's IPv6
     * \param interface the receiving IPv6 interface index
     */
    void ReceiveFromIpv6(Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t interface);

    /**
     * \brief Validate and dispatch one received ICMPv6 packet.
     * \param packet the IPv6 packet (header included, nothing after its payload)
     * \param interface the receiving IPv6 interface index
     */
    void Process(Ptr<Packet> packet, uint32_t interface);

    /**
     * \brief Handle a valid Neighbor Solicitation.
     * \param packet the IPv6 packet (for "Drop")
     * \param header its IPv6 header
     * \param message what it says
     * \param interface the receiving interface
     */
    void HandleNs(Ptr<const Packet> packet,
                  const Ipv6Header& header,
                  const hmipv6::NdMessage& message,
                  uint32_t interface);

    /**
     * \brief Handle a valid Neighbor Advertisement.
     * \param header its IPv6 header
     * \param message what it says
     * \param interface the receiving interface
     */
    void HandleNa(const Ipv6Header& header, const hmipv6::NdMessage& message, uint32_t interface);

    /**
     * \brief Answer a solicitation for a proxied target (after the reply delay).
     * \param target the target
     * \param solicitor the solicitation's source (unicast)
     * \param solicitorMac the link-layer address of its SLLA option (empty if none)
     * \param interface the interface
     */
    void SendSolicitedAnswer(Ipv6Address target,
                             Ipv6Address solicitor,
                             std::vector<uint8_t> solicitorMac,
                             uint32_t interface);

    /**
     * \brief Build and send one Neighbor Advertisement.
     * \param target its Target Address
     * \param dst its IPv6 destination
     * \param dstMac the link-layer destination (empty: multicast mapping of dst, or, for
     *        unicast dst, ns-3's address resolution)
     * \param flags R, S, O as on the wire
     * \param interface the interface
     * \return true if handed to the device
     */
    bool SendNa(Ipv6Address target,
                Ipv6Address dst,
                const std::vector<uint8_t>& dstMac,
                uint8_t flags,
                uint32_t interface);

    /**
     * \brief Send one takeover announcement and schedule the next.
     * \param key the target and interface
     * \param left announcements still to send, this one included
     */
    void Announce(Key key, uint32_t left);

    /**
     * \brief Send the next DAD probe, or conclude.
     * \param key the target and interface
     */
    void DadStep(Key key);

    /**
     * \brief End a DAD: leave the group, report to every callback.
     * \param key the target and interface
     * \param unique the result
     */
    void FinishDad(Key key, bool unique);

    /**
     * \brief Join a solicited-node group on an interface (counted per use).
     * \param target the address whose group it is
     * \param interface the interface
     */
    void JoinGroup(Ipv6Address target, uint32_t interface);

    /**
     * \brief Undo one JoinGroup; leave the group with its last user.
     * \param target the address whose group it is
     * \param interface the interface
     */
    void LeaveGroup(Ipv6Address target, uint32_t interface);

    Ptr<Ipv6L3Protocol> m_listened;           //!< the IPv6 whose "Rx" trace is read
    std::set<Key> m_proxies;                  //!< proxied targets
    std::map<Key, EventId> m_announcements;   //!< pending takeover announcements
    std::map<Key, Dad> m_dads;                //!< DADs in progress
    std::map<Key, uint32_t> m_pendingAnswers; //!< answers waiting, per target
    std::map<Key, uint32_t> m_groups;         //!< solicited-node groups joined (by the
                                              //!< target's group, per user count)
    hmipv6::NdLinkSender m_sender;            //!< sends on the link, knows its own

    bool m_routerFlag;                      //!< "RouterFlag"
    Ptr<RandomVariableStream> m_replyDelay; //!< "ReplyDelay"
    uint32_t m_maxNeighborAdvertisement;    //!< "MaxNeighborAdvertisement"
    Time m_announceInterval;                //!< "AnnounceInterval"
    uint32_t m_dupAddrDetectTransmits;      //!< "DupAddrDetectTransmits"
    Time m_retransTimer;                    //!< "RetransTimer"
    bool m_dadNonce;                        //!< "DadNonce"
    bool m_verifyChecksum;                  //!< "VerifyChecksum"
    bool m_rejectDadProbeSlla;              //!< "RejectDadProbeSlla"
    uint32_t m_maxPendingAnswers;           //!< "MaxPendingAnswers"
    Ptr<UniformRandomVariable> m_nonceRng;  //!< nonce octets

    uint64_t m_nsReceived;   //!< see GetNsReceivedCount
    uint64_t m_naSent;       //!< see GetNaSentCount
    uint64_t m_nsSent;       //!< see GetNsSentCount
    uint64_t m_dadStarted;   //!< see GetDadStartedCount
    uint64_t m_dadSucceeded; //!< see GetDadSucceededCount
    uint64_t m_dadFailed;    //!< see GetDadFailedCount
    uint64_t m_malformed;    //!< see GetMalformedCount
    uint64_t m_ignored;      //!< see GetIgnoredCount
    uint64_t m_refused;      //!< see GetRefusedAnswerCount

    TracedCallback<Ipv6Address, Ipv6Address, uint32_t> m_nsReceivedTrace;      //!< "NsReceived"
    TracedCallback<Ipv6Address, Ipv6Address, uint8_t, uint32_t> m_naSentTrace; //!< "NaSent"
    TracedCallback<Ipv6Address> m_dadStartedTrace;                             //!< "DadStarted"
    TracedCallback<Ipv6Address, bool> m_dadResultTrace;                        //!< "DadResult"
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace;         //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ND_PROXY_H */
