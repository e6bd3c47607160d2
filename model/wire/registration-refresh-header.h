// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_REFRESH_HEADER_H
#define HMIPV6_REGISTRATION_REFRESH_HEADER_H

#include "registration-header-base.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Registration Refresh (draft 4.2.2, 4.3.4): a mobile host periodically refreshes
 *        the lifetime of its binding with its Mobility Server.
 *
 * Same layout as the Registration Update (Figure 7) with another option type; a class
 * of its own rather than a subclass of RegistrationUpdateHeader, so that code telling
 * messages apart by class cannot take a refresh for an update. Has no sub-option: one
 * present rejects the message (WireError::UNKNOWN_SUB_OPTION).
 *
 * \note Deviations from the draft: those of RegistrationHeaderBase; the default option
 *       type is 0xBE (RFC 4727 experimental, top bits 10; its chg bit is set because
 *       RFC 4727 offers only two chg=0 values with top bits 10 or 11, taken by the
 *       Request and the Update). Nothing in the model rewrites the option en route
 *       (there is no AH), so the chg bit has no effect.
 */
class RegistrationRefreshHeader : public RegistrationHeaderBase
{
  public:
    static constexpr uint8_t DEFAULT_OPTION_TYPE = 0xBE; //!< RFC 4727 experimental

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Get the most derived TypeId.
     * \return the TypeId of this object
     */
    TypeId GetInstanceTypeId() const override;

    /**
     * \brief Constructor: option type DEFAULT_OPTION_TYPE.
     */
    RegistrationRefreshHeader();

  protected:
    // Inherited from RegistrationHeaderBase
    const char* GetMessageName() const override;
    uint8_t GetSubOptionType() const override;
    bool IsSubOptionMandatory() const override;
    const char* GetSubOptionName() const override;
};

} // namespace ns3

#endif /* HMIPV6_REGISTRATION_REFRESH_HEADER_H */
