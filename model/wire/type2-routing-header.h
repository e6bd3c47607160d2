// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_TYPE2_ROUTING_HEADER_H
#define HMIPV6_TYPE2_ROUTING_HEADER_H

#include "wire-error.h"

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-extension-header.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Type 2 Routing header (RFC 6275 6.4).
 *
 * Carries the mobile node's home address in packets a correspondent or home agent
 * sends to the care-of address: Next Header, Hdr Ext Len 2, Routing Type 2, Segments
 * Left 1, 4 reserved octets, the home address. ns-3 has only the type-0 routing
 * header; this one derives from the same base so that ns-3's routing demux can see it.
 */
class Type2RoutingHeader : public Ipv6ExtensionRoutingHeader
{
  public:
    static constexpr uint8_t ROUTING_TYPE = 2;      //!< Routing Type value
    static constexpr uint8_t HDR_EXT_LEN = 2;       //!< Hdr Ext Len value (24 octets)
    static constexpr uint32_t SERIALIZED_SIZE = 24; //!< size on the wire

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    Type2RoutingHeader();

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
     * \brief Parse the header.
     * \param start the first octet
     * \return 24, or 0 if truncated (TRUNCATED), Hdr Ext Len is not 2
     *         (BAD_FIXED_LENGTH), the routing type is not 2 (BAD_TYPE) or Segments Left
     *         is neither 0 nor 1 (BAD_VALUE, RFC 6275 6.4)
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

  private:
    Ipv6Address m_homeAddress; //!< the home address
    WireError m_error;         //!< outcome of the last Deserialize
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_TYPE2_ROUTING_HEADER_H */
