// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-info-header.h"

#include "option-tlv.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityInfoHeader");

NS_OBJECT_ENSURE_REGISTERED(MobilityInfoHeader);

TypeId
MobilityInfoHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MobilityInfoHeader")
                            .SetParent<Header>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<MobilityInfoHeader>();
    return tid;
}

TypeId
MobilityInfoHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

MobilityInfoHeader::MobilityInfoHeader()
    : m_nextHeader(DEFAULT_NEXT_HEADER),
      m_optionType(DEFAULT_OPTION_TYPE),
      m_msAddress(Ipv6Address::GetAny()),
      m_prefixLength(0),
      m_authType(hmipv6::AuthSubOption::DEFAULT_TYPE),
      m_timestampType(hmipv6::TimestampSubOption::DEFAULT_TYPE),
      m_hasAuth(false),
      m_authOffset(0),
      m_hasTimestamp(false),
      m_timestamp(0),
      m_error(hmipv6::WireError::NONE)
{
}

void
MobilityInfoHeader::SetSubOptionTypes(uint8_t auth, uint8_t timestamp)
{
    NS_ABORT_MSG_IF(auth < 2 || timestamp < 2 || auth == timestamp,
                    "Mobility Information sub-option types " << +auth << " and " << +timestamp
                                                             << ": padding or the same (KeyChain "
                                                                "AuthSubOptionType and "
                                                                "TimestampSubOptionType)");
    m_authType = auth;
    m_timestampType = timestamp;
}

bool
MobilityInfoHeader::HasAuthentication() const
{
    return m_hasAuth;
}

const hmipv6::AuthSubOption&
MobilityInfoHeader::GetAuthentication() const
{
    return m_auth;
}

void
MobilityInfoHeader::SetAuthentication(const hmipv6::AuthSubOption& auth)
{
    m_hasAuth = true;
    m_auth = auth;
    m_authOffset = 0;
}

uint32_t
MobilityInfoHeader::GetAuthenticatorOffset() const
{
    if (!m_hasAuth || m_authOffset != 0)
    {
        return m_authOffset;
    }
    return 4 + OPTION_LENGTH + (m_hasTimestamp ? hmipv6::TimestampSubOption::SIZE : 0) +
           hmipv6::AuthSubOption::AUTHENTICATOR_OFFSET;
}

bool
MobilityInfoHeader::HasTimestamp() const
{
    return m_hasTimestamp;
}

uint64_t
MobilityInfoHeader::GetTimestamp() const
{
    return m_timestamp;
}

void
MobilityInfoHeader::SetTimestamp(uint64_t timestamp)
{
    m_hasTimestamp = true;
    m_timestamp = timestamp;
    m_authOffset = 0;
}

uint8_t
MobilityInfoHeader::GetNextHeader() const
{
    return m_nextHeader;
}

void
MobilityInfoHeader::SetNextHeader(uint8_t nextHeader)
{
    m_nextHeader = nextHeader;
}

uint8_t
MobilityInfoHeader::GetOptionType() const
{
    return m_optionType;
}

void
MobilityInfoHeader::SetOptionType(uint8_t optionType)
{
    NS_ASSERT_MSG(optionType != hmipv6::OptionTlv::PAD1 && optionType != hmipv6::OptionTlv::PADN,
                  "option type reserved for padding");
    m_optionType = optionType;
}

Ipv6Address
MobilityInfoHeader::GetMsAddress() const
{
    return m_msAddress;
}

void
MobilityInfoHeader::SetMsAddress(Ipv6Address address)
{
    m_msAddress = address;
}

uint8_t
MobilityInfoHeader::GetPrefixLength() const
{
    return m_prefixLength;
}

void
MobilityInfoHeader::SetPrefixLength(uint8_t prefixLength)
{
    NS_ASSERT_MSG(prefixLength <= 128, "prefix length above 128");
    m_prefixLength = prefixLength;
}

bool
MobilityInfoHeader::IsWithdrawal() const
{
    return m_msAddress.IsAny() || m_prefixLength == 0;
}

hmipv6::WireError
MobilityInfoHeader::GetError() const
{
    return m_error;
}

void
MobilityInfoHeader::Print(std::ostream& os) const
{
    os << "MobilityInfo type=" << static_cast<uint32_t>(m_optionType)
       << " prefixLength=" << static_cast<uint32_t>(m_prefixLength) << " msAddress=" << m_msAddress;
    if (m_hasTimestamp)
    {
        os << " timestamp=" << m_timestamp;
    }
    if (m_hasAuth)
    {
        os << " spi=" << m_auth.spi;
    }
}

namespace
{
/**
 * \param timestamp whether the timestamp sub-option is carried
 * \param auth whether the authentication sub-option is carried
 * \return olen
 */
uint8_t
OptionLength(bool timestamp, bool auth)
{
    return MobilityInfoHeader::OPTION_LENGTH + (timestamp ? hmipv6::TimestampSubOption::SIZE : 0) +
           (auth ? hmipv6::AuthSubOption::SIZE : 0);
}
} // namespace

