// SPDX-License-Identifier: GPL-2.0-only
#include "binding-update-header.h"

#include "ns3/log.h"

#include <algorithm>
#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingUpdateHeader");

NS_OBJECT_ENSURE_REGISTERED(BindingUpdateHeader);

TypeId
BindingUpdateHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::BindingUpdateHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<BindingUpdateHeader>();
    return tid;
}

TypeId
BindingUpdateHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

BindingUpdateHeader::BindingUpdateHeader()
    : MobilityHeader(BINDING_UPDATE),
      m_sequence(0),
      m_acknowledge(false),
      m_homeRegistration(false),
      m_linkLocal(false),
      m_keyManagement(false),
      m_lifetimeUnits(0)
{
}

uint16_t
BindingUpdateHeader::GetSequence() const
{
    return m_sequence;
}

void
BindingUpdateHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

bool
BindingUpdateHeader::GetAcknowledge() const
{
    return m_acknowledge;
}

void
BindingUpdateHeader::SetAcknowledge(bool acknowledge)
{
    m_acknowledge = acknowledge;
}

bool
BindingUpdateHeader::GetHomeRegistration() const
{
    return m_homeRegistration;
}

void
BindingUpdateHeader::SetHomeRegistration(bool homeRegistration)
{
    m_homeRegistration = homeRegistration;
}

bool
BindingUpdateHeader::GetLinkLocalCompatibility() const
{
    return m_linkLocal;
}

void
BindingUpdateHeader::SetLinkLocalCompatibility(bool linkLocal)
{
    m_linkLocal = linkLocal;
}

bool
BindingUpdateHeader::GetKeyManagementCompatibility() const
{
    return m_keyManagement;
}

void
BindingUpdateHeader::SetKeyManagementCompatibility(bool keyManagement)
{
    m_keyManagement = keyManagement;
}

uint16_t
BindingUpdateHeader::GetFlags() const
{
    return static_cast<uint16_t>((m_acknowledge ? FLAG_A : 0) | (m_homeRegistration ? FLAG_H : 0) |
                                 (m_linkLocal ? FLAG_L : 0) | (m_keyManagement ? FLAG_K : 0));
}

uint16_t
BindingUpdateHeader::GetLifetimeUnits() const
{
    return m_lifetimeUnits;
}

void
BindingUpdateHeader::SetLifetimeUnits(uint16_t units)
{
    m_lifetimeUnits = units;
}

Time
BindingUpdateHeader::GetLifetime() const
{
    return Seconds(static_cast<double>(m_lifetimeUnits) * LIFETIME_UNIT_SECONDS);
}

void
BindingUpdateHeader::SetLifetime(Time lifetime)
{
    // Round down: a granted or advised value must never exceed the one asked for.
    int64_t seconds =
        lifetime.IsStrictlyPositive() ? static_cast<int64_t>(lifetime.GetSeconds()) : 0;
    m_lifetimeUnits = static_cast<uint16_t>(
        std::min<int64_t>(seconds / LIFETIME_UNIT_SECONDS, std::numeric_limits<uint16_t>::max()));
}

const char*
BindingUpdateHeader::GetMessageName() const
{
    return "BindingUpdate";
}

uint32_t
BindingUpdateHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
BindingUpdateHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_sequence);
    i.WriteHtonU16(GetFlags());
    i.WriteHtonU16(m_lifetimeUnits);
}

WireError
BindingUpdateHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    m_sequence = i.ReadNtohU16();
    uint16_t flags = i.ReadNtohU16(); // the reserved bits are ignored
    m_acknowledge = (flags & FLAG_A) != 0;
    m_homeRegistration = (flags & FLAG_H) != 0;
    m_linkLocal = (flags & FLAG_L) != 0;
    m_keyManagement = (flags & FLAG_K) != 0;
    m_lifetimeUnits = i.ReadNtohU16();
    return WireError::NONE;
}

void
BindingUpdateHeader::PrintMessageData(std::ostream& os) const
{
    // Flags as 0/1 whatever the stream's boolalpha setting.
    os << "sequence=" << m_sequence << " A=" << static_cast<int>(m_acknowledge)
       << " H=" << static_cast<int>(m_homeRegistration) << " L=" << static_cast<int>(m_linkLocal)
       << " K=" << static_cast<int>(m_keyManagement) << " lifetime=" << m_lifetimeUnits;
}

} // namespace hmipv6
} // namespace ns3
