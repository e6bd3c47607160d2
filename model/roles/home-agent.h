// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_AGENT_H
#define HMIPV6_HOME_AGENT_H

#include "ns3/application.h"
#include "ns3/binding-cache.h"
#include "ns3/binding-update-header.h"
#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/registrar.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>

namespace ns3
{
namespace hmipv6
{

class NdProxy;
class MobilityRoutingProtocol;
class MobilityL4Protocol;

/**
 * \ingroup hmipv6
 * \brief Mobile IPv6 home agent (RFC 6275 sections 10.1 to 10.4).
 *
 * On start the application installs what it needs on its node (each piece only if
 * absent): the mobility glue (MobilityGlueHelper::Install), an Ipv6TunnelNetDevice whose
 * exit point is the care-of address bound to the inner destination and whose accept
 * filter admits a reverse-tunnelled packet only from the care-of address bound to its
 * inner source (RFC 6275 10.4.5), an NdProxy, and a handler of Binding Updates (MH Type
 * 5) in the node's MobilityL4Protocol. It turns IPv6 forwarding on for the home
 * interface: a home agent is a router on the home link (RFC 6275 3.1).
 *
 * Binding Update processing (RFC 6275 9.5.1, 10.3.1, 10.3.2):
 * - the home address is the Home Address option's (ReceivedHomeAddressTag), or the
 *   packet's source when there is none (9.5.1: a mobile node deregistering from its home
 *   link); the care-of address is the Alternate Care-of Address option's, else the
 *   packet's source;
 * - a care-of address that is multicast, link-local, loopback or unspecified: silently
 *   dropped (9.5.1);
 * - H flag clear: status 131 (this node has no correspondent role; RFC 6275 9.5.1 would
 *   ask a correspondent for return routability, which a home agent does not do here);
 * - home address not on the home prefix: status 132;
 * - sequence number not newer than the binding's (modulo 2^16): status 135, the
 *   acknowledgement carries the last accepted sequence number (9.5.1);
 * - lifetime 0 or care-of address = home address: deregistration (10.3.2): binding,
 *   proxy and divert removed, status 0; status 133 if there was no binding;
 * - first registration: Duplicate Address Detection of the home address on the home link
 *   through NdProxy::PerformDad when "PerformDad" is on (status 134 on failure); then
 *   proxy Neighbour Discovery (NdProxy::AddProxy + AnnounceTakeover, 10.4.1), the binding
 *   and the divert of the home address into the tunnel (MobilityRoutingProtocol).
 *   A newer update that arrives while the DAD runs replaces the pending one (the
 *   newest is answered when the DAD ends); an older or equal one is dropped ("Drop").
 *   StopApplication withdraws the home agent from the DADs still running (NdProxy::
 *   CancelDad): they probe no more, and nothing is bound or answered after the stop;
 * - granted lifetime: hmipv6::GrantLifetime (min(requested, "MaxBindingLifetime"),
 *   rounded down to 4 s units).
 *   RFC 6275 10.3.1 also bounds it by the home address's remaining lifetime; static
 *   home addresses have none here.
 * The Binding Acknowledgement goes to the update's source with a type 2 routing header
 * holding the home address when the source is not the home address (9.5.4); it is sent
 * only if the A flag was set or the status is an error (10.3.1).
 *
 * The procedure is the one of hmipv6::Registrar, shared with the Mobility Server and
 * the correspondent node; its timer runs at the earliest expiry of the binding cache,
 * and an expired binding loses its proxy and divert (10.3.1, lifetime).
 *
 * Malformed Binding Updates (that Deserialize refuses) are counted and traced ("Drop")
 * and change nothing. IPsec (RFC 6275 10.3.1: "MUST be protected") is not modelled.
 */
class HomeAgent : public Application
{
  public:
    /// Default of "MaxBindingLifetime": MAX_RR_BINDING_LIFETIME (RFC 6275 12) = 420 s,
    /// used as a conservative home policy (RFC 6275 leaves it to the home agent).
    static constexpr uint32_t DEFAULT_MAX_BINDING_LIFETIME_S = 420;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    HomeAgent();
    ~HomeAgent() override;

    /**
     * \brief The binding cache (read only).
     * \return it
     */
    const BindingCache& GetBindingCache() const;

    /**
     * \brief The care-of address bound to a home address.
     * \param home the home address
     * \return the care-of address, or :: if there is no binding
     */
    Ipv6Address GetCareOfAddress(Ipv6Address home) const;

    /**
     * \brief The tunnel device (after start).
     * \return it, or null before start
     */
    Ptr<Ipv6TunnelNetDevice> GetTunnelDevice() const;

    /**
     * \brief Number of Binding Updates handed to this application.
     * \return the count
     */
    uint64_t GetBindingUpdatesReceived() const;

    /**
     * \brief Number of Binding Acknowledgements sent.
     * \return the count
     */
    uint64_t GetBindingAcksSent() const;

    /**
     * \brief Registrations waiting for Duplicate Address Detection (at most
     *        "MaxPendingDad").
     * \return their number
     */
    uint32_t GetNPendingDad() const;

