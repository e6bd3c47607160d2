// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_AUTH_SUB_OPTIONS_H
#define HMIPV6_AUTH_SUB_OPTIONS_H

#include "wire-error.h"

#include "ns3/buffer.h"
#include "ns3/nstime.h"

#include <array>
#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The authentication sub-option of the draft's messages (draft 5.2 requires the
 *        authentication; the format is this module's, in RFC 4285 5's construction: a
 *        Mobility SPI and an authenticator over the message and its addresses).
 *
 * \verbatim
   0 ptype (104)   1 plen (22)   2-3 reserved (0)
   4-7 Mobility SPI
   8-23 authenticator: First(128, HMAC-SHA-256(key, source | destination | header))
   \endverbatim
 *
 * It sits among the sub-options after the fixed fields of a registration, Handoff
 * Request or Mobility Information option. The authenticator covers the whole
 * Destination Options header (the Home Address option that follows included) with the
 * authenticator's own 16 octets read as zero: unlike RFC 4285's option it cannot be the
 * last octets of the message, because the Home Address option has to follow it.
 */
struct AuthSubOption
{
    static constexpr uint8_t DEFAULT_TYPE = 104;         //!< KeyChain's "AuthSubOptionType"
    static constexpr uint8_t LENGTH = 22;                //!< plen
    static constexpr uint32_t SIZE = 24;                 //!< octets on the wire
    static constexpr uint32_t AUTHENTICATOR_OFFSET = 8;  //!< from the sub-option's start
    static constexpr uint32_t AUTHENTICATOR_LENGTH = 16; //!< octets
    using Authenticator = std::array<uint8_t, AUTHENTICATOR_LENGTH>; //!< the MAC

    uint32_t spi{0};               //!< Mobility SPI
    Authenticator authenticator{}; //!< the MAC

    /**
     * \brief Write the sub-option.
     * \param i where to write; advanced by SIZE
     * \param type the sub-option type
     */
    void Write(Buffer::Iterator& i, uint8_t type) const;
    /**
     * \brief Read the sub-option's data.
     * \param data the first octet after plen
     * \param length plen
     * \return NONE or BAD_FIXED_LENGTH
     */
    WireError Read(Buffer::Iterator data, uint8_t length);
};

/**
 * \ingroup hmipv6
 * \brief The timestamp sub-option of a Mobility Information message: replay protection
 *        as RFC 4285 6's Mobility Message Replay Protection option (a 64-bit timestamp
 *        in NTP format: seconds in the high 32 bits, fraction in the low 32).
 *
 * \verbatim
   0 ptype (105)   1 plen (10)   2-3 reserved (0)
   4-11 timestamp
   \endverbatim
 */
struct TimestampSubOption
{
    static constexpr uint8_t DEFAULT_TYPE = 105; //!< KeyChain's "TimestampSubOptionType"
    static constexpr uint8_t LENGTH = 10;        //!< plen
    static constexpr uint32_t SIZE = 12;         //!< octets on the wire

    uint64_t timestamp{0}; //!< NTP format

    /**
     * \brief A simulation time in the timestamp's format (the simulation's start stands
     *        for the NTP epoch: nodes share the simulator's clock).
     * \param time a time, not negative
     * \return seconds in the high 32 bits, the fraction in the low 32
     */
    static uint64_t FromTime(Time time);
    /**
     * \brief The time a timestamp stands for.
     * \param timestamp NTP format
     * \return the time
     */
    static Time ToTime(uint64_t timestamp);

    /**
     * \brief Write the sub-option.
     * \param i where to write; advanced by SIZE
     * \param type the sub-option type
     */
    void Write(Buffer::Iterator& i, uint8_t type) const;
    /**
     * \brief Read the sub-option's data.
     * \param data the first octet after plen
     * \param length plen
     * \return NONE or BAD_FIXED_LENGTH
     */
    WireError Read(Buffer::Iterator data, uint8_t length);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_AUTH_SUB_OPTIONS_H */
