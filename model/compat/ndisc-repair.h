// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_NDISC_REPAIR_H
#define HMIPV6_NDISC_REPAIR_H

#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/object.h"
#include "ns3/ptr.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Works around ns-3's handling of unsolicited Neighbor Advertisements on the node
 *        it is installed on (checked in ns-3.37 and in the development tree of July 2026,
 *        Icmpv6L4Protocol::HandleNA).
 *
 * RFC 4861 7.2.5: an unsolicited advertisement with Override and a new link-layer address
 * makes the entry STALE, and queued packets go to the new address. ns-3 stops the entry's
 * timer first, then: an INCOMPLETE entry becomes STALE but keeps its queued packets; a
 * PROBE entry takes the new address but stays PROBE with no timer, so it never probes
 * again and queues every later packet (at most three, the rest dropped) for good; a DELAY
 * entry stays DELAY with no timer. Mobility makes exactly these advertisements: a home
 * agent taking over a home address (RFC 6275 10.4.1), a Mobility Server taking over a
 * GCoA, a host back home (11.5.4); a router whose entry for that address happened to be
 * probing loses every packet to it from then on.
 *
 * A raw ICMPv6 socket sees each Neighbor Advertisement before ns-3 handles it; once ns-3
 * has, an entry of its target that an unsolicited advertisement left PROBE or DELAY, or
 * STALE with packets queued, is made STALE with the address ns-3 took, and its queued
 * packets are sent to it, which is what the RFC asks (the next packet starts NUD again as
 * usual). MobilityGlueHelper installs it with the glue, and HmipTopologyHelper on every
 * node it builds; install it on the other routers of a scenario too (Install).
 */
class NdiscRepair : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    NdiscRepair();
    ~NdiscRepair() override;

    /**
     * \brief Install on a node with ns-3's IPv6 stack (once: a second call returns the
     *        first; without IPv6, nothing is installed and null is returned).
     * \param node the node
     * \return the repair of that node
     */
    static Ptr<NdiscRepair> Install(Ptr<Node> node);

    /**
     * \brief Number of entries repaired.
     * \return the count
     */
    uint64_t GetRepairedCount() const;

    /**
     * \brief TracedCallback signature of "Repaired".
     * \param target the entry's address
     * \param sent the queued packets sent
     */
    typedef void (*RepairedCallback)(Ipv6Address target, uint32_t sent);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Read the raw socket: Neighbor Advertisements.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    /**
     * \brief After ns-3 handled an unsolicited advertisement: repair its target's entries.
     * \param target the advertised address
     */
    void Repair(Ipv6Address target);

    Ptr<Node> m_node;                                      //!< the node
    Ptr<Socket> m_socket;                                  //!< raw ICMPv6 socket
    uint64_t m_repaired;                                   //!< entries repaired
    TracedCallback<Ipv6Address, uint32_t> m_repairedTrace; //!< "Repaired"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_NDISC_REPAIR_H */
