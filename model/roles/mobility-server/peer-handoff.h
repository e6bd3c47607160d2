// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_PEER_HANDOFF_H
#define HMIPV6_PEER_HANDOFF_H

#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"

#include <cstdint>
#include <functional>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The Handoff Requests between Mobility Servers
 *        (draft-castelluccia-mobileip-hmipv6-00 4.3.6, Figure 8, section 3).
 *
 * A new MS that accepted a Registration Request naming the previous MS sends it a
 * Handoff Request with the new GCoA (no answer is defined: A clear). The previous MS
 * checks the request (addresses, its authentication with the key the two MSs share
 * when the key chain requires it, the MS's authorization policy, a binding for the home
 * address, a newer sequence number) and then forwards what arrives for the old GCoA to
 * the new one until the lifetime ends; or, when the new MS is on the same Mobility
 * Network and names the same GCoA, hands the GCoA over (removes its binding, the new MS
 * defends it); a lifetime of 0 removes the binding too.
 */
class PeerHandoff
{
  public:
    /// What the MS answers and does for the handoff.
    struct Hooks
    {
        std::function<Ipv6Address()> self;                        //!< the MS address
        std::function<bool(Ipv6Address)> isOwnAddress;            //!< an address of this node
        std::function<Ipv6Address(Ipv6Address)> findGcoa;         //!< the GCoA bound to a home (::)
        std::function<bool(Ipv6Address, uint16_t)> isNewer;       //!< sequence check of a GCoA
        std::function<bool(Ipv6Address, Ipv6Address)> authorized; //!< policy: (peer, home)
        std::function<void(Ipv6Address)> handOver;                //!< remove the GCoA's binding
        /// forward (home, GCoA, new GCoA, sequence, lifetime)
        std::function<void(Ipv6Address, Ipv6Address, Ipv6Address, uint16_t, Time)> forward;
        std::function<void(Ipv6Address, Ipv6Address, bool)> received;    //!< (peer, home, ok)
        std::function<void(Ipv6Address, Ipv6Address, Ipv6Address)> sent; //!< (to, home, GCoA)
        std::function<void(Ptr<const Packet>, DropReason, const std::string&)> drop; //!< a drop
    };

    /**
     * \brief Configure.
     * \param node the node
     * \param optionType the Handoff Request's option type
     * \param prefixLength the Mobility Network prefix length
     * \param hooks the MS
     */
    void Setup(Ptr<Node> node, uint8_t optionType, uint8_t prefixLength, Hooks hooks);
    /// Forget the node.
    void Dispose();

    /**
     * \brief A Handoff Request arrived.
     * \param payload the IPv6 payload (extension headers first)
     * \param header the IPv6 header
     */
    void Receive(Ptr<const Packet> payload, const Ipv6Header& header);
    /**
     * \brief Ask the previous MS to forward, or to hand the GCoA over.
     * \param previousMs the destination
     * \param home the home address
     * \param gcoa the new GCoA
     * \param sequence the Registration Request's sequence number
     * \param lifetime the granted lifetime
     */
    void Send(Ipv6Address previousMs,
              Ipv6Address home,
              Ipv6Address gcoa,
              uint16_t sequence,
              Time lifetime);

    /**
     * \return Handoff Requests received (parsed)
     */
    uint64_t GetReceived() const;
    /**
     * \return Handoff Requests accepted
     */
    uint64_t GetAccepted() const;
    /**
     * \return Handoff Requests sent
     */
    uint64_t GetSent() const;

  private:
    Ptr<Node> m_node;          //!< the node
    uint8_t m_type{0};         //!< option type
    uint8_t m_prefixLength{0}; //!< Mobility Network prefix length
    Hooks m_hooks;             //!< the MS
    uint64_t m_received{0};    //!< received
    uint64_t m_accepted{0};    //!< accepted
    uint64_t m_sent{0};        //!< sent
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_PEER_HANDOFF_H */
