// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_TUNNEL_L4_PROTOCOL_H
#define HMIPV6_IPV6_TUNNEL_L4_PROTOCOL_H

#include "ipv6-only-l4-protocol.h"
#include "ipv6-tunnel-net-device.h"

#include "ns3/ipv4-route.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-route.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief IPv6-in-IPv6 (IPv6 next header value 41, RFC 2473) as an ns-3 layer-4 protocol:
 *        the tunnel exit-point's decapsulation.
 *
 * Receive gets the payload of a locally delivered packet whose header chain ends in 41,
 * i.e. the inner IPv6 packet, and
 * - drops it if it is malformed (Ipv6TunnelNetDevice::CheckInnerPacket: shorter than 40
 *   octets, version other than 6, Payload Length larger than the octets that follow);
 * - drops it if it is nested deeper than "MaxNesting" (RFC 2473 4.1.1 bounds nesting):
 *   the device gives an inner packet back to IPv6 at once, which hands an inner tunnel
 *   packet for this node back here at once, so each level is a level of the call stack,
 *   and the 1,600 levels a 64 KB packet holds can exhaust it. Receive counts the levels
 *   it is inside; the default, 4, is RFC 2473's default Tunnel Encapsulation Limit
 *   (6.6);
 * - otherwise gives it to the registered tunnel device that accepts it best
 *   (Ipv6TunnelNetDevice::Accepts: a device whose local endpoint is the tunnel header's
 *   destination and whose remote endpoint is its source wins; a device may also filter
 *   on the tunnel source with its accept callback, e.g. only from the care-of address
 *   bound to the inner source). Ties go to the device registered first;
 * - drops it if no device accepts it.
 * Drops are counted and fire "Drop" with a reason, and are silent on the wire: RFC 2473
 * 8 defines ICMP reporting only for errors inside the tunnel (relayed by the entry-point
 * to the original source), nothing for an exit-point that cannot decapsulate. Receive
 * therefore never returns RX_ENDPOINT_UNREACH, which would make Ipv6L3Protocol send a
 * Destination Unreachable.
 *
 * Errors from inside the tunnel (RFC 2473 8): a raw ICMPv6 socket reads the Packet Too
 * Big messages addressed to this node that answer one of its tunnel packets (the
 * invoking packet is IPv6-in-IPv6 from one of its addresses). The devices whose
 * entry-point is that source lower their path MTU to the exit-point
 * (Ipv6TunnelNetDevice::NotifyPacketTooBig), and when the original packet inside was
 * larger than 1280 octets a Packet Too Big with max(MTU - 40, 1280) is relayed to its
 * source (8.1), so that it adapts at once instead of losing its next packet too. Other
 * ICMPv6 errors are not relayed.
 *
 * Encapsulation is the tunnel device's job (it calls Ipv6L3Protocol::Send itself); this
 * protocol's down target exists only to satisfy IpL4Protocol. Aggregate it to a node that
 * has Ipv6L3Protocol (MobilityGlueHelper::InstallTunnel does): NotifyNewAggregate inserts
 * it there, as ns-3's UdpL4Protocol does.
 */
class Ipv6TunnelL4Protocol : public Ipv6OnlyL4Protocol
{
  public:
    static constexpr uint8_t PROT_NUMBER = 41;         //!< IPv6-in-IPv6 (RFC 2473 3.1)
    static constexpr uint32_t DEFAULT_MAX_NESTING = 4; //!< RFC 2473 6.6's default limit

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Ipv6TunnelL4Protocol();
    ~Ipv6TunnelL4Protocol() override;

    /**
     * \brief Get the protocol number.
     * \return 41
     */
    int GetProtocolNumber() const override;

