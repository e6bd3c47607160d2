// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_ADDRESS_OPTION_H
#define HMIPV6_HOME_ADDRESS_OPTION_H

#include "wire-error.h"

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-option-header.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Home Address destination option (RFC 6275 6.3).
 *
 * Type 201, length 16, the mobile node's home address; alignment 8n+6 so that the
 * address itself is 8-octet aligned. It derives from ns-3's Ipv6OptionHeader, so it can
 * be added to an Ipv6ExtensionDestinationHeader, which inserts the padding its
 * alignment needs.
 */
class HomeAddressOption : public Ipv6OptionHeader
{
  public:
    static constexpr uint8_t TYPE = 201;  //!< option type (RFC 6275 6.3)
    static constexpr uint8_t LENGTH = 16; //!< option data length

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    HomeAddressOption();

    /**
     * \brief Construct with a home address.
     * \param homeAddress the mobile node's home address
     */
    explicit HomeAddressOption(Ipv6Address homeAddress);

    /**
     * \brief Set the home address.
     * \param homeAddress the mobile node's home address
     */
    void SetHomeAddress(Ipv6Address homeAddress);

    /**
     * \brief Get the home address.
     * \return the home address
     */
    Ipv6Address GetHomeAddress() const;

    /**
     * \brief Why the last Deserialize failed.
     * \return NONE after a successful parse
     */
    WireError GetError() const;

    void Print(std::ostream& os) const override;
    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;

    /**
     * \brief Parse the option (type, length, address).
     * \param start the first octet of the option
     * \return 18, or 0 if the input is truncated, has another type (BAD_TYPE) or another
     *         length (BAD_FIXED_LENGTH)
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

    /**
     * \brief The alignment requirement, 8n+6 (RFC 6275 6.3).
     * \return {8, 6}
     */
    Alignment GetAlignment() const override;

  private:
    Ipv6Address m_homeAddress; //!< the home address
    WireError m_error;         //!< outcome of the last Deserialize
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HOME_ADDRESS_OPTION_H */
