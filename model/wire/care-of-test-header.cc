// SPDX-License-Identifier: GPL-2.0-only
#include "care-of-test-header.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(CareOfTestHeader);

TypeId
CareOfTestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::CareOfTestHeader")
                            .SetParent<hmipv6::TestHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<CareOfTestHeader>();
    return tid;
}

TypeId
CareOfTestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

CareOfTestHeader::CareOfTestHeader()
    : hmipv6::TestHeaderBase(CARE_OF_TEST, "CareOfTest", "careOf")
{
}

uint16_t
CareOfTestHeader::GetCareOfNonceIndex() const
{
    return GetNonceIndex();
}

void
CareOfTestHeader::SetCareOfNonceIndex(uint16_t index)
{
    SetNonceIndex(index);
}

const MobilityCookie&
CareOfTestHeader::GetCareOfInitCookie() const
{
    return GetInitCookie();
}

void
CareOfTestHeader::SetCareOfInitCookie(const MobilityCookie& cookie)
{
    SetInitCookie(cookie);
}

const MobilityCookie&
CareOfTestHeader::GetCareOfKeygenToken() const
{
    return GetKeygenToken();
}

void
CareOfTestHeader::SetCareOfKeygenToken(const MobilityCookie& token)
{
    SetKeygenToken(token);
}

} // namespace hmipv6
} // namespace ns3
