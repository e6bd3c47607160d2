// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MIPV6_MOBILE_NODE_H
#define HMIPV6_MIPV6_MOBILE_NODE_H

#include "ns3/application.h"
#include "ns3/binding-update-list.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>

namespace ns3
{

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
 * put the home address on its access interface, send a Neighbor Advertisement for it with
 * Override set (to all-nodes), and deregister (lifetime 0, care-of address = home
 * address, from the home address, without a Home Address option), and it removes the
 * source divert. Not done: the RFC's deregistration before using the home address is
 * relaxed (the node answers for it at once: the home agent's proxy stops when the
 * deregistration arrives, and the unsolicited NA wins the neighbours' caches first).
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
     * \brief TracedCallback signature of "Drop".
     * \param packet the packet
     * \param reason why
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet, const std::string& reason);

  protected:
    void DoDispose() override;

  private:
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
    void ProcessRa(const Ipv6Header& header, const std::vector<uint8_t>& icmp);
    /**
     * \brief Look for the address ns-3 formed for a new prefix.
     * \param prefix the prefix
     */
    void FindNewAddress(Ipv6Address prefix);
    /**
     * \brief Check whether the new address's DAD is over.
     * \param address the address
     */
    void CheckDad(Ipv6Address address);
    /**
     * \brief Use a new care-of address.
     * \param coa the address
     */
    void CareOfAddressReady(Ipv6Address coa);
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
    void HandleBindingAck(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /// Remove the previous care-of address and its default route.
    void RemoveOldCareOf();
    /// The node is back on its home link.
    void ReturnHome();
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

    Ipv6Address m_homeAddress;              //!< "HomeAddress"
    Ipv6Address m_homeAgent;                //!< "HomeAgentAddress"
    uint8_t m_homePrefixLength;             //!< "HomePrefixLength"
    uint32_t m_interface;                   //!< "Interface"
    Time m_lifetime;                        //!< "BindingLifetime"
    Time m_firstRegTimeout;                 //!< "InitialBindackTimeoutFirstReg"
    double m_refreshFraction;               //!< "RefreshFraction"
    bool m_optimisticDad;                   //!< "OptimisticDad"
    bool m_sendRs;                          //!< "SendRouterSolicitation"
    bool m_checkRaHopLimit;                 //!< "CheckRaHopLimit"
    BindingUpdateList m_bul;                //!< the binding update list
    Ptr<Ipv6TunnelNetDevice> m_tunnel;      //!< reverse tunnel
    uint32_t m_tunnelInterface;             //!< its interface
    Ptr<MobilityRoutingProtocol> m_routing; //!< source divert
    Ptr<MobilityL4Protocol> m_mobility;     //!< MH protocol
    Ptr<Socket> m_raSocket;                 //!< raw ICMPv6 socket
    Ipv6Address m_router;                   //!< current default router
    Ipv6Address m_prefix;                   //!< prefix of the care-of address
    Ipv6Address m_coa;                      //!< current care-of address (:: if none)
    Ipv6Address m_pendingCoa;               //!< address in DAD
    bool m_atHome;                          //!< on the home link
    bool m_registered;                      //!< binding acknowledged
    bool m_linkUp;                          //!< link-layer state
    EventId m_dadEvent;                     //!< DAD end timer
    EventId m_retransmitEvent;              //!< BU retransmission
    EventId m_refreshEvent;                 //!< binding refresh
    uint64_t m_buSent;                      //!< BUs sent
    uint64_t m_baReceived;                  //!< BAs received
    uint64_t m_dropped;                     //!< drops
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
};

} // namespace ns3

#endif /* HMIPV6_MIPV6_MOBILE_NODE_H */
