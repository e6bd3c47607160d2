// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MIPV6_MOBILE_NODE_H
#define HMIPV6_MIPV6_MOBILE_NODE_H

#include "ns3/application.h"
#include "ns3/binding-update-list.h"
#include "ns3/dad-watch.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mipv6-home-address-device.h"
#include "ns3/mobility-header.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/return-routability.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

class BindingAckHeader;
class MobilityL4Protocol;
class MobilityRoutingProtocol;

/**
 * \ingroup hmipv6
 * \brief Mobile IPv6 mobile node (RFC 6275 section 11): movement detection, care-of
 *        address, home registration, reverse tunnelling.
 *
 * On start the application installs (each only if absent) the mobility glue, an
 * Ipv6TunnelNetDevice to the home agent (remote = home agent, local = current care-of
 * address) with forwarding off, the home address as a /128 on the tunnel interface (so
 * that a type 2 routing header's home address and the tunnelled packets for it are the
 * node's own), a source divert of the home address into the tunnel (RFC 6275 11.3.1:
 * sockets bound to the home address reach their peers through the home agent), a raw
 * ICMPv6 socket that reads Router Advertisements, and a Binding Acknowledgement handler.
 *
 * Movement detection (11.5.1): a Router Advertisement whose source is a new router and
 * that carries no prefix of the current care-of address is a movement. The address ns-3
 * forms from the advertisement (SLAAC, RFC 4862) becomes the care-of address when its
 * DAD ends: ns-3 3.37 has no trace of the TENTATIVE to PREFERRED change, so a timer runs
 * at exactly the Icmpv6L4Protocol "DadTimeout" after the address appeared (ns-3's own
 * timer, scheduled earlier for the same instant, runs first); should the address still be
 * tentative then, the state is polled every millisecond (documented fallback). With
 * "OptimisticDad" (RFC 4429) the address is used at once: ns-3 3.37 sends and receives
 * with a tentative address (neither Ipv6L3Protocol::Send nor LocalDeliver checks the
 * state), so no workaround is needed. The previous care-of address, its prefix and its
 * default route are removed (Ipv6L3Protocol::RemoveAutoconfiguredAddress): the old link
 * is gone, and ns-3's static routing would otherwise keep the old default router.
 *
 * "NotifyLinkUp" / "NotifyLinkDown" are the link-layer triggers (connect them to
 * LinkSwitchHandoff's traces): link-up sends a Router Solicitation when
 * "SendRouterSolicitation" is on (RFC 4861 6.3.7 without the initial random delay, as
 * RFC 6275 11.5.1 allows after a link change).
 *
 * Home registration (11.7.1): a Binding Update with A and H set, the sequence number of
 * the BindingUpdateList, the lifetime in 4 s units, from the care-of address inside a
 * Destination Options header with the Home Address option (the checksum's pseudo-header
 * source is the home address); retransmitted on the BindingUpdateList's schedule
 * ("InitialBindackTimeoutFirstReg" 1.5 s first, doubling up to 32 s, 11.8) and
 * refreshed after "RefreshFraction" of the granted lifetime. Status 135 resynchronises
 * the sequence number and sends again; other rejections are traced
 * ("RegistrationFailed").
 *
 * Returning home (11.5.4): a Router Advertisement with the home prefix makes the node
 * remove the source divert, move the home address from the tunnel to its access interface
 * and deregister (lifetime 0, care-of address = home address, from the home address,
 * without a Home Address option). The home agent defends the home address (proxy ND)
 * until the deregistration arrives, so ns-3's DAD of the address would fail: it is added
 * with DAD skipped (Icmpv6L4Protocol "DAD" off for that one AddAddress). RFC 6275 11.5.4
 * allows this: the node already owns the address, the home agent is the only other
 * defender, and the deregistration is what hands it back. Once the home agent's
 * acknowledgement arrives (its proxy stopped), the node sends an unsolicited Neighbor
 * Advertisement with Override set for its home address to all-nodes (11.5.4, RFC 4861
 * 7.2.6) so that neighbours replace the home agent's link-layer address. Not done: the
 * RFC's rule not to answer Neighbor Solicitations for the home address before the
 * acknowledgement (ns-3 answers for every address of the interface). Correspondents that
 * hold a binding get a Binding Update with lifetime 0 from the home address, its Kbm
 * from the home keygen token alone (5.2.5; a new Home Test first if the token is older
 * than MAX_TOKEN_LIFETIME); "CorrespondentDeregistered" on its acknowledgement. Leaving
 * home again puts the home address back on the tunnel interface.
 *
 * Route optimisation (11.6, 11.7.2, "RouteOptimization", on by default) with the
 * correspondents given to AddCorrespondent: after each accepted home registration for a
 * care-of address the correspondent does not have yet, return routability runs: a Home
 * Test Init from the home address through the reverse tunnel and a Care-of Test Init
 * straight from the care-of address, each with a random cookie, retransmitted after
 * INITIAL_BINDACK_TIMEOUT doubling (11.8) up to "CorrespondentRetries" times. With the Home
 * Test and the Care-of Test (cookies checked) the node computes Kbm (5.2.5) and sends the
 * correspondent a Binding Update (A set, H clear, Nonce Indices and Binding Authorization
 * Data options, Home Address option, from the care-of address; lifetime
 * min("BindingLifetime", MAX_RR_BINDING_LIFETIME)), kept in the BindingUpdateList (1 s
 * first timeout). Its Binding Acknowledgement must carry a valid authenticator (6.1.8);
 * status 135 resynchronises; an accepted one diverts the correspondent into a
 * Mipv6HomeAddressDevice (packets from the home address then go directly from the
 * care-of address with a Home Address option) and schedules a new return routability
 * and Binding Update at "RefreshFraction" of the granted lifetime. The type 2 routing
 * extension's "ReinjectToHomeAddress" is turned on, so packets the correspondent sends to
 * the care-of address with a type 2 routing header reach sockets bound to the home
 * address. A movement removes the diverts until the new binding is acknowledged. No Home
 * Test or Care-of Test, no acknowledgement after the retries, or a rejecting status:
 * the node keeps the reverse tunnel for that correspondent ("RouteOptimizationFallback")
 * until the next care-of address.
 * Binding Acknowledgements (home agent or correspondent) are accepted when they carry the
 * node's type 2 routing header; with re-injection on they arrive re-injected with the
 * home address as destination, which is accepted as the same evidence.
 */
