// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROUTE_OPTIMIZATION_NET_DEVICE_H
#define HMIPV6_ROUTE_OPTIMIZATION_NET_DEVICE_H

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

#include <cstdint>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Route optimisation sending of a correspondent node (RFC 6275 9.3.2, 6.4) as an
 *        ns-3 virtual device.
 *
 * Give the device an IPv6 interface and divert the home addresses that have a binding to
 * it (MobilityRoutingProtocol::AddDivert); Ipv6L3Protocol then hands it the whole IPv6
 * packets that the node's applications send to them, header included, through Send. For
 * each one the device:
 * - looks the care-of address up with the care-of callback (the correspondent's Binding
 *   Cache), given the destination (the home address); `::` means no binding: dropped;
 * - rewrites the packet: the destination becomes the care-of address, a type 2 routing
 *   header (Segments Left 1, the home address, Next Header = the original Next Header)
 *   is put right after the IPv6 header, whose Next Header becomes 43;
 * - sends it with Ipv6L3Protocol::Send on the route IPv6 routing finds for the care-of
 *   address, with the source and hop limit of the original header.
 * The payload is not touched: the upper-layer checksums the node computed over the home
 * address stay, as RFC 6275 6.4 / RFC 8200 8.1 require (the final destination).
 * Dropped, counted and traced instead: a packet that is not IPv6 or is malformed, a
 * multicast destination, no binding, a care-of address that is multicast or this node,
 * no route to the care-of address, a route back into this device, and re-entrance of Send
 * while it is sending (a loop). Extension headers the original packet carries after the
 * IPv6 header stay after the routing header (RFC 8200 4.1 would put a Hop-by-Hop Options
 * header first; ns-3 applications do not send one).
 *
 * The device needs no link-layer address; its Mac48Address only gives its interface a
 * link-local address. NeedsArp() is false. The MTU ("Mtu", 1476 by default: a 1500-octet
 * link minus the 24-octet routing header) keeps rewritten packets within the link MTU.
 * The device never receives.
 */
class RouteOptimizationNetDevice : public Ipv6VirtualNetDevice
{
  public:
    static constexpr uint16_t ETHERTYPE_IPV6 = 0x86DD; //!< the protocol the device carries
    static constexpr uint32_t IPV6_HEADER_SIZE = 40;   //!< IPv6 header without extensions
    static constexpr uint8_t ROUTING = 43;             //!< Next Header of a routing header
    static constexpr uint16_t DEFAULT_MTU = 1476;      //!< 1500 - 24 (the routing header)

    /**
     * \brief The care-of address lookup: given a home address, the care-of address bound
     *        to it, or `::` for none.
     */
    typedef Callback<Ipv6Address, Ipv6Address> CareOfCallback;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    RouteOptimizationNetDevice();
    ~RouteOptimizationNetDevice() override;

    /**
     * \brief Set the care-of address lookup.
     * \param cb the lookup (e.g. the correspondent node's Binding Cache)
     */
    void SetCareOfCallback(CareOfCallback cb);

    /**
     * \brief Number of packets sent with a type 2 routing header.
     * \return the count since creation
     */
    uint64_t GetSentCount() const;

    /**
     * \brief Number of packets dropped.
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief Rewrite a whole IPv6 packet for its binding and send it (see the class
     *        documentation).
     * \param packet the IPv6 packet, header included
     * \param dest ignored
     * \param protocolNumber must be 0x86DD
     * \return true if the packet was sent
     */
    bool Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber) override;

    /**
     * \brief As Send (the source link-layer address is meaningless here).
     * \param packet the IPv6 packet, header included
     * \param source ignored
     * \param dest ignored
     * \param protocolNumber must be 0x86DD
     * \return true if the packet was sent
     */
    bool SendFrom(Ptr<Packet> packet,
                  const Address& source,
                  const Address& dest,
                  uint16_t protocolNumber) override;

    /**
     * \brief TracedCallback signature of "Tx".
     * \param packet the rewritten packet (routing header and payload) handed to IPv6
     * \param home the home address (original destination)
     * \param careOf the care-of address (new destination)
     */
    typedef void (*TxCallback)(Ptr<const Packet> packet, Ipv6Address home, Ipv6Address careOf);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet the packet as given to Send
     * \param reason why it was dropped
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

    CareOfCallback m_careOfCallback; //!< binding lookup
    bool m_sending;                  //!< inside Send (loop guard)
    uint64_t m_sent;                 //!< packets sent
    uint64_t m_dropped;              //!< packets dropped
    TracedCallback<Ptr<const Packet>, Ipv6Address, Ipv6Address> m_txTrace; //!< "Tx"
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace;     //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ROUTE_OPTIMIZATION_NET_DEVICE_H */
