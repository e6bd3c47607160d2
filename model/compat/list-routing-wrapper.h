// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_LIST_ROUTING_WRAPPER_H
#define HMIPV6_LIST_ROUTING_WRAPPER_H

#include "ns3/ipv6-list-routing.h"
#include "ns3/ipv6.h"
#include "ns3/ptr.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The node's IPv6 routing protocol as an Ipv6ListRouting, so that the module's
 *        routing protocol can be added above the user's.
 *
 * InternetStackHelper gives IPv6 a bare Ipv6StaticRouting unless told otherwise (all
 * releases from 3.37 on). A list cannot simply be put around it: Ipv6ListRouting
 * hands the stack to every member, and Ipv6StaticRouting asserts that it gets it only
 * once. So the list put in place (an internal subclass) keeps its own pointer to the
 * stack and re-implements the two members of Ipv6ListRouting that use it (RouteInput
 * and PrintRoutingTable) with the same behaviour. Nodes whose stack was installed with
 * an Ipv6ListRoutingHelper need none of this: their list is returned as it is.
 * \param ipv6 the node's IPv6 stack (it must have a routing protocol)
 * \return the list, the node's routing protocol from now on
 */
Ptr<Ipv6ListRouting> EnsureListRouting(Ptr<Ipv6> ipv6);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_LIST_ROUTING_WRAPPER_H */
