// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_INFO_HEADER_H
#define HMIPV6_MOBILITY_INFO_HEADER_H

#include "wire-error.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief A Destination Options header carrying the Mobility Information option (draft
 *        Figure 5), sent by a Mobility Server to the routers of its domain (draft 4.1,
 *        4.3.1).
 *
 * \verbatim
   0 Next Header (59)   1 Hdr Ext Len (2)   2 otype (0x1E)   3 olen (20)
   4-6 na (0)                               7 plen
   8-23 MS address
   \endverbatim
 *
 * On receipt the option area is walked as RFC 8200 4.2 says: padding and unknown
 * options whose type starts with bits 00 are skipped, any other unknown option rejects
 * the header.
 *
 * \note Deviations from the draft:
 *  - the option type is TBD in the draft; the default is 0x1E, an RFC 4727 experimental
 *    value whose top bits 00 make a node that does not know it skip it; settable with
 *    SetOptionType(), and Deserialize looks for the configured type;
 *  - Hdr Ext Len is 2 (RFC 8200 units of 8 octets, not counting the first 8); the
 *    draft's "hlength 5" counts 4-octet words.
 */
class MobilityInfoHeader : public Header
{
  public:
    static constexpr uint8_t DEFAULT_OPTION_TYPE = 0x1E; //!< RFC 4727 experimental, act 00
    static constexpr uint8_t DEFAULT_NEXT_HEADER = 59;   //!< No Next Header
    static constexpr uint8_t OPTION_LENGTH = 20;         //!< olen
    static constexpr uint32_t SIZE = 24;                 //!< octets on the wire

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
     * \brief Constructor: Next Header 59, option type DEFAULT_OPTION_TYPE, MS "::",
     *        prefix length 0.
     */
    MobilityInfoHeader();

    /**
     * \brief Get the Next Header field.
     * \return the protocol number of the header that follows
     */
    uint8_t GetNextHeader() const;

    /**
     * \brief Set the Next Header field.
     * \param nextHeader the protocol number of the header that follows
     */
    void SetNextHeader(uint8_t nextHeader);

    /**
     * \brief Get the option type, used to serialize and expected when deserializing.
     * \return the option type
     */
    uint8_t GetOptionType() const;

    /**
     * \brief Set the option type, used to serialize and expected when deserializing.
     * \param optionType the option type
     */
    void SetOptionType(uint8_t optionType);

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
     * \brief Whether the header withdraws the MS (draft 4.1: MS address unspecified or
     *        prefix length 0).
     * \return true if the router must stop advertising the MS
     */
    bool IsWithdrawal() const;

    /**
     * \brief Why the last Deserialize failed.
     * \return WireError::NONE if it succeeded (or none was called)
     */
    hmipv6::WireError GetError() const;

    /**
     * \brief Print the header on one line.
     * \param os the stream
     */
    void Print(std::ostream& os) const override;

    /**
     * \brief Get the serialized size.
     * \return 24
     */
    uint32_t GetSerializedSize() const override;

    /**
     * \brief Serialize the header.
     * \param start where to write
     */
    void Serialize(Buffer::Iterator start) const override;

    /**
     * \brief Deserialize the header; on failure the fields are left unchanged.
     * \param start the first octet of the Destination Options header
     * \return the size of the header given by its Hdr Ext Len, or 0 if the input is
     *         malformed (see GetError())
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

  private:
    uint8_t m_nextHeader;      //!< the Next Header field
    uint8_t m_optionType;      //!< the Mobility Information option type
    Ipv6Address m_msAddress;   //!< the Mobility Server address
    uint8_t m_prefixLength;    //!< the prefix length of the Mobility Network
    hmipv6::WireError m_error; //!< why the last Deserialize failed
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_INFO_HEADER_H */
