// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ALTERNATE_COA_OPTION_H
#define HMIPV6_ALTERNATE_COA_OPTION_H

#include "wire-error.h"

#include "ns3/buffer.h"
#include "ns3/ipv6-address.h"

#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Alternate Care-of Address mobility option (RFC 6275 6.2.5).
 *
 * \verbatim
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |   Type = 3    |  Length = 16  |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                  Alternate Care-of Address (16 octets)        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Carried in a Binding Update when the care-of address to register is not the packet's
 * source address. A value class: MobilityOptions writes the type and length.
 */
class AlternateCoaOption
{
  public:
    static constexpr uint8_t TYPE = 3;         //!< option type
    static constexpr uint8_t LENGTH = 16;      //!< option length (data octets)
    static constexpr uint8_t ALIGN_FACTOR = 8; //!< alignment 8n+6
    static constexpr uint8_t ALIGN_OFFSET = 6; //!< alignment 8n+6

    /// The unspecified address (::).
    AlternateCoaOption();

    /**
     * \param careOfAddress the alternate care-of address
     */
    explicit AlternateCoaOption(Ipv6Address careOfAddress);

    /**
     * \return the alternate care-of address
     */
    Ipv6Address GetCareOfAddress() const;

    /**
     * \param careOfAddress the alternate care-of address
     */
    void SetCareOfAddress(Ipv6Address careOfAddress);

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
     * \brief Print "alternateCoa=<address>".
     * \param os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param other another option
     * \return whether both carry the same address
     */
    bool operator==(const AlternateCoaOption& other) const;

  private:
    Ipv6Address m_careOfAddress; //!< Alternate Care-of Address
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ALTERNATE_COA_OPTION_H */
