// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_ROUTING_PROTOCOL_H
#define HMIPV6_MOBILITY_ROUTING_PROTOCOL_H

#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/ipv6.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/output-stream-wrapper.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/route-input-adapter.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The routing hook of Mobile IPv6 and of the draft: host routes that divert
 *        packets into a tunnel interface (Ipv6TunnelNetDevice).
 *
 * Install puts it in the node's Ipv6ListRouting above static routing (priority 10 by
 * default, static routing has 0), so that it answers first and every lookup it does not
 * answer falls through to the next protocol. On a node whose IPv6 routing protocol is not
 * a list (InternetStackHelper's default is a bare Ipv6StaticRouting), Install first puts
 * an Ipv6ListRouting around it (the protocol keeps priority 0, its routes and its
 * notifications; Ipv6StaticRoutingHelper::GetStaticRouting still finds it).
 *
 * - Destination diverts (AddDivert), for home agents and mobility servers: a packet to
 *   the destination that the node forwards (RouteInput) or originates (RouteOutput)
 *   leaves through the tunnel interface. A forwarded packet's hop limit is decremented
 *   once by Ipv6L3Protocol::IpForward before it enters the tunnel (RFC 2473 3.2: the
 *   tunnel counts as one hop for it); an originated one keeps its hop limit.
 * - Source diverts (AddSourceDivert), for a mobile host's reverse tunnelling (RFC 6275
 *   11.3.1): a packet the node originates from the home address leaves through the
 *   tunnel interface, unless it goes to the divert's excepted destination. This works
 *   when the IPv6 header given to RouteOutput carries that source, i.e. for sockets
 *   bound to the home address (ns-3's UDP, TCP and raw sockets then route with the bound
 *   source) and for Ipv6L3Protocol::Send with an explicit source.
 * - Unbound sockets route with an unspecified source and get the source from the route.
 *   By default they are not diverted (the route of the next protocol gives them a
 *   care-of address source). With "DivertUnspecifiedSource" on, they are diverted into
 *   the tunnel of the lowest home address with a source divert (its exception applies)
 *   and get that home address as source: the tunnel becomes the mobile host's default
 *   route. Lookups for IPv6-in-IPv6 (next header 41) are never diverted this way, so a
 *   tunnel device without a local endpoint still finds the route to its exit-point.
 *
 * Never diverted: multicast, link-local and loopback destinations, link-local sources,
 * lookups restricted to another output device, and diverts whose interface does not
 * exist or is down. A forwarded packet to a diverted destination that arrives on an
 * interface without forwarding is refused as ns-3's static routing does (error callback,
 * then true).
 *
 * For a destination divert of an originated packet with no source yet, the route's
 * source is a global address of the tunnel interface (one on the destination's prefix
 * preferred), else the first global address of another up interface; with none the
 * packet is not diverted.
 */
class MobilityRoutingProtocol : public Hmipv6RouteInputAdapter<Ipv6RoutingProtocol>
{
  public:
    static constexpr int16_t DEFAULT_PRIORITY = 10; //!< above static routing (0)

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MobilityRoutingProtocol();
    ~MobilityRoutingProtocol() override;

    /**
     * \brief Add a MobilityRoutingProtocol to a node's Ipv6ListRouting, or find the one
     *        it has.
     *
     * Aborts if the node has no IPv6 stack or routing protocol. If the routing protocol
     * is not an Ipv6ListRouting, it is first wrapped in one (at priority 0).
     * \param node the node
     * \param priority its priority in the list (higher is asked first)
     * \return the node's MobilityRoutingProtocol
     */
    static Ptr<MobilityRoutingProtocol> Install(Ptr<Node> node,
                                                int16_t priority = DEFAULT_PRIORITY);

    /**
     * \brief The MobilityRoutingProtocol of a node.
     * \param node the node
     * \return it, or null if the node's Ipv6ListRouting has none
     */
    static Ptr<MobilityRoutingProtocol> Get(Ptr<Node> node);

    /**
     * \brief Divert the packets to a destination into a tunnel interface (replacing any
     *        divert of that destination).
     * \param destination the destination (e.g. a home address)
     * \param tunnelInterface the IPv6 interface index of the tunnel device
     */
    void AddDivert(Ipv6Address destination, uint32_t tunnelInterface);

    /**
     * \brief Stop diverting the packets to a destination.
     * \param destination the destination
     * \return true if it was diverted
     */
    bool RemoveDivert(Ipv6Address destination);

    /**
     * \brief Whether a destination is diverted.
     * \param destination the destination
     * \return true if AddDivert was called for it (and not undone)
     */
    bool HasDivert(Ipv6Address destination) const;

    /**
     * \brief Number of destination diverts.
     * \return the count
     */
    uint32_t GetNDiverts() const;

