// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_REFRESH_REQUEST_HEADER_H
#define HMIPV6_BINDING_REFRESH_REQUEST_HEADER_H

#include "mobility-header.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Refresh Request message (RFC 6275 6.1.2), MH Type 0.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |          Reserved             |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Asks a mobile node to update its binding. The Reserved field is sent as 0 and
 * ignored on receipt. Without options the header is 8 octets (Header Len 0).
 */
class BindingRefreshRequestHeader : public MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 2; //!< the Reserved field

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

    /// A Binding Refresh Request without options.
    BindingRefreshRequestHeader();

  protected:
    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_REFRESH_REQUEST_HEADER_H */
