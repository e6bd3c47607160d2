// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_EXTENSION_TYPE2_ROUTING_H
#define HMIPV6_IPV6_EXTENSION_TYPE2_ROUTING_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-extension.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/packet.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Receive processing of the type 2 routing header (RFC 6275 6.4, 9.3.2, 11.3.3).
 *
 * A correspondent node or home agent sends packets for a mobile node to its care-of
 * address with a type 2 routing header that holds the home address. ns-3 only knows
 * the type 0 routing header; its Ipv6ExtensionRouting answers other types with an
 * ICMPv6 Parameter Problem. Inserted in the node's Ipv6ExtensionRoutingDemux (with
 * MobilityGlueHelper), this class processes it on the receiving node:
 * - a header that is truncated, has a Hdr Ext Len other than 2, a routing type other
 *   than 2 or Segments Left above 1 is malformed: silently dropped (as Linux does;
 *   RFC 6275 6.4.1 fixes Hdr Ext Len 2 and Segments Left 1);
 * - Segments Left 0: the header is skipped (RFC 8200 4.4) and processing continues with
 *   its Next Header;
 * - Segments Left 1: the home address must be an address of this node, else the packet
 *   is dropped; if it is, the header is processed in place (a type 2 routing header
 *   never makes a packet leave the node: the next "hop" is the node itself) and
 *   processing continues with its Next Header. The home address is recorded in the
 *   packet's ReceivedHomeAddressTag as its final destination; the IPv6 header that
 *   ns-3 hands the upper layer keeps the care-of address (LocalDeliver passes it as
 *   received).
 * With "ReinjectToHomeAddress" on (a mobile node turns it on), a packet whose home
 * address is not its IPv6 destination is not processed in place: the header is processed
 * as RFC 8200 4.4 says (the destination and the home address are swapped, Segments Left
 * becomes 0) in a copy that is given back to the IPv6 layer (hmipv6::Reinject) on the
 * interface that holds the home address, and the original stops there (no drop). The copy then
 * reaches the sockets bound to the home address (ns-3's strong end system model would otherwise
 * hide it from them), its header is skipped here (Segments Left 0) and its upper-layer
 * checksum is checked against the home address, as the sender computed it. In ns-3's
 * traces the packet appears twice in Ipv6L3Protocol "Rx" (the original, to the care-of
 * address, on the interface where it arrived; the copy, to the home address, on the home
 * address's interface, same UID, tagged ReinjectedTag) and once in "LocalDeliver" (the
 * copy).
 * Drops set dropReason DROP_MALFORMED_HEADER, so Ipv6L3Protocol's "Drop" trace fires;
 * they are also counted and traced here with a reason.
 *
 * The node's Routing header processing (Hmipv6RoutingExtension, installed with it by
 * MobilityGlueHelper) hands it the header at its offset, wherever it is in the chain.
 */
class Ipv6ExtensionType2Routing : public Ipv6ExtensionRouting
{
  public:
    static constexpr uint8_t TYPE_ROUTING = 2;  //!< Routing Type
    static constexpr uint8_t HDR_EXT_LEN = 2;   //!< the only valid Hdr Ext Len
    static constexpr uint32_t HEADER_SIZE = 24; //!< octets on the wire

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Ipv6ExtensionType2Routing();
    ~Ipv6ExtensionType2Routing() override;

    /**
     * \brief Get the type of routing.
     * \return 2
     */
    uint8_t GetTypeRouting() const override;

    /**
     * \brief Process a type 2 routing header at offset (see the class documentation).
     * \param packet the packet after the IPv6 header
     * \param offset where the routing header starts
     * \param ipv6Header the IPv6 header
     * \param dst destination address of the packet (i.e. this node)
     * \param nextHeader if not null, set to the routing header's Next Header
     * \param stopProcessing set to true when the packet is dropped
     * \param isDropped set to true when the packet is dropped
     * \param dropReason DROP_MALFORMED_HEADER when the packet is dropped
     * \return 24 when the header is accepted or skipped
     */
    uint8_t Process(Ptr<Packet>& packet,
                    uint8_t offset,
                    const Ipv6Header& ipv6Header,
                    Ipv6Address dst,
                    uint8_t* nextHeader,
                    bool& stopProcessing,
                    bool& isDropped,
                    Ipv6L3Protocol::DropReason& dropReason) override;

    /**
     * \brief Number of headers processed with Segments Left 1 (home address accepted).
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief Number of packets re-injected with the home address as destination.
     * \return the count since creation
     */
    uint64_t GetReinjectedCount() const;

    /**
     * \brief Build the packet of "ReinjectToHomeAddress": the routing header processed
     *        (destination and home address swapped, Segments Left 0).
     * \param payload the packet after the IPv6 header
     * \param offset where the type 2 routing header starts
     * \param header the IPv6 header as received
     * \return the whole IPv6 packet (header included), or null if payload is too short
     */
    static Ptr<Packet> BuildHomeDestinationPacket(Ptr<const Packet> payload,
                                                  uint32_t offset,
                                                  const Ipv6Header& header);

    /**
     * \brief Number of headers skipped (Segments Left 0).
     * \return the count since creation
     */
    uint64_t GetSkippedCount() const;

    /**
     * \brief Number of packets dropped.
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief TracedCallback signature of "Rx".
     * \param packet a copy of the packet after the IPv6 header
     * \param header the IPv6 header as received
     * \param homeAddress the routing header's home address
     */
    typedef void (*RxCallback)(Ptr<const Packet> packet,
                               const Ipv6Header& header,
                               Ipv6Address homeAddress);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet a copy of the packet after the IPv6 header
     * \param header the IPv6 header as received
     * \param reason why the packet was dropped
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 const Ipv6Header& header,
                                 const std::string& reason);

  private:
    /**
     * \brief Count, trace and mark a dropped packet.
     * \param packet the packet
     * \param ipv6Header its IPv6 header
     * \param stopProcessing set to true
     * \param isDropped set to true
     * \param dropReason set to DROP_MALFORMED_HEADER
     * \param reason why
     * \return 0 (nothing more is processed)
     */
    uint8_t Drop(Ptr<Packet> packet,
                 const Ipv6Header& ipv6Header,
                 bool& stopProcessing,
                 bool& isDropped,
                 Ipv6L3Protocol::DropReason& dropReason,
                 const std::string& reason);

    uint64_t m_received;   //!< headers processed with Segments Left 1
    uint64_t m_skipped;    //!< headers skipped with Segments Left 0
    uint64_t m_dropped;    //!< packets dropped
    uint64_t m_reinjected; //!< packets re-injected to the home address
    bool m_reinject;       //!< "ReinjectToHomeAddress"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, Ipv6Address> m_rxTrace; //!< "Rx"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, const std::string&>
        m_dropTrace; //!< "Drop"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_EXTENSION_TYPE2_ROUTING_H */
