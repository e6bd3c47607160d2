// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_REFRESH_ADVICE_OPTION_H
#define HMIPV6_BINDING_REFRESH_ADVICE_OPTION_H

#include "wire-error.h"

#include "ns3/buffer.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Refresh Advice mobility option (RFC 6275 6.2.4).
 *
 * \verbatim
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |   Type = 2    |   Length = 2  |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |       Refresh Interval        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Sent by a home agent in a Binding Acknowledgement to tell the mobile node when to
 * refresh its binding. A value class: MobilityOptions writes the type and length.
 */
class BindingRefreshAdviceOption
{
  public:
    static constexpr uint8_t TYPE = 2;          //!< option type
    static constexpr uint8_t LENGTH = 2;        //!< option length (data octets)
    static constexpr uint8_t ALIGN_FACTOR = 2;  //!< alignment 2n
    static constexpr uint8_t ALIGN_OFFSET = 0;  //!< alignment 2n
    static constexpr uint32_t UNIT_SECONDS = 4; //!< one Refresh Interval unit

    /// Refresh Interval 0.
    BindingRefreshAdviceOption();

    /**
     * \param refreshIntervalUnits the Refresh Interval, in 4-second units
     */
    explicit BindingRefreshAdviceOption(uint16_t refreshIntervalUnits);

    /**
     * \return the Refresh Interval, in 4-second units (the wire value)
     */
    uint16_t GetRefreshIntervalUnits() const;

    /**
     * \param units the Refresh Interval, in 4-second units (the wire value)
     */
    void SetRefreshIntervalUnits(uint16_t units);

    /**
     * \return the Refresh Interval as a time
     */
    Time GetRefreshInterval() const;

    /**
     * \brief Set the Refresh Interval from a time.
     *
     * Rounds down to whole units (the interval must stay below the granted lifetime,
     * RFC 6275 6.2.4) and saturates at 65535 units; a negative time gives 0.
     * \param interval the Refresh Interval
     */
    void SetRefreshInterval(Time interval);

    /**
     * \return the option length field (LENGTH)
     */
    uint8_t GetLength() const;

    /**
     * \brief Write the option data (not the type and length octets).
     * \param i where to write; advanced by GetLength()
     */
    void SerializeData(Buffer::Iterator& i) const;

    /**
     * \brief Read the option data.
     * \param i the option data; holds at least `length` octets
     * \param length the option length field
     * \return NONE, BAD_FIXED_LENGTH if length is not LENGTH, TRUNCATED if `i` is short
     */
    WireError DeserializeData(Buffer::Iterator i, uint8_t length);

    /**
     * \brief Print "refreshInterval=<units>".
     * \param os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param other another option
     * \return whether both carry the same value
     */
    bool operator==(const BindingRefreshAdviceOption& other) const;

  private:
    uint16_t m_refreshIntervalUnits; //!< Refresh Interval, 4-second units
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_REFRESH_ADVICE_OPTION_H */
