// SPDX-License-Identifier: GPL-2.0-only
#include "return-routability-header-base.h"

namespace ns3
{
namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(TestInitHeaderBase);
NS_OBJECT_ENSURE_REGISTERED(TestHeaderBase);

TypeId
TestInitHeaderBase::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::TestInitHeaderBase")
                            .SetParent<hmipv6::MobilityHeader>()
                            .SetGroupName("Hmipv6");
    return tid;
}

TestInitHeaderBase::TestInitHeaderBase(uint8_t mhType, const char* name, const char* field)
    : hmipv6::MobilityHeader(mhType),
      m_name(name),
      m_field(field),
      m_cookie{}
{
}

const hmipv6::MobilityCookie&
TestInitHeaderBase::GetInitCookie() const
{
    return m_cookie;
}

void
TestInitHeaderBase::SetInitCookie(const hmipv6::MobilityCookie& cookie)
{
    m_cookie = cookie;
}

const char*
TestInitHeaderBase::GetMessageName() const
{
    return m_name;
}

uint32_t
TestInitHeaderBase::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
TestInitHeaderBase::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU16(0); // Reserved
    i.Write(m_cookie.data(), m_cookie.size());
}

hmipv6::WireError
TestInitHeaderBase::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return hmipv6::WireError::LENGTH_MISMATCH;
    }
    i.Next(2); // Reserved: ignored
    i.Read(m_cookie.data(), m_cookie.size());
    return hmipv6::WireError::NONE;
}

void
TestInitHeaderBase::PrintMessageData(std::ostream& os) const
{
    os << m_field << "=";
    PrintCookie(os, m_cookie);
}

TypeId
TestHeaderBase::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::TestHeaderBase")
                            .SetParent<hmipv6::MobilityHeader>()
                            .SetGroupName("Hmipv6");
    return tid;
}

TestHeaderBase::TestHeaderBase(uint8_t mhType, const char* name, const char* fields)
    : hmipv6::MobilityHeader(mhType),
      m_name(name),
      m_fields(fields),
      m_nonceIndex(0),
      m_cookie{},
      m_token{}
{
}

uint16_t
TestHeaderBase::GetNonceIndex() const
{
    return m_nonceIndex;
}

void
TestHeaderBase::SetNonceIndex(uint16_t index)
{
    m_nonceIndex = index;
}

const hmipv6::MobilityCookie&
TestHeaderBase::GetInitCookie() const
{
    return m_cookie;
}

void
TestHeaderBase::SetInitCookie(const hmipv6::MobilityCookie& cookie)
{
    m_cookie = cookie;
}

const hmipv6::MobilityCookie&
TestHeaderBase::GetKeygenToken() const
{
    return m_token;
}

void
TestHeaderBase::SetKeygenToken(const hmipv6::MobilityCookie& token)
{
    m_token = token;
}

const char*
TestHeaderBase::GetMessageName() const
{
    return m_name;
}

uint32_t
TestHeaderBase::GetMessageDataSize() const
{
    return MESSAGE_DATA_SIZE;
}

void
TestHeaderBase::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_nonceIndex);
    i.Write(m_cookie.data(), m_cookie.size());
    i.Write(m_token.data(), m_token.size());
}

hmipv6::WireError
TestHeaderBase::DeserializeMessageData(Buffer::Iterator& i, uint32_t available)
{
    if (available < MESSAGE_DATA_SIZE)
    {
        return hmipv6::WireError::LENGTH_MISMATCH;
    }
    m_nonceIndex = i.ReadNtohU16();
    i.Read(m_cookie.data(), m_cookie.size());
    i.Read(m_token.data(), m_token.size());
    return hmipv6::WireError::NONE;
}

void
TestHeaderBase::PrintMessageData(std::ostream& os) const
{
    os << m_fields << "NonceIndex=" << m_nonceIndex << " " << m_fields << "InitCookie=";
    PrintCookie(os, m_cookie);
    os << " " << m_fields << "KeygenToken=";
    PrintCookie(os, m_token);
}

} // namespace hmipv6
} // namespace ns3
