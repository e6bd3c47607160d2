// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_INTERNET_CHECKSUM_H
#define HMIPV6_INTERNET_CHECKSUM_H

#include "ns3/buffer.h"
#include "ns3/ipv6-address.h"
#include "ns3/ptr.h"

#include <cstdint>

namespace ns3
{

class Packet;

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The Internet checksum (RFC 1071) of an upper-layer message carried by IPv6:
 *        ones' complement sum over the RFC 8200 8.1 pseudo-header (source,
 *        destination, 32-bit upper-layer length, three zero octets, next header) and
 *        then the message. The one implementation of the module, on ns-3's
 *        Buffer::Iterator::CalculateIpChecksum; the Mobility Header (RFC 6275 6.1.1,
 *        next header 135) and ICMPv6 (RFC 4443 2.3, 58) use it.
 *
 * The message is summed as it is: with its checksum field zeroed the result is the
 * value to write there; with the field filled in, 0 means the checksum is right.
 * \param src the pseudo-header's source address
 * \param dst the pseudo-header's destination address
 * \param nextHeader the pseudo-header's next header value
 * \param message the first octet of the message
 * \param length how many octets the message has
 * \return the checksum, most significant octet first on the wire (WriteHtonU16)
 */
uint16_t UpperLayerChecksum(Ipv6Address src,
                            Ipv6Address dst,
                            uint8_t nextHeader,
                            Buffer::Iterator message,
                            uint32_t length);

/**
 * \brief UpperLayerChecksum over octets in memory.
 * \param src the pseudo-header's source address
 * \param dst the pseudo-header's destination address
 * \param nextHeader the pseudo-header's next header value
 * \param message the message's octets
 * \param length how many
 * \return the checksum, most significant octet first on the wire
 */
uint16_t UpperLayerChecksum(Ipv6Address src,
                            Ipv6Address dst,
                            uint8_t nextHeader,
                            const uint8_t* message,
                            uint32_t length);

/**
 * \brief UpperLayerChecksum over a whole packet (the message and nothing else).
 * \param src the pseudo-header's source address
 * \param dst the pseudo-header's destination address
 * \param nextHeader the pseudo-header's next header value
 * \param message the message
 * \return the checksum, most significant octet first on the wire
 */
uint16_t UpperLayerChecksum(Ipv6Address src,
                            Ipv6Address dst,
                            uint8_t nextHeader,
                            Ptr<const Packet> message);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_INTERNET_CHECKSUM_H */
