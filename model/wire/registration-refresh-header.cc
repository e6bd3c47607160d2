// SPDX-License-Identifier: GPL-2.0-only
#include "registration-refresh-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RegistrationRefreshHeader");

NS_OBJECT_ENSURE_REGISTERED(RegistrationRefreshHeader);

TypeId
RegistrationRefreshHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RegistrationRefreshHeader")
                            .SetParent<RegistrationHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<RegistrationRefreshHeader>();
    return tid;
}

TypeId
RegistrationRefreshHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

RegistrationRefreshHeader::RegistrationRefreshHeader()
    : RegistrationHeaderBase(DEFAULT_OPTION_TYPE)
{
}

const char*
RegistrationRefreshHeader::GetMessageName() const
{
    return "RegistrationRefresh";
}

uint8_t
RegistrationRefreshHeader::GetSubOptionType() const
{
    // Figure 7 has no sub-option.
    return NO_SUB_OPTION;
}

bool
RegistrationRefreshHeader::IsSubOptionMandatory() const
{
    return false;
}

const char*
RegistrationRefreshHeader::GetSubOptionName() const
{
    return "";
}

} // namespace ns3
