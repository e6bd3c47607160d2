// SPDX-License-Identifier: GPL-2.0-only
#include "care-of-test-init-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CareOfTestInitHeader");

NS_OBJECT_ENSURE_REGISTERED(CareOfTestInitHeader);

TypeId
CareOfTestInitHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::CareOfTestInitHeader")
                            .SetParent<MobilityHeader>()
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
    : MobilityHeader(CARE_OF_TEST_INIT),
      m_careOfInitCookie{}
{
}

const MobilityCookie&
CareOfTestInitHeader::GetCareOfInitCookie() const
{
    return m_careOfInitCookie;
}

void
CareOfTestInitHeader::SetCareOfInitCookie(const MobilityCookie& cookie)
{
    m_careOfInitCookie = cookie;
}

const char*
CareOfTestInitHeader::GetMessageName() const
{
    return "CareOfTestInit";
}

uint32_t
CareOfTestInitHeader::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
CareOfTestInitHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU16(0); // Reserved
    i.Write(m_careOfInitCookie.data(), m_careOfInitCookie.size());
}

WireError
CareOfTestInitHeader::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return WireError::LENGTH_MISMATCH;
    }
    i.Next(2); // Reserved: ignored
    i.Read(m_careOfInitCookie.data(), m_careOfInitCookie.size());
    return WireError::NONE;
}

void
CareOfTestInitHeader::PrintMessageData(std::ostream& os) const
{
    os << "careOfInitCookie=";
    PrintCookie(os, m_careOfInitCookie);
}

} // namespace ns3
