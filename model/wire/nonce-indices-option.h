// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_NONCE_INDICES_OPTION_H
#define HMIPV6_NONCE_INDICES_OPTION_H

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
 * \brief Nonce Indices mobility option (RFC 6275 6.2.6).
 *
 * \verbatim
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |   Type = 4    |   Length = 4  |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |         Home Nonce Index      |     Care-of Nonce Index       |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Tells a correspondent node which nonces the Binding Authorization Data was made
 * from. A value class: MobilityOptions writes the type and length.
 */
class NonceIndicesOption
{
  public:
    static constexpr uint8_t TYPE = 4;         //!< option type
    static constexpr uint8_t LENGTH = 4;       //!< option length (data octets)
    static constexpr uint8_t ALIGN_FACTOR = 2; //!< alignment 2n
    static constexpr uint8_t ALIGN_OFFSET = 0; //!< alignment 2n

    /// Both indices 0.
    NonceIndicesOption();

    /**
     * \param homeNonceIndex the Home Nonce Index
     * \param careOfNonceIndex the Care-of Nonce Index
     */
    NonceIndicesOption(uint16_t homeNonceIndex, uint16_t careOfNonceIndex);

    /**
     * \return the Home Nonce Index
     */
    uint16_t GetHomeNonceIndex() const;

    /**
     * \param index the Home Nonce Index
     */
    void SetHomeNonceIndex(uint16_t index);

    /**
     * \return the Care-of Nonce Index
     */
    uint16_t GetCareOfNonceIndex() const;

    /**
     * \param index the Care-of Nonce Index
     */
    void SetCareOfNonceIndex(uint16_t index);

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
     * \brief Print "homeNonceIndex=<n> careOfNonceIndex=<n>".
     * \param os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param other another option
     * \return whether both carry the same indices
     */
    bool operator==(const NonceIndicesOption& other) const;

  private:
    uint16_t m_homeNonceIndex;   //!< Home Nonce Index
    uint16_t m_careOfNonceIndex; //!< Care-of Nonce Index
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_NONCE_INDICES_OPTION_H */
