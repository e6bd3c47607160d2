// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_SERVER_H
#define HMIPV6_MOBILITY_SERVER_H

#include "ns3/application.h"
#include "ns3/binding-cache.h"
#include "ns3/callback.h"
#include "ns3/drop-reason.h"
#include "ns3/event-id.h"
#include "ns3/gcoa-interception.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mobility-info-announcer.h"
#include "ns3/nstime.h"
#include "ns3/option-subscription.h"
#include "ns3/packet.h"
#include "ns3/peer-handoff.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/registrar.h"
#include "ns3/registration-intake.h"
#include "ns3/registration-request-header.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

namespace hmipv6
{
class NdProxy;
}

namespace hmipv6
{
class MobilityRoutingProtocol;
}

/**
 * \ingroup hmipv6
 * \brief The Mobility Server (MS) of draft-castelluccia-mobileip-hmipv6-00, section 4.3.
 *
 * A router on its domain's Mobility Network that gives each visiting mobile host a global
 * care-of address (GCoA) in the Mobility Network prefix and tunnels the packets sent to
 * that GCoA to the host's local care-of address (LCoA), as a home agent does for a home
 * address.
 *
 * On start the application installs what it needs on its node (each piece only if
 * absent): the mobility glue (MobilityGlueHelper::Install, with a destination option
 * handler for each configured option type), an Ipv6TunnelNetDevice whose exit-point is
 * the tunnel exit bound to the inner destination (a GCoA) and whose source is the MS
 * address, and an NdProxy. It turns IPv6 forwarding on for the Mobility Network
 * interface, and listens to the "Rx" and "Drop" traces of the node's option handlers of
 * the Registration Request, Update, Refresh and Handoff Request option types. Only
 * messages sent to the MS address are taken; those that do not parse are counted and
 * traced ("Drop") and change nothing.
 *
 * - 4.3.1: a Mobility Information message (MobilityInfoHeader: MS address, Mobility
 *   Network prefix length) to each router given to AddRouter, the first one at start,
 *   then every "MobilityInfoInterval"; Withdraw() (and StopApplication, unless
 *   "WithdrawOnStop" is false to model a crash) sends the withdrawal (MS address ::,
 *   prefix length 0, draft 4.1) and stops the period.
 * - 4.3.2 Registration Request: sender and home address checked (multicast, link-local,
 *   loopback or unspecified: dropped), prefix length (malen) other than the MS's: status
 *   128, authorization hook (status 129), sequence number newer than the last accepted
 *   one modulo 2^16 (else status 135 with the last accepted number). The GCoA is the
 *   Mobility Network prefix followed by the interface identifier of the home address; a
 *   GCoA bound (or being checked) for another home address, or owned by this node: status
 *   134. A new binding first runs Duplicate Address Detection of the GCoA on the Mobility
 *   Network ("PerformDad", status 134 on failure); the MS then defends the GCoA (proxy
 *   Neighbour Discovery with a takeover announcement), diverts packets for it into the
 *   tunnel towards the LCoA (the Request's source), and starts the lifetime timer. A
 *   Request for a bound home address is taken as an update. When the Request names a
 *   previous MS other than this one, a Handoff Request goes to it once the registration
 *   is accepted (4.3.6, never retransmitted).
 * - 4.3.3 Registration Update: home address must be bound (else status 133), newer
 *   sequence number (else 135): the LCoA (and tunnel exit) becomes the Update's source
 *   and the timer restarts. Lifetime 0 deregisters (binding, proxy and divert removed).
 * - 4.3.4 Registration Refresh: the same checks; the timer restarts, the LCoA stays.
 * - Acknowledgements are RFC 6275 Binding Acknowledgements (Mobility Header) from the MS
 *   address to the message's source, without a type 2 routing header; an accepted
 *   message is acknowledged when its A flag is set (the draft requires the flag, 4.2.1),
 *   an error always. Granted lifetime: hmipv6::GrantLifetime, the home agent's rule
 *   (min(requested, "MaxLifetime") rounded down to 4 s units, at least one unit for a
 *   non-zero request: the acknowledgement cannot say less without saying
 *   "deregistered"). The procedure is hmipv6::Registrar's, keyed by GCoA.
 * - 4.3.6 Handoff Request (from another MS): peer authorization hook, home address bound
 *   here, sequence number newer than the last one stored (draft: "greater"), a valid new
 *   GCoA; then the tunnel exit of the binding becomes the new GCoA and the timer restarts
 *   with the request's lifetime (granted by the same rule; 0 removes the binding). No
 *   answer; refusals are counted and traced.
 * - Packet delivery (4.3.5): "DeliveryMode" Encapsulate (RFC 2473) or Rewrite (a packet
 *   that already is IPv6-in-IPv6 gets its outer source and destination rewritten to the
 *   MS address and the LCoA instead of a second header; see Ipv6TunnelNetDevice
 *   "RewriteEncapsulated"). Reverse-tunnelled packets (not in the draft) are decapsulated
 *   only from the LCoA bound to their inner source GCoA.
 * - Lifetime expiry removes the binding, its proxy and its divert.
 *
 * Authentication (draft 5.2): when the node's hmipv6::KeyChain requires it (the
 * default), every Registration Request, Update and Refresh must carry an authentication
 * sub-option that verifies with the key of the host and this domain, and every Handoff
 * Request one that verifies with the key of the two MSs; a message that does not is
 * dropped ("Drop": UNAUTHENTICATED, UNKNOWN_SPI or BAD_AUTHENTICATOR) without an answer,
 * so that no state (the host's sequence number) is disclosed and no binding changes.
 * Acknowledgements carry RFC 4285's Mobility Message Authentication option, Mobility
 * Information the authentication and timestamp sub-options. The two authorization
 * hooks then apply the study's own policy to authentic messages.
 */
