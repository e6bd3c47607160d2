// SPDX-License-Identifier: GPL-2.0-only
#include "registration-header-base.h"

#include "option-tlv.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RegistrationHeaderBase");

NS_OBJECT_ENSURE_REGISTERED(RegistrationHeaderBase);

namespace
{

/// Octets of the registration option before its sub-options: type, length, 8 fixed.
constexpr uint32_t MAIN_OPTION_FIXED_SIZE = 2 + RegistrationHeaderBase::FIXED_OPTION_LENGTH;
/// Octets of an address sub-option: type, length, 2 reserved, address.
constexpr uint32_t SUB_OPTION_SIZE = 2 + RegistrationHeaderBase::SUB_OPTION_LENGTH;
/// Octets of the Home Address option: type, length, address.
constexpr uint32_t HOME_ADDRESS_OPTION_SIZE = 2 + RegistrationHeaderBase::HOME_ADDRESS_LENGTH;

/**
 * \param i where to write; advanced by 16
 * \param address the address to write
 */
void
WriteAddress(Buffer::Iterator& i, Ipv6Address address)
{
    uint8_t octets[16];
    address.Serialize(octets);
    i.Write(octets, 16);
}

} // namespace

TypeId
RegistrationHeaderBase::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::RegistrationHeaderBase").SetParent<Header>().SetGroupName("Hmipv6");
    return tid;
}

RegistrationHeaderBase::RegistrationHeaderBase(uint8_t optionType)
    : m_nextHeader(DEFAULT_NEXT_HEADER),
      m_optionType(optionType),
      m_homeAddressOptionType(DEFAULT_HOME_ADDRESS_OPTION_TYPE),
      m_flags(0),
      m_prefixLength(0),
      m_sequence(0),
      m_lifetime(0),
      m_homeAddress(Ipv6Address::GetAny()),
      m_hasSubOption(false),
      m_subOptionAddress(Ipv6Address::GetAny()),
      m_authType(hmipv6::AuthSubOption::DEFAULT_TYPE),
      m_hasAuth(false),
      m_authOffset(0),
      m_error(hmipv6::WireError::NONE)
{
}

RegistrationHeaderBase::~RegistrationHeaderBase()
{
}

uint8_t
RegistrationHeaderBase::GetNextHeader() const
{
    return m_nextHeader;
}

void
RegistrationHeaderBase::SetNextHeader(uint8_t nextHeader)
{
    m_nextHeader = nextHeader;
}

uint8_t
RegistrationHeaderBase::GetOptionType() const
{
    return m_optionType;
}

void
RegistrationHeaderBase::SetOptionType(uint8_t optionType)
{
    NS_ASSERT_MSG(optionType != hmipv6::OptionTlv::PAD1 && optionType != hmipv6::OptionTlv::PADN,
                  "option type reserved for padding");
    m_optionType = optionType;
}

uint8_t
RegistrationHeaderBase::GetHomeAddressOptionType() const
{
    return m_homeAddressOptionType;
}

void
RegistrationHeaderBase::SetHomeAddressOptionType(uint8_t optionType)
{
    NS_ASSERT_MSG(optionType != hmipv6::OptionTlv::PAD1 && optionType != hmipv6::OptionTlv::PADN,
                  "option type reserved for padding");
    m_homeAddressOptionType = optionType;
}

uint8_t
RegistrationHeaderBase::GetFlags() const
{
    return m_flags;
}

void
RegistrationHeaderBase::SetFlags(uint8_t flags)
{
    m_flags = flags;
}

bool
RegistrationHeaderBase::IsAcknowledgeRequested() const
{
    return (m_flags & FLAG_ACKNOWLEDGE) != 0;
}

void
RegistrationHeaderBase::SetAcknowledgeRequested(bool acknowledge)
{
    if (acknowledge)
    {
        m_flags |= FLAG_ACKNOWLEDGE;
    }
    else
    {
        m_flags &= static_cast<uint8_t>(~FLAG_ACKNOWLEDGE);
    }
}

uint8_t
RegistrationHeaderBase::GetPrefixLength() const
{
    return m_prefixLength;
}

void
RegistrationHeaderBase::SetPrefixLength(uint8_t prefixLength)
{
    NS_ASSERT_MSG(prefixLength <= 128, "prefix length above 128");
    m_prefixLength = prefixLength;
}

uint16_t
RegistrationHeaderBase::GetSequence() const
{
    return m_sequence;
}

void
RegistrationHeaderBase::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint32_t
RegistrationHeaderBase::GetLifetime() const
{
    return m_lifetime;
}

void
RegistrationHeaderBase::SetLifetime(uint32_t lifetime)
{
    m_lifetime = lifetime;
}

Ipv6Address
RegistrationHeaderBase::GetHomeAddress() const
{
    return m_homeAddress;
}

void
RegistrationHeaderBase::SetHomeAddress(Ipv6Address address)
{
    m_homeAddress = address;
}

