// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ND_LINK_SENDER_H
#define HMIPV6_ND_LINK_SENDER_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <deque>
#include <set>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Sends an NdProxy's Neighbour Discovery messages straight to an interface's
 *        device, as ns-3's own answers do (Icmpv6L4Protocol::HandleNS): the Neighbor
 *        Cache is neither needed nor changed and the hop limit stays 255. Remembers what
 *        it sent, so that the proxy knows its own messages when the link brings them
 *        back.
 */
class NdLinkSender
{
  public:
    /**
     * \brief Build and send one Neighbor Advertisement (with a Target Link-Layer
     *        Address option, RFC 4861 7.2.4).
     * \param ipv6 the node's IPv6
     * \param target its Target Address
     * \param dst its IPv6 destination
     * \param dstMac the link-layer destination (empty: multicast mapping of dst, or, for
     *        unicast dst, the Neighbor Cache or ns-3's address resolution)
     * \param flags R, S, O as on the wire
     * \param interface the interface
     * \return true if handed to the device
     */
    bool SendNa(Ptr<Ipv6L3Protocol> ipv6,
                Ipv6Address target,
                Ipv6Address dst,
                const std::vector<uint8_t>& dstMac,
                uint8_t flags,
                uint32_t interface);
    /**
     * \brief Send one DAD probe (RFC 4862 5.4.2, RFC 4861 7.2.2): source ::, to the
     *        target's solicited-node group, no Source Link-Layer Address option.
     * \param ipv6 the node's IPv6
     * \param target the tentative address
     * \param nonce the Nonce option's data (RFC 7527; empty: none)
     * \param interface the interface
     * \return true if handed to the device
     */
    bool SendDadProbe(Ptr<Ipv6L3Protocol> ipv6,
                      Ipv6Address target,
                      const std::vector<uint8_t>& nonce,
                      uint32_t interface);
    /**
     * \param uid a received packet's UID
     * \return whether this sender sent it
     */
    bool IsOwn(uint64_t uid) const;
    /**
     * \brief The source address for this node's advertisements on an interface.
     *
     * RFC 4861 7.2.4 / RFC 6275 10.4.1: an address assigned to the sending interface;
     * the one in the target's prefix if there is one, else the link-local address.
     * \param ipv6 the node's IPv6
     * \param target the target advertised
     * \param interface the interface
     * \return the address, or :: if the interface has none usable
     */
    static Ipv6Address SourceFor(Ptr<Ipv6L3Protocol> ipv6, Ipv6Address target, uint32_t interface);

  private:
    /**
     * \brief Hand an IPv6 packet directly to an interface's device.
     * \param ipv6 the node's IPv6
     * \param packet the ICMPv6 message
     * \param header its IPv6 header
     * \param dstMac link-layer destination (empty: resolve as described in SendNa)
     * \param interface the interface
     * \return true if handed over
     */
    bool SendOnLink(Ptr<Ipv6L3Protocol> ipv6,
                    Ptr<Packet> packet,
                    const Ipv6Header& header,
                    const std::vector<uint8_t>& dstMac,
                    uint32_t interface);
    /**
     * \brief Remember the UID of a packet sent (a bounded number of them).
     * \param uid the packet UID
     */
    void RememberSent(uint64_t uid);

    std::deque<uint64_t> m_sentUids; //!< UIDs of recently sent packets
    std::set<uint64_t> m_sentUidSet; //!< the same, for lookup
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ND_LINK_SENDER_H */
