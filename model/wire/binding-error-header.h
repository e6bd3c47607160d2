// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_ERROR_HEADER_H
#define HMIPV6_BINDING_ERROR_HEADER_H

#include "mobility-header.h"

#include "ns3/ipv6-address.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Error message (RFC 6275 6.1.9), MH Type 7.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |     Status    |   Reserved    |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                                                               +
   |                                                               |
   +                          Home Address                         +
   |                                                               |
   +                                                               +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility Options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Without options the header is 24 octets (Header Len 2). The Reserved field is sent as
 * 0 and ignored on receipt.
 */
class BindingErrorHeader : public MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 18; //!< status, reserved, home address

    /// Status values (RFC 6275 6.1.9).
    enum Status : uint8_t
    {
        UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION = 1, //!< no binding for a Home Address option
        UNRECOGNIZED_MH_TYPE = 2,                    //!< unrecognized MH Type value
    };

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

    /// Status UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION, home address ::, no options.
    BindingErrorHeader();

    /**
     * \return the Status field
     */
    uint8_t GetStatus() const;

    /**
     * \param status the Status field (a Status value or another code)
     */
    void SetStatus(uint8_t status);

    /**
     * \return the Home Address field: the home address of the Home Address option that
     *         caused the error, or :: when there was none
     */
    Ipv6Address GetHomeAddress() const;

    /**
     * \param homeAddress the Home Address field
     */
    void SetHomeAddress(Ipv6Address homeAddress);

  protected:
    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint8_t m_status;          //!< Status
    Ipv6Address m_homeAddress; //!< Home Address
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_ERROR_HEADER_H */