class MobilityServer : public Application
{
  public:
    /// How packets for a GCoA reach the LCoA (draft 4.3.5).
    enum DeliveryMode
    {
        ENCAPSULATE, //!< IPv6-in-IPv6 (RFC 2473) for every packet
        REWRITE,     //!< rewrite the header of IPv6-in-IPv6 packets, encapsulate the others
    };

    /// Default of "MaxLifetime" (s): the home agent's default, MAX_RR_BINDING_LIFETIME
    /// of RFC 6275 (the draft sets no limit).
    static constexpr uint32_t DEFAULT_MAX_LIFETIME_S = 420;

    /**
     * \brief The authorization hook of registrations: given the home address, the
     *        message's IPv6 source and its option type, whether this MS serves the host
     *        (an authentic message may still be refused, e.g. a host without an account
     *        in the domain). A refused message gets status 129.
     */
    typedef Callback<bool, Ipv6Address, Ipv6Address, uint8_t> AuthorizationCallback;

    /**
     * \brief The authorization hook of Handoff Requests: given the requesting MS's
     *        address and the home address, whether to forward for it.
     */
    typedef Callback<bool, Ipv6Address, Ipv6Address> PeerAuthorizationCallback;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    /// Constructor.
    MobilityServer();
    /// Destructor.
    ~MobilityServer() override;

    /**
     * \brief Add a router of the MS's area, to which Mobility Information messages go
     *        (draft 4.3.1). A router added while running gets one at once.
     * \param router the router's address
     */
    void AddRouter(Ipv6Address router);

    /**
     * \brief The routers given to AddRouter.
     * \return them, in the order added
     */
    std::vector<Ipv6Address> GetRouters() const;

    /**
     * \brief Set the authorization hook of authentic registrations (null: serve every
     *        host, the default).
     * \param cb the hook
     */
    void SetAuthorizationCallback(AuthorizationCallback cb);

    /**
     * \brief Set the authorization hook of authentic Handoff Requests (null: accept
     *        every peer, the default).
     * \param cb the hook
     */
    void SetPeerAuthorizationCallback(PeerAuthorizationCallback cb);

    /**
     * \brief Tell every router to stop advertising this MS (draft 4.1: Mobility
     *        Information with MS address :: and prefix length 0) and stop the periodic
     *        Mobility Information. Bindings are kept and served.
     */
    void Withdraw();

    /**
     * \brief The MS address: the "Address" attribute, or the first global address of the
     *        Mobility Network interface when it is ::.
     * \return the address, or :: if none is known yet
     */
    Ipv6Address GetAddress() const;

    /**
     * \brief The GCoA this MS builds for a home address: the top
     *        "MobilityNetworkPrefixLength" bits of the Mobility Network prefix, then the
     *        rest of the home address (its interface identifier).
     * \param home the home address
     * \return the GCoA
     */
    Ipv6Address MakeGlobalCareOf(Ipv6Address home) const;

