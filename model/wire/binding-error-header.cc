// SPDX-License-Identifier: GPL-2.0-only
#include "binding-error-header.h"

#include "ns3/address-utils.h"
#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingErrorHeader");

NS_OBJECT_ENSURE_REGISTERED(BindingErrorHeader);

TypeId
BindingErrorHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::BindingErrorHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<BindingErrorHeader>();
    return tid;
}

TypeId
BindingErrorHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

BindingErrorHeader::BindingErrorHeader()
    : MobilityHeader(BINDING_ERROR),
      m_status(UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION),
      m_homeAddress(Ipv6Address::GetAny())
{
}

uint8_t
BindingErrorHeader::GetStatus() const
{
    return m_status;
}

void
BindingErrorHeader::SetStatus(uint8_t status)
{
    m_status = status;
}

Ipv6Address
BindingErrorHeader::GetHomeAddress() const
{
    return m_homeAddress;
}

void
BindingErrorHeader::SetHomeAddress(Ipv6Address homeAddress)
{
    m_homeAddress = homeAddress;
}

const char*
BindingErrorHeader::GetMessageName() const
{
    return "BindingError";
}

uint32_t
BindingErrorHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
BindingErrorHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU8(m_status);
    i.WriteU8(0); // Reserved
    WriteTo(i, m_homeAddress);
}

WireError
BindingErrorHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    m_status = i.ReadU8();
    i.ReadU8(); // Reserved: ignored
    ReadFrom(i, m_homeAddress);
    return WireError::NONE;
}

void
BindingErrorHeader::PrintMessageData(std::ostream& os) const
{
    os << "status=" << static_cast<uint32_t>(m_status) << " homeAddress=" << m_homeAddress;
}

} // namespace hmipv6
} // namespace ns3
