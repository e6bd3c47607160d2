// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_AUTHORIZATION_H
#define HMIPV6_BINDING_AUTHORIZATION_H

#include "mobility-header.h"
#include "mobility-options.h"

#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/key-chain.h"
#include "ns3/packet.h"
#include "ns3/return-routability.h"

#include <cstdint>
#include <optional>
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

/**
 * \ingroup hmipv6
 * \brief Authenticate a Mobility Header message with a security association (RFC 4285
 *        5.1): the options are set with a Mobility Message Authentication option (last)
 *        whose authenticator covers the message as serialized, checksum read as zero.
 * \param message the message (its options are replaced)
 * \param options the other options
 * \param association the association with the receiver
 * \param first the first address covered (an MS's acknowledgement: its source; MN-HA:
 *        the care-of address, as RFC 4285 5.1's Mobility Data)
 * \param second the second address covered (the destination; MN-HA: the home address)
 */
void AuthenticateWithAssociation(hmipv6::MobilityHeader& message,
                                 hmipv6::MobilityOptions options,
                                 const SecurityAssociation& association,
                                 Ipv6Address first,
                                 Ipv6Address second);

/**
 * \ingroup hmipv6
 * \brief Check a received message's Mobility Message Authentication option (RFC 4285 5.1).
 * \param octets the message (MobilityHeaderOctets)
 * \param options its options as parsed
 * \param association the association with the claimed sender, if there is one
 * \param first the first address covered (as AuthenticateWithAssociation)
 * \param second the second address covered
 * \return none if authentic, else why not (UNAUTHENTICATED: no option; UNKNOWN_SPI;
 *         BAD_AUTHENTICATOR, also when the option is not the message's last octets)
 */
std::optional<DropReason> CheckAssociationAuthentication(
    const std::vector<uint8_t>& octets,
    const hmipv6::MobilityOptions& options,
    const std::optional<SecurityAssociation>& association,
    Ipv6Address first,
    Ipv6Address second);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_AUTHORIZATION_H */
