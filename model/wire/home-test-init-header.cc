// SPDX-License-Identifier: GPL-2.0-only
#include "home-test-init-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HomeTestInitHeader");

NS_OBJECT_ENSURE_REGISTERED(HomeTestInitHeader);

TypeId
HomeTestInitHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HomeTestInitHeader")
                            .SetParent<MobilityHeader>()
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
    : MobilityHeader(HOME_TEST_INIT),
      m_homeInitCookie{}
{
}

const MobilityCookie&
HomeTestInitHeader::GetHomeInitCookie() const
{
    return m_homeInitCookie;
}

void
HomeTestInitHeader::SetHomeInitCookie(const MobilityCookie& cookie)
{
    m_homeInitCookie = cookie;
}

const char*
HomeTestInitHeader::GetMessageName() const
{
    return "HomeTestInit";
}

uint32_t
HomeTestInitHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
HomeTestInitHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU16(0); // Reserved
    i.Write(m_homeInitCookie.data(), m_homeInitCookie.size());
}

WireError
HomeTestInitHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    i.Next(2); // Reserved: ignored
    i.Read(m_homeInitCookie.data(), m_homeInitCookie.size());
    return WireError::NONE;
}

void
HomeTestInitHeader::PrintMessageData(std::ostream& os) const
{
    os << "homeInitCookie=";
    PrintCookie(os, m_homeInitCookie);
}

} // namespace ns3
