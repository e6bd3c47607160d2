// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-message-auth-option.h"

namespace ns3
{
namespace hmipv6
{

MobilityMessageAuthOption::MobilityMessageAuthOption()
    : m_subtype(SUBTYPE_MN_HA),
      m_spi(0),
      m_authenticator{}
{
}

MobilityMessageAuthOption::MobilityMessageAuthOption(uint8_t subtype,
                                                     uint32_t spi,
                                                     const Authenticator& authenticator)
    : m_subtype(subtype),
      m_spi(spi),
      m_authenticator(authenticator)
{
}

uint8_t
MobilityMessageAuthOption::GetSubtype() const
{
    return m_subtype;
}

uint32_t
MobilityMessageAuthOption::GetSpi() const
{
    return m_spi;
}

const MobilityMessageAuthOption::Authenticator&
MobilityMessageAuthOption::GetAuthenticator() const
{
    return m_authenticator;
}

uint8_t
MobilityMessageAuthOption::GetLength() const
{
    return LENGTH;
}

void
MobilityMessageAuthOption::SerializeData(Buffer::Iterator& i) const
{
    i.WriteU8(m_subtype);
    i.WriteHtonU32(m_spi);
    i.Write(m_authenticator.data(), AUTHENTICATOR_LENGTH);
}

WireError
MobilityMessageAuthOption::DeserializeData(Buffer::Iterator i, uint8_t length)
{
    if (length != LENGTH)
    {
        return WireError::BAD_FIXED_LENGTH;
    }
    m_subtype = i.ReadU8();
    m_spi = i.ReadNtohU32();
    i.Read(m_authenticator.data(), AUTHENTICATOR_LENGTH);
    return WireError::NONE;
}

void
MobilityMessageAuthOption::Print(std::ostream& os) const
{
    os << "auth=(subtype=" << static_cast<uint32_t>(m_subtype) << " spi=" << m_spi << ")";
}

} // namespace hmipv6
} // namespace ns3
