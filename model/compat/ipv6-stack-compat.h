// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_IPV6_STACK_COMPAT_H
#define HMIPV6_IPV6_STACK_COMPAT_H

// Node-wide switches of ns-3's IPv6 stack that the module turns off around one call.

#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/net-device.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief While it lives, the node's IPv6 accepts a decapsulated packet addressed to one
 *        of the node's own addresses on another interface.
 *
 * The inner packet enters Ipv6L3Protocol::Receive as received on the tunnel interface,
 * but its destination may be an address of another interface (a correspondent's own
 * address, on its physical interface). Under the strong end system model (ns-3's
 * default) ns-3.37 and 3.38 did not take it as local but routed it: with forwarding on
 * the tunnel interface (InstallTunnel's default) it left through the interface holding
 * the address, which looped it back, its Hop Limit decremented. From ns-3.39
 * Ipv6L3Protocol::Receive drops it. The outer packet has passed that check on the
 * interface it arrived on, and the tunnel ends at this node
 * (RFC 2473 3.3: the original packet goes on to the node's IPv6 layer), so the weak
 * model is applied to that one inner packet only, by turning the "StrongEndSystemModel"
 * attribute off around its delivery. The attribute has that name in every release
 * (Ipv6L3Protocol's up to 3.40, Ipv6's from 3.41), so this needs no version test.
 * Ipv6L3Protocol::Receive is synchronous, so nothing else is received meanwhile; nested
 * decapsulations find the attribute already off and leave it alone. Link-local, loopback
 * and multicast destinations are left out: their scope ends at their own interface.
 */
class WeakEndSystemScope
{
  public:
    /**
     * \param ipv6 the node's IPv6 (may be null: nothing is done)
     * \param device the tunnel device the packet is received on
     * \param packet the inner packet, header included
     */
    WeakEndSystemScope(Ptr<Ipv6L3Protocol> ipv6,
                       Ptr<const NetDevice> device,
                       Ptr<const Packet> packet);
    ~WeakEndSystemScope();

    WeakEndSystemScope(const WeakEndSystemScope&) = delete;
    WeakEndSystemScope& operator=(const WeakEndSystemScope&) = delete;

  private:
    Ptr<Ipv6L3Protocol> m_ipv6; //!< set when the attribute was turned off, to restore it
};

/**
 * \ingroup hmipv6
 * \brief Add an address the node already owns (a home address, a GCoA) without
 *        Duplicate Address Detection.
 *
 * ns-3's Ipv6L3Protocol::AddAddress starts DAD unless Icmpv6L4Protocol's node-wide
 * "DAD" attribute is off (3.37 to 3.48); the attribute is read synchronously by
 * AddAddress only, so it is turned off around that one call and put back as it was.
 * \param ipv6 the node's IPv6
 * \param interface the interface
 * \param address the address
 * \return what AddAddress returned
 */
bool AddAddressWithoutDad(Ptr<Ipv6L3Protocol> ipv6,
                          uint32_t interface,
                          Ipv6InterfaceAddress address);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_IPV6_STACK_COMPAT_H */