class Mipv6MobileNode : public Application
{
  public:
    /// Default of "BindingLifetime" (s): 420 s, MAX_RR_BINDING_LIFETIME of RFC 6275 12
    /// (RFC 6275 fixes no home registration default).
    static constexpr uint32_t DEFAULT_BINDING_LIFETIME_S = 420;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Mipv6MobileNode();
    ~Mipv6MobileNode() override;

    /**
     * \brief Run route optimisation with a correspondent (RFC 6275 11.6, 11.7.2).
     * \param correspondent its address
     */
    void AddCorrespondent(Ipv6Address correspondent);
    /**
     * \brief Whether packets to a correspondent go route-optimised.
     * \param correspondent its address
     * \return true if its binding for the current care-of address is acknowledged
     */
    bool IsRouteOptimized(Ipv6Address correspondent) const;
    /**
     * \brief The care-of address a correspondent acknowledged.
     * \param correspondent its address
     * \return it, or :: if none
     */
    Ipv6Address GetCorrespondentCareOf(Ipv6Address correspondent) const;
    /**
     * \brief The route optimisation device (after start, if "RouteOptimization").
     * \return it, or null
     */
    Ptr<Mipv6HomeAddressDevice> GetRouteOptimizationDevice() const;
    /**
     * \brief Number of Home Test Init messages sent.
     * \return the count
     */
    uint64_t GetHomeTestInitsSent() const;
    /**
     * \brief Number of Care-of Test Init messages sent.
     * \return the count
     */
    uint64_t GetCareOfTestInitsSent() const;
    /**
     * \brief Number of Binding Updates sent to correspondents.
     * \return the count
     */
    uint64_t GetCorrespondentBindingUpdatesSent() const;
    /**
     * \brief Number of route optimisation fallbacks.
     * \return the count
     */
    uint64_t GetFallbackCount() const;

