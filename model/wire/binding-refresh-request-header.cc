// SPDX-License-Identifier: GPL-2.0-only
#include "binding-refresh-request-header.h"

#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingRefreshRequestHeader");

NS_OBJECT_ENSURE_REGISTERED(BindingRefreshRequestHeader);

TypeId
BindingRefreshRequestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::BindingRefreshRequestHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<BindingRefreshRequestHeader>();
    return tid;
}

TypeId
BindingRefreshRequestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

BindingRefreshRequestHeader::BindingRefreshRequestHeader()
    : MobilityHeader(BINDING_REFRESH_REQUEST)
{
}

const char*
BindingRefreshRequestHeader::GetMessageName() const
{
    return "BindingRefreshRequest";
}

uint32_t
BindingRefreshRequestHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
BindingRefreshRequestHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU16(0); // Reserved
}

WireError
BindingRefreshRequestHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    i.Next(MESSAGE_DATA_SIZE); // Reserved: ignored
    return WireError::NONE;
}

void
BindingRefreshRequestHeader::PrintMessageData(std::ostream& /* os */) const
{
    // No fields besides the common ones.
}

} // namespace hmipv6
} // namespace ns3
