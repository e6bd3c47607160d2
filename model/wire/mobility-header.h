// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_HEADER_H
#define HMIPV6_MOBILITY_HEADER_H

#include "mobility-options.h"
#include "wire-error.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <array>
#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/// A 64-bit cookie or keygen token of return routability (RFC 6275 5.2.5).
using MobilityCookie = std::array<uint8_t, 8>;

/**
 * \ingroup hmipv6
 * \brief Base class of the Mobility Header messages (RFC 6275 6.1).
 *
 * \verbatim
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   | Payload Proto |  Header Len   |   MH Type     |   Reserved    |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |           Checksum            |                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               |
   .                        Message Data                           .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * Each message is a subclass that supplies its fixed message data (the octets after
 * the Checksum and before the mobility options). This class writes the common part,
 * the mobility options (GetOptions()), and the Pad1/PadN that make the header a
 * multiple of 8 octets; Header Len is derived from that content, never stored.
 *
 * Checksum: as for ICMPv6, over the IPv6 pseudo-header (Next Header 135) and the whole
 * Mobility Header. It is only computed after InitializeChecksum(); otherwise Serialize
 * writes 0 and Deserialize does not check it.
 *
 * Deserialize returns 0 on malformed input and keeps the reason (GetError()); on
 * failure the fields are left unchanged. It reads exactly the Header Len octets.
 * The Reserved octet is sent as 0 and ignored on receipt.
 */
class MobilityHeader : public Header
{
  public:
    /// MH Type values (RFC 6275 6.1.2 to 6.1.9).
    enum MhType : uint8_t
    {
        BINDING_REFRESH_REQUEST = 0, //!< Binding Refresh Request
        HOME_TEST_INIT = 1,          //!< Home Test Init
        CARE_OF_TEST_INIT = 2,       //!< Care-of Test Init
        HOME_TEST = 3,               //!< Home Test
        CARE_OF_TEST = 4,            //!< Care-of Test
        BINDING_UPDATE = 5,          //!< Binding Update
        BINDING_ACK = 6,             //!< Binding Acknowledgement
        BINDING_ERROR = 7,           //!< Binding Error
    };

    static constexpr uint8_t PROTOCOL_NUMBER = 135;      //!< IPv6 Next Header of the MH
    static constexpr uint8_t DEFAULT_PAYLOAD_PROTO = 59; //!< IPV6-NONE (RFC 6275 6.1.1)
    static constexpr uint32_t COMMON_SIZE = 6;           //!< octets before the message data
    static constexpr uint8_t NO_MH_TYPE = 255;           //!< PeekMhType() of a too short packet

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

    /// Destructor.
    ~MobilityHeader() override;

    /**
     * \brief The MH Type of a packet that starts with a Mobility Header, to choose the
     *        class to deserialize it with.
     * \param packet the packet
     * \return its third octet, or NO_MH_TYPE if it has fewer than 3 octets
     */
    static uint8_t PeekMhType(Ptr<const Packet> packet);

    /**
     * \return the MH Type of this message
     */
    uint8_t GetMhType() const;

    /**
     * \return the Payload Proto field
     */
    uint8_t GetPayloadProto() const;

    /**
     * \param payloadProto the Payload Proto field (59 by default)
     */
    void SetPayloadProto(uint8_t payloadProto);

    /**
     * \return the Header Len field Serialize writes: the size in 8-octet units, not
     *         counting the first 8 octets
     */
    uint8_t GetHeaderLen() const;

    /**
     * \return the Checksum field read by the last Deserialize (0 before any)
     */
    uint16_t GetChecksum() const;

    /**
     * \brief Enable the checksum: Serialize then writes it and Deserialize checks it.
     * \param source the Source Address of the IPv6 packet (the home address when a
     *        Home Address option is present, RFC 6275 6.1.1)
     * \param destination the Destination Address of the IPv6 packet
     */
    void InitializeChecksum(Ipv6Address source, Ipv6Address destination);

    /**
     * \return false if the last Deserialize found a wrong checksum; true if it found
     *         a right one or the checksum is not enabled
     */
    bool IsChecksumOk() const;

    /**
     * \return the mobility options
     */
    const MobilityOptions& GetOptions() const;

    /**
     * \param options the mobility options to carry
     */
    void SetOptions(const MobilityOptions& options);

    /**
     * \return why the last Deserialize failed; NONE if it succeeded (or none was made)
     */
    WireError GetError() const;

    /**
     * \brief Print the message on one line: its name, the common fields, the message
     *        fields, then the options, as field=value pairs.
     * \param os the stream
     */
    void Print(std::ostream& os) const override;

    /**
     * \return the size of the whole Mobility Header, a multiple of 8
     */
    uint32_t GetSerializedSize() const override;

    /**
     * \brief Write the whole Mobility Header.
     * \param start where to write
     */
    void Serialize(Buffer::Iterator start) const override;

    /**
     * \brief Read a Mobility Header.
     * \param start its first octet
     * \return the size given by Header Len, or 0 if the input is malformed: TRUNCATED
     *         (shorter than 8 octets or than Header Len says), BAD_TYPE (another MH
     *         Type), LENGTH_MISMATCH (Header Len too small for the message data), or
     *         the options' error (see MobilityOptions::Deserialize)
     */
    uint32_t Deserialize(Buffer::Iterator start) override;

  protected:
    /**
     * \brief Constructor, for the subclasses.
     * \param mhType the MH Type of the message
     */
    explicit MobilityHeader(uint8_t mhType);

    /**
     * \return the message name that Print writes first, e.g. "BindingUpdate"
     */
    virtual const char* GetMessageName() const = 0;

    /**
     * \return the size of the message data, which does not depend on its content
     */
    virtual uint32_t GetMessageDataSize() const = 0;

    /**
     * \brief Write the message data.
     * \param i where to write; advanced by GetMessageDataSize()
     */
    virtual void SerializeMessageData(Buffer::Iterator& i) const = 0;

    /**
     * \brief Read the message data. Called last, once the rest of the header is known
     *        to be well formed, so that a failure leaves the fields unchanged.
     * \param i the first octet of the message data
     * \param available octets from `i` to the end of the Mobility Header
     * \return NONE, or LENGTH_MISMATCH if `available` is below the message data size
     */
    virtual WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) = 0;

    /**
     * \brief Print the message fields as field=value pairs separated by single spaces.
     * \param os the stream
     */
    virtual void PrintMessageData(std::ostream& os) const = 0;

    /**
     * \brief Print a cookie or token as lowercase hex without separators.
     * \param os the stream
     * \param value the 8 octets
     */
    static void PrintCookie(std::ostream& os, const MobilityCookie& value);

  private:
    uint8_t m_mhType;          //!< MH Type
    uint8_t m_payloadProto;    //!< Payload Proto
    uint16_t m_checksum;       //!< Checksum last read
    MobilityOptions m_options; //!< mobility options
    bool m_calcChecksum;       //!< whether InitializeChecksum() was called
    Ipv6Address m_source;      //!< pseudo-header source
    Ipv6Address m_destination; //!< pseudo-header destination
    bool m_goodChecksum;       //!< result of the last check
    WireError m_error;         //!< why the last Deserialize failed
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MOBILITY_HEADER_H */
