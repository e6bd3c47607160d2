// SPDX-License-Identifier: GPL-2.0-only
#include "key-chain.h"

#include "ns3/abort.h"
#include "ns3/assert.h"
#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/nstime.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6KeyChain");
NS_OBJECT_ENSURE_REGISTERED(KeyChain);

namespace
{
using Digest = std::array<uint8_t, 32>; //!< an HMAC-SHA-256 result

/**
 * \param key the key \param keyLength its length \param data the data
 * \return HMAC-SHA-256(key, data) (RFC 2104, RFC 4868)
 */
Digest
HmacSha256(const uint8_t* key, size_t keyLength, const std::vector<uint8_t>& data)
{
    Digest digest{};
    unsigned int length = 0;
    const unsigned char* result = HMAC(EVP_sha256(),
                                       key,
                                       static_cast<int>(keyLength),
                                       data.data(),
                                       data.size(),
                                       digest.data(),
                                       &length);
    NS_ASSERT_MSG(result && length == digest.size(), "HMAC-SHA-256 failed");
    return digest;
}

/**
 * \param data appended to \param address an address
 */
void
Append(std::vector<uint8_t>& data, Ipv6Address address)
{
    uint8_t octets[16];
    address.Serialize(octets);
    data.insert(data.end(), octets, octets + 16);
}
} // namespace

TypeId
KeyChain::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::KeyChain")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<KeyChain>()
            .AddAttribute("RequireAuthentication",
                          "Authenticate the draft's messages and the home registration "
                          "(draft 5.2: MUST): senders sign, receivers drop what does not "
                          "verify. False turns authentication off, to measure its cost.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&KeyChain::m_required),
                          MakeBooleanChecker())
            .AddAttribute("ReplayWindow",
                          "Largest difference between a timestamped message's timestamp and "
                          "the receiver's clock (RFC 4285 6 leaves it to the "
                          "implementation; nodes share the simulator's clock here).",
                          TimeValue(Seconds(7)),
                          MakeTimeAccessor(&KeyChain::m_replayWindow),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("Seed",
                          "Secret from which the associations not installed by hand are "
                          "derived (pre-installed keys); empty: none is derived.",
                          StringValue("hmipv6 pre-installed keys"),
                          MakeStringAccessor(&KeyChain::m_seed),
                          MakeStringChecker())
            .AddAttribute("AuthSubOptionType",
                          "Sub-option type of the authentication sub-option of the draft's "
                          "messages and of Mobility Information (the module's choice, after "
                          "the draft's 102 and 103; every node of a scenario must agree).",
                          UintegerValue(DEFAULT_AUTH_SUB_OPTION_TYPE),
                          MakeUintegerAccessor(&KeyChain::m_authSubOptionType),
                          MakeUintegerChecker<uint8_t>(2))
            .AddAttribute("TimestampSubOptionType",
                          "Sub-option type of the timestamp sub-option of Mobility "
                          "Information (the module's choice, after the authentication "
                          "sub-option).",
                          UintegerValue(DEFAULT_TIMESTAMP_SUB_OPTION_TYPE),
                          MakeUintegerAccessor(&KeyChain::m_timestampSubOptionType),
                          MakeUintegerChecker<uint8_t>(2));
    return tid;
}

KeyChain::KeyChain()
    : m_required(true),
      m_replayWindow(Seconds(7)),
      m_authSubOptionType(DEFAULT_AUTH_SUB_OPTION_TYPE),
      m_timestampSubOptionType(DEFAULT_TIMESTAMP_SUB_OPTION_TYPE)
{
    NS_LOG_FUNCTION(this);
}

KeyChain::~KeyChain()
{
    NS_LOG_FUNCTION(this);
}

Ptr<KeyChain>
KeyChain::For(Ptr<Node> node)
{
    Ptr<KeyChain> keys = node->GetObject<KeyChain>();
    if (!keys)
    {
        keys = CreateObject<KeyChain>();
        node->AggregateObject(keys);
    }
    return keys;
}

bool
KeyChain::IsRequired() const
{
    return m_required;
}

void
KeyChain::SetRequired(bool required)
{
    m_required = required;
}

