// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_MESSAGE_AUTH_OPTION_H
#define HMIPV6_MOBILITY_MESSAGE_AUTH_OPTION_H

#include "wire-error.h"

#include "ns3/buffer.h"

#include <array>
#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The Mobility Message Authentication option (RFC 4285 5.1), mobility option 9.
 *
 * \verbatim
   0 type (9)   1 length (21)   2 subtype   3-6 Mobility SPI   7-22 authenticator
   \endverbatim
 *
 * The option is the last of its message (RFC 4285 5.1). Its authenticator here is
 * First(128, HMAC-SHA-256(key, source | destination | Mobility Header)), over the whole
 * Mobility Header with the checksum and the authenticator read as zero (the
 * hmipv6::KeyChain construction); RFC 4285's Mobility Data is care-of address | home
 * address | MH Data with HMAC-SHA1-96 by default, and leaves the algorithm to the
 * security association. Placed at 8n+1, so that the SPI is 4-aligned and, with 16 octets
 * of authenticator, the option ends the Mobility Header without trailing padding.
 *
 * Subtype 1 (MN-HA) authenticates Binding Updates and Acknowledgements between a host
 * and its home agent; the module uses the same subtype between a host and its Mobility
 * Server, which is the host's home agent for its GCoA (draft 4.3.5).
 */
class MobilityMessageAuthOption
{
  public:
    static constexpr uint8_t TYPE = 9;                               //!< option type (RFC 4285 9)
    static constexpr uint8_t SUBTYPE_MN_HA = 1;                      //!< MN-HA (RFC 4285 5.1)
    static constexpr uint8_t AUTHENTICATOR_LENGTH = 16;              //!< octets
    static constexpr uint8_t LENGTH = 5 + AUTHENTICATOR_LENGTH;      //!< option length
    static constexpr uint8_t ALIGN_FACTOR = 8;                       //!< alignment 8n+1
    static constexpr uint8_t ALIGN_OFFSET = 1;                       //!< alignment 8n+1
    using Authenticator = std::array<uint8_t, AUTHENTICATOR_LENGTH>; //!< the MAC

    /**
     * \brief Constructor: subtype MN-HA, SPI 0, authenticator zero.
     */
    MobilityMessageAuthOption();

    /**
     * \brief Constructor.
     * \param subtype the subtype
     * \param spi the Mobility SPI
     * \param authenticator the authenticator
     */
    MobilityMessageAuthOption(uint8_t subtype, uint32_t spi, const Authenticator& authenticator);

    /**
     * \return the subtype
     */
    uint8_t GetSubtype() const;
    /**
     * \return the Mobility SPI
     */
    uint32_t GetSpi() const;
    /**
     * \return the authenticator
     */
    const Authenticator& GetAuthenticator() const;
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
     * \brief Print as field=value pairs.
     * \param os the stream
     */
    void Print(std::ostream& os) const;

  private:
    uint8_t m_subtype;             //!< the subtype
    uint32_t m_spi;                //!< the Mobility SPI
    Authenticator m_authenticator; //!< the authenticator
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_MESSAGE_AUTH_OPTION_H */
