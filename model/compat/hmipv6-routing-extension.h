// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROUTING_EXTENSION_H
#define HMIPV6_ROUTING_EXTENSION_H

#include "ns3/ipv6-extension.h"
#include "ns3/node.h"
#include "ns3/ptr.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The Routing header processing of a node with the module's glue: the routing
 *        type read at the header's offset, then the type's handler.
 *
 * Why it replaces ns-3's Ipv6ExtensionRouting in the node's Ipv6ExtensionDemux (3.37 to
 * 3.48 alike; each found by fuzzing or reading):
 * - ns-3 reads the routing type from the packet's first octets rather than at the
 *   header's offset, so a routing header after another extension header went to the
 *   wrong handler;
 * - a truncated header was read past the end of the buffer (ExtensionHeaderFits);
 * - a type 0 header is processed, which RFC 5095 3 forbids, and its parser
 *   (Ipv6ExtensionLooseRoutingHeader) reads past a truncated header;
 * - an unknown routing type with Segments Left 0 skipped Hdr Ext Len octets instead of
 *   the header's (Hdr Ext Len + 1) * 8.
 * Here: a truncated header with no handler of its type is dropped (DROP_MALFORMED_HEADER); types 0
 * and those with no handler in the node's Ipv6ExtensionRoutingDemux are unrecognized (RFC
 * 8200 4.4): ignored with Segments Left 0, else discarded with an ICMPv6 Parameter Problem, code 0,
 * pointing at the Routing Type; other types go to their handler (the module's type 2,
 * Ipv6ExtensionType2Routing) at the right offset. ns-3's extension interface counts
 * offsets and lengths in one octet: an unrecognized header longer than 255 octets is
 * discarded as if it had segments left.
 */
class Hmipv6RoutingExtension : public Ipv6ExtensionRouting
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Put one in the node's Ipv6ExtensionDemux in place of ns-3's (idempotent).
     * \param node a node with an IPv6 stack
     * \return the node's, or null without an Ipv6ExtensionDemux
     */
    static Ptr<Hmipv6RoutingExtension> Install(Ptr<Node> node);

    /**
     * \brief Process a Routing header (see the class documentation).
     * \param packet the packet (without the IPv6 header)
     * \param offset the header's offset in it
     * \param ipv6Header the IPv6 header
     * \param dst the destination
     * \param nextHeader set to the header's Next Header
     * \param stopProcessing set when the packet stops here
     * \param isDropped set when it is dropped
     * \param dropReason why
     * \return the header's length in octets
     */
    uint8_t Process(Ptr<Packet>& packet,
                    uint8_t offset,
                    const Ipv6Header& ipv6Header,
                    Ipv6Address dst,
                    uint8_t* nextHeader,
                    bool& stopProcessing,
                    bool& isDropped,
                    Ipv6L3Protocol::DropReason& dropReason) override;
};

} // namespace ns3

#endif /* HMIPV6_ROUTING_EXTENSION_H */
