// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_TEST_HEADER_H
#define HMIPV6_HOME_TEST_HEADER_H

#include "return-routability-header-base.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Home Test message (RFC 6275 6.1.5), MH Type 3.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |       Home Nonce Index        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Home Init Cookie                             +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Home Keygen Token                            +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * The correspondent node's answer to a Home Test Init, sent to the home address.
 * Without options the header is 24 octets (Header Len 2).
 */
class HomeTestHeader : public hmipv6::TestHeaderBase
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Get the most derived type ID.
     * \return the object TypeId
     */
    TypeId GetInstanceTypeId() const override;

    /// A Home Test with index 0, all-zero cookie and token, and no options.
    HomeTestHeader();

    /**
     * \return the Home Nonce Index
     */
    uint16_t GetHomeNonceIndex() const;

    /**
     * \param index the Home Nonce Index
     */
    void SetHomeNonceIndex(uint16_t index);

    /**
     * \return the Home Init Cookie (copied from the Home Test Init)
     */
    const MobilityCookie& GetHomeInitCookie() const;

    /**
     * \param cookie the Home Init Cookie (copied from the Home Test Init)
     */
    void SetHomeInitCookie(const MobilityCookie& cookie);

    /**
     * \return the Home Keygen Token
     */
    const MobilityCookie& GetHomeKeygenToken() const;

    /**
     * \param token the Home Keygen Token
     */
    void SetHomeKeygenToken(const MobilityCookie& token);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HOME_TEST_HEADER_H */
