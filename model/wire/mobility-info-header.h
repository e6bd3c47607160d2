// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_INFO_HEADER_H
#define HMIPV6_MOBILITY_INFO_HEADER_H

#include "auth-sub-options.h"
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
 * With authentication the option carries, after the MS address, a timestamp and an
 * authentication sub-option (hmipv6::TimestampSubOption, hmipv6::AuthSubOption):
 * olen 56, Hdr Ext Len 7, a PadN of 4 octets at the end (64 octets).
 *
 * On receipt the option area is walked as RFC 8200 4.2 says: padding and unknown
 * options whose type starts with bits 00 are skipped, any other unknown option rejects
 * the header. Inside the option only those two sub-options are accepted.
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
    static constexpr uint8_t OPTION_LENGTH = 20;         //!< olen without sub-options
    static constexpr uint32_t SIZE = 24;                 //!< octets without sub-options

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
     * \brief Set the types of the authentication and timestamp sub-options, used to
     *        serialize and expected when deserializing.
     * \param auth the authentication sub-option type
     * \param timestamp the timestamp sub-option type
     */
    void SetSubOptionTypes(uint8_t auth, uint8_t timestamp);

    /**
     * \brief Whether the header carries the authentication sub-option.
     * \return true if it does
     */
    bool HasAuthentication() const;

    /**
     * \brief Get the authentication sub-option.
     * \return the SPI and authenticator (zero when absent)
     */
    const hmipv6::AuthSubOption& GetAuthentication() const;

    /**
     * \brief Carry the authentication sub-option.
     * \param auth the SPI and authenticator
     */
    void SetAuthentication(const hmipv6::AuthSubOption& auth);

    /**
     * \brief Where the authenticator starts in the serialized header: where Serialize
     *        writes it, or where the last successful Deserialize found it.
     * \return the offset from the start of the header (0 without the sub-option)
     */
    uint32_t GetAuthenticatorOffset() const;

    /**
     * \brief Whether the header carries the timestamp sub-option.
     * \return true if it does
     */
    bool HasTimestamp() const;

    /**
     * \brief Get the timestamp.
     * \return the timestamp, NTP format (0 when absent)
     */
    uint64_t GetTimestamp() const;

    /**
     * \brief Carry the timestamp sub-option.
     * \param timestamp NTP format
     */
    void SetTimestamp(uint64_t timestamp);

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
     * \return 24, plus the sub-options and padding (64 with both)
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
    uint8_t m_nextHeader;         //!< the Next Header field
    uint8_t m_optionType;         //!< the Mobility Information option type
    Ipv6Address m_msAddress;      //!< the Mobility Server address
    uint8_t m_prefixLength;       //!< the prefix length of the Mobility Network
    uint8_t m_authType;           //!< the authentication sub-option type
    uint8_t m_timestampType;      //!< the timestamp sub-option type
    bool m_hasAuth;               //!< whether the authentication sub-option is carried
    hmipv6::AuthSubOption m_auth; //!< the authentication sub-option
    uint32_t m_authOffset;        //!< where Deserialize found the authenticator, or 0
    bool m_hasTimestamp;          //!< whether the timestamp sub-option is carried
    uint64_t m_timestamp;         //!< the timestamp
    hmipv6::WireError m_error;    //!< why the last Deserialize failed
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_INFO_HEADER_H */
