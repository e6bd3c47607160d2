// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REPLAY_PROTECTION_OPTION_H
#define HMIPV6_REPLAY_PROTECTION_OPTION_H

#include "wire-error.h"

#include "ns3/buffer.h"

#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The Mobility Message Replay Protection option (RFC 4285 6), mobility option 10:
 *        a 64-bit timestamp in NTP format (hmipv6::TimestampSubOption::FromTime).
 *
 * \verbatim
   0 type (10)   1 length (8)   2-9 timestamp
   \endverbatim
 *
 * Placed at 8n+2 so that the timestamp is 8-aligned. A value class: MobilityOptions
 * writes the type and length.
 */
class ReplayProtectionOption
{
  public:
    static constexpr uint8_t TYPE = 10;        //!< option type (RFC 4285 9)
    static constexpr uint8_t LENGTH = 8;       //!< option length
    static constexpr uint8_t ALIGN_FACTOR = 8; //!< alignment 8n+2
    static constexpr uint8_t ALIGN_OFFSET = 2; //!< alignment 8n+2

    /// Timestamp 0.
    ReplayProtectionOption();
    /**
     * \param timestamp the timestamp, NTP format
     */
    explicit ReplayProtectionOption(uint64_t timestamp);
    /**
     * \return the timestamp, NTP format
     */
    uint64_t GetTimestamp() const;
    /**
     * \return the option length (LENGTH)
     */
    uint8_t GetLength() const;
    /**
     * \brief Write the option data (after type and length).
     * \param i where to write; advanced by GetLength()
     */
    void SerializeData(Buffer::Iterator& i) const;
    /**
     * \brief Read the option data.
     * \param i the first data octet
     * \param length the option length field
     * \return NONE or BAD_FIXED_LENGTH
     */
    WireError DeserializeData(Buffer::Iterator i, uint8_t length);
    /**
     * \brief Print as a field=value pair.
     * \param os the stream
     */
    void Print(std::ostream& os) const;

  private:
    uint64_t m_timestamp; //!< NTP format
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_REPLAY_PROTECTION_OPTION_H */