uint8_t
KeyChain::GetAuthSubOptionType() const
{
    return m_authSubOptionType;
}

uint8_t
KeyChain::GetTimestampSubOptionType() const
{
    return m_timestampSubOptionType;
}

Time
KeyChain::GetReplayWindow() const
{
    return m_replayWindow;
}

bool
KeyChain::IsFresh(Time sent) const
{
    return Abs(Simulator::Now() - sent) <= m_replayWindow;
}

KeyChain::Name
KeyChain::MakeName(Scope scope, Ipv6Address a, Ipv6Address b)
{
    if (scope == MS_MS && b < a)
    {
        std::swap(a, b);
    }
    return Name(scope, a, b);
}

void
KeyChain::Install(Scope scope, Ipv6Address a, Ipv6Address b, const SecurityAssociation& association)
{
    NS_LOG_FUNCTION(this << scope << a << b << association.spi);
    NS_ABORT_MSG_IF(association.spi < 256, "KeyChain: SPIs 0 to 255 are reserved (RFC 4285 5.1)");
    m_installed[MakeName(scope, a, b)] = association;
}

void
KeyChain::Uninstall(Scope scope, Ipv6Address a, Ipv6Address b)
{
    NS_LOG_FUNCTION(this << scope << a << b);
    m_installed.erase(MakeName(scope, a, b));
}

std::optional<SecurityAssociation>
KeyChain::Find(Scope scope, Ipv6Address a, Ipv6Address b) const
{
    Name name = MakeName(scope, a, b);
    auto it = m_installed.find(name);
    if (it != m_installed.end())
    {
        return it->second;
    }
    if (m_seed.empty())
    {
        return std::nullopt;
    }
    std::vector<uint8_t> label = {'h', 'm', 'i', 'p', 'v', '6', static_cast<uint8_t>(scope)};
    Append(label, std::get<1>(name));
    Append(label, std::get<2>(name));
    const auto* seed = reinterpret_cast<const uint8_t*>(m_seed.data());
    SecurityAssociation association;
    Digest key = HmacSha256(seed, m_seed.size(), label);
    std::copy(key.begin(), key.end(), association.key.begin());
    label.insert(label.begin(), {'s', 'p', 'i'});
    Digest spi = HmacSha256(seed, m_seed.size(), label);
    uint32_t bits = (uint32_t(spi[0]) << 24) | (uint32_t(spi[1]) << 16) | (uint32_t(spi[2]) << 8) |
                    uint32_t(spi[3]);
    association.spi = 256 + bits % (0xffffffffu - 255u);
    return association;
}

KeyChain::Authenticator
KeyChain::Compute(const SecurityAssociation& association,
                  Ipv6Address source,
                  Ipv6Address destination,
                  std::vector<uint8_t> octets,
                  uint32_t authenticatorOffset)
{
    NS_ASSERT(authenticatorOffset + AUTHENTICATOR_LENGTH <= octets.size());
    std::fill_n(octets.begin() + authenticatorOffset, AUTHENTICATOR_LENGTH, 0);
    std::vector<uint8_t> data;
    data.reserve(32 + octets.size());
    Append(data, source);
    Append(data, destination);
    data.insert(data.end(), octets.begin(), octets.end());
    Digest digest = HmacSha256(association.key.data(), association.key.size(), data);
    Authenticator authenticator;
    std::copy_n(digest.begin(), AUTHENTICATOR_LENGTH, authenticator.begin());
    return authenticator;
}

bool
KeyChain::Verify(const SecurityAssociation& association,
                 Ipv6Address source,
                 Ipv6Address destination,
                 const std::vector<uint8_t>& octets,
                 uint32_t authenticatorOffset)
{
    if (authenticatorOffset + AUTHENTICATOR_LENGTH > octets.size())
    {
        return false;
    }
    Authenticator expected = Compute(association, source, destination, octets, authenticatorOffset);
    return CRYPTO_memcmp(expected.data(),
                         octets.data() + authenticatorOffset,
                         AUTHENTICATOR_LENGTH) == 0;
}

} // namespace hmipv6
} // namespace ns3
