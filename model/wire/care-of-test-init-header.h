// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_CARE_OF_TEST_INIT_HEADER_H
#define HMIPV6_CARE_OF_TEST_INIT_HEADER_H

#include "return-routability-header-base.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Care-of Test Init message (RFC 6275 6.1.4), MH Type 2.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |           Reserved            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Care-of Init Cookie                          +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility Options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Sent by the mobile node directly from its care-of address to start return
 * routability; the correspondent node answers with a Care-of Test. The Reserved field
 * is sent as 0 and ignored on receipt. Without options the header is 16 octets (Header
 * Len 1).
 */
class CareOfTestInitHeader : public hmipv6::TestInitHeaderBase
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

    /// A Care-of Test Init with an all-zero cookie and no options.
    CareOfTestInitHeader();

    /**
     * \return the Care-of Init Cookie
     */
    const MobilityCookie& GetCareOfInitCookie() const;

    /**
     * \param cookie the Care-of Init Cookie
     */
    void SetCareOfInitCookie(const MobilityCookie& cookie);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_CARE_OF_TEST_INIT_HEADER_H */
