// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_BINDING_UPDATE_HEADER_H
#define HMIPV6_BINDING_UPDATE_HEADER_H

#include "mobility-header.h"

#include "ns3/nstime.h"

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Binding Update message (RFC 6275 6.1.7), MH Type 5.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |          Sequence #           |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |A|H|L|K|        Reserved       |           Lifetime            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * The message data end 12 octets into the header, so without options 4 octets of
 * padding (a PadN) make it 16 octets (Header Len 1). The reserved bits are sent as 0
 * and ignored on receipt. Lifetime is in units of 4 seconds; 0 asks for the binding
 * to be deleted.
 */
class BindingUpdateHeader : public MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 6;     //!< sequence, flags and lifetime
    static constexpr uint16_t FLAG_A = 0x8000;           //!< Acknowledge
    static constexpr uint16_t FLAG_H = 0x4000;           //!< Home Registration
    static constexpr uint16_t FLAG_L = 0x2000;           //!< Link-Local Address Compatibility
    static constexpr uint16_t FLAG_K = 0x1000;           //!< Key Management Mobility Capability
    static constexpr uint32_t LIFETIME_UNIT_SECONDS = 4; //!< one Lifetime unit

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

    /// Sequence 0, no flags, lifetime 0, no options.
    BindingUpdateHeader();

    /**
     * \return the Sequence # field
     */
    uint16_t GetSequence() const;

    /**
     * \param sequence the Sequence # field
     */
    void SetSequence(uint16_t sequence);

    /**
     * \return whether the A (Acknowledge) flag is set
     */
    bool GetAcknowledge() const;

    /**
     * \param acknowledge the A (Acknowledge) flag: ask for a Binding Acknowledgement
     */
    void SetAcknowledge(bool acknowledge);

    /**
     * \return whether the H (Home Registration) flag is set
     */
    bool GetHomeRegistration() const;

    /**
     * \param homeRegistration the H (Home Registration) flag
     */
    void SetHomeRegistration(bool homeRegistration);

    /**
     * \return whether the L (Link-Local Address Compatibility) flag is set
     */
    bool GetLinkLocalCompatibility() const;

    /**
     * \param linkLocal the L (Link-Local Address Compatibility) flag
     */
    void SetLinkLocalCompatibility(bool linkLocal);

    /**
     * \return whether the K (Key Management Mobility Capability) flag is set
     */
    bool GetKeyManagementCompatibility() const;

    /**
     * \param keyManagement the K (Key Management Mobility Capability) flag
     */
    void SetKeyManagementCompatibility(bool keyManagement);

    /**
     * \return the 16-bit word of the flags (the reserved bits are 0)
     */
    uint16_t GetFlags() const;

    /**
     * \return the Lifetime field, in 4-second units
     */
    uint16_t GetLifetimeUnits() const;

    /**
     * \param units the Lifetime field, in 4-second units
     */
    void SetLifetimeUnits(uint16_t units);

    /**
     * \return the Lifetime as a time
     */
    Time GetLifetime() const;

    /**
     * \brief Set the Lifetime from a time.
     *
     * Rounds down to whole units and saturates at 65535 units (262140 s); a negative
     * time gives 0. Note that below 4 s this is 0, a deregistration.
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
    uint16_t m_sequence;      //!< Sequence #
    bool m_acknowledge;       //!< A
    bool m_homeRegistration;  //!< H
    bool m_linkLocal;         //!< L
    bool m_keyManagement;     //!< K
    uint16_t m_lifetimeUnits; //!< Lifetime, 4-second units
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_BINDING_UPDATE_HEADER_H */
