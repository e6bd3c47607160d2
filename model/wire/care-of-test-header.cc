// SPDX-License-Identifier: GPL-2.0-only
#include "care-of-test-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CareOfTestHeader");

NS_OBJECT_ENSURE_REGISTERED(CareOfTestHeader);

TypeId
CareOfTestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::CareOfTestHeader")
                            .SetParent<MobilityHeader>()
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
    : MobilityHeader(CARE_OF_TEST),
      m_careOfNonceIndex(0),
      m_careOfInitCookie{},
      m_careOfKeygenToken{}
{
}

uint16_t
CareOfTestHeader::GetCareOfNonceIndex() const
{
    return m_careOfNonceIndex;
}

void
CareOfTestHeader::SetCareOfNonceIndex(uint16_t index)
{
    m_careOfNonceIndex = index;
}

const MobilityCookie&
CareOfTestHeader::GetCareOfInitCookie() const
{
    return m_careOfInitCookie;
}

void
CareOfTestHeader::SetCareOfInitCookie(const MobilityCookie& cookie)
{
    m_careOfInitCookie = cookie;
}

const MobilityCookie&
CareOfTestHeader::GetCareOfKeygenToken() const
{
    return m_careOfKeygenToken;
}

void
CareOfTestHeader::SetCareOfKeygenToken(const MobilityCookie& token)
{
    m_careOfKeygenToken = token;
}

const char*
CareOfTestHeader::GetMessageName() const
{
    return "CareOfTest";
}

uint32_t
CareOfTestHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
CareOfTestHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_careOfNonceIndex);
    i.Write(m_careOfInitCookie.data(), m_careOfInitCookie.size());
    i.Write(m_careOfKeygenToken.data(), m_careOfKeygenToken.size());
}

WireError
CareOfTestHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    m_careOfNonceIndex = i.ReadNtohU16();
    i.Read(m_careOfInitCookie.data(), m_careOfInitCookie.size());
    i.Read(m_careOfKeygenToken.data(), m_careOfKeygenToken.size());
    return WireError::NONE;
}

void
CareOfTestHeader::PrintMessageData(std::ostream& os) const
{
    os << "careOfNonceIndex=" << m_careOfNonceIndex << " careOfInitCookie=";
    PrintCookie(os, m_careOfInitCookie);
    os << " careOfKeygenToken=";
    PrintCookie(os, m_careOfKeygenToken);
}

} // namespace ns3
