// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOP_BY_HOP_EXTENSION_H
#define HMIPV6_HOP_BY_HOP_EXTENSION_H

#include "ns3/ipv6-extension.h"
#include "ns3/node.h"
#include "ns3/ptr.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The Hop-by-Hop Options processing of a node with the module's glue: ns-3's,
 *        for a whole header right after the IPv6 header only.
 *
 * Why it replaces ns-3's Ipv6ExtensionHopByHop in the node's Ipv6ExtensionDemux (3.37 to
 * 3.48 alike): ns-3 reads a truncated header past the end of the buffer (found by
 * fuzzing, after a Destination Options header), and processes the header wherever it
 * is, while RFC 8200 4.1 restricts it to the first place after the IPv6 header. Here a
 * truncated header (ExtensionHeaderFits) or one in another place is dropped with
 * DROP_MALFORMED_HEADER; the others go to ns-3's processing.
 */
class Hmipv6HopByHopExtension : public Ipv6ExtensionHopByHop
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
    static Ptr<Hmipv6HopByHopExtension> Install(Ptr<Node> node);

    /**
     * \brief Process a Hop-by-Hop Options header (see the class documentation).
     * \param packet the packet (without the IPv6 header)
     * \param offset the header's offset in it (0: right after the IPv6 header)
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

#endif /* HMIPV6_HOP_BY_HOP_EXTENSION_H */
