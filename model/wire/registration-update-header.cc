// SPDX-License-Identifier: GPL-2.0-only
#include "registration-update-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RegistrationUpdateHeader");

NS_OBJECT_ENSURE_REGISTERED(RegistrationUpdateHeader);

TypeId
RegistrationUpdateHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RegistrationUpdateHeader")
                            .SetParent<RegistrationHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<RegistrationUpdateHeader>();
    return tid;
}

TypeId
RegistrationUpdateHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

RegistrationUpdateHeader::RegistrationUpdateHeader()
    : RegistrationHeaderBase(DEFAULT_OPTION_TYPE)
{
}

const char*
RegistrationUpdateHeader::GetMessageName() const
{
    return "RegistrationUpdate";
}

uint8_t
RegistrationUpdateHeader::GetSubOptionType() const
{
    // Figure 7 has no sub-option.
    return NO_SUB_OPTION;
}

bool
RegistrationUpdateHeader::IsSubOptionMandatory() const
{
    return false;
}

const char*
RegistrationUpdateHeader::GetSubOptionName() const
{
    return "";
}

} // namespace ns3
