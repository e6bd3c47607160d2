// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_CARE_OF_TEST_HEADER_H
#define HMIPV6_CARE_OF_TEST_HEADER_H

#include "return-routability-header-base.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Care-of Test message (RFC 6275 6.1.6), MH Type 4.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |      Care-of Nonce Index      |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Care-of Init Cookie                          +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Care-of Keygen Token                         +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * The correspondent node's answer to a Care-of Test Init, sent to the care-of
 * address. Without options the header is 24 octets (Header Len 2).
 */
class CareOfTestHeader : public hmipv6::TestHeaderBase
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

    /// A Care-of Test with index 0, all-zero cookie and token, and no options.
    CareOfTestHeader();

    /**
     * \return the Care-of Nonce Index
     */
    uint16_t GetCareOfNonceIndex() const;

    /**
     * \param index the Care-of Nonce Index
     */
    void SetCareOfNonceIndex(uint16_t index);

    /**
     * \return the Care-of Init Cookie (copied from the Care-of Test Init)
     */
    const MobilityCookie& GetCareOfInitCookie() const;

    /**
     * \param cookie the Care-of Init Cookie (copied from the Care-of Test Init)
     */
    void SetCareOfInitCookie(const MobilityCookie& cookie);

    /**
     * \return the Care-of Keygen Token
     */
    const MobilityCookie& GetCareOfKeygenToken() const;

    /**
     * \param token the Care-of Keygen Token
     */
    void SetCareOfKeygenToken(const MobilityCookie& token);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_CARE_OF_TEST_HEADER_H */
