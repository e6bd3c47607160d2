// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_HEADER_BASE_H
#define HMIPV6_REGISTRATION_HEADER_BASE_H

#include "auth-sub-options.h"
#include "wire-error.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Common code of the draft's registration messages (Figures 6 to 8): a whole
 *        Destination Options header holding the registration option and a Home Address
 *        option.
 *
 * Layout with an address sub-option (Figures 6 and 8), 56 octets:
 * \verbatim
   0 Next Header   1 Hdr Ext Len (6)   2 otype          3 olen (28)
   4 flags         5 malen             6-7 sequence
   8-11 lifetime
   12 subtype      13 sublen (18)      14-15 reserved (0)
   16-31 address (previous MS or GCoA)
   32 PadN         33 4                34-37 0
   38 atype (201)  39 alen (16)
   40-55 home address
   \endverbatim
 *
 * Layout without a sub-option (Figure 7), 32 octets:
 * \verbatim
   0 Next Header   1 Hdr Ext Len (3)   2 otype          3 olen (8)
   4 flags         5 malen             6-7 sequence
   8-11 lifetime
   12 PadN         13 0                14 atype (201)   15 alen (16)
   16-31 home address
   \endverbatim
 *
 * On receipt the option area is walked as RFC 8200 4.2 says: padding and unknown
 * options whose type starts with bits 00 are skipped, any other unknown option rejects
 * the header. The sub-options after the 8 fixed octets of the registration option are
 * walked the same way, but only the sub-option of the message is accepted.
 *
 * \note Deviations from the draft:
 *  - the option types are TBD in the draft; each message has an RFC 4727 experimental
 *    default whose top bits (10 or 11) make a node that does not know it discard the
 *    packet and answer ICMP Parameter Problem, so that the sender learns that the peer
 *    is no Mobility Server. The type is settable (SetOptionType()) and is the one
 *    Deserialize looks for; an option of any other type is "another option";
 *  - the Home Address option (type 201 of RFC 6275 by default, settable) is placed at
 *    8n+6 as RFC 6275 6.3 requires. That is exactly Figure 7's position; in Figures 6
 *    and 8 it takes 6 padding octets instead of the figure's 2, so that the header is a
 *    multiple of 8 octets (the figures' 52 octets are not);
 *  - olen is 28 with a sub-option (the draft's "32" does not match its own figure) and
 *    8 without one;
 *  - the two "pad" octets of the figures inside the sub-option are counted in its
 *    length 18: they are reserved octets, sent as zero and ignored on receipt.
 */
class RegistrationHeaderBase : public Header
{
  public:
    static constexpr uint8_t DEFAULT_NEXT_HEADER = 59;               //!< No Next Header
    static constexpr uint8_t DEFAULT_HOME_ADDRESS_OPTION_TYPE = 201; //!< RFC 6275 6.3
    static constexpr uint8_t NO_SUB_OPTION = 0;        //!< GetSubOptionType() of no sub-option
    static constexpr uint8_t FLAG_ACKNOWLEDGE = 0x80;  //!< the A flag, as in Mobile IPv6
    static constexpr uint8_t FIXED_OPTION_LENGTH = 8;  //!< olen without sub-options
    static constexpr uint8_t SUB_OPTION_LENGTH = 18;   //!< sublen of an address sub-option
    static constexpr uint8_t HOME_ADDRESS_LENGTH = 16; //!< alen

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Destructor.
     */
    ~RegistrationHeaderBase() override;

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
     * \brief Get the registration option type, used to serialize and expected when
     *        deserializing.
     * \return the option type
     */
    uint8_t GetOptionType() const;

    /**
     * \brief Set the registration option type, used to serialize and expected when
     *        deserializing.
     * \param optionType the option type (not 0 or 1, the padding options)
     */
    void SetOptionType(uint8_t optionType);

    /**
     * \brief Get the Home Address option type, used to serialize and expected when
     *        deserializing.
     * \return the Home Address option type
     */
    uint8_t GetHomeAddressOptionType() const;

    /**
     * \brief Set the Home Address option type, used to serialize and expected when
     *        deserializing.
     * \param optionType the Home Address option type (not 0 or 1, the padding options)
     */
    void SetHomeAddressOptionType(uint8_t optionType);

    /**
     * \brief Get the raw flags octet.
     * \return the flags
     */
    uint8_t GetFlags() const;

    /**
     * \brief Set the raw flags octet.
     * \param flags the flags
     */
    void SetFlags(uint8_t flags);

    /**
     * \brief Whether the A flag is set (the draft requires it on registrations, 4.2.1).
     * \return true if the sender asks for an acknowledgment
     */
    bool IsAcknowledgeRequested() const;

    /**
     * \brief Set or clear the A flag, leaving the other flags alone.
     * \param acknowledge true to ask for an acknowledgment
     */
    void SetAcknowledgeRequested(bool acknowledge);

    /**
     * \brief Get the prefix length of the Mobility Network ("malen").
     * \return the prefix length (0 to 128)
     */
    uint8_t GetPrefixLength() const;

    /**
     * \brief Set the prefix length of the Mobility Network ("malen").
     * \param prefixLength the prefix length (0 to 128)
     */
    void SetPrefixLength(uint8_t prefixLength);

    /**
     * \brief Get the sequence number.
     * \return the sequence number
     */
    uint16_t GetSequence() const;

    /**
     * \brief Set the sequence number.
     * \param sequence the sequence number
     */
    void SetSequence(uint16_t sequence);

    /**
     * \brief Get the requested lifetime of the binding.
     * \return the lifetime in seconds
     */
    uint32_t GetLifetime() const;

    /**
     * \brief Set the requested lifetime of the binding.
     * \param lifetime the lifetime in seconds
     */
    void SetLifetime(uint32_t lifetime);

    /**
     * \brief Get the home address of the mobile host (Home Address option).
     * \return the home address
     */
    Ipv6Address GetHomeAddress() const;

    /**
     * \brief Set the home address of the mobile host (Home Address option).
     * \param address the home address
     */
    void SetHomeAddress(Ipv6Address address);

    /**
     * \brief Get the authentication sub-option type, used to serialize and expected when
     *        deserializing.
     * \return the sub-option type
     */
    uint8_t GetAuthSubOptionType() const;

    /**
     * \brief Set the authentication sub-option type.
     * \param type the sub-option type (not 0 or 1, nor the message's address sub-option)
     */
    void SetAuthSubOptionType(uint8_t type);

    /**
     * \brief Whether the message carries the authentication sub-option.
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
     * \brief Carry no authentication sub-option.
     */
    void ClearAuthentication();

    /**
     * \brief Where the authenticator starts in the serialized header: where Serialize
     *        writes it, or where the last successful Deserialize found it.
     * \return the offset from the start of the header (0 without the sub-option)
     */
    uint32_t GetAuthenticatorOffset() const;

    /**
     * \brief Why the last Deserialize failed.
     * \return WireError::NONE if it succeeded (or none was called)
     */
    hmipv6::WireError GetError() const;

    /**
     * \brief Print the message on one line: its name, then field=value pairs.
     * \param os the stream
     */
    void Print(std::ostream& os) const override;

    /**
     * \brief Get the serialized size.
     * \return 56 with an address sub-option, 32 without; 80 and 56 with the
     *         authentication sub-option
     */
    uint32_t GetSerializedSize() const override;

    /**
     * \brief Serialize the message.
     * \param start where to write
     */
    void Serialize(Buffer::Iterator start) const override;

    /**
     * \brief Deserialize the message; on failure the fields are left unchanged.
     * \param start the first octet of the Destination Options header
     * \return the size of the header given by its Hdr Ext Len, or 0 if the input is
     *         malformed (see GetError())
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

  protected:
    /**
     * \brief Constructor, for the subclasses.
     * \param optionType the default registration option type of the message
     */
    explicit RegistrationHeaderBase(uint8_t optionType);

    /**
     * \brief The message name that Print writes first.
     * \return e.g. "RegistrationRequest"
     */
    virtual const char* GetMessageName() const = 0;

    /**
     * \brief The type of the address sub-option the message may carry.
     * \return the sub-option type, or NO_SUB_OPTION
     */
    virtual uint8_t GetSubOptionType() const = 0;

    /**
     * \brief Whether the message must carry its sub-option.
     * \return true if Deserialize rejects a message without it (and Serialize always
     *         writes it)
     */
    virtual bool IsSubOptionMandatory() const = 0;

    /**
     * \brief The name Print gives the sub-option address.
     * \return e.g. "previousMs"
     */
    virtual const char* GetSubOptionName() const = 0;

    /**
     * \brief Whether the sub-option is carried.
     * \return true if the sub-option address is set (always, for a mandatory one)
     */
    bool HasSubOptionAddress() const;

    /**
     * \brief Get the sub-option address.
     * \return the address ("::" when absent)
     */
    Ipv6Address GetSubOptionAddress() const;

    /**
     * \brief Set the sub-option address, so that the sub-option is carried.
     * \param address the address
     */
    void SetSubOptionAddress(Ipv6Address address);

    /**
     * \brief Remove the sub-option (ignored for a mandatory one, which is then "::").
     */
    void ClearSubOptionAddress();

  private:
    /**
     * \brief Whether Serialize writes the sub-option.
     * \return true if the message has a sub-option type and it is set or mandatory
     */
    bool WritesSubOption() const;

    uint8_t m_nextHeader;            //!< the Next Header field
    uint8_t m_optionType;            //!< the registration option type
    uint8_t m_homeAddressOptionType; //!< the Home Address option type
    uint8_t m_flags;                 //!< the flags octet
    uint8_t m_prefixLength;          //!< malen
    uint16_t m_sequence;             //!< the sequence number
    uint32_t m_lifetime;             //!< the lifetime in seconds
    Ipv6Address m_homeAddress;       //!< the home address
    bool m_hasSubOption;             //!< whether the sub-option address is set
    Ipv6Address m_subOptionAddress;  //!< the sub-option address
    uint8_t m_authType;              //!< the authentication sub-option type
    bool m_hasAuth;                  //!< whether the authentication sub-option is carried
    hmipv6::AuthSubOption m_auth;    //!< the authentication sub-option
    uint32_t m_authOffset;           //!< where the authenticator is, 0 if not carried
    hmipv6::WireError m_error;       //!< why the last Deserialize failed
};

} // namespace ns3

#endif /* HMIPV6_REGISTRATION_HEADER_BASE_H */
