// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-header.h"

#include "internet-checksum.h"
#include "option-tlv.h"

#include "ns3/assert.h"
#include "ns3/log.h"

#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("MobilityHeader");

NS_OBJECT_ENSURE_REGISTERED(MobilityHeader);

TypeId
MobilityHeader::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::MobilityHeader").SetParent<Header>().SetGroupName("Hmipv6");
    return tid;
}

TypeId
MobilityHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

MobilityHeader::MobilityHeader(uint8_t mhType)
    : m_mhType(mhType),
      m_payloadProto(DEFAULT_PAYLOAD_PROTO),
      m_checksum(0),
      m_calcChecksum(false),
      m_source(Ipv6Address::GetAny()),
      m_destination(Ipv6Address::GetAny()),
      m_goodChecksum(true),
      m_error(WireError::NONE)
{
}

MobilityHeader::~MobilityHeader()
{
}

uint8_t
MobilityHeader::PeekMhType(Ptr<const Packet> packet)
{
    uint8_t octets[3];
    if (packet->CopyData(octets, 3) < 3)
    {
        return NO_MH_TYPE;
    }
    return octets[2];
}

uint8_t
MobilityHeader::GetMhType() const
{
    return m_mhType;
}

uint8_t
MobilityHeader::GetPayloadProto() const
{
    return m_payloadProto;
}

void
MobilityHeader::SetPayloadProto(uint8_t payloadProto)
{
    m_payloadProto = payloadProto;
}

uint8_t
MobilityHeader::GetHeaderLen() const
{
    return static_cast<uint8_t>(GetSerializedSize() / 8 - 1);
}

uint16_t
MobilityHeader::GetChecksum() const
{
    return m_checksum;
}

void
MobilityHeader::InitializeChecksum(Ipv6Address source, Ipv6Address destination)
{
    m_calcChecksum = true;
    m_source = source;
    m_destination = destination;
}

bool
MobilityHeader::IsChecksumOk() const
{
    return m_goodChecksum;
}

const MobilityOptions&
MobilityHeader::GetOptions() const
{
    return m_options;
}

void
MobilityHeader::SetOptions(const MobilityOptions& options)
{
    m_options = options;
}

WireError
MobilityHeader::GetError() const
{
    return m_error;
}

void
MobilityHeader::Print(std::ostream& os) const
{
    os << GetMessageName() << " payloadProto=" << static_cast<uint32_t>(m_payloadProto)
       << " headerLen=" << static_cast<uint32_t>(GetHeaderLen()) << " checksum=" << m_checksum;
    std::ostringstream data;
    PrintMessageData(data);
    if (!data.str().empty())
    {
        os << ' ' << data.str();
    }
    if (!m_options.IsEmpty())
    {
        os << ' ';
        m_options.Print(os);
    }
}

uint32_t
MobilityHeader::GetSerializedSize() const
{
    uint32_t size = COMMON_SIZE + GetMessageDataSize();
    size += m_options.GetSerializedSize(size);
    size += OptionTlv::PaddingFor(size, 8, 0);
    // Header Len is one octet: at most 256 units of 8 octets.
    NS_ASSERT_MSG(size <= 2048, "Mobility Header of " << size << " octets");
    return size;
}

void
MobilityHeader::Serialize(Buffer::Iterator start) const
{
    uint32_t size = GetSerializedSize();
    Buffer::Iterator i = start;
    i.WriteU8(m_payloadProto);
    i.WriteU8(static_cast<uint8_t>(size / 8 - 1));
    i.WriteU8(m_mhType);
    i.WriteU8(0);  // Reserved
    i.WriteU16(0); // Checksum, filled in below once the rest is written
    SerializeMessageData(i);
    uint32_t position = COMMON_SIZE + GetMessageDataSize();
    m_options.Serialize(i, position);
    position += m_options.GetSerializedSize(position);
    OptionTlv::WritePadding(i, size - position);

    if (m_calcChecksum)
    {
        i = start;
        uint16_t checksum =
            hmipv6::UpperLayerChecksum(m_source, m_destination, PROTOCOL_NUMBER, start, size);
        i = start;
        i.Next(4);
        i.WriteHtonU16(checksum);
    }
}

uint32_t
MobilityHeader::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 8)
    {
        NS_LOG_LOGIC("shorter than a Mobility Header");
        m_error = WireError::TRUNCATED;
        return 0;
    }
    uint8_t payloadProto = i.ReadU8();
    uint32_t size = (static_cast<uint32_t>(i.ReadU8()) + 1) * 8;
    if (start.GetRemainingSize() < size)
    {
        NS_LOG_LOGIC("Header Len says " << size << " octets, " << start.GetRemainingSize()
                                        << " available");
        m_error = WireError::TRUNCATED;
        return 0;
    }
    if (m_calcChecksum)
    {
        // Checked whatever the content: a corrupted header must not pass as good.
        Buffer::Iterator c = start;
        m_goodChecksum =
            hmipv6::UpperLayerChecksum(m_source, m_destination, PROTOCOL_NUMBER, c, size) == 0;
    }
    uint8_t mhType = i.ReadU8();
    if (mhType != m_mhType)
    {
        NS_LOG_LOGIC("MH Type " << +mhType << " instead of " << +m_mhType);
        m_error = WireError::BAD_TYPE;
        return 0;
    }
    i.ReadU8(); // Reserved: ignored
    uint16_t checksum = i.ReadNtohU16();
    uint32_t dataSize = GetMessageDataSize();
    if (COMMON_SIZE + dataSize > size)
    {
        // RFC 6275 9.2: Header Len below the message's minimum is an error.
        NS_LOG_LOGIC("Header Len too small for MH Type " << +mhType);
        m_error = WireError::LENGTH_MISMATCH;
        return 0;
    }
    Buffer::Iterator optionStart = i;
    optionStart.Next(dataSize);
    MobilityOptions options;
    WireError error = options.Deserialize(optionStart, size - COMMON_SIZE - dataSize);
    if (error == WireError::NONE)
    {
        error = DeserializeMessageData(i, size - COMMON_SIZE);
    }
    if (error != WireError::NONE)
    {
        m_error = error;
        return 0;
    }
    m_payloadProto = payloadProto;
    m_checksum = checksum;
    m_options = options;
    m_error = WireError::NONE;
    return size;
}

void
MobilityHeader::PrintCookie(std::ostream& os, const MobilityCookie& value)
{
    static const char digits[] = "0123456789abcdef";
    for (uint8_t octet : value)
    {
        os << digits[octet >> 4] << digits[octet & 0x0f];
    }
}

} // namespace hmipv6
} // namespace ns3
