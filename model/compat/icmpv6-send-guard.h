// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ICMPV6_SEND_GUARD_H
#define HMIPV6_ICMPV6_SEND_GUARD_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/node.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Stands between a node's Icmpv6L4Protocol and Ipv6L3Protocol::Send (its down
 *        target) and drops a link-scoped message whose source the node no longer has.
 *
 * ns-3 (3.37 to 3.48) sends multicast Neighbor and Router Solicitations after a random
 * jitter (Icmpv6L4Protocol::DelayedSendMessage), with the source chosen before it. When
 * that address is removed in between (a host leaving a link, a prefix's lifetime
 * ending), Ipv6L3Protocol::Send, routing a link-local or link-scoped multicast packet,
 * looks the interface of the source up, gets -1 and dereferences a null device: an
 * assertion in debug builds, a crash in optimised ones (found by fuzzing). Such a
 * message could not be sent from that address anyway; it is dropped and counted. Every
 * other message goes to Ipv6L3Protocol::Send unchanged. MobilityGlueHelper and
 * HmipTopologyHelper install it on their nodes.
 */
class Icmpv6SendGuard : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Install on a node with ns-3's IPv6 stack (once: a second call returns the
     *        first; without IPv6 or ICMPv6, nothing is installed and null is returned).
     * \param node the node
     * \return the node's guard
     */
    static Ptr<Icmpv6SendGuard> Install(Ptr<Node> node);

    /**
     * \brief Number of messages dropped.
     * \return the count
     */
    uint64_t GetDroppedCount() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Icmpv6L4Protocol's down target: Ipv6L3Protocol::Send, or a drop.
     * \param packet the message
     * \param source its source
     * \param destination its destination
     * \param protocol 58
     * \param route the route, if the sender gave one
     */
    void Send(Ptr<Packet> packet,
              Ipv6Address source,
              Ipv6Address destination,
              uint8_t protocol,
              Ptr<Ipv6Route> route);

    Ptr<Ipv6L3Protocol> m_ipv6; //!< the node's IPv6
    uint64_t m_dropped{0};      //!< messages dropped
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ICMPV6_SEND_GUARD_H */
