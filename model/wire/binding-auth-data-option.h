// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_AUTH_DATA_OPTION_H
#define HMIPV6_BINDING_AUTH_DATA_OPTION_H

#include "wire-error.h"

#include "ns3/buffer.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Authorization Data mobility option (RFC 6275 6.2.7).
 *
 * \verbatim
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |   Type = 5    | Option Length |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                         Authenticator                         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * The option must be the last mobility option, hence its implicit 8n+2 alignment. The
 * authenticator of RFC 6275 5.2.6 is the first 96 bits of an HMAC-SHA1 (12 octets, the
 * default here); other lengths from 1 to 255 octets are accepted so that other
 * authorization methods fit. A value class: MobilityOptions writes the type and length.
 */
class BindingAuthDataOption
{
  public:
    static constexpr uint8_t TYPE = 5;                          //!< option type
    static constexpr uint8_t RFC6275_AUTHENTICATOR_LENGTH = 12; //!< 96 bits (RFC 6275 5.2.6)
    static constexpr uint8_t ALIGN_FACTOR = 8;                  //!< alignment 8n+2
    static constexpr uint8_t ALIGN_OFFSET = 2;                  //!< alignment 8n+2

    /// An all-zero authenticator of RFC6275_AUTHENTICATOR_LENGTH octets.
    BindingAuthDataOption();

    /**
     * \param authenticator the authenticator, 1 to 255 octets
     */
    explicit BindingAuthDataOption(const std::vector<uint8_t>& authenticator);

    /**
     * \return the authenticator octets
     */
    const std::vector<uint8_t>& GetAuthenticator() const;

    /**
     * \param authenticator the authenticator, 1 to 255 octets
     */
    void SetAuthenticator(const std::vector<uint8_t>& authenticator);

    /**
     * \return the option length field (the authenticator's size)
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
     * \return NONE, BAD_FIXED_LENGTH if length is 0 (no authenticator), TRUNCATED if
     *         `i` is short
     */
    WireError DeserializeData(Buffer::Iterator i, uint8_t length);

    /**
     * \brief Print "authenticator=<lowercase hex>".
     * \param os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param other another option
     * \return whether both carry the same authenticator
     */
    bool operator==(const BindingAuthDataOption& other) const;

  private:
    std::vector<uint8_t> m_authenticator; //!< Authenticator
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_AUTH_DATA_OPTION_H */