    /**
     * \brief Check a received inner IPv6 packet and hand it to the tunnel device that
     *        accepts it.
     * \param p the inner IPv6 packet (header included)
     * \param header the tunnel (outer) IPv6 header
     * \param incomingInterface the interface the tunnel packet came in on
     * \return RX_OK when delivered or malformed, RX_ENDPOINT_CLOSED when no device
     *         accepts it
     */
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv6Header& header,
                                        Ptr<Ipv6Interface> incomingInterface) override;
    using Ipv6OnlyL4Protocol::Receive;

    /**
     * \brief Register a tunnel device for decapsulation (no effect if already there).
     * \param device the device (it should be one of this node's)
     */
    void AddTunnelDevice(Ptr<Ipv6TunnelNetDevice> device);

    /**
     * \brief Unregister a tunnel device.
     * \param device the device
     * \return true if it was registered
     */
    bool RemoveTunnelDevice(Ptr<Ipv6TunnelNetDevice> device);

    /**
     * \brief Number of registered tunnel devices.
     * \return the count
     */
    uint32_t GetNTunnelDevices() const;

    /**
     * \brief A registered tunnel device.
     * \param i its index, in registration order
     * \return it, or null if i is out of range
     */
    Ptr<Ipv6TunnelNetDevice> GetTunnelDevice(uint32_t i) const;

    /**
     * \brief Number of Packet Too Big messages relayed to original sources (RFC 2473 8.1).
     * \return the count since creation
     */
    uint64_t GetPacketTooBigRelayedCount() const;

    /**
     * \brief Number of tunnel packets handed to Receive.
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief Number of them that were dropped.
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief Number of them given to a tunnel device.
     * \return the count since creation
     */
    uint64_t GetDeliveredCount() const;

    /**
     * \brief TracedCallback signature of "Rx".
     * \param inner the inner IPv6 packet (header included) given to a device
     * \param outer the tunnel header
     */
    typedef void (*RxCallback)(Ptr<const Packet> inner, const Ipv6Header& outer);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param inner the payload of the tunnel packet
     * \param outer the tunnel header
     * \param reason why it was dropped
     */
    typedef void (*DropCallback)(Ptr<const Packet> inner,
                                 const Ipv6Header& outer,
                                 const std::string& reason);

    /**
     * \brief TracedCallback signature of "PacketTooBigRelayed".
     * \param exitPoint the exit-point of the tunnel packet the message answered
     * \param source the original packet's source it was relayed to
     * \param mtu the MTU relayed
     */
    typedef void (*RelayCallback)(Ipv6Address exitPoint, Ipv6Address source, uint32_t mtu);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Count and trace a dropped packet.
     * \param p the packet
     * \param header the tunnel header
     * \param reason why
     */
    void Drop(Ptr<const Packet> p, const Ipv6Header& header, const std::string& reason);

    /**
     * \brief Read the ICMPv6 messages of the raw socket (Packet Too Big, RFC 2473 8.1).
     * \param socket the socket
     */
    void HandleIcmp(Ptr<Socket> socket);

    /**
     * \brief One Packet Too Big addressed to this node.
     * \param message the ICMPv6 message's octets
     */
    void HandlePacketTooBig(const std::vector<uint8_t>& message);

    std::vector<Ptr<Ipv6TunnelNetDevice>> m_devices;                 //!< registered tunnel devices
    uint32_t m_maxNesting;                                           //!< "MaxNesting"
    uint32_t m_depth;                                                //!< Receive calls in progress
    Ptr<Socket> m_icmpSocket;                                        //!< reads Packet Too Big
    uint64_t m_relayed;                                              //!< Packet Too Big relayed
    TracedCallback<Ipv6Address, Ipv6Address, uint32_t> m_relayTrace; //!< "PacketTooBigRelayed"
    uint64_t m_received;                                             //!< packets handed to Receive
    uint64_t m_dropped;                                              //!< packets dropped
    uint64_t m_delivered;                                            //!< packets given to a device
    TracedCallback<Ptr<const Packet>, const Ipv6Header&> m_rxTrace;  //!< "Rx"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, const std::string&>
        m_dropTrace; //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_TUNNEL_L4_PROTOCOL_H */
