// SPDX-License-Identifier: GPL-2.0-only
#include "binding-ack-header.h"

#include "ns3/log.h"

#include <algorithm>
#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingAckHeader");

NS_OBJECT_ENSURE_REGISTERED(BindingAckHeader);

TypeId
BindingAckHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::BindingAckHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<BindingAckHeader>();
    return tid;
}

TypeId
BindingAckHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

BindingAckHeader::BindingAckHeader()
    : MobilityHeader(BINDING_ACK),
      m_status(BINDING_UPDATE_ACCEPTED),
      m_keyManagement(false),
      m_sequence(0),
      m_lifetimeUnits(0)
{
}

uint8_t
BindingAckHeader::GetStatus() const
{
    return m_status;
}

void
BindingAckHeader::SetStatus(uint8_t status)
{
    m_status = status;
}

bool
BindingAckHeader::IsAccepted() const
{
    return m_status < REASON_UNSPECIFIED;
}

bool
BindingAckHeader::GetKeyManagementCompatibility() const
{
    return m_keyManagement;
}

void
BindingAckHeader::SetKeyManagementCompatibility(bool keyManagement)
{
    m_keyManagement = keyManagement;
}

uint16_t
BindingAckHeader::GetSequence() const
{
    return m_sequence;
}

void
BindingAckHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
BindingAckHeader::GetLifetimeUnits() const
{
    return m_lifetimeUnits;
}

void
BindingAckHeader::SetLifetimeUnits(uint16_t units)
{
    m_lifetimeUnits = units;
}

Time
BindingAckHeader::GetLifetime() const
{
    return Seconds(static_cast<double>(m_lifetimeUnits) * LIFETIME_UNIT_SECONDS);
}

void
BindingAckHeader::SetLifetime(Time lifetime)
{
    int64_t seconds =
        lifetime.IsStrictlyPositive() ? static_cast<int64_t>(lifetime.GetSeconds()) : 0;
    m_lifetimeUnits = static_cast<uint16_t>(
        std::min<int64_t>(seconds / LIFETIME_UNIT_SECONDS, std::numeric_limits<uint16_t>::max()));
}

const char*
BindingAckHeader::GetMessageName() const
{
    return "BindingAck";
}

uint32_t
BindingAckHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
BindingAckHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU8(m_status);
    i.WriteU8(m_keyManagement ? FLAG_K : 0);
    i.WriteHtonU16(m_sequence);
    i.WriteHtonU16(m_lifetimeUnits);
}

WireError
BindingAckHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    m_status = i.ReadU8();
    m_keyManagement = (i.ReadU8() & FLAG_K) != 0; // the reserved bits are ignored
    m_sequence = i.ReadNtohU16();
    m_lifetimeUnits = i.ReadNtohU16();
    return WireError::NONE;
}

void
BindingAckHeader::PrintMessageData(std::ostream& os) const
{
    os << "status=" << static_cast<uint32_t>(m_status) << " K=" << static_cast<int>(m_keyManagement)
       << " sequence=" << m_sequence << " lifetime=" << m_lifetimeUnits;
}

} // namespace hmipv6
} // namespace ns3
