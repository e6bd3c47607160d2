// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_TUNNEL_NET_DEVICE_H
#define HMIPV6_IPV6_TUNNEL_NET_DEVICE_H

#include "ipv6-virtual-net-device.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"
#include "ns3/tunnel-mtu-cache.h"

#include <cstdint>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief An IPv6-in-IPv6 tunnel (RFC 2473) as an ns-3 virtual point-to-multipoint device.
 *
 * Home agents and the draft's mobility servers tunnel packets to care-of addresses
 * through it; mobile hosts reverse-tunnel through it. Give the device an IPv6 interface
 * (MobilityGlueHelper::InstallTunnel does all the wiring) and route packets out of that
 * interface (MobilityRoutingProtocol diverts); Ipv6L3Protocol then hands the device whole
 * IPv6 packets, header included, through Send.
 *
 * Encapsulation (RFC 2473 3.1) for each packet:
 * - the tunnel exit-point is the result of the lookup callback for the inner header if
 *   one is set (a home agent returns the care-of address bound to the inner destination),
 *   the fixed remote endpoint otherwise; `::` means no tunnel: the packet is dropped;
 * - the tunnel header has Next Header 41, the configured local endpoint as source (the
 *   mobile host changes it at each handoff) or, when none is set, the source that IPv6
 *   routing selects for the exit-point, the exit-point as destination and the "HopLimit"
 *   attribute as Hop Limit (RFC 2473 6.3: the tunnel hop limit is configured, by default
 *   the node's default hop limit, 64 in ns-3);
 * - the result goes to the node's Ipv6L3Protocol::Send (protocol 41) with the route IPv6
 *   routing found for the exit-point.
 * Dropped, counted and traced instead: a packet that is not IPv6 or is malformed, a
 * multicast inner destination (the device carries unicast only: no Neighbor Discovery,
 * DAD or Router Solicitation crosses it), no exit-point, an exit-point that is multicast
 * or an address of this node (RFC 2473 4.1.2 loopback encapsulation), a packet whose
 * (source, destination) would equal the tunnel's (RFC 2473 4.1.2), no route to the
 * exit-point, a route to the exit-point through this device, and re-entrance of Send
 * while this device is encapsulating (RFC 2473 4.1.3 routing loop).
 *
 * Tunnel Encapsulation Limit (RFC 2473 4.1.1, 5.1, 6.6). An original packet that carries
 * the option (type 4, in a Destination Options header right after its IPv6 header, where
 * an entry-point puts it) with limit 0 is dropped and answered with a Parameter Problem,
 * code 0, pointing at the limit; one with limit n > 0 is encapsulated with a Destination
 * Options header of its own after the tunnel header (Next Header 41, the option with
 * n - 1, a PadN: 8 octets). A packet without the option gets none: the device is not
 * configured with a limit of its own (4.1.1 leaves that to configuration, and it would
 * add 8 octets to every tunnel packet). At an exit-point the option is one more
 * destination option that IPv6 skips (its type's top bits are 00); Ipv6TunnelL4Protocol
 * bounds nesting there with "MaxNesting".
 *
 * Packet size (RFC 2473 6.7, 7.1). The device's "Mtu" attribute, 1460 by default (a
 * 1500-octet link minus the 40-octet tunnel header), is what IPv6 sees: it fragments
 * larger packets it originates and answers forwarded ones with a Packet Too Big, as for
 * any link. Per exit-point the tunnel MTU is the path MTU to it less the tunnel header:
 * the MTU of the link the route to it leaves by, lowered by the Packet Too Big messages
 * that tunnel packets to it draw (Ipv6TunnelL4Protocol passes them to
 * NotifyPacketTooBig; TunnelMtuCache, entries ageing after "PathMtuTimeout", at most
 * "PathMtuCacheSize"). An original packet larger than that and than 1280 octets is
 * dropped with a Packet Too Big to its source carrying max(tunnel MTU, 1280) (RFC 2473
 * 7.1): the source fragments or lowers its segments, so that the nested tunnels of a
 * home agent and a mobility server carry full-size packets without fragmenting them. One
 * of 1280 octets or less is encapsulated, and IPv6 fragments the tunnel packet to the
 * path MTU (7.1). A rewritten packet (below) does not grow: it must fit the path MTU.
 *
 * Decapsulation (RFC 2473 3.3): Ipv6TunnelL4Protocol validates the payload of a packet
 * with Next Header 41, chooses the device (Accepts) and calls Receive, which gives the
 * inner packet to the node exactly as a received frame: through the device's receive
 * callbacks to Ipv6L3Protocol::Receive (protocol 0x86DD). The inner packet is then
 * delivered locally if its destination is an address of the node (e.g. a home address
 * assigned on the tunnel interface) or forwarded otherwise (forwarding must be enabled on
 * the tunnel interface). A global address of another interface of the node counts too:
 * for the delivery of that one packet the node's "StrongEndSystemModel" attribute is
 * turned off, since ns-3's strong end system model (the default) would not deliver it
 * from the tunnel interface (ns-3.39 and later drop it). Its packet tags are removed
 * first: they were collected by the outer packet (e.g. a ReceivedHomeAddressTag from its
 * destination options). A packet
 * decapsulated from this device and forwarded into it again (a home agent relaying
 * between two of its mobile hosts) makes ns-3's Ipv6L3Protocol::IpForward send an
 * ICMPv6 Redirect, as input and output device are the same; turn the Ipv6L3Protocol
 * attribute "SendIcmpv6Redirect" off on such a node to avoid it.
 *
 * Rewrite instead of encapsulation (draft-castelluccia-mobileip-hmipv6-00 4.3.5: a
 * mobility server "can merely change the source and destination IP addresses of the
 * encapsulating IP header"): with "RewriteEncapsulated" on, a packet whose IPv6 header is
 * directly followed by an IPv6-in-IPv6 payload (Next Header 41, e.g. a home agent's tunnel
 * packet to a GCoA) and whose payload is itself a valid IPv6 packet loses its IPv6 header
 * and gets a new one with the tunnel's source and the exit-point as destination, keeping
 * its Hop Limit (already decremented when forwarded) and Traffic Class (the Flow Label
 * becomes 0, as ns-3's Ipv6L3Protocol::Send writes it); the packet does not grow. Every
 * other packet (no Next Header 41 right after the IPv6 header) is encapsulated as usual:
 * rewriting the destination of a plain packet would break its upper-layer checksum. The
 * same drops apply, and the rewritten packets are counted (GetRewrittenCount) and traced
 * ("Rewrite") instead of "Encapsulate".
 *
 * The device needs no link-layer address; it has a unique Mac48Address (allocated at
 * construction, SetAddress may change it) only because ns-3 derives the interface's
 * link-local address from it. NeedsArp() is false, so Ipv6Interface sends without
 * Neighbor Discovery; IsPointToPoint() is false as one device reaches many exit-points.
 */
class Ipv6TunnelNetDevice : public Ipv6VirtualNetDevice
{
  public:
    static constexpr uint8_t PROT_NUMBER = 41;         //!< IPv6-in-IPv6 (RFC 2473 3.1)
    static constexpr uint16_t ETHERTYPE_IPV6 = 0x86DD; //!< the protocol the device carries
    static constexpr uint32_t HEADER_SIZE = 40;        //!< IPv6 header without extensions
    static constexpr uint16_t DEFAULT_MTU = 1460;      //!< 1500 - 40 (RFC 2473 6.7)
    static constexpr uint8_t DEFAULT_HOP_LIMIT = 64;   //!< ns-3's default hop limit

    /**
     * \brief The exit-point lookup: given the inner IPv6 header, the tunnel exit-point
     *        (e.g. the care-of address bound to its destination), or `::` for none.
     */
    typedef Callback<Ipv6Address, const Ipv6Header&> ExitPointCallback;

    /**
     * \brief The decapsulation filter: given the tunnel header's source and the inner
     *        IPv6 header, whether this device takes the packet (e.g. a home agent accepts
     *        a reverse-tunnelled packet only from the care-of address bound to its inner
     *        source, RFC 6275 10.4.5).
     */
    typedef Callback<bool, Ipv6Address, const Ipv6Header&> AcceptCallback;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Ipv6TunnelNetDevice();
    ~Ipv6TunnelNetDevice() override;

    /**
     * \brief Set the tunnel entry-point address written as source of the tunnel header.
     * \param local the address (a care-of address for a mobile host), or `::` to let
     *        IPv6 source address selection choose for each exit-point. When set,
     *        decapsulation also requires it as the tunnel header's destination.
     */
    void SetLocal(Ipv6Address local);

    /**
     * \brief Get the configured entry-point address.
     * \return it, or `::` if none
     */
    Ipv6Address GetLocal() const;

    /**
     * \brief Set a fixed tunnel exit-point (point-to-point use, e.g. a mobile host's
     *        reverse tunnel to its home agent).
     * \param remote the address, or `::` for none. When set, decapsulation also
     *        requires it as the tunnel header's source.
     */
    void SetRemote(Ipv6Address remote);

    /**
     * \brief Get the fixed exit-point.
     * \return it, or `::` if none
     */
    Ipv6Address GetRemote() const;

    /**
     * \brief Set the per-packet exit-point lookup; when set it is used instead of the
     *        fixed remote endpoint.
     * \param cb the lookup (a null callback removes it)
     */
    void SetExitPointCallback(ExitPointCallback cb);

    /**
     * \brief Set the decapsulation filter (by default every tunnel packet that matches
     *        the local and remote endpoints is taken).
     * \param cb the filter (a null callback removes it)
     */
    void SetAcceptCallback(AcceptCallback cb);

    /**
     * \brief The exit-point for an inner packet.
     * \param inner the inner IPv6 header
     * \return the lookup callback's answer if it is set, the fixed remote endpoint
     *         otherwise; `::` for none
     */
    Ipv6Address GetExitPoint(const Ipv6Header& inner) const;

    /**
     * \brief How well this device matches a received tunnel packet.
     *
     * A set local endpoint must equal outerDst and a set remote endpoint must equal
     * outerSrc; the accept callback, if set, must agree.
     * \param outerSrc the tunnel header's source
     * \param outerDst the tunnel header's destination
     * \param inner the inner IPv6 header
     * \return -1 if the device refuses the packet; otherwise 0, plus 2 if the local
     *         endpoint is set (and matched), plus 1 if the remote endpoint is set (and
     *         matched): Ipv6TunnelL4Protocol gives the packet to the highest
     */
    int32_t Accepts(Ipv6Address outerSrc, Ipv6Address outerDst, const Ipv6Header& inner) const;

    /**
     * \brief Decapsulation: give an inner packet to the node as a received frame.
     *
     * The packet is checked again (CheckInnerPacket) so that a direct call cannot crash
     * the stack. When called outside the node's simulation context (e.g. from a test
     * before the simulation runs), delivery is scheduled at once in the node's context,
     * as ns-3's Node::ReceiveFromDevice requires.
     * \param innerWithHeader the inner IPv6 packet, header included
     * \param outerSrc the tunnel header's source (the exit-point's peer)
     * \param outerDst the tunnel header's destination
     */
    void Receive(Ptr<Packet> innerWithHeader, Ipv6Address outerSrc, Ipv6Address outerDst);

    /**
     * \brief Check that octets form an IPv6 packet that can be decapsulated.
     * \param packet the octets (header first)
     * \param reason set to why not, when not
     * \return false if shorter than 40 octets, of a version other than 6, or shorter
     *         than its Payload Length says; true otherwise (octets beyond the Payload
     *         Length are trimmed by Ipv6L3Protocol::Receive, like link padding)
     */
    static bool CheckInnerPacket(Ptr<const Packet> packet, std::string& reason);

    /**
     * \brief A Packet Too Big message answered a tunnel packet to an exit-point (RFC 2473
     *        8.1: the tunnel MTU to it goes down; it is called by Ipv6TunnelL4Protocol).
     * \param exitPoint the tunnel packet's destination
     * \param mtu the MTU the message reports
     */
    void NotifyPacketTooBig(Ipv6Address exitPoint, uint32_t mtu);

    /**
     * \brief The path MTU learnt for an exit-point from Packet Too Big messages.
     * \param exitPoint the exit-point
     * \return it, or 0 if none (the outgoing link's MTU then applies)
     */
    uint32_t GetPathMtu(Ipv6Address exitPoint) const;

    /**
     * \brief Number of packets encapsulated and handed to IPv6.
     * \return the count since creation
     */
    uint64_t GetEncapsulatedCount() const;

    /**
     * \brief Number of tunnel packets whose IPv6 header was rewritten instead of
     *        encapsulated ("RewriteEncapsulated") and handed to IPv6.
     * \return the count since creation
     */
    uint64_t GetRewrittenCount() const;

    /**
     * \brief Number of inner packets given to the node.
     * \return the count since creation
     */
    uint64_t GetDecapsulatedCount() const;

    /**
     * \brief Number of packets dropped (either way).
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief Number of Packet Too Big messages sent for packets larger than the tunnel
     *        MTU (they are among the drops).
     * \return the count since creation
     */
    uint64_t GetPacketTooBigCount() const;

    /**
     * \brief Encapsulate an IPv6 packet and send it to its exit-point.
     * \param packet the IPv6 packet, header included
     * \param dest ignored (no link-layer addresses)
     * \param protocolNumber must be 0x86DD
     * \return true if handed to IPv6, false if dropped
     */
    bool Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber) override;

    /**
     * \brief As Send: the link-layer source means nothing here.
     * \param packet the IPv6 packet, header included
     * \param source ignored
     * \param dest ignored
     * \param protocolNumber must be 0x86DD
     * \return true if handed to IPv6, false if dropped
     */
    bool SendFrom(Ptr<Packet> packet,
                  const Address& source,
                  const Address& dest,
                  uint16_t protocolNumber) override;

    /**
     * \brief TracedCallback signature of "Encapsulate".
     * \param inner the inner packet (header included) about to get the tunnel header
     * \param exitPoint the tunnel header's destination
     */
    typedef void (*EncapsulateCallback)(Ptr<const Packet> inner, Ipv6Address exitPoint);

    /**
     * \brief TracedCallback signature of "Rewrite".
     * \param payload the IPv6-in-IPv6 payload (header included) about to get its new
     *        IPv6 header
     * \param exitPoint the new header's destination
     */
    typedef void (*RewriteCallback)(Ptr<const Packet> payload, Ipv6Address exitPoint);

    /**
     * \brief TracedCallback signature of "Decapsulate".
     * \param inner the inner packet (header included) given to the node
     * \param outerSrc the tunnel header's source
     */
    typedef void (*DecapsulateCallback)(Ptr<const Packet> inner, Ipv6Address outerSrc);

    /**
     * \brief TracedCallback signature of "PathMtuChanged".
     * \param exitPoint the exit-point
     * \param pathMtu the path MTU to it now
     */
    typedef void (*PathMtuCallback)(Ipv6Address exitPoint, uint32_t pathMtu);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the dropped packet
     * \param reason why
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet, const std::string& reason);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Count and trace a dropped packet.
     * \param packet the packet
     * \param reason why
     */
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    /**
     * \brief Give a checked inner packet to the receive callbacks.
     * \param packet the inner packet, header included
     * \param outerSrc the tunnel header's source
     */
    void Deliver(Ptr<Packet> packet, Ipv6Address outerSrc);

    /**
     * \brief RFC 2473 7.1: whether a packet fits the tunnel MTU to its exit-point, or may
     *        be fragmented after encapsulation; otherwise a Packet Too Big goes to its
     *        source.
     * \param packet the original packet, header included
     * \param inner its header
     * \param exitPoint the exit-point
     * \param route the route to it
     * \param overhead what the tunnel adds (40, or 0 when rewriting)
     * \return true to send it
     */
    bool FitsTunnelMtu(Ptr<const Packet> packet,
                       const Ipv6Header& inner,
                       Ipv6Address exitPoint,
                       Ptr<const Ipv6Route> route,
                       uint32_t overhead);

    uint8_t m_hopLimit;                    //!< "HopLimit"
    Ipv6Address m_local;                   //!< entry-point address, or ::
    Ipv6Address m_remote;                  //!< fixed exit-point, or ::
    ExitPointCallback m_exitPointCallback; //!< per-packet exit-point lookup
    AcceptCallback m_acceptCallback;       //!< decapsulation filter
    bool m_sending;                        //!< inside Send (loop guard)
    bool m_rewriteEncapsulated;            //!< "RewriteEncapsulated"
    uint64_t m_encapsulated;               //!< packets encapsulated
    uint64_t m_rewritten;                  //!< tunnel packets rewritten
    uint64_t m_decapsulated;               //!< packets decapsulated
    uint64_t m_dropped;                    //!< packets dropped
    Time m_pathMtuTimeout;                 //!< "PathMtuTimeout"
    uint32_t m_pathMtuCacheSize;           //!< "PathMtuCacheSize"
    TunnelMtuCache m_pathMtu;              //!< path MTU per exit-point
    uint64_t m_tooBig;                     //!< Packet Too Big sent
    TracedCallback<Ptr<const Packet>, Ipv6Address> m_encapsulateTrace; //!< "Encapsulate"
    TracedCallback<Ptr<const Packet>, Ipv6Address> m_rewriteTrace;     //!< "Rewrite"
    TracedCallback<Ptr<const Packet>, Ipv6Address> m_decapsulateTrace; //!< "Decapsulate"
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< "Drop"
    TracedCallback<Ipv6Address, uint32_t> m_pathMtuTrace;              //!< "PathMtuChanged"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_TUNNEL_NET_DEVICE_H */
