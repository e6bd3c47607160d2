// SPDX-License-Identifier: GPL-2.0-only
#include "handoff-request-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoffRequestHeader");

NS_OBJECT_ENSURE_REGISTERED(HandoffRequestHeader);

TypeId
HandoffRequestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HandoffRequestHeader")
                            .SetParent<RegistrationHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<HandoffRequestHeader>();
    return tid;
}

TypeId
HandoffRequestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HandoffRequestHeader::HandoffRequestHeader()
    : RegistrationHeaderBase(DEFAULT_OPTION_TYPE)
{
}

Ipv6Address
HandoffRequestHeader::GetGlobalCoa() const
{
    return GetSubOptionAddress();
}

void
HandoffRequestHeader::SetGlobalCoa(Ipv6Address address)
{
    SetSubOptionAddress(address);
}

const char*
HandoffRequestHeader::GetMessageName() const
{
    return "HandoffRequest";
}

uint8_t
HandoffRequestHeader::GetSubOptionType() const
{
    return GLOBAL_COA_SUB_OPTION;
}

bool
HandoffRequestHeader::IsSubOptionMandatory() const
{
    // The previous MS cannot forward anything without the new GCoA.
    return true;
}

const char*
HandoffRequestHeader::GetSubOptionName() const
{
    return "globalCoa";
}

} // namespace ns3