hmipv6::WireError
RegistrationHeaderBase::GetError() const
{
    return m_error;
}

uint8_t
RegistrationHeaderBase::GetAuthSubOptionType() const
{
    return m_authType;
}

void
RegistrationHeaderBase::SetAuthSubOptionType(uint8_t type)
{
    NS_ABORT_MSG_IF(type < 2 || type == GetSubOptionType(),
                    "authentication sub-option type " << +type
                                                      << " is padding or the message's own "
                                                         "sub-option (KeyChain AuthSubOptionType)");
    m_authType = type;
}

bool
RegistrationHeaderBase::HasAuthentication() const
{
    return m_hasAuth;
}

const hmipv6::AuthSubOption&
RegistrationHeaderBase::GetAuthentication() const
{
    return m_auth;
}

void
RegistrationHeaderBase::SetAuthentication(const hmipv6::AuthSubOption& auth)
{
    m_hasAuth = true;
    m_auth = auth;
    m_authOffset = 0; // Serialize's place from now on
}

void
RegistrationHeaderBase::ClearAuthentication()
{
    m_hasAuth = false;
    m_auth = hmipv6::AuthSubOption();
    m_authOffset = 0;
}

uint32_t
RegistrationHeaderBase::GetAuthenticatorOffset() const
{
    if (!m_hasAuth || m_authOffset != 0)
    {
        return m_authOffset;
    }
    return 2 + MAIN_OPTION_FIXED_SIZE + (WritesSubOption() ? SUB_OPTION_SIZE : 0) +
           hmipv6::AuthSubOption::AUTHENTICATOR_OFFSET;
}

bool
RegistrationHeaderBase::HasSubOptionAddress() const
{
    return WritesSubOption();
}

Ipv6Address
RegistrationHeaderBase::GetSubOptionAddress() const
{
    return m_subOptionAddress;
}

void
RegistrationHeaderBase::SetSubOptionAddress(Ipv6Address address)
{
    NS_ASSERT_MSG(GetSubOptionType() != NO_SUB_OPTION, "this message has no sub-option");
    m_hasSubOption = true;
    m_subOptionAddress = address;
    m_authOffset = 0;
}

void
RegistrationHeaderBase::ClearSubOptionAddress()
{
    m_hasSubOption = false;
    m_subOptionAddress = Ipv6Address::GetAny();
    m_authOffset = 0;
}

bool
RegistrationHeaderBase::WritesSubOption() const
{
    return GetSubOptionType() != NO_SUB_OPTION && (m_hasSubOption || IsSubOptionMandatory());
}

void
RegistrationHeaderBase::Print(std::ostream& os) const
{
    os << GetMessageName() << " type=" << static_cast<uint32_t>(m_optionType)
       << " flags=" << static_cast<uint32_t>(m_flags)
       << " prefixLength=" << static_cast<uint32_t>(m_prefixLength) << " sequence=" << m_sequence
       << " lifetime=" << m_lifetime;
    if (WritesSubOption())
    {
        os << " " << GetSubOptionName() << "=" << m_subOptionAddress;
    }
    os << " homeAddress=" << m_homeAddress;
    if (m_hasAuth)
    {
        os << " spi=" << m_auth.spi;
    }
}

uint32_t
RegistrationHeaderBase::GetSerializedSize() const
{
    uint32_t position = 2 + MAIN_OPTION_FIXED_SIZE + (WritesSubOption() ? SUB_OPTION_SIZE : 0) +
                        (m_hasAuth ? hmipv6::AuthSubOption::SIZE : 0);
    return position + hmipv6::OptionTlv::PaddingFor(position, 8, 6) + HOME_ADDRESS_OPTION_SIZE;
}

void
RegistrationHeaderBase::Serialize(Buffer::Iterator start) const
{
    Buffer::Iterator i = start;
    bool subOption = WritesSubOption();
    uint32_t size = GetSerializedSize();

    i.WriteU8(m_nextHeader);
    i.WriteU8(static_cast<uint8_t>(size / 8 - 1)); // Hdr Ext Len
    i.WriteU8(m_optionType);
    i.WriteU8(static_cast<uint8_t>(FIXED_OPTION_LENGTH + (subOption ? SUB_OPTION_SIZE : 0) +
                                   (m_hasAuth ? hmipv6::AuthSubOption::SIZE : 0)));
    i.WriteU8(m_flags);
    i.WriteU8(m_prefixLength);
    i.WriteHtonU16(m_sequence);
    i.WriteHtonU32(m_lifetime);
    uint32_t position = 2 + MAIN_OPTION_FIXED_SIZE;
    if (subOption)
    {
        i.WriteU8(GetSubOptionType());
        i.WriteU8(SUB_OPTION_LENGTH);
        i.WriteU8(0, 2); // reserved (the figures' "pad pad")
        WriteAddress(i, m_subOptionAddress);
        position += SUB_OPTION_SIZE;
    }
    if (m_hasAuth)
    {
        m_auth.Write(i, m_authType);
        position += hmipv6::AuthSubOption::SIZE;
    }
    // RFC 6275 6.3: the Home Address option is aligned at 8n+6, so its address at 8n.
    hmipv6::OptionTlv::WritePadding(i, hmipv6::OptionTlv::PaddingFor(position, 8, 6));
    i.WriteU8(m_homeAddressOptionType);
    i.WriteU8(HOME_ADDRESS_LENGTH);
    WriteAddress(i, m_homeAddress);
}

