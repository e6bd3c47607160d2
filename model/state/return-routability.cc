// SPDX-License-Identifier: GPL-2.0-only
#include "return-routability.h"

#include "ns3/abort.h"
#include "ns3/assert.h"
#include "ns3/random-variable-stream.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace ns3
{
namespace hmipv6
{

namespace
{

/// Append the 16 octets of an address to a message.
void
AppendAddress(std::vector<uint8_t>& data, Ipv6Address address)
{
    uint8_t bytes[16];
    address.GetBytes(bytes);
    data.insert(data.end(), bytes, bytes + sizeof(bytes));
}

/// First(64, HMAC_SHA1(Kcn, address | nonce | which)) of RFC 6275 5.2.5.
ReturnRoutability::Token
KeygenToken(const ReturnRoutability::Key& kcn,
            Ipv6Address address,
            const ReturnRoutability::Nonce& nonce,
            uint8_t which)
{
    std::vector<uint8_t> data;
    data.reserve(16 + nonce.size() + 1);
    AppendAddress(data, address);
    data.insert(data.end(), nonce.begin(), nonce.end());
    data.push_back(which);
    ReturnRoutability::Digest mac = ReturnRoutability::HmacSha1(kcn.data(), kcn.size(), data);
    ReturnRoutability::Token token;
    std::copy_n(mac.begin(), token.size(), token.begin());
    return token;
}

} // namespace

ReturnRoutability::Digest
ReturnRoutability::HmacSha1(const uint8_t* key,
                            std::size_t keyLength,
                            const std::vector<uint8_t>& data)
{
    Digest mac;
    unsigned int macLength = 0;
    const unsigned char* result = HMAC(EVP_sha1(),
                                       key,
                                       static_cast<int>(keyLength),
                                       data.data(),
                                       data.size(),
                                       mac.data(),
                                       &macLength);
    NS_ABORT_MSG_IF(result == nullptr || macLength != mac.size(), "OpenSSL HMAC-SHA1 failed");
    return mac;
}

ReturnRoutability::Digest
ReturnRoutability::Sha1(const std::vector<uint8_t>& data)
{
    Digest digest;
    const unsigned char* result = SHA1(data.data(), data.size(), digest.data());
    NS_ABORT_MSG_IF(result == nullptr, "OpenSSL SHA1 failed");
    return digest;
}

ReturnRoutability::Token
ReturnRoutability::HomeKeygenToken(const Key& kcn, Ipv6Address home, const Nonce& nonce)
{
    return KeygenToken(kcn, home, nonce, 0);
}

ReturnRoutability::Token
ReturnRoutability::CareOfKeygenToken(const Key& kcn, Ipv6Address careOf, const Nonce& nonce)
{
    return KeygenToken(kcn, careOf, nonce, 1);
}

ReturnRoutability::Key
ReturnRoutability::Kbm(const Token& homeToken, const Token& careOfToken)
{
    std::vector<uint8_t> data(homeToken.begin(), homeToken.end());
    data.insert(data.end(), careOfToken.begin(), careOfToken.end());
    return Sha1(data);
}

ReturnRoutability::Key
ReturnRoutability::Kbm(const Token& homeToken)
{
    return Sha1(std::vector<uint8_t>(homeToken.begin(), homeToken.end()));
}

std::vector<uint8_t>
ReturnRoutability::Authenticator(const Key& kbm,
                                 Ipv6Address careOf,
                                 Ipv6Address correspondent,
                                 const std::vector<uint8_t>& mobilityHeaderData)
{
    std::vector<uint8_t> data;
    data.reserve(32 + mobilityHeaderData.size());
    AppendAddress(data, careOf);
    AppendAddress(data, correspondent);
    data.insert(data.end(), mobilityHeaderData.begin(), mobilityHeaderData.end());
    Digest mac = HmacSha1(kbm.data(), kbm.size(), data);
    return std::vector<uint8_t>(mac.begin(), mac.begin() + AUTHENTICATOR_LENGTH);
}

bool
ReturnRoutability::CheckAuthenticator(const Key& kbm,
                                      Ipv6Address careOf,
                                      Ipv6Address correspondent,
                                      const std::vector<uint8_t>& mobilityHeaderData,
                                      const std::vector<uint8_t>& received)
{
    if (received.size() != AUTHENTICATOR_LENGTH)
    {
        return false;
    }
    std::vector<uint8_t> expected = Authenticator(kbm, careOf, correspondent, mobilityHeaderData);
    // Constant time: a forger must not learn how many leading octets were right.
    return CRYPTO_memcmp(expected.data(), received.data(), AUTHENTICATOR_LENGTH) == 0;
}

std::vector<uint8_t>
ReturnRoutability::MhDataForAuthenticator(const std::vector<uint8_t>& mobilityHeader,
                                          std::size_t authenticatorLength)
{
    if (mobilityHeader.size() < CHECKSUM_OFFSET + 2 + authenticatorLength)
    {
        return {};
    }
    std::vector<uint8_t> data(mobilityHeader.begin(),
                              mobilityHeader.end() -
                                  static_cast<std::ptrdiff_t>(authenticatorLength));
    data[CHECKSUM_OFFSET] = 0;
    data[CHECKSUM_OFFSET + 1] = 0;
    return data;
}

CorrespondentSecrets::CorrespondentSecrets(RandomBytes random)
    : m_random(std::move(random)),
      m_kcn{},
      m_kcnChanged(false),
      m_nextIndex(0),
      m_nonceInterval(
          Seconds(ReturnRoutability::MAX_NONCE_LIFETIME - ReturnRoutability::MAX_TOKEN_LIFETIME)),
      m_maxNonceLifetime(Seconds(ReturnRoutability::MAX_NONCE_LIFETIME))
{
    NS_ABORT_MSG_IF(!m_random, "CorrespondentSecrets needs a random source");
    m_random(m_kcn.data(), m_kcn.size());
    // A random first index makes a rebooted node unlikely to accept old indices.
    uint8_t first[2];
    m_random(first, sizeof(first));
    m_nextIndex = static_cast<uint16_t>((first[0] << 8) | first[1]);
}

CorrespondentSecrets::RandomBytes
CorrespondentSecrets::FromRandomVariable(Ptr<UniformRandomVariable> variable)
{
    NS_ABORT_MSG_IF(!variable, "no random variable");
    return [variable](uint8_t* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i)
        {
            data[i] = static_cast<uint8_t>(variable->GetInteger(0, 255));
        }
    };
}

const CorrespondentSecrets::Key&
CorrespondentSecrets::GetKcn() const
{
    return m_kcn;
}

void
CorrespondentSecrets::SetKcn(const Key& kcn)
{
    m_kcn = kcn;
    m_kcnChanged = true;
}

void
CorrespondentSecrets::RegenerateKcn()
{
    Key kcn;
    m_random(kcn.data(), kcn.size());
    SetKcn(kcn);
}

uint16_t
CorrespondentSecrets::CurrentNonceIndex(Time now)
{
    for (auto it = m_nonces.begin(); it != m_nonces.end();)
    {
        if (now - it->second.generatedAt > m_maxNonceLifetime)
        {
            it = m_nonces.erase(it);
        }
        else
        {
            ++it;
        }
    }

    bool fresh = false;
    if (m_currentIndex.has_value() && !m_kcnChanged)
    {
        auto current = m_nonces.find(*m_currentIndex);
        fresh = current != m_nonces.end() && now - current->second.generatedAt < m_nonceInterval;
    }
    if (!fresh)
    {
        NonceEntry entry;
        m_random(entry.nonce.data(), entry.nonce.size());
        entry.kcn = m_kcn;
        entry.generatedAt = now;
        // After 2^16 nonces the index wraps onto one long forgotten: overwrite it.
        m_nonces[m_nextIndex] = entry;
        m_currentIndex = m_nextIndex;
        m_nextIndex = static_cast<uint16_t>(m_nextIndex + 1);
        m_kcnChanged = false;
    }
    return *m_currentIndex;
}

const CorrespondentSecrets::NonceEntry*
CorrespondentSecrets::FindValid(uint16_t index, Time now) const
{
    auto it = m_nonces.find(index);
    if (it == m_nonces.end() || now - it->second.generatedAt > m_maxNonceLifetime)
    {
        return nullptr;
    }
    return &it->second;
}

bool
CorrespondentSecrets::IsNonceIndexValid(uint16_t index, Time now) const
{
    return FindValid(index, now) != nullptr;
}

std::optional<CorrespondentSecrets::Nonce>
CorrespondentSecrets::GetNonce(uint16_t index, Time now) const
{
    const NonceEntry* entry = FindValid(index, now);
    if (entry == nullptr)
    {
        return std::nullopt;
    }
    return entry->nonce;
}

std::optional<CorrespondentSecrets::Token>
CorrespondentSecrets::HomeKeygenToken(uint16_t index, Ipv6Address home, Time now) const
{
    const NonceEntry* entry = FindValid(index, now);
    if (entry == nullptr)
    {
        return std::nullopt;
    }
    return ReturnRoutability::HomeKeygenToken(entry->kcn, home, entry->nonce);
}

std::optional<CorrespondentSecrets::Token>
CorrespondentSecrets::CareOfKeygenToken(uint16_t index, Ipv6Address careOf, Time now) const
{
    const NonceEntry* entry = FindValid(index, now);
    if (entry == nullptr)
    {
        return std::nullopt;
    }
    return ReturnRoutability::CareOfKeygenToken(entry->kcn, careOf, entry->nonce);
}

std::optional<CorrespondentSecrets::Key>
CorrespondentSecrets::Kbm(Ipv6Address home,
                          uint16_t homeIndex,
                          Ipv6Address careOf,
                          uint16_t careOfIndex,
                          Time now) const
{
    std::optional<Token> homeToken = HomeKeygenToken(homeIndex, home, now);
    std::optional<Token> careOfToken = CareOfKeygenToken(careOfIndex, careOf, now);
    if (!homeToken.has_value() || !careOfToken.has_value())
    {
        return std::nullopt;
    }
    return ReturnRoutability::Kbm(*homeToken, *careOfToken);
}

std::optional<CorrespondentSecrets::Key>
CorrespondentSecrets::DeregistrationKbm(Ipv6Address home, uint16_t homeIndex, Time now) const
{
    std::optional<Token> homeToken = HomeKeygenToken(homeIndex, home, now);
    if (!homeToken.has_value())
    {
        return std::nullopt;
    }
    return ReturnRoutability::Kbm(*homeToken);
}

std::size_t
CorrespondentSecrets::GetNonceCount() const
{
    return m_nonces.size();
}

void
CorrespondentSecrets::SetNonceInterval(Time interval)
{
    NS_ASSERT_MSG(interval.IsStrictlyPositive(), "nonce interval must be > 0");
    m_nonceInterval = interval;
}

Time
CorrespondentSecrets::GetNonceInterval() const
{
    return m_nonceInterval;
}

void
CorrespondentSecrets::SetMaxNonceLifetime(Time lifetime)
{
    NS_ASSERT_MSG(lifetime.IsStrictlyPositive(), "nonce lifetime must be > 0");
    m_maxNonceLifetime = lifetime;
}

Time
CorrespondentSecrets::GetMaxNonceLifetime() const
{
    return m_maxNonceLifetime;
}

} // namespace hmipv6
} // namespace ns3
