// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MIPV6_MOBILE_NODE_H
#define HMIPV6_MIPV6_MOBILE_NODE_H

#include "ns3/access-link.h"
#include "ns3/application.h"
#include "ns3/binding-update-list.h"
#include "ns3/drop-reason.h"
#include "ns3/home-registration.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mipv6-home-address-device.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/route-optimizer.h"
#include "ns3/router-advertisement-info.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

namespace hmipv6
{
class MobilityL4Protocol;
}

namespace hmipv6
{
class MobilityRoutingProtocol;
}

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
 * The jobs are done by three parts: hmipv6::AccessLink (movement detection, 11.5.1,
 * and the address formed on the link), hmipv6::HomeRegistration (the binding at the
 * home agent) and hmipv6::RouteOptimizer (the correspondents); the application owns the
 * attributes, the traces and the order in which the parts act. Router Advertisements
 * are parsed once (hmipv6::RouterAdvertisementInfo); subclasses see them and the
 * movements through the protected hooks.
 *
 * Movement detection (11.5.1): a Router Advertisement whose source is a new router and
 * that carries no prefix of the current care-of address is a movement. The address ns-3
 * forms from the advertisement (SLAAC, RFC 4862) becomes the care-of address when its
 * DAD ends (hmipv6::DadWatch: ns-3's DAD traces where the release has them). With
 * "OptimisticDad" (RFC 4429) the address is used at once: ns-3 sends and receives with
 * a tentative address (neither Ipv6L3Protocol::Send nor LocalDeliver checks the state).
 * The previous care-of address and its default route are removed: the old link is gone,
 * and ns-3's static routing would otherwise keep the old default router.
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
 * with DAD skipped (hmipv6::AddAddressWithoutDad). RFC 6275 11.5.4
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

    /**
     * \brief Assign a fixed random variable stream to the return routability cookies
     *        (RFC 6275 5.2.3), the node's only random numbers.
     * \param stream the first stream index
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

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
    Ptr<hmipv6::Ipv6TunnelNetDevice> GetTunnelDevice() const;
    /**
     * \brief The binding update list.
     * \return it
     */
    const hmipv6::BindingUpdateList& GetBindingUpdateList() const;
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
     * \brief Drops for one reason.
     * \param reason the reason
     * \return the count
     */
    uint64_t GetDroppedCount(hmipv6::DropReason reason) const;

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
     * \param reason why, in one word
     * \param detail which message and what was wrong with it
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 hmipv6::DropReason reason,
                                 const std::string& detail);

    /**
     * \return the home address ("HomeAddress")
     */
    Ipv6Address GetHomeAddress() const;
    /**
     * \return the home agent ("HomeAgentAddress")
     */
    Ipv6Address GetHomeAgentAddress() const;

  protected:
    void DoDispose() override;
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Hook: every valid Router Advertisement of the access link, before movement
     *        detection (a subclass reads its own options here).
     * \param ra the advertisement
     */
    virtual void OnRouterAdvertisement(const hmipv6::RouterAdvertisementInfo& ra);
    /**
     * \brief Hook: a valid advertisement away from home that is no movement.
     * \param ra the advertisement
     */
    virtual void OnNoMovement(const hmipv6::RouterAdvertisementInfo& ra);
    /**
     * \brief Hook: movement to a new link (11.5.1), between leaving the old link and
     *        looking for the new address. The base class leaves home if it was there,
     *        drops every binding that names the old care-of address and forgets it.
     *        Subclasses may keep bindings that survive.
     * \param router the new default router
     * \param prefix its first on-link autonomous prefix
     */
    virtual void OnMovement(Ipv6Address router, Ipv6Address prefix);
    /// Hook: the node is back on its home link (after the deregistrations left).
    virtual void OnReturnedHome();
    /**
     * \brief Hook: the address formed on the new link is usable. The base class calls
     *        UseCareOfAddress.
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
     * \brief MH Type 6 handler: the home agent's and the correspondents'.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    virtual void HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);

    /**
     * \brief Make an address the care-of address: fires "CareOfAddressReady" and
     *        registers it with the home agent.
     * \param coa the address
     */
    void UseCareOfAddress(Ipv6Address coa);
    /**
     * \brief Register another care-of address with the home agent (no
     *        "CareOfAddressReady"); if it is already the registered one, only the
     *        correspondents are brought up to date.
     * \param coa the address
     */
    void BindCareOfAddress(Ipv6Address coa);
    /// Start return routability with every correspondent not bound to its care-of address.
    void StartRouteOptimization();
    /**
     * \brief Back to the reverse tunnel for a correspondent until it is bound again.
     * \param correspondent the correspondent
     */
    void ResetCorrespondent(Ipv6Address correspondent);
    /**
     * \return the correspondents given to AddCorrespondent
     */
    std::vector<Ipv6Address> GetCorrespondents() const;
    /**
     * \return the current default router
     */
    Ipv6Address GetRouter() const;
    /**
     * \return "RefreshFraction"
     */
    double GetRefreshFraction() const;
    /**
     * \brief Put a /128 address on the reverse tunnel's interface (no DAD: the node owns
     *        it, or a Mobility Server defends it).
     * \param address the address
     */
    void AddTunnelAddress(Ipv6Address address);
    /**
     * \brief Remove a /128 address from the reverse tunnel's interface.
     * \param address the address
     */
    void RemoveTunnelAddress(Ipv6Address address);
    /**
     * \brief Fire "CareOfAddressReady" for an address a subclass registers its own way.
     * \param coa the address
     */
    void NotifyCareOfAddressReady(Ipv6Address coa);
    /**
     * \brief Fire "BindingUpdateSent" for a subclass's own binding message.
     * \param destination where it went
     * \param sequence its sequence number
     */
    void NotifyBindingUpdateSent(Ipv6Address destination, uint16_t sequence);
    /**
     * \brief Fire "BindingAckReceived" for a subclass's own acknowledgement.
     * \param source where it came from
     * \param sequence its sequence number
     * \param status its status
     */
    void NotifyBindingAckReceived(Ipv6Address source, uint16_t sequence, uint8_t status);
    /**
     * \brief Count and trace a drop.
     * \param packet the packet
     * \param reason why, in one word \param detail which message and what was wrong
     */
    void Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail);

  private:
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
    void ProcessRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp);
    /**
     * \brief Movement to a new link.
     * \param router the new default router
     * \param prefix its prefix
     */
    void Move(Ipv6Address router, Ipv6Address prefix);
    /**
     * \brief The address formed on the link is usable.
     * \param coa the address
     */
    void CareOfAddressReady(Ipv6Address coa);
    /**
     * \brief The node is back on its home link.
     * \param router the home link's router
     */
    void ReturnHome(Ipv6Address router);
    /**
     * \brief Whether an address is on the home prefix.
     * \param address the address
     * \return true if it is
     */
    bool OnHomePrefix(Ipv6Address address) const;

    Ipv6Address m_homeAddress;                      //!< "HomeAddress"
    Ipv6Address m_homeAgent;                        //!< "HomeAgentAddress"
    uint8_t m_homePrefixLength;                     //!< "HomePrefixLength"
    uint32_t m_interface;                           //!< "Interface"
    Time m_lifetime;                                //!< "BindingLifetime"
    Time m_firstRegTimeout;                         //!< "InitialBindackTimeoutFirstReg"
    double m_refreshFraction;                       //!< "RefreshFraction"
    bool m_optimisticDad;                           //!< "OptimisticDad"
    bool m_sendRs;                                  //!< "SendRouterSolicitation"
    bool m_checkRaHopLimit;                         //!< "CheckRaHopLimit"
    bool m_routeOptimization;                       //!< "RouteOptimization"
    bool m_reuseHomeToken;                          //!< "ReuseHomeKeygenToken"
    uint32_t m_cnRetries;                           //!< "CorrespondentRetries"
    hmipv6::BindingUpdateList m_bul;                //!< the binding update list
    hmipv6::AccessLink m_link;                      //!< movement detection, on-link address
    hmipv6::HomeRegistration m_home;                //!< the binding at the home agent
    hmipv6::RouteOptimizer m_ro;                    //!< the correspondents
    Ptr<hmipv6::Ipv6TunnelNetDevice> m_tunnel;      //!< reverse tunnel
    uint32_t m_tunnelInterface;                     //!< its interface
    Ptr<hmipv6::MobilityRoutingProtocol> m_routing; //!< source divert
    Ptr<hmipv6::MobilityL4Protocol> m_mobility;     //!< MH protocol
    Ptr<Socket> m_raSocket;                         //!< raw ICMPv6 socket
    bool m_atHome;                                  //!< on the home link
    bool m_linkUp;                                  //!< link-layer state
    hmipv6::DropCounts m_drops;                     //!< drops by reason
    TracedCallback<Ipv6Address, Ipv6Address> m_movementTrace; //!< "MovementDetected"
    TracedCallback<Ipv6Address> m_coaTrace;                   //!< "CareOfAddressReady"
    TracedCallback<Ipv6Address, uint16_t> m_buTrace;          //!< "BindingUpdateSent"
    TracedCallback<Ipv6Address, uint16_t, uint8_t> m_baTrace; //!< "BindingAckReceived"
    TracedCallback<Ipv6Address, Time> m_completeTrace;        //!< "HomeRegistrationComplete"
    TracedCallback<uint8_t> m_failedTrace;                    //!< "RegistrationFailed"
    TracedCallback<Ipv6Address> m_returnedHomeTrace;          //!< "ReturnedHome"
    TracedCallback<> m_linkUpTrace;                           //!< "LinkUp"
    TracedCallback<> m_linkDownTrace;                         //!< "LinkDown"
    TracedCallback<Ptr<const Packet>, hmipv6::DropReason, const std::string&>
        m_dropTrace;                                    //!< "Drop"
    TracedCallback<Ipv6Address, Ipv6Address> m_roTrace; //!< "RouteOptimizationComplete"
    TracedCallback<Ipv6Address, const std::string&> m_fallbackTrace; //!< fallback trace
    TracedCallback<Ipv6Address, uint8_t> m_rrTrace;                  //!< "ReturnRoutabilityMessage"
    TracedCallback<Ipv6Address> m_homeNaTrace;                       //!< "HomeAddressAnnounced"
    TracedCallback<Ipv6Address> m_deregisteredTrace; //!< "CorrespondentDeregistered"
};

} // namespace ns3

#endif /* HMIPV6_MIPV6_MOBILE_NODE_H */