uint32_t
RegistrationHeaderBase::Deserialize(Buffer::Iterator start)
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

    // Parse into locals so that a rejected message leaves the header as it was.
    bool foundMain = false;
    bool foundHome = false;
    bool foundSub = false;
    uint8_t flags = 0;
    uint8_t prefixLength = 0;
    uint16_t sequence = 0;
    uint32_t lifetime = 0;
    uint8_t home[16] = {};
    uint8_t sub[16] = {};
    bool foundAuth = false;
    hmipv6::AuthSubOption auth;
    uint32_t authOffset = 0;
    const uint8_t subOptionType = GetSubOptionType();

    uint32_t mainOffset = 0; // where the registration option's data start in the header
    auto subVisitor = [&](uint8_t type, uint8_t length, Buffer::Iterator data, uint32_t offset) {
        if (type == m_authType)
        {
            if (foundAuth)
            {
                return hmipv6::WireError::DUPLICATE_OPTION;
            }
            foundAuth = true;
            // offset: of the sub-option's data, 2 octets into it
            authOffset = mainOffset + FIXED_OPTION_LENGTH + offset - 2 +
                         hmipv6::AuthSubOption::AUTHENTICATOR_OFFSET;
            return auth.Read(data, length);
        }
        if (subOptionType == NO_SUB_OPTION || type != subOptionType)
        {
            return hmipv6::WireError::UNKNOWN_SUB_OPTION;
        }
        if (foundSub)
        {
            return hmipv6::WireError::DUPLICATE_OPTION;
        }
        if (length != SUB_OPTION_LENGTH)
        {
            return hmipv6::WireError::BAD_FIXED_LENGTH;
        }
        data.Next(2); // reserved
        data.Read(sub, 16);
        foundSub = true;
        return hmipv6::WireError::NONE;
    };

    auto visitor = [&](uint8_t type, uint8_t length, Buffer::Iterator data, uint32_t offset) {
        if (type == m_optionType)
        {
            mainOffset = 2 + offset;
            if (foundMain)
            {
                return hmipv6::WireError::DUPLICATE_OPTION;
            }
            if (length < FIXED_OPTION_LENGTH)
            {
                return hmipv6::WireError::BAD_FIXED_LENGTH;
            }
            flags = data.ReadU8();
            prefixLength = data.ReadU8();
            sequence = data.ReadNtohU16();
            lifetime = data.ReadNtohU32();
            if (prefixLength > 128)
            {
                return hmipv6::WireError::BAD_PREFIX_LENGTH;
            }
            hmipv6::WireError error =
                hmipv6::OptionTlv::WalkWithOffsets(data, length - FIXED_OPTION_LENGTH, subVisitor);
            if (error == hmipv6::WireError::TRUNCATED)
            {
                // The option holds olen octets: a sub-option runs past olen.
                return hmipv6::WireError::LENGTH_MISMATCH;
            }
            foundMain = true;
            return error;
        }
        if (type == m_homeAddressOptionType)
        {
            if (foundHome)
            {
                return hmipv6::WireError::DUPLICATE_OPTION;
            }
            if (length != HOME_ADDRESS_LENGTH)
            {
                return hmipv6::WireError::BAD_FIXED_LENGTH;
            }
            data.Read(home, 16);
            foundHome = true;
            return hmipv6::WireError::NONE;
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
    if (error == hmipv6::WireError::NONE &&
        (!foundMain || !foundHome || (IsSubOptionMandatory() && !foundSub)))
    {
        error = hmipv6::WireError::MISSING_OPTION;
    }
    if (error != hmipv6::WireError::NONE)
    {
        m_error = error;
        return 0;
    }

    m_nextHeader = nextHeader;
    m_flags = flags;
    m_prefixLength = prefixLength;
    m_sequence = sequence;
    m_lifetime = lifetime;
    m_homeAddress = Ipv6Address::Deserialize(home);
    m_hasSubOption = foundSub;
    m_subOptionAddress = foundSub ? Ipv6Address::Deserialize(sub) : Ipv6Address::GetAny();
    m_hasAuth = foundAuth;
    m_auth = foundAuth ? auth : hmipv6::AuthSubOption();
    m_authOffset = foundAuth ? authOffset : 0;
    m_error = hmipv6::WireError::NONE;
    return size;
}

} // namespace ns3