uint32_t
MobilityInfoHeader::GetSerializedSize() const
{
    uint32_t end = 4 + OptionLength(m_hasTimestamp, m_hasAuth);
    return end + hmipv6::OptionTlv::PaddingFor(end, 8, 0);
}

void
MobilityInfoHeader::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    i.WriteU8(m_nextHeader);
    uint32_t size = GetSerializedSize();
    i.WriteU8(static_cast<uint8_t>(size / 8 - 1)); // Hdr Ext Len: 8-octet units after the first 8
    i.WriteU8(m_optionType);
    uint8_t length = OptionLength(m_hasTimestamp, m_hasAuth);
    i.WriteU8(length);
    i.WriteU8(0, 3); // na
    i.WriteU8(m_prefixLength);
    uint8_t address[16];
    m_msAddress.Serialize(address);
    i.Write(address, 16);
    if (m_hasTimestamp)
    {
        hmipv6::TimestampSubOption timestamp;
        timestamp.timestamp = m_timestamp;
        timestamp.Write(i, m_timestampType);
    }
    if (m_hasAuth)
    {
        m_auth.Write(i, m_authType);
    }
    hmipv6::OptionTlv::WritePadding(i, size - 4 - length);
}

uint32_t
MobilityInfoHeader::Deserialize(Buffer::Iterator start)
{
    Buffer::Iterator i = start;
    if (i.GetRemainingSize() < 2)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }
    uint8_t nextHeader = i.ReadU8();
    uint32_t size = (static_cast<uint32_t>(i.ReadU8()) + 1) * 8;
    if (start.GetRemainingSize() < size)
    {
        m_error = hmipv6::WireError::TRUNCATED;
        return 0;
    }

    bool found = false;
    uint8_t prefixLength = 0;
    uint8_t address[16] = {};
    bool foundAuth = false;
    hmipv6::AuthSubOption auth;
    uint32_t authOffset = 0;
    bool foundTimestamp = false;
    hmipv6::TimestampSubOption timestamp;
    uint32_t mainOffset = 0; // where the option's data start in the header
    auto subVisitor = [&](uint8_t type, uint8_t length, Buffer::Iterator data, uint32_t offset) {
        if (type == m_authType && !foundAuth)
        {
            foundAuth = true;
            // offset: of the sub-option's data, 2 octets into it
            authOffset = mainOffset + OPTION_LENGTH + offset - 2 +
                         hmipv6::AuthSubOption::AUTHENTICATOR_OFFSET;
            return auth.Read(data, length);
        }
        if (type == m_timestampType && !foundTimestamp)
        {
            foundTimestamp = true;
            return timestamp.Read(data, length);
        }
        return type == m_authType || type == m_timestampType
                   ? hmipv6::WireError::DUPLICATE_OPTION
                   : hmipv6::WireError::UNKNOWN_SUB_OPTION;
    };
    auto visitor = [&](uint8_t type, uint8_t length, Buffer::Iterator data, uint32_t offset) {
        if (type == m_optionType)
        {
            mainOffset = 2 + offset;
            if (found)
            {
                return hmipv6::WireError::DUPLICATE_OPTION;
            }
            if (length < OPTION_LENGTH)
            {
                return hmipv6::WireError::BAD_FIXED_LENGTH;
            }
            data.Next(3); // na
            prefixLength = data.ReadU8();
            if (prefixLength > 128)
            {
                return hmipv6::WireError::BAD_PREFIX_LENGTH;
            }
            data.Read(address, 16);
            found = true;
            hmipv6::WireError error =
                hmipv6::OptionTlv::WalkWithOffsets(data, length - OPTION_LENGTH, subVisitor);
            // The option holds olen octets: a sub-option that runs past olen is malformed.
            return error == hmipv6::WireError::TRUNCATED ? hmipv6::WireError::LENGTH_MISMATCH
                                                         : error;
        }
        // RFC 8200 4.2: only options whose type starts with bits 00 may be skipped.
        return (type >> 6) == 0 ? hmipv6::WireError::NONE : hmipv6::WireError::UNKNOWN_OPTION;
    };
    hmipv6::WireError error = hmipv6::OptionTlv::WalkWithOffsets(i, size - 2, visitor);
    if (error == hmipv6::WireError::TRUNCATED)
    {
        // The buffer holds the whole header: an option runs past its Hdr Ext Len.
        error = hmipv6::WireError::LENGTH_MISMATCH;
    }
    if (error == hmipv6::WireError::NONE && !found)
    {
        error = hmipv6::WireError::MISSING_OPTION;
    }
    if (error != hmipv6::WireError::NONE)
    {
        m_error = error;
        return 0;
    }

    m_nextHeader = nextHeader;
    m_prefixLength = prefixLength;
    m_msAddress = Ipv6Address::Deserialize(address);
    m_hasAuth = foundAuth;
    m_auth = foundAuth ? auth : hmipv6::AuthSubOption();
    m_authOffset = foundAuth ? authOffset : 0;
    m_hasTimestamp = foundTimestamp;
    m_timestamp = foundTimestamp ? timestamp.timestamp : 0;
    m_error = hmipv6::WireError::NONE;
    return size;
}

} // namespace ns3
