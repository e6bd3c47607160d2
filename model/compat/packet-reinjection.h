// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_PACKET_REINJECTION_H
#define HMIPV6_PACKET_REINJECTION_H

#include "ns3/ipv6-l3-protocol.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/tag.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Marks a packet that a node gave back to its own IPv6 layer (Reinject).
 *
 * Such a packet passes Ipv6L3Protocol's "Rx" trace a second time although it was
 * received once. Observers of "Rx" that count arrivals skip packets with this tag
 * (IsReinjected); the module's monitors do.
 */
class ReinjectedTag : public Tag
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint32_t GetSerializedSize() const override;
    void Serialize(TagBuffer buffer) const override;
    void Deserialize(TagBuffer buffer) override;
    void Print(std::ostream& os) const override;
};

/**
 * \ingroup hmipv6
 * \brief Hand a rewritten copy of a received packet to the node's IPv6 layer, as if it
 *        had arrived on an interface.
 *
 * RFC 6275 9.3.1 and 6.4 change the source or the destination an upper layer sees, but
 * ns-3's Ipv6L3Protocol::LocalDeliver gives extension headers only a const reference
 * to the IPv6 header and delivers with it (3.37 to 3.48): the rewritten packet has to
 * go through Ipv6L3Protocol::Receive again. Done here only, so that:
 * - the copy keeps the received packet's UID and packet tags (flow monitors, the
 *   module's monitors and ReceivedHomeAddressTag follow it), and carries ReinjectedTag;
 * - it is scheduled at the same time rather than called, so that the delivery in
 *   progress is never re-entered.
 * \param ipv6 the node's IPv6 layer
 * \param interface the interface it arrives on (the one that holds its destination)
 * \param received the packet as the extension header got it (its UID and tags are kept)
 * \param rewritten the whole rewritten IPv6 packet, IPv6 header included
 * \return the copy that was scheduled
 */
Ptr<const Packet> Reinject(Ptr<Ipv6L3Protocol> ipv6,
                           uint32_t interface,
                           Ptr<const Packet> received,
                           Ptr<const Packet> rewritten);

/**
 * \brief Whether a packet is a copy given back by Reinject.
 * \param packet the packet
 * \return true if it carries ReinjectedTag
 */
bool IsReinjected(Ptr<const Packet> packet);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_PACKET_REINJECTION_H */
