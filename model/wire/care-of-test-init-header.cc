// SPDX-License-Identifier: GPL-2.0-only
#include "care-of-test-init-header.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(CareOfTestInitHeader);

TypeId
CareOfTestInitHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::CareOfTestInitHeader")
                            .SetParent<hmipv6::TestInitHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<CareOfTestInitHeader>();
    return tid;
}

TypeId
CareOfTestInitHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

CareOfTestInitHeader::CareOfTestInitHeader()
    : hmipv6::TestInitHeaderBase(CARE_OF_TEST_INIT, "CareOfTestInit", "careOfInitCookie")
{
}

const MobilityCookie&
CareOfTestInitHeader::GetCareOfInitCookie() const
{
    return GetInitCookie();
}

void
CareOfTestInitHeader::SetCareOfInitCookie(const MobilityCookie& cookie)
{
    SetInitCookie(cookie);
}

} // namespace hmipv6
} // namespace ns3