    /**
     * \brief The GCoA bound to a home address.
     * \param home the home address
     * \return the GCoA, or :: if there is no binding
     */
    Ipv6Address GetGlobalCareOf(Ipv6Address home) const;

    /**
     * \brief The current tunnel exit of a home address's binding: its LCoA, or the new
     *        GCoA when forwarding to the next MS after a handoff.
     * \param home the home address
     * \return the address, or :: if there is no binding
     */
    Ipv6Address GetLocalCareOf(Ipv6Address home) const;

    /**
     * \brief Whether a binding forwards to another MS (after a Handoff Request).
     * \param home the home address
     * \return true if it does
     */
    bool IsForwarding(Ipv6Address home) const;

    /**
     * \brief Number of bindings.
     * \return the count
     */
    uint32_t GetNBindings() const;

    /**
     * \brief The binding cache (read only), keyed by GCoA; careOfAddress is the tunnel
     *        exit.
     * \return it
     */
    const hmipv6::BindingCache& GetBindingCache() const;

    /**
     * \brief The tunnel device (after start).
     * \return it, or null before start
     */
    Ptr<hmipv6::Ipv6TunnelNetDevice> GetTunnelDevice() const;

    /**
     * \brief Number of well-formed Registration Requests sent to this MS.
     * \return the count
     */
    uint64_t GetRequestsReceived() const;

    /**
     * \brief Number of well-formed Registration Updates sent to this MS.
     * \return the count
     */
    uint64_t GetUpdatesReceived() const;

    /**
     * \brief Number of well-formed Registration Refreshes sent to this MS.
     * \return the count
     */
    uint64_t GetRefreshesReceived() const;

    /**
     * \brief Number of well-formed Handoff Requests sent to this MS.
     * \return the count
     */
    uint64_t GetHandoffRequestsReceived() const;

    /**
     * \brief Number of Handoff Requests accepted.
     * \return the count
     */
    uint64_t GetHandoffRequestsAccepted() const;

    /**
     * \brief Number of Binding Acknowledgements sent.
     * \return the count
     */
    uint64_t GetAcksSent() const;

    /**
     * \brief Number of Handoff Requests sent.
     * \return the count
     */
    uint64_t GetHandoffRequestsSent() const;

    /**
     * \brief Number of Mobility Information messages sent (withdrawals included).
     * \return the count
     */
    uint64_t GetMobilityInfoSent() const;

    /**
     * \brief Number of packets tunnelled to a tunnel exit (encapsulated or rewritten).
     * \return the count
     */
    uint64_t GetPacketsTunnelled() const;

    /**
     * \brief Number of packets encapsulated (RFC 2473).
     * \return the count
     */
    uint64_t GetPacketsEncapsulated() const;

    /**
     * \brief Number of IPv6-in-IPv6 packets whose header was rewritten (DeliveryMode
     *        REWRITE).
     * \return the count
     */
    uint64_t GetPacketsRewritten() const;

    /**
     * \brief Registrations waiting for Duplicate Address Detection (at most
     *        "MaxPendingDad").
     * \return their number
     */
    uint32_t GetNPendingDad() const;

    /**
     * \brief Number of messages dropped without an answer (malformed, invalid addresses,
     *        refused Handoff Requests, ...).
     * \return the count
     */
    uint64_t GetDroppedCount() const;
    /**
     * \brief Drops for one reason.
     * \param reason the reason
     * \return the count
     */
    uint64_t GetDroppedCount(hmipv6::DropReason reason) const;

