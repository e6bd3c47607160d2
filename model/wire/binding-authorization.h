// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_AUTHORIZATION_H
#define HMIPV6_BINDING_AUTHORIZATION_H

#include "mobility-header.h"
#include "mobility-options.h"

#include "ns3/ipv6-address.h"
#include "ns3/packet.h"
#include "ns3/return-routability.h"

#include <cstdint>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Authorize a Binding Update or Acknowledgement with Kbm (RFC 6275 5.2.6, 6.2.7):
 *        the options are set with a Binding Authorization Data option (last) whose
 *        authenticator covers the message as serialized.
 * \param message the message (its options are replaced)
 * \param options the other options
 * \param kbm the binding management key
 * \param careOf the care-of address registered (the home address to deregister)
 * \param correspondent the correspondent node's address
 */
void AuthorizeWithKbm(hmipv6::MobilityHeader& message,
                      hmipv6::MobilityOptions options,
                      const hmipv6::ReturnRoutability::Key& kbm,
                      Ipv6Address careOf,
                      Ipv6Address correspondent);

/**
 * \ingroup hmipv6
 * \brief The octets of a received Mobility Header that its authenticator covers (as far
 *        as its Header Len and the packet reach).
 * \param packet the packet, from the Mobility Header on
 * \return the octets
 */
std::vector<uint8_t> MobilityHeaderOctets(Ptr<const Packet> packet);

/**
 * \ingroup hmipv6
 * \brief Check a received message's authenticator (RFC 6275 5.2.6, 6.2.7).
 * \param octets the message (MobilityHeaderOctets)
 * \param authenticator its Binding Authorization Data option's Authenticator
 * \param kbm the binding management key
 * \param careOf the care-of address registered (the home address to deregister)
 * \param correspondent the correspondent node's address
 * \return true if it verifies
 */
bool VerifyKbmAuthorization(const std::vector<uint8_t>& octets,
                            const std::vector<uint8_t>& authenticator,
                            const hmipv6::ReturnRoutability::Key& kbm,
                            Ipv6Address careOf,
                            Ipv6Address correspondent);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_AUTHORIZATION_H */
