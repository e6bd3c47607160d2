// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_POLICY_H
#define HMIPV6_REGISTRATION_POLICY_H

#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/// The unit of the Binding Update's and Binding Acknowledgement's Lifetime (RFC 6275
/// 6.1.7, 6.1.8): 4 seconds.
constexpr uint32_t LIFETIME_UNIT_S = 4;

/// The largest Lifetime field: 0xFFFF units.
constexpr uint32_t MAX_LIFETIME_UNITS = 0xFFFF;

/**
 * \ingroup hmipv6
 * \brief The lifetime granted for a requested one, the same rule for the home agent
 *        (RFC 6275 10.3.1), the correspondent (9.5.2) and the Mobility Server (draft
 *        4.3.2): at most what was asked and at most the role's maximum, rounded down to
 *        whole Lifetime units, since the acknowledgement can say nothing finer.
 *
 * A nonzero request below one unit is granted one unit (the draft's lifetimes are in
 * seconds; a Binding Update's are whole units already). The roles' maxima are at least
 * one unit, so nothing else is rounded up.
 * \param requested the requested lifetime (zero or less: nothing is granted)
 * \param max the role's maximum
 * \return the granted lifetime
 */
Time GrantLifetime(Time requested, Time max);

/**
 * \ingroup hmipv6
 * \brief Whether an address may be bound as a home address, care-of address or GCoA:
 *        a unicast address beyond the link (RFC 6275 9.5.1 refuses the others): not
 *        multicast, not link-local, not loopback, not unspecified.
 * \param address the address
 * \return true if it may be bound
 */
bool IsBindableUnicast(Ipv6Address address);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_REGISTRATION_POLICY_H */
