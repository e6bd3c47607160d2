// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_REQUEST_HEADER_H
#define HMIPV6_REGISTRATION_REQUEST_HEADER_H

#include "registration-header-base.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Registration Request (draft 4.2.1, Figure 6): a mobile host entering a domain
 *        registers its (GCoA, LCoA) binding with the Mobility Server.
 *
 * Carries the address of the previous Mobility Server in sub-option 102 when the host
 * comes from another domain; a first registration has none, and then uses the layout
 * of Figure 7 (see RegistrationHeaderBase).
 *
 * \note Deviations from the draft: those of RegistrationHeaderBase; the default option
 *       type is 0x9E (RFC 4727 experimental, top bits 10, chg bit 0).
 */
class RegistrationRequestHeader : public RegistrationHeaderBase
{
  public:
    static constexpr uint8_t DEFAULT_OPTION_TYPE = 0x9E;   //!< RFC 4727 experimental
    static constexpr uint8_t PREVIOUS_MS_SUB_OPTION = 102; //!< the draft's ptype

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
     * \brief Constructor: option type DEFAULT_OPTION_TYPE, no previous MS.
     */
    RegistrationRequestHeader();

    /**
     * \brief Whether the previous Mobility Server sub-option is carried.
     * \return true if it is
     */
    bool HasPreviousMs() const;

    /**
     * \brief Get the address of the previous Mobility Server.
     * \return the address, "::" if none is carried
     */
    Ipv6Address GetPreviousMs() const;

    /**
     * \brief Carry the previous Mobility Server sub-option.
     * \param address the address of the previous Mobility Server
     */
    void SetPreviousMs(Ipv6Address address);

    /**
     * \brief Remove the previous Mobility Server sub-option.
     */
    void ClearPreviousMs();

  protected:
    // Inherited from RegistrationHeaderBase
    const char* GetMessageName() const override;
    uint8_t GetSubOptionType() const override;
    bool IsSubOptionMandatory() const override;
    const char* GetSubOptionName() const override;
};

} // namespace ns3

#endif /* HMIPV6_REGISTRATION_REQUEST_HEADER_H */
