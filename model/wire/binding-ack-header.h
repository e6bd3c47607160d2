// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_ACK_HEADER_H
#define HMIPV6_BINDING_ACK_HEADER_H

#include "mobility-header.h"

#include "ns3/nstime.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Acknowledgement message (RFC 6275 6.1.8), MH Type 6.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |    Status     |K|  Reserved   |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |           Sequence #          |           Lifetime            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Without options the header is 16 octets (Header Len 1), ending with a 4-octet PadN.
 * The reserved bits are sent as 0 and ignored on receipt. Lifetime is the granted
 * lifetime in units of 4 seconds.
 */
class BindingAckHeader : public MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 6;     //!< status to lifetime
    static constexpr uint8_t FLAG_K = 0x80;              //!< K flag in the second octet
    static constexpr uint32_t LIFETIME_UNIT_SECONDS = 4; //!< one Lifetime unit

    /**
     * \brief Status values (RFC 6275 6.1.8): below 128 the Binding Update was accepted.
     *
     * The HMIPv6 draft's OPT6_BNDA_BADSEQ is SEQUENCE_NUMBER_OUT_OF_WINDOW (135) and its
     * failed duplicate address detection is DUPLICATE_ADDRESS_DETECTION_FAILED (134).
     */
    enum Status : uint8_t
    {
        BINDING_UPDATE_ACCEPTED = 0,                 //!< Binding Update accepted
        ACCEPTED_BUT_PREFIX_DISCOVERY_NECESSARY = 1, //!< accepted, prefix discovery needed
        REASON_UNSPECIFIED = 128,                    //!< reason unspecified
        ADMINISTRATIVELY_PROHIBITED = 129,           //!< administratively prohibited
        INSUFFICIENT_RESOURCES = 130,                //!< insufficient resources
        HOME_REGISTRATION_NOT_SUPPORTED = 131,       //!< home registration not supported
        NOT_HOME_SUBNET = 132,                       //!< not home subnet
        NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE = 133,   //!< not home agent for this node
        DUPLICATE_ADDRESS_DETECTION_FAILED = 134,    //!< DAD failed (the draft's too)
        SEQUENCE_NUMBER_OUT_OF_WINDOW = 135,         //!< the draft's OPT6_BNDA_BADSEQ
        EXPIRED_HOME_NONCE_INDEX = 136,              //!< expired home nonce index
        EXPIRED_CARE_OF_NONCE_INDEX = 137,           //!< expired care-of nonce index
        EXPIRED_NONCES = 138,                        //!< expired nonces
        REGISTRATION_TYPE_CHANGE_DISALLOWED = 139,   //!< registration type change disallowed
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

    /// Status 0 (accepted), no flag, sequence 0, lifetime 0, no options.
    BindingAckHeader();

    /**
     * \return the Status field (a Status value or another code)
     */
    uint8_t GetStatus() const;

    /**
     * \param status the Status field (a Status value or another code)
     */
    void SetStatus(uint8_t status);

    /**
     * \return whether the status says the Binding Update was accepted (below 128)
     */
    bool IsAccepted() const;

    /**
     * \return whether the K (Key Management Mobility Capability) flag is set
     */
    bool GetKeyManagementCompatibility() const;

    /**
     * \param keyManagement the K (Key Management Mobility Capability) flag
     */
    void SetKeyManagementCompatibility(bool keyManagement);

    /**
     * \return the Sequence # field (copied from the Binding Update, or the last
     *         accepted one when the status is SEQUENCE_NUMBER_OUT_OF_WINDOW)
     */
    uint16_t GetSequence() const;

    /**
     * \param sequence the Sequence # field
     */
    void SetSequence(uint16_t sequence);

    /**
     * \return the Lifetime field, in 4-second units
     */
    uint16_t GetLifetimeUnits() const;

    /**
     * \param units the Lifetime field, in 4-second units
     */
    void SetLifetimeUnits(uint16_t units);

    /**
     * \return the granted lifetime as a time
     */
    Time GetLifetime() const;

    /**
     * \brief Set the granted lifetime from a time.
     *
     * Rounds down to whole units (a granted lifetime must not exceed the requested
     * one) and saturates at 65535 units (262140 s); a negative time gives 0.
     * \param lifetime the lifetime
     */
    void SetLifetime(Time lifetime);

  protected:
    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint8_t m_status;         //!< Status
    bool m_keyManagement;     //!< K
    uint16_t m_sequence;      //!< Sequence #
    uint16_t m_lifetimeUnits; //!< Lifetime, 4-second units
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_ACK_HEADER_H */
