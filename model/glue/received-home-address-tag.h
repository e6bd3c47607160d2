// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_RECEIVED_HOME_ADDRESS_TAG_H
#define HMIPV6_RECEIVED_HOME_ADDRESS_TAG_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/tag.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Home addresses that a received packet carried in its extension headers.
 *
 * ns-3's Ipv6L3Protocol::LocalDeliver hands the upper layer the IPv6 header as it was
 * received: it cannot apply RFC 6275's address substitutions. The receive path of this
 * module records them instead, as a packet tag on the packet that goes up:
 * - Hmipv6OptionHandler, for a Home Address option (RFC 6275 6.3), the home address:
 *   the packet's source for the upper layer (RFC 6275 9.3.1);
 * - Ipv6ExtensionType2Routing, for a type 2 routing header it processed (RFC 6275 6.4,
 *   Segments Left 1), the home address: the packet's final destination.
 *
 * MobilityL4Protocol uses them in the checksum's pseudo-header (RFC 6275 6.1.1, RFC 8200
 * 8.1); the mobility roles read them too. Nothing is swapped in the packet itself.
 */
class ReceivedHomeAddressTag : public Tag
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    ReceivedHomeAddressTag();

    /**
     * \brief Record the address of a Home Address option.
     * \param homeAddress the option's home address
     */
    void SetHomeAddressOption(Ipv6Address homeAddress);

    /**
     * \brief Whether a Home Address option was recorded.
     * \return true if SetHomeAddressOption was called
     */
    bool HasHomeAddressOption() const;

    /**
     * \brief Get the address of the Home Address option.
     * \return the recorded home address (:: if none)
     */
    Ipv6Address GetHomeAddressOption() const;

    /**
     * \brief Record the home address of a processed type 2 routing header.
     * \param homeAddress the routing header's home address
     */
    void SetRoutingHomeAddress(Ipv6Address homeAddress);

    /**
     * \brief Whether a processed type 2 routing header was recorded.
     * \return true if SetRoutingHomeAddress was called
     */
    bool HasRoutingHomeAddress() const;

    /**
     * \brief Get the home address of the processed type 2 routing header.
     * \return the recorded home address (:: if none)
     */
    Ipv6Address GetRoutingHomeAddress() const;

    /**
     * \brief The source an upper layer must see (RFC 6275 9.3.1).
     * \param header the IPv6 header as received
     * \return the Home Address option's address if recorded, else the header's source
     */
    Ipv6Address GetUpperLayerSource(const Ipv6Header& header) const;

    /**
     * \brief The destination an upper layer must see (RFC 8200 8.1: the final one).
     * \param header the IPv6 header as received
     * \return the type 2 routing header's home address if recorded, else the header's
     *         destination
     */
    Ipv6Address GetUpperLayerDestination(const Ipv6Header& header) const;

    uint32_t GetSerializedSize() const override;
    void Serialize(TagBuffer i) const override;
    void Deserialize(TagBuffer i) override;
    void Print(std::ostream& os) const override;

  private:
    bool m_hasOptionAddress;      //!< a Home Address option was seen
    Ipv6Address m_optionAddress;  //!< its home address
    bool m_hasRoutingAddress;     //!< a type 2 routing header was processed
    Ipv6Address m_routingAddress; //!< its home address
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_RECEIVED_HOME_ADDRESS_TAG_H */