    /**
     * \brief Divert the packets this node originates from a home address into a tunnel
     *        interface (replacing any source divert of that address).
     * \param homeAddress the source to divert
     * \param tunnelInterface the IPv6 interface index of the tunnel device
     * \param exceptDestination a destination that is not diverted (e.g. the home agent,
     *        to which the mobile host talks directly), or :: for none
     */
    void AddSourceDivert(Ipv6Address homeAddress,
                         uint32_t tunnelInterface,
                         Ipv6Address exceptDestination = Ipv6Address::GetAny());

    /**
     * \brief Stop diverting the packets from a home address.
     * \param homeAddress the source
     * \return true if it was diverted
     */
    bool RemoveSourceDivert(Ipv6Address homeAddress);

    /**
     * \brief Whether a source is diverted.
     * \param homeAddress the source
     * \return true if AddSourceDivert was called for it (and not undone)
     */
    bool HasSourceDivert(Ipv6Address homeAddress) const;

    /**
     * \brief Number of source diverts.
     * \return the count
     */
    uint32_t GetNSourceDiverts() const;

    /**
     * \brief Number of lookups answered with a tunnel route (RouteInput and RouteOutput;
     *        RouteOutput is also asked for source selection only, e.g. by sockets).
     * \return the count since creation
     */
    uint64_t GetDivertedCount() const;

    /**
     * \brief Number of packets to forward dropped for their source ("Drop").
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    // Ipv6RoutingProtocol
    Ptr<Ipv6Route> RouteOutput(Ptr<Packet> p,
                               const Ipv6Header& header,
                               Ptr<NetDevice> oif,
                               Socket::SocketErrno& sockerr) override;
    void NotifyInterfaceUp(uint32_t interface) override;
    void NotifyInterfaceDown(uint32_t interface) override;
    void NotifyAddAddress(uint32_t interface, Ipv6InterfaceAddress address) override;
    void NotifyRemoveAddress(uint32_t interface, Ipv6InterfaceAddress address) override;
    void NotifyAddRoute(Ipv6Address dst,
                        Ipv6Prefix mask,
                        Ipv6Address nextHop,
                        uint32_t interface,
                        Ipv6Address prefixToUse = Ipv6Address::GetZero()) override;
    void NotifyRemoveRoute(Ipv6Address dst,
                           Ipv6Prefix mask,
                           Ipv6Address nextHop,
                           uint32_t interface,
                           Ipv6Address prefixToUse = Ipv6Address::GetZero()) override;
    void SetIpv6(Ptr<Ipv6> ipv6) override;

    /**
     * \brief Print the diverts.
     * \param stream where
     * \param unit the time unit of the header line
     */
    void PrintRoutingTable(Ptr<OutputStreamWrapper> stream,
                           Time::Unit unit = Time::S) const override;

    /**
     * \brief TracedCallback signature of "Divert".
     * \param header the IPv6 header of the lookup
     * \param tunnelInterface the interface of the route returned
     */
    typedef void (*DivertCallback)(const Ipv6Header& header, uint32_t tunnelInterface);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the packet
     * \param reason why, in one word
     * \param detail what was wrong with it
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 DropReason reason,
                                 const std::string& detail);

  protected:
    void DoDispose() override;
    bool DoRouteInput(Ptr<const Packet> p,
                      const Ipv6Header& header,
                      Ptr<const NetDevice> idev,
                      const UnicastForwardCallback& ucb,
                      const MulticastForwardCallback& mcb,
                      const LocalDeliverCallback& lcb,
                      const ErrorCallback& ecb) override;

  private:
    /// A source divert.
    struct SourceDivert
    {
        uint32_t interface;            //!< the tunnel interface
        Ipv6Address exceptDestination; //!< not diverted, or ::
    };

    /**
     * \param interface an interface index
     * \return whether it exists and is up
     */
    bool IsUsable(uint32_t interface) const;

    /**
     * \brief The source of an originated packet diverted by destination.
     * \param interface the tunnel interface
     * \param destination the destination
     * \return the address, or :: if the node has no global address
     */
    Ipv6Address SelectSource(uint32_t interface, Ipv6Address destination) const;

    /**
     * \brief Build a route out of an interface and record the divert.
     * \param header the header of the lookup
     * \param interface the tunnel interface
     * \param source the route's source
     * \return the route
     */
    Ptr<Ipv6Route> MakeRoute(const Ipv6Header& header, uint32_t interface, Ipv6Address source);

    Ptr<Ipv6> m_ipv6;                                          //!< the node's IPv6
    std::map<Ipv6Address, uint32_t> m_diverts;                 //!< destination -> interface
    std::map<Ipv6Address, SourceDivert> m_sourceDiverts;       //!< home address -> divert
    bool m_divertUnspecifiedSource;                            //!< "DivertUnspecifiedSource"
    uint64_t m_diverted;                                       //!< tunnel routes returned
    uint64_t m_dropped;                                        //!< see GetDroppedCount
    TracedCallback<const Ipv6Header&, uint32_t> m_divertTrace; //!< "Divert"
    TracedCallback<Ptr<const Packet>, DropReason, const std::string&> m_dropTrace; //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_ROUTING_PROTOCOL_H */
