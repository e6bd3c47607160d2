// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_GLOBAL_CARE_OF_ADDRESS_H
#define HMIPV6_GLOBAL_CARE_OF_ADDRESS_H

#include "ns3/ipv6-address.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The GCoA of a mobile host (draft 4.2.1, 4.3.2): the first prefixLength bits of
 *        the Mobility Network prefix, then the rest of the home address (its interface
 *        identifier). The Mobility Server and the host must agree bit for bit: both call
 *        this.
 * \param prefix the Mobility Network prefix (bits past prefixLength are ignored)
 * \param prefixLength its length, 0 to 128
 * \param home the home address
 * \return the GCoA
 */
inline Ipv6Address
MakeGlobalCareOfAddress(Ipv6Address prefix, uint8_t prefixLength, Ipv6Address home)
{
    uint8_t p[16];
    uint8_t h[16];
    prefix.GetBytes(p);
    home.GetBytes(h);
    for (uint32_t i = 0; i < 16; ++i)
    {
        int bits = static_cast<int>(prefixLength) - static_cast<int>(8 * i);
        bits = bits < 0 ? 0 : (bits > 8 ? 8 : bits);
        auto mask = static_cast<uint8_t>(bits == 0 ? 0 : (0xff << (8 - bits)) & 0xff);
        p[i] = static_cast<uint8_t>((p[i] & mask) | (h[i] & ~mask));
    }
    return Ipv6Address(p);
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_GLOBAL_CARE_OF_ADDRESS_H */
