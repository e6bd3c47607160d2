// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_INFO_RA_OPTION_H
#define HMIPV6_MOBILITY_INFO_RA_OPTION_H

#include "wire-error.h"

#include "ns3/icmpv6-header.h"
#include "ns3/ipv6-address.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief The Mobility Information option of Router Advertisements (draft Figure 4).
 *
 * Tells the mobile hosts of a link which Mobility Server (MS) serves it and the prefix
 * length of the Mobility Network, from which they build their GCoA (draft 4.1).
 *
 * \verbatim
   0 type (253)   1 length (3)    2 na (0)        3 plen
   4-19 MS address
   20-23 reserved (0)
   \endverbatim
 *
 * \note Deviations from the draft:
 *  - the type is TBD in the draft; the default is 253, an experimental ND option type
 *    (RFC 4727), settable with SetType(); Deserialize expects the configured type;
 *  - the draft's length "20 bytes" cannot be expressed in ND's 8-octet units
 *    (RFC 4861 4.6), so the option is 24 octets (length 3) and ends with 4 reserved
 *    octets, sent as zero and ignored on receipt (as is "na").
 */
class MobilityInfoRaOption : public Icmpv6OptionHeader
{
  public:
    static constexpr uint8_t DEFAULT_TYPE = 253; //!< RFC 4727 experimental ND option type
    static constexpr uint8_t LENGTH = 3;         //!< the length field, in 8-octet units
    static constexpr uint32_t SIZE = 24;         //!< octets on the wire

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
     * \brief Constructor: type DEFAULT_TYPE, length 3, MS address "::", prefix length 0.
     */
    MobilityInfoRaOption();

    /**
     * \brief Get the Mobility Server address.
     * \return the MS address
     */
    Ipv6Address GetMsAddress() const;

    /**
     * \brief Set the Mobility Server address.
     * \param address the MS address
     */
    void SetMsAddress(Ipv6Address address);

    /**
     * \brief Get the prefix length of the Mobility Network ("plen").
     * \return the prefix length (0 to 128)
     */
    uint8_t GetPrefixLength() const;

    /**
     * \brief Set the prefix length of the Mobility Network ("plen").
     * \param prefixLength the prefix length (0 to 128)
     */
    void SetPrefixLength(uint8_t prefixLength);

    /**
     * \brief Whether the option withdraws the MS (draft 4.1: MS address unspecified or
     *        prefix length 0).
     * \return true if a router must stop advertising the MS
     */
    bool IsWithdrawal() const;

    /**
     * \brief Why the last Deserialize failed.
     * \return WireError::NONE if it succeeded (or none was called)
     */
    hmipv6::WireError GetError() const;

    /**
     * \brief Print the option on one line.
     * \param os the stream
     */
    void Print(std::ostream& os) const override;

    /**
     * \brief Get the serialized size.
     * \return 24
     */
    uint32_t GetSerializedSize() const override;

    /**
     * \brief Serialize the option.
     * \param start where to write
     */
    void Serialize(Buffer::Iterator start) const override;

    /**
     * \brief Deserialize the option; on failure the fields are left unchanged.
     * \param start the first octet of the option
     * \return 24, or 0 if the input is malformed (see GetError())
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

  private:
    Ipv6Address m_msAddress;   //!< the Mobility Server address
    uint8_t m_prefixLength;    //!< the prefix length of the Mobility Network
    hmipv6::WireError m_error; //!< why the last Deserialize failed
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_INFO_RA_OPTION_H */