    /// Link-layer trigger: the access link is up (sends a Router Solicitation).
    void NotifyLinkUp();
    /// Link-layer trigger: the access link is down.
    void NotifyLinkDown();
    /**
     * \brief LinkSwitchHandoff-compatible link-up trigger.
     * \param accessPoint ignored
     */
    void NotifyLinkUpAp(uint32_t accessPoint);
    /**
     * \brief LinkSwitchHandoff-compatible link-down trigger.
     * \param accessPoint ignored
     */
    void NotifyLinkDownAp(uint32_t accessPoint);

    /**
     * \brief The current care-of address.
     * \return it, or :: if none (or at home)
     */
    Ipv6Address GetCareOfAddress() const;
    /**
     * \brief Whether the home agent acknowledged the current care-of address.
     * \return true if registered
     */
    bool IsRegistered() const;
    /**
     * \brief Whether the node is on its home link.
     * \return true at home
     */
    bool IsAtHome() const;
    /**
     * \brief The tunnel device (after start).
     * \return it
     */
    Ptr<Ipv6TunnelNetDevice> GetTunnelDevice() const;
    /**
     * \brief The binding update list.
     * \return it
     */
    const BindingUpdateList& GetBindingUpdateList() const;
    /**
     * \brief Number of Binding Updates sent (retransmissions included).
     * \return the count
     */
    uint64_t GetBindingUpdatesSent() const;
    /**
     * \brief Number of Binding Acknowledgements received.
     * \return the count
     */
    uint64_t GetBindingAcksReceived() const;
    /**
     * \brief Number of packets dropped (bad BAs, bad RAs).
     * \return the count
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief TracedCallback signature of "MovementDetected".
     * \param router the new default router
     * \param prefix the new on-link prefix
     */
    typedef void (*MovementCallback)(Ipv6Address router, Ipv6Address prefix);
    /**
     * \brief TracedCallback signature of "CareOfAddressReady".
     * \param coa the care-of address
     */
    typedef void (*AddressCallback)(Ipv6Address coa);
    /**
     * \brief TracedCallback signature of "BindingUpdateSent".
     * \param destination the home agent
     * \param sequence the Sequence Number
     */
    typedef void (*BindingUpdateSentCallback)(Ipv6Address destination, uint16_t sequence);
    /**
     * \brief TracedCallback signature of "BindingAckReceived".
     * \param source the sender
     * \param sequence its Sequence Number
     * \param status its Status
     */
    typedef void (*BindingAckCallback)(Ipv6Address source, uint16_t sequence, uint8_t status);
    /**
     * \brief TracedCallback signature of "HomeRegistrationComplete".
     * \param coa the registered care-of address
     * \param lifetime the granted lifetime
     */
    typedef void (*RegistrationCallback)(Ipv6Address coa, Time lifetime);
    /**
     * \brief TracedCallback signature of "RegistrationFailed".
     * \param status the rejecting Status
     */
    typedef void (*FailureCallback)(uint8_t status);
    /**
     * \brief TracedCallback signature of "RouteOptimizationComplete".
     * \param correspondent the correspondent
     * \param coa the care-of address it acknowledged
     */
    typedef void (*RouteOptimizationCallback)(Ipv6Address correspondent, Ipv6Address coa);
    /**
     * \brief TracedCallback signature of "RouteOptimizationFallback".
     * \param correspondent the correspondent
     * \param reason why the reverse tunnel stays
     */
    typedef void (*FallbackCallback)(Ipv6Address correspondent, const std::string& reason);
    /**
     * \brief TracedCallback signature of "ReturnRoutabilityMessage" (HoTI, CoTI sent; HoT,
     *        CoT received).
     * \param correspondent the correspondent
     * \param mhType the MH Type
     */
    typedef void (*RrMessageCallback)(Ipv6Address correspondent, uint8_t mhType);
    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the packet
     * \param reason why
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet, const std::string& reason);

  protected:
    void DoDispose() override;
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Read Router Advertisements from the raw socket.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);
    /**
     * \brief Process one Router Advertisement.
     * \param header its IPv6 header
     * \param icmp its ICMPv6 octets
     */
    virtual void ProcessRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp);
    /**
     * \brief The RFC 4861 6.1.2 checks of a Router Advertisement.
     * \param header its IPv6 header
     * \param icmp its ICMPv6 octets
     * \return why it is invalid, or "" if it is valid
     */
    std::string CheckRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp) const;
    /**
     * \brief Movement to a new link (a new default router with a new prefix, 11.5.1).
     *
     * The base class drops the old care-of address and every binding that names it, then
     * forms an address on the new prefix. Subclasses may keep bindings that survive.
     * \param router the new default router
     * \param prefix its first on-link autonomous prefix
     */
    virtual void OnMovement(Ipv6Address router, Ipv6Address prefix);
    /**
     * \brief Look for the address ns-3 formed for a new prefix.
     * \param prefix the prefix
     */
    void FindNewAddress(Ipv6Address prefix);
    /**
     * \brief The new address's DAD is over.
     * \param address the address
     * \param usable whether it passed
     */
    void DadDone(Ipv6Address address, bool usable);
    /**
     * \brief The address formed on the link is usable.
     * \param coa the address
     */
    void CareOfAddressReady(Ipv6Address coa);
    /**
     * \brief Use a new on-link care-of address; the base class makes it the care-of
     * address, fires "CareOfAddressReady" and registers it with the home agent.
     * \param coa the address
     */
    virtual void OnCareOfAddressReady(Ipv6Address coa);
    /**
     * \brief The care-of address to bind at a correspondent (the base class: the care-of
     * address registered with the home agent).
     * \param correspondent the correspondent
     * \return the address, or :: when none is usable yet
     */
    virtual Ipv6Address CorrespondentCareOf(Ipv6Address correspondent) const;
    /**
     * \brief Send a new Binding Update to the home agent.
     */
    void SendBindingUpdate();
    /**
     * \brief Build and send the Binding Update of the list's entry.
     * \param entry the entry
     */
    void TransmitBindingUpdate(const BindingUpdateList::Entry& entry);
    /// Retransmission timer.
    void Retransmit();
    /// Refresh timer.
    void Refresh();
    /**
     * \brief MH Type 6 handler.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    virtual void HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /// Remove the previous care-of address and its default route.
    void RemoveOldCareOf();
    /// The node is back on its home link.
    void ReturnHome();
    /// The deregistration was acknowledged: announce the home address (11.5.4).
    void AnnounceHomeAddress();

    /// Route optimisation state of one correspondent (RFC 6275 11.6, 11.7.2).
    struct Correspondent
    {
        Ipv6Address address;                    //!< the correspondent
        MobilityCookie homeCookie{};            //!< Home Init Cookie of the last HoTI
        MobilityCookie careOfCookie{};          //!< Care-of Init Cookie of the last CoTI
        bool haveHot{false};                    //!< Home Test received for the cookie
        bool haveCot{false};                    //!< Care-of Test received for the cookie
        uint16_t homeIndex{0};                  //!< its home nonce index
        uint16_t careOfIndex{0};                //!< its care-of nonce index
        ReturnRoutability::Token homeToken{};   //!< home keygen token
        Time homeTokenTime{-1};                 //!< when it arrived (< 0: none)
        bool nonceRetried{false};               //!< reran RR after an expired nonce
        bool deregistering{false};              //!< back home: removing its binding
        std::optional<uint16_t> lastSequence;   //!< of the last BU, kept across moves
        ReturnRoutability::Token careOfToken{}; //!< care-of keygen token
        ReturnRoutability::Key kbm{};           //!< binding management key
        Ipv6Address rrCareOf;                   //!< care-of address of the test
        Ipv6Address boundCareOf;                //!< care-of address acknowledged (:: none)
        Ipv6Address failedCareOf;               //!< care-of address it fell back for
        uint32_t rrTries{0};                    //!< return routability attempts
        uint32_t buTries{0};                    //!< Binding Update transmissions
        EventId rrEvent;                        //!< test retransmission
        EventId buEvent;                        //!< BU retransmission
        EventId refreshEvent;                   //!< binding refresh
    };

    /**
     * \brief Start return routability with every correspondent not bound to m_coa.
     */
    void StartRouteOptimization();
    /**
     * \brief Send HoTI and CoTI to a correspondent.
     * \param address the correspondent
     */
    void SendTestInits(Ipv6Address address);
    /**
     * \brief Test retransmission timer.
     * \param address the correspondent
     */
    void TestInitTimeout(Ipv6Address address);
    /**
     * \brief Build and send a Binding Update to a correspondent.
     * \param address the correspondent
     * \param retransmission take the list's retransmission entry
     */
    void SendCorrespondentBu(Ipv6Address address, bool retransmission);
    /**
     * \brief Correspondent BU retransmission timer.
     * \param address the correspondent
     */
    void CorrespondentBuTimeout(Ipv6Address address);
    /**
     * \brief Process a correspondent's Binding Acknowledgement.
     * \param c the correspondent
     * \param packet the Mobility Header
     * \param ack its parsed header
     */
    void HandleCorrespondentAck(Correspondent& c, Ptr<Packet> packet, const BindingAckHeader& ack);
    /**
     * \brief MH Type 3 handler.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void HandleHomeTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief MH Type 4 handler.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void HandleCareOfTest(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief Give up route optimisation with a correspondent for this care-of address.
     * \param c the correspondent
     * \param reason why
     */
    void Fallback(Correspondent& c, const std::string& reason);
    /**
     * \brief Stop route optimisation with a correspondent (timers, divert, list entry).
     * \param c the correspondent
     */
    void ResetCorrespondent(Correspondent& c);
    /**
     * \brief Binding lookup of the route optimisation device.
     * \param address the correspondent
     * \return the acknowledged care-of address, or ::
     */
    Ipv6Address LookupBinding(Ipv6Address address);
    /**
     * \brief Send a Mobility Header straight out (static routing, no divert).
     * \param packet the packet (after the IPv6 header)
     * \param source the source
     * \param destination the destination
     * \param protocol the Next Header
     */
    void SendDirect(Ptr<Packet> packet,
                    Ipv6Address source,
                    Ipv6Address destination,
                    uint8_t protocol);
    /**
     * \brief Send a packet from the home address into the reverse tunnel.
     * \param packet the packet (after the IPv6 header)
     * \param destination the destination
     * \param protocol the Next Header
     */
    void SendThroughTunnel(Ptr<Packet> packet, Ipv6Address destination, uint8_t protocol);
    /**
     * \brief A random cookie.
     * \return it
     */
    MobilityCookie NewCookie();
    /**
     * \brief Count and trace a drop.
     * \param packet the packet
     * \param reason why
     */
    void Drop(Ptr<const Packet> packet, const std::string& reason);
    /**
     * \brief Whether an address is on the home prefix.
     * \param address the address
     * \return true if it is
     */
    bool OnHomePrefix(Ipv6Address address) const;

    Ipv6Address m_homeAddress;                             //!< "HomeAddress"
    Ipv6Address m_homeAgent;                               //!< "HomeAgentAddress"
    uint8_t m_homePrefixLength;                            //!< "HomePrefixLength"
    uint32_t m_interface;                                  //!< "Interface"
    Time m_lifetime;                                       //!< "BindingLifetime"
    Time m_firstRegTimeout;                                //!< "InitialBindackTimeoutFirstReg"
    double m_refreshFraction;                              //!< "RefreshFraction"
    bool m_optimisticDad;                                  //!< "OptimisticDad"
    bool m_sendRs;                                         //!< "SendRouterSolicitation"
    bool m_checkRaHopLimit;                                //!< "CheckRaHopLimit"
    bool m_routeOptimization;                              //!< "RouteOptimization"
    bool m_reuseHomeToken;                                 //!< "ReuseHomeKeygenToken"
    uint32_t m_cnRetries;                                  //!< "CorrespondentRetries"
    std::map<Ipv6Address, Correspondent> m_correspondents; //!< by address
    Ptr<Mipv6HomeAddressDevice> m_roDevice;                //!< route optimisation device
    uint32_t m_roInterface;                                //!< its interface
    Ptr<UniformRandomVariable> m_cookieRng;                //!< cookies
    uint64_t m_hotiSent;                                   //!< HoTIs sent
    uint64_t m_cotiSent;                                   //!< CoTIs sent
    uint64_t m_cnBuSent;                                   //!< correspondent BUs sent
    uint64_t m_fallbacks;                                  //!< fallbacks
    BindingUpdateList m_bul;                               //!< the binding update list
    Ptr<Ipv6TunnelNetDevice> m_tunnel;                     //!< reverse tunnel
    uint32_t m_tunnelInterface;                            //!< its interface
    Ptr<MobilityRoutingProtocol> m_routing;                //!< source divert
    Ptr<MobilityL4Protocol> m_mobility;                    //!< MH protocol
    Ptr<Socket> m_raSocket;                                //!< raw ICMPv6 socket
    Ipv6Address m_router;                                  //!< current default router
    Ipv6Address m_prefix;                                  //!< prefix of the care-of address
    Ipv6Address m_coa;                                     //!< current care-of address (:: if none)
    Ipv6Address m_pendingCoa;                              //!< address in DAD
    bool m_atHome;                                         //!< on the home link
    bool m_registered;                                     //!< binding acknowledged
    bool m_linkUp;                                         //!< link-layer state
    hmipv6::DadWatch m_dadWatch;                           //!< the care-of address's DAD
    EventId m_retransmitEvent;                             //!< BU retransmission
    EventId m_refreshEvent;                                //!< binding refresh
    uint64_t m_buSent;                                     //!< BUs sent
    uint64_t m_baReceived;                                 //!< BAs received
    uint64_t m_dropped;                                    //!< drops
    TracedCallback<Ipv6Address, Ipv6Address> m_movementTrace; //!< "MovementDetected"
    TracedCallback<Ipv6Address> m_coaTrace;                   //!< "CareOfAddressReady"
    TracedCallback<Ipv6Address, uint16_t> m_buTrace;          //!< "BindingUpdateSent"
    TracedCallback<Ipv6Address, uint16_t, uint8_t> m_baTrace; //!< "BindingAckReceived"
    TracedCallback<Ipv6Address, Time> m_completeTrace;        //!< "HomeRegistrationComplete"
    TracedCallback<uint8_t> m_failedTrace;                    //!< "RegistrationFailed"
    TracedCallback<Ipv6Address> m_returnedHomeTrace;          //!< "ReturnedHome"
    TracedCallback<> m_linkUpTrace;                           //!< "LinkUp"
    TracedCallback<> m_linkDownTrace;                         //!< "LinkDown"
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< "Drop"
    TracedCallback<Ipv6Address, Ipv6Address> m_roTrace; //!< "RouteOptimizationComplete"
    TracedCallback<Ipv6Address, const std::string&> m_fallbackTrace; //!< fallback trace
    TracedCallback<Ipv6Address, uint8_t> m_rrTrace;                  //!< "ReturnRoutabilityMessage"
    TracedCallback<Ipv6Address> m_homeNaTrace;                       //!< "HomeAddressAnnounced"
    TracedCallback<Ipv6Address> m_deregisteredTrace; //!< "CorrespondentDeregistered"
};

} // namespace ns3

#endif /* HMIPV6_MIPV6_MOBILE_NODE_H */
