// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ICMPV6_CHECKSUM_H
#define HMIPV6_ICMPV6_CHECKSUM_H

#include "ns3/ipv6-address.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/// \cond internal: the two spellings of ns-3's ICMPv6 pseudo-header setup.
template <typename H>
auto
SetIcmpv6ChecksumImpl(H& header, Ipv6Address src, Ipv6Address dst, uint16_t length, int)
    -> decltype(header.CalculatePseudoHeaderChecksum(src, dst, length, uint8_t{58}), void())
{
    header.CalculatePseudoHeaderChecksum(src, dst, length, 58);
}

template <typename H>
void
SetIcmpv6ChecksumImpl(H& header, Ipv6Address src, Ipv6Address dst, uint16_t length, long)
{
    header.CalculatePseudoHeaderChecksum(src, dst, length);
}

/// \endcond

/**
 * \ingroup hmipv6
 * \brief Prepare an ICMPv6 header's checksum over the IPv6 pseudo-header.
 *
 * ns-3 3.37 takes the protocol number as a fourth argument; later releases fix it to
 * ICMPv6 and take three. The overload that compiles is chosen, so the module builds
 * with both.
 * \param header an Icmpv6Header or subclass (RA, NS, NA, ...)
 * \param src the IPv6 source address
 * \param dst the IPv6 destination address
 * \param length the ICMPv6 message length, header included
 */
template <typename H>
void
SetIcmpv6Checksum(H& header, Ipv6Address src, Ipv6Address dst, uint16_t length)
{
    SetIcmpv6ChecksumImpl(header, src, dst, length, 0);
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ICMPV6_CHECKSUM_H */
