// SPDX-License-Identifier: GPL-2.0-only
#include "registration-request-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RegistrationRequestHeader");

NS_OBJECT_ENSURE_REGISTERED(RegistrationRequestHeader);

TypeId
RegistrationRequestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RegistrationRequestHeader")
                            .SetParent<RegistrationHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<RegistrationRequestHeader>();
    return tid;
}

TypeId
RegistrationRequestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

RegistrationRequestHeader::RegistrationRequestHeader()
    : RegistrationHeaderBase(DEFAULT_OPTION_TYPE)
{
}

bool
RegistrationRequestHeader::HasPreviousMs() const
{
    return HasSubOptionAddress();
}

Ipv6Address
RegistrationRequestHeader::GetPreviousMs() const
{
    return GetSubOptionAddress();
}

void
RegistrationRequestHeader::SetPreviousMs(Ipv6Address address)
{
    SetSubOptionAddress(address);
}

void
RegistrationRequestHeader::ClearPreviousMs()
{
    ClearSubOptionAddress();
}

const char*
RegistrationRequestHeader::GetMessageName() const
{
    return "RegistrationRequest";
}

uint8_t
RegistrationRequestHeader::GetSubOptionType() const
{
    return PREVIOUS_MS_SUB_OPTION;
}

bool
RegistrationRequestHeader::IsSubOptionMandatory() const
{
    // A first registration comes from no previous domain.
    return false;
}

const char*
RegistrationRequestHeader::GetSubOptionName() const
{
    return "previousMs";
}

} // namespace ns3
