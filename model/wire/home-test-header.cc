// SPDX-License-Identifier: GPL-2.0-only
#include "home-test-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HomeTestHeader");

NS_OBJECT_ENSURE_REGISTERED(HomeTestHeader);

TypeId
HomeTestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HomeTestHeader")
                            .SetParent<MobilityHeader>()
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
    : MobilityHeader(HOME_TEST),
      m_homeNonceIndex(0),
      m_homeInitCookie{},
      m_homeKeygenToken{}
{
}

uint16_t
HomeTestHeader::GetHomeNonceIndex() const
{
    return m_homeNonceIndex;
}

void
HomeTestHeader::SetHomeNonceIndex(uint16_t index)
{
    m_homeNonceIndex = index;
}

const MobilityCookie&
HomeTestHeader::GetHomeInitCookie() const
{
    return m_homeInitCookie;
}

void
HomeTestHeader::SetHomeInitCookie(const MobilityCookie& cookie)
{
    m_homeInitCookie = cookie;
}

const MobilityCookie&
HomeTestHeader::GetHomeKeygenToken() const
{
    return m_homeKeygenToken;
}

void
HomeTestHeader::SetHomeKeygenToken(const MobilityCookie& token)
{
    m_homeKeygenToken = token;
}

const char*
HomeTestHeader::GetMessageName() const
{
    return "HomeTest";
}

uint32_t
HomeTestHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
HomeTestHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_homeNonceIndex);
    i.Write(m_homeInitCookie.data(), m_homeInitCookie.size());
    i.Write(m_homeKeygenToken.data(), m_homeKeygenToken.size());
}

WireError
HomeTestHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    m_homeNonceIndex = i.ReadNtohU16();
    i.Read(m_homeInitCookie.data(), m_homeInitCookie.size());
    i.Read(m_homeKeygenToken.data(), m_homeKeygenToken.size());
    return WireError::NONE;
}

void
HomeTestHeader::PrintMessageData(std::ostream& os) const
{
    os << "homeNonceIndex=" << m_homeNonceIndex << " homeInitCookie=";
    PrintCookie(os, m_homeInitCookie);
    os << " homeKeygenToken=";
    PrintCookie(os, m_homeKeygenToken);
}

} // namespace ns3
