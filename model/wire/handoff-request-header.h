// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HANDOFF_REQUEST_HEADER_H
#define HMIPV6_HANDOFF_REQUEST_HEADER_H

#include "registration-header-base.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Handoff Request (draft 4.3.6, Figure 8): the new Mobility Server of a mobile host
 *        asks the previous one to forward the host's packets to the host's new GCoA.
 *
 * Carries the new GCoA in sub-option 103, which is mandatory: Serialize always writes it
 * ("::" if never set) and Deserialize rejects a message without it
 * (WireError::MISSING_OPTION).
 *
 * \note Deviations from the draft: those of RegistrationHeaderBase; the default option
 *       type is 0xFE (RFC 4727 experimental, top bits 11; its chg bit is set because
 *       RFC 4727 offers only two chg=0 values with top bits 10 or 11, taken by the
 *       Registration Request and Update). Nothing in the model rewrites the option en
 *       route (there is no AH), so the chg bit has no effect.
 */
class HandoffRequestHeader : public RegistrationHeaderBase
{
  public:
    static constexpr uint8_t DEFAULT_OPTION_TYPE = 0xFE;  //!< RFC 4727 experimental
    static constexpr uint8_t GLOBAL_COA_SUB_OPTION = 103; //!< the draft's ptype

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
     * \brief Constructor: option type DEFAULT_OPTION_TYPE, GCoA "::".
     */
    HandoffRequestHeader();

    /**
     * \brief Get the new GCoA of the mobile host.
     * \return the GCoA
     */
    Ipv6Address GetGlobalCoa() const;

    /**
     * \brief Set the new GCoA of the mobile host.
     * \param address the GCoA
     */
    void SetGlobalCoa(Ipv6Address address);

  protected:
    // Inherited from RegistrationHeaderBase
    const char* GetMessageName() const override;
    uint8_t GetSubOptionType() const override;
    bool IsSubOptionMandatory() const override;
    const char* GetSubOptionName() const override;
};

} // namespace ns3

#endif /* HMIPV6_HANDOFF_REQUEST_HEADER_H */