    /**
     * \brief Assign a fixed random variable stream to the proxy reply delay.
     * \param stream the first stream index
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief TracedCallback signature of "RegistrationReceived".
     * \param optionType the message's option type (Request, Update or Refresh)
     * \param home the home address
     * \param source the IPv6 source (the LCoA)
     * \param sequence the sequence number
     */
    typedef void (*RegistrationCallback)(uint8_t optionType,
                                         Ipv6Address home,
                                         Ipv6Address source,
                                         uint16_t sequence);
    /**
     * \brief TracedCallback signature of "BindingAckSent".
     * \param home the home address
     * \param destination the acknowledgement's IPv6 destination
     * \param status its Status
     * \param sequence its Sequence Number
     * \param lifetime its Lifetime
     */
    typedef void (*BindingAckCallback)(Ipv6Address home,
                                       Ipv6Address destination,
                                       uint8_t status,
                                       uint16_t sequence,
                                       Time lifetime);
    /**
     * \brief TracedCallback signature of "BindingCreated" and "BindingUpdated".
     * \param home the home address
     * \param gcoa the GCoA
     * \param lcoa the LCoA
     * \param lifetime the granted lifetime
     */
    typedef void (*BindingCallback)(Ipv6Address home,
                                    Ipv6Address gcoa,
                                    Ipv6Address lcoa,
                                    Time lifetime);
    /**
     * \brief TracedCallback signature of "BindingRemoved" and "BindingExpired".
     * \param home the home address
     * \param gcoa the GCoA it had
     */
    typedef void (*BindingEndCallback)(Ipv6Address home, Ipv6Address gcoa);
    /**
     * \brief TracedCallback signature of "HandoffRequestSent".
     * \param previousMs the destination, the host's previous MS
     * \param home the home address
     * \param newGcoa the GCoA given by this MS
     */
    typedef void (*HandoffSentCallback)(Ipv6Address previousMs,
                                        Ipv6Address home,
                                        Ipv6Address newGcoa);
    /**
     * \brief TracedCallback signature of "HandoffRequestReceived".
     * \param peer the requesting MS (IPv6 source)
     * \param home the home address
     * \param accepted whether forwarding was set up
     */
    typedef void (*HandoffReceivedCallback)(Ipv6Address peer, Ipv6Address home, bool accepted);
    /**
     * \brief TracedCallback signature of "ForwardingStarted".
     * \param home the home address
     * \param oldGcoa the GCoA bound here
     * \param newGcoa the GCoA packets now go to
     */
    typedef void (*ForwardingCallback)(Ipv6Address home, Ipv6Address oldGcoa, Ipv6Address newGcoa);
    /**
     * \brief TracedCallback signature of "MobilityInfoSent".
     * \param router the destination
     * \param withdrawal whether it withdraws the MS
     */
    typedef void (*MobilityInfoCallback)(Ipv6Address router, bool withdrawal);
    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the IPv6 payload of the message
     * \param reason why, in one word
     * \param detail which message and what was wrong with it
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 hmipv6::DropReason reason,
                                 const std::string& detail);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// Which draft message an option type stands for.
    enum MessageKind
    {
        REQUEST = hmipv6::RegistrationIntake::REQUEST, //!< Registration Request
        UPDATE = hmipv6::RegistrationIntake::UPDATE,   //!< Registration Update
        REFRESH = hmipv6::RegistrationIntake::REFRESH, //!< Registration Refresh
        HANDOFF,                                       //!< Handoff Request
    };

    /**
     * \brief An option of a configured type arrived.
     * \param payload the IPv6 payload (extension headers first)
     * \param header the IPv6 header
     * \param optionType the option type
     */
    void ReceiveOption(Ptr<const Packet> payload, const Ipv6Header& header, uint8_t optionType);
    /**
     * \brief An option of a configured type overran its header.
     * \param payload the IPv6 payload
     * \param header the IPv6 header
     * \param optionType the option type
     * \param reason why
     */
    void ReceiveOptionDrop(Ptr<const Packet> payload,
                           const Ipv6Header& header,
                           uint8_t optionType,
                           const std::string& reason);
    /**
     * \brief Handle a Registration Request, Update or Refresh.
     * \param kind which
     * \param payload the IPv6 payload
     * \param header the IPv6 header
     */
    void HandleRegistration(hmipv6::RegistrationIntake::Kind kind,
                            Ptr<const Packet> payload,
                            const Ipv6Header& header);
    /**
     * \brief Registrar hook: DAD of a GCoA on the Mobility Network.
     * \param gcoa the GCoA
     * \param done the result
     */
    void StartDad(Ipv6Address gcoa, hmipv6::Registrar::DadResultCallback done);
    /**
     * \brief Registrar hook: withdraw from a DAD nobody waits for (the MS stops).
     * \param gcoa the GCoA
     * \param done the result callback StartDad was given
     */
    void CancelDad(Ipv6Address gcoa, hmipv6::Registrar::DadResultCallback done);
    /**
     * \brief Registrar hook: a registration was bound (LCoA, proxy, divert, traces).
     * \param registration the registration
     * \param entry its binding
     * \param created whether the binding is new
     */
    void Bound(const hmipv6::Registration& registration,
               const hmipv6::BindingCache::Entry& entry,
               bool created);
    /**
     * \brief Registrar hook: a binding ended (proxy, divert, traces).
     * \param entry the binding
     * \param ending why
     */
    void Unbound(const hmipv6::BindingCache::Entry& entry, hmipv6::Registrar::Ending ending);
    /// Configure the Mobility Information announcer with the attributes.
    void ConfigureAnnouncer();
    /**
     * \brief Count and trace a dropped message.
     * \param packet the IPv6 payload
     * \param reason why, in one word \param detail which message and what was wrong
     */
    void Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail);
    /**
     * \brief The binding of a home address.
     * \param home the home address
     * \return its GCoA if bound here, else ::
     */
    Ipv6Address FindGcoa(Ipv6Address home) const;
    /**
     * \brief The kind of message an option type stands for.
     * \param optionType the option type
     * \param kind set when found
     * \return whether the type is one of the configured ones
     */
    bool KindOf(uint8_t optionType, MessageKind& kind) const;

    uint32_t m_interface;                           //!< "MobilityNetworkInterface"
    Ipv6Address m_prefix;                           //!< "MobilityNetworkPrefix"
    uint8_t m_prefixLength;                         //!< "MobilityNetworkPrefixLength"
    Ipv6Address m_address;                          //!< "Address"
    Time m_maxLifetime;                             //!< "MaxLifetime"
    uint32_t m_maxBindings;                         //!< "MaxBindings"
    uint32_t m_maxPendingDad;                       //!< "MaxPendingDad"
    bool m_performDad;                              //!< "PerformDad"
    Ptr<RandomVariableStream> m_replyDelay;         //!< "ProxyReplyDelay"
    Time m_infoInterval;                            //!< "MobilityInfoInterval"
    bool m_withdrawOnStop;                          //!< "WithdrawOnStop"
    DeliveryMode m_deliveryMode;                    //!< "DeliveryMode"
    uint8_t m_requestType;                          //!< "RegistrationRequestOptionType"
    uint8_t m_updateType;                           //!< "RegistrationUpdateOptionType"
    uint8_t m_refreshType;                          //!< "RegistrationRefreshOptionType"
    uint8_t m_handoffType;                          //!< "HandoffRequestOptionType"
    uint8_t m_infoType;                             //!< "MobilityInfoOptionType"
    AuthorizationCallback m_authorize;              //!< registration hook
    PeerAuthorizationCallback m_authorizePeer;      //!< Handoff Request hook
    hmipv6::Registrar m_registrar;                  //!< bindings keyed by GCoA, DAD, lifetimes
    hmipv6::GcoaInterception m_interception;        //!< proxy, divert, tunnel exits
    hmipv6::OptionSubscription m_options;           //!< the configured option types
    Ptr<hmipv6::Ipv6TunnelNetDevice> m_tunnel;      //!< the tunnel
    uint32_t m_tunnelInterface;                     //!< its IPv6 interface
    Ptr<hmipv6::NdProxy> m_proxy;                   //!< proxy ND
    Ptr<hmipv6::MobilityRoutingProtocol> m_routing; //!< diverts
    hmipv6::MobilityInfoAnnouncer m_announcer;      //!< Mobility Information to routers
    hmipv6::PeerHandoff m_handoff;                  //!< Handoff Requests between MSs
    hmipv6::RegistrationIntake m_intake;            //!< registration messages and answers
    bool m_running;                                 //!< between start and stop
    hmipv6::DropCounts m_drops;                     //!< drops by reason
    TracedCallback<uint8_t, Ipv6Address, Ipv6Address, uint16_t> m_registrationTrace; //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time> m_baTrace;     //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Ipv6Address, Time> m_createdTrace;      //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Ipv6Address, Time> m_updatedTrace;      //!< trace
    TracedCallback<Ipv6Address, Ipv6Address> m_removedTrace;                         //!< trace
    TracedCallback<Ipv6Address, Ipv6Address> m_expiredTrace;                         //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Ipv6Address> m_handoffSentTrace;        //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, bool> m_handoffReceivedTrace;           //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Ipv6Address> m_forwardingTrace;         //!< trace
    TracedCallback<Ipv6Address, bool> m_infoTrace;                                   //!< trace
    TracedCallback<Ptr<const Packet>, hmipv6::DropReason, const std::string&>
        m_dropTrace; //!< trace
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_SERVER_H */
