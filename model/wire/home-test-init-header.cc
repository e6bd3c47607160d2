// SPDX-License-Identifier: GPL-2.0-only
#include "home-test-init-header.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(HomeTestInitHeader);

TypeId
HomeTestInitHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::HomeTestInitHeader")
                            .SetParent<hmipv6::TestInitHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<HomeTestInitHeader>();
    return tid;
}

TypeId
HomeTestInitHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HomeTestInitHeader::HomeTestInitHeader()
    : hmipv6::TestInitHeaderBase(HOME_TEST_INIT, "HomeTestInit", "homeInitCookie")
{
}

const MobilityCookie&
HomeTestInitHeader::GetHomeInitCookie() const
{
    return GetInitCookie();
}

void
HomeTestInitHeader::SetHomeInitCookie(const MobilityCookie& cookie)
{
    SetInitCookie(cookie);
}

} // namespace hmipv6
} // namespace ns3
