// SPDX-License-Identifier: GPL-2.0-only
#include "home-test-header.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(HomeTestHeader);

TypeId
HomeTestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::HomeTestHeader")
                            .SetParent<hmipv6::TestHeaderBase>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<HomeTestHeader>();
    return tid;
}

TypeId
HomeTestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HomeTestHeader::HomeTestHeader()
    : hmipv6::TestHeaderBase(HOME_TEST, "HomeTest", "home")
{
}

uint16_t
HomeTestHeader::GetHomeNonceIndex() const
{
    return GetNonceIndex();
}

void
HomeTestHeader::SetHomeNonceIndex(uint16_t index)
{
    SetNonceIndex(index);
}

const MobilityCookie&
HomeTestHeader::GetHomeInitCookie() const
{
    return GetInitCookie();
}

void
HomeTestHeader::SetHomeInitCookie(const MobilityCookie& cookie)
{
    SetInitCookie(cookie);
}

const MobilityCookie&
HomeTestHeader::GetHomeKeygenToken() const
{
    return GetKeygenToken();
}

void
HomeTestHeader::SetHomeKeygenToken(const MobilityCookie& token)
{
    SetKeygenToken(token);
}

} // namespace hmipv6
} // namespace ns3
