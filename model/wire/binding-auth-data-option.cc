// SPDX-License-Identifier: GPL-2.0-only
#include "binding-auth-data-option.h"

#include "ns3/assert.h"
#include "ns3/log.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("BindingAuthDataOption");

BindingAuthDataOption::BindingAuthDataOption()
    : m_authenticator(RFC6275_AUTHENTICATOR_LENGTH, 0)
{
}

BindingAuthDataOption::BindingAuthDataOption(const std::vector<uint8_t>& authenticator)
{
    SetAuthenticator(authenticator);
}

const std::vector<uint8_t>&
BindingAuthDataOption::GetAuthenticator() const
{
    return m_authenticator;
}

void
BindingAuthDataOption::SetAuthenticator(const std::vector<uint8_t>& authenticator)
{
    // The length field is one octet, and an empty authenticator authorizes nothing.
    NS_ASSERT_MSG(!authenticator.empty() && authenticator.size() <= 255,
                  "authenticator of " << authenticator.size() << " octets");
    m_authenticator = authenticator;
}

uint8_t
BindingAuthDataOption::GetLength() const
{
    return static_cast<uint8_t>(m_authenticator.size());
}

void
BindingAuthDataOption::SerializeData(Buffer::Iterator& i) const
{
    i.Write(m_authenticator.data(), m_authenticator.size());
}

WireError
BindingAuthDataOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length == 0)
    {
        NS_LOG_LOGIC("Binding Authorization Data without authenticator");
        return WireError::BAD_FIXED_LENGTH;
    }
    if (i.GetRemainingSize() < length)
    {
        return WireError::TRUNCATED;
    }
    m_authenticator.assign(length, 0);
    i.Read(m_authenticator.data(), length);
    return WireError::NONE;
}

void
BindingAuthDataOption::Print(std::ostream& os) const
{
    static const char digits[] = "0123456789abcdef";
    os << "authenticator=";
    for (uint8_t octet : m_authenticator)
    {
        os << digits[octet >> 4] << digits[octet & 0x0f];
    }
}

bool
BindingAuthDataOption::operator==(const BindingAuthDataOption& other) const
{
    return m_authenticator == other.m_authenticator;
}

} // namespace hmipv6
} // namespace ns3
