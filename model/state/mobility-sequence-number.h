// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_SEQUENCE_NUMBER_H
#define HMIPV6_MOBILITY_SEQUENCE_NUMBER_H

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Sequence numbers of Binding Updates and of the draft's registrations.
 *
 * RFC 6275 9.5.1: numbers are a free-running counter modulo 2^16; a received number
 * is "less than or equal to" the last one when it lies in the last number and the
 * 32768 values before it. The draft (4.2.1) reuses the mechanism for the mobility
 * server. Plain functions on uint16_t: no simulator needed to use or test them.
 */
class MobilitySequenceNumber
{
  public:
    /**
     * \brief Whether a received number is newer than the last accepted one.
     * \param received the number in the message
     * \param last the last number accepted
     * \return true if received follows last modulo 2^16 (1 to 32767 steps ahead)
     */
    static bool IsNewer(uint16_t received, uint16_t last);

    /**
     * \brief Whether a number is the last one or newer (the draft's check of a Handoff
     *        Request, 4.3.6).
     * \param received the number in the message
     * \param last the last number accepted
     * \return received == last or IsNewer(received, last)
     */
    static bool IsSameOrNewer(uint16_t received, uint16_t last);

    /**
     * \brief The number that follows, wrapping from 65535 to 0.
     * \param current a sequence number
     * \return current + 1 modulo 2^16
     */
    static uint16_t Next(uint16_t current);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_SEQUENCE_NUMBER_H */