    /**
     * \brief Number of Binding Updates dropped without an answer.
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
     * \brief TracedCallback signature of "BindingUpdateReceived".
     * \param bu the Binding Update
     * \param home the home address it is for
     * \param careOf the care-of address it asks for
     */
    typedef void (*BindingUpdateCallback)(const BindingUpdateHeader& bu,
                                          Ipv6Address home,
                                          Ipv6Address careOf);
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
     * \param careOf the care-of address
     * \param lifetime the granted lifetime
     */
    typedef void (*BindingCallback)(Ipv6Address home, Ipv6Address careOf, Time lifetime);
    /**
     * \brief TracedCallback signature of "BindingRemoved" and "BindingExpired".
     * \param home the home address
     * \param careOf the care-of address it had
     */
    typedef void (*BindingEndCallback)(Ipv6Address home, Ipv6Address careOf);
    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the Mobility Header
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

    /**
     * \brief MobilityL4Protocol handler of MH Type 5.
     * \param packet the Mobility Header
     * \param header the IPv6 header
     * \param interface the receiving interface
     */
    void HandleBindingUpdate(Ptr<Packet> packet, const Ipv6Header& header, uint32_t interface);
    /**
     * \brief Registrar hook: a home registration was bound (proxy, divert, traces).
     * \param registration the registration
     * \param entry its binding
     * \param created whether the binding is new
     */
    void Bound(const hmipv6::Registration& registration,
               const BindingCache::Entry& entry,
               bool created);
    /**
     * \brief Registrar hook: a binding ended (proxy, divert, traces).
     * \param entry the binding
     * \param ending why
     */
    void Unbound(const BindingCache::Entry& entry, hmipv6::Registrar::Ending ending);
    /**
     * \brief Registrar hook: DAD of a home address on the home link.
     * \param home the home address
     * \param done the result
     */
    void StartDad(Ipv6Address home, hmipv6::Registrar::DadResultCallback done);
    /**
     * \brief Registrar hook: withdraw from a DAD nobody waits for (the home agent stops).
     * \param home the home address
     * \param done the result callback StartDad was given
     */
    void CancelDad(Ipv6Address home, hmipv6::Registrar::DadResultCallback done);
    /**
     * \brief Build and send a Binding Acknowledgement.
     * \param home the home address (type 2 routing header, checksum)
     * \param destination the IPv6 destination (the update's source)
     * \param status the Status
     * \param sequence the Sequence Number
     * \param lifetime the Lifetime
     */
    void SendAck(Ipv6Address home,
                 Ipv6Address destination,
                 uint8_t status,
                 uint16_t sequence,
                 Time lifetime);
    /**
     * \brief Count and trace a dropped update.
     * \param packet the packet
     * \param reason why, in one word \param detail which message and what was wrong
     */
    void Drop(Ptr<const Packet> packet, hmipv6::DropReason reason, const std::string& detail);
    /**
     * \brief Whether an address is on the home prefix.
     * \param address the address
     * \return true if it is
     */
    bool OnHomePrefix(Ipv6Address address) const;
    /**
     * \brief Exit-point lookup of the tunnel device.
     * \param inner the inner header
     * \return the bound care-of address, or ::
     */
    Ipv6Address ExitPoint(const Ipv6Header& inner) const;
    /**
     * \brief Accept filter of the tunnel device (RFC 6275 10.4.5).
     * \param outerSrc the tunnel header's source
     * \param inner the inner header
     * \return true if outerSrc is the care-of address bound to the inner source
     */
    bool AcceptReverse(Ipv6Address outerSrc, const Ipv6Header& inner) const;

    uint32_t m_homeInterface;               //!< "HomeInterface"
    Ipv6Address m_homePrefix;               //!< "HomePrefix"
    uint8_t m_homePrefixLength;             //!< "HomePrefixLength"
    Ipv6Address m_address;                  //!< "Address" (:: = the global one on the home link)
    Time m_maxLifetime;                     //!< "MaxBindingLifetime"
    uint32_t m_maxBindings;                 //!< "MaxBindings"
    uint32_t m_maxPendingDad;               //!< "MaxPendingDad"
    bool m_performDad;                      //!< "PerformDad"
    Ptr<RandomVariableStream> m_replyDelay; //!< "ProxyReplyDelay"
    hmipv6::Registrar m_registrar;          //!< bindings, DAD, lifetimes
    Ptr<Ipv6TunnelNetDevice> m_tunnel;      //!< the tunnel
    uint32_t m_tunnelInterface;             //!< its IPv6 interface
    Ptr<NdProxy> m_proxy;                   //!< proxy ND
    Ptr<MobilityRoutingProtocol> m_routing; //!< diverts
    Ptr<MobilityL4Protocol> m_mobility;     //!< MH protocol
    uint64_t m_received;                    //!< updates received
    uint64_t m_acksSent;                    //!< acknowledgements sent
    hmipv6::DropCounts m_drops;             //!< drops by reason
    TracedCallback<const BindingUpdateHeader&, Ipv6Address, Ipv6Address> m_buTrace; //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time> m_baTrace;    //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Time> m_createdTrace;                  //!< trace
    TracedCallback<Ipv6Address, Ipv6Address, Time> m_updatedTrace;                  //!< trace
    TracedCallback<Ipv6Address, Ipv6Address> m_removedTrace;                        //!< trace
    TracedCallback<Ipv6Address, Ipv6Address> m_expiredTrace;                        //!< trace
    TracedCallback<Ptr<const Packet>, hmipv6::DropReason, const std::string&>
        m_dropTrace; //!< trace
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HOME_AGENT_H */
