// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_UPDATE_HEADER_H
#define HMIPV6_REGISTRATION_UPDATE_HEADER_H

#include "registration-header-base.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Registration Update (draft 4.2.1, Figure 7): a mobile host moving inside its
 *        domain registers its new LCoA with its Mobility Server.
 *
 * Has no sub-option: one present rejects the message (WireError::UNKNOWN_SUB_OPTION).
 *
 * \note Deviations from the draft: those of RegistrationHeaderBase; the default option
 *       type is 0xDE (RFC 4727 experimental, top bits 11, chg bit 0).
 */
class RegistrationUpdateHeader : public RegistrationHeaderBase
{
  public:
    static constexpr uint8_t DEFAULT_OPTION_TYPE = 0xDE; //!< RFC 4727 experimental

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
    RegistrationUpdateHeader();

  protected:
    // Inherited from RegistrationHeaderBase
    const char* GetMessageName() const override;
    uint8_t GetSubOptionType() const override;
    bool IsSubOptionMandatory() const override;
    const char* GetSubOptionName() const override;
};

} // namespace ns3

#endif /* HMIPV6_REGISTRATION_UPDATE_HEADER_H */
