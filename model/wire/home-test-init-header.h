// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_TEST_INIT_HEADER_H
#define HMIPV6_HOME_TEST_INIT_HEADER_H

#include "return-routability-header-base.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Home Test Init message (RFC 6275 6.1.3), MH Type 1.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |           Reserved            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Home Init Cookie                             +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility Options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Sent by the mobile node through its home agent to start return routability; the
 * correspondent node answers with a Home Test. The Reserved field is sent as 0 and
 * ignored on receipt. Without options the header is 16 octets (Header Len 1).
 */
class HomeTestInitHeader : public hmipv6::TestInitHeaderBase
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

    /// A Home Test Init with an all-zero cookie and no options.
    HomeTestInitHeader();

    /**
     * \return the Home Init Cookie
     */
    const MobilityCookie& GetHomeInitCookie() const;

    /**
     * \param cookie the Home Init Cookie
     */
    void SetHomeInitCookie(const MobilityCookie& cookie);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HOME_TEST_INIT_HEADER_H */
