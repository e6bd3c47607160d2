// SPDX-License-Identifier: GPL-2.0-only
// Return routability cryptography (RFC 6275 5.2): known answers of the OpenSSL calls,
// RFC 6275 formula vectors computed independently, the correspondent's nonce table, and
// the authenticator check.
//
// The formula vectors were computed outside this code with Python's standard library
// (hmac, hashlib, ipaddress), straight from the RFC's formulas, e.g.
//   ht  = hmac.new(kcn, home.packed + nonce + b'\x00', hashlib.sha1).digest()[:8]
//   ct  = hmac.new(kcn, coa.packed + nonce + b'\x01', hashlib.sha1).digest()[:8]
//   kbm = hashlib.sha1(ht + ct).digest();  kbm_dereg = hashlib.sha1(ht).digest()
//   auth = hmac.new(kbm, coa.packed + cn.packed + mh_data, hashlib.sha1).digest()[:12]
// with mh_data the Binding Update below, checksum zeroed, authenticator removed.
#include "ns3/random-variable-stream.h"
#include "ns3/return-routability.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <string>

using ns3::Ipv6Address;
using ns3::NanoSeconds;
using ns3::Seconds;
using ns3::hmipv6::CorrespondentSecrets;
using ns3::hmipv6::ReturnRoutability;
using Bytes = std::vector<uint8_t>;

namespace
{

const Ipv6Address kHome("2001:db8:1::1");
const Ipv6Address kCoa("2001:db8:a::1");
const Ipv6Address kCn("2001:db8:c::1");

/// Kcn = 00 01 02 ... 13.
ReturnRoutability::Key
CountingKey()
{
    ReturnRoutability::Key key;
    for (std::size_t i = 0; i < key.size(); ++i)
    {
        key[i] = static_cast<uint8_t>(i);
    }
    return key;
}

const ReturnRoutability::Nonce kHomeNonce = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
const ReturnRoutability::Nonce kCareOfNonce = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7};

// clang-format off
/// A Binding Update (RFC 6275 6.1.7) with Nonce Indices and Binding Authorization Data.
const Bytes kBindingUpdate = {
    0x3b, 0x03, 0x05, 0x00,             // Payload Proto 59, Header Len 3 (32 octets), MH Type 5
    0xbe, 0xef,                         // Checksum (as received; MH Data reads it as zero)
    0x00, 0x07,                         // Sequence 7
    0x80, 0x00,                         // A flag
    0x00, 0x0f,                         // Lifetime 15 (60 s)
    0x04, 0x04, 0x01, 0x02, 0x03, 0x04, // Nonce Indices: home 0x0102, care-of 0x0304
    0x05, 0x0c,                         // Binding Authorization Data, 12 octets (8n+2)
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // Authenticator (replaced when checked)
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

/// Its MH Data: checksum zero, authenticator left out.
const Bytes kMhData = {
    0x3b, 0x03, 0x05, 0x00, 0x00, 0x00, 0x00, 0x07, 0x80, 0x00,
    0x00, 0x0f, 0x04, 0x04, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0c,
};
// clang-format on

// Expected values, from the Python computation described at the top of the file.
const ReturnRoutability::Token kHomeToken = {0x03, 0xd3, 0xd8, 0x28, 0xb0, 0x17, 0xa5, 0x74};
const ReturnRoutability::Token kCareOfToken = {0x36, 0x9b, 0x45, 0xf3, 0x4b, 0x96, 0x85, 0x1b};
const ReturnRoutability::Key kKbm = {0xd8, 0xa6, 0x7d, 0xe5, 0x96, 0x4e, 0x86, 0xb0, 0x00, 0xea,
                                     0xc5, 0x2a, 0xcd, 0xae, 0x7f, 0xf2, 0x49, 0x83, 0x1c, 0x3c};
const ReturnRoutability::Key kKbmDereg = {0x58, 0x90, 0x9a, 0xeb, 0xae, 0x61, 0xa8,
                                          0x19, 0x4d, 0xd7, 0x43, 0x86, 0x7c, 0xc2,
                                          0x30, 0xbb, 0x6d, 0x7d, 0x7f, 0xbb};
const Bytes kAuthenticator =
    {0x0d, 0x18, 0x44, 0xf4, 0xfe, 0xce, 0x3f, 0x29, 0x2d, 0x05, 0x28, 0xdf};
/// Deregistration: care-of address = home address, Kbm = SHA1(home token).
const Bytes kDeregAuthenticator =
    {0x8e, 0x7e, 0x8a, 0x9a, 0x20, 0x1a, 0xee, 0xe4, 0xe2, 0x74, 0x7b, 0x85};

std::string
Hex(const ReturnRoutability::Digest& digest)
{
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (uint8_t b : digest)
    {
        s += digits[b >> 4];
        s += digits[b & 0xf];
    }
    return s;
}

Bytes
Text(const std::string& s)
{
    return Bytes(s.begin(), s.end());
}

/// A deterministic random source: 00, 01, 02, ... So Kcn = 00..13, the first nonce index
/// is 0x1415 and the first nonce 16..1d.
CorrespondentSecrets::RandomBytes
Counter()
{
    auto next = std::make_shared<uint8_t>(0);
    return [next](uint8_t* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i)
        {
            data[i] = (*next)++;
        }
    };
}

} // namespace

// --- Known answers of the library calls ------------------------------------------------

TEST(ReturnRoutability, HmacSha1Rfc2202)
{
    // RFC 2202 section 3, test cases 1 to 3.
    Bytes key1(20, 0x0b);
    EXPECT_EQ(Hex(ReturnRoutability::HmacSha1(key1.data(), key1.size(), Text("Hi There"))),
              "b617318655057264e28bc0b6fb378c8ef146be00");
    Bytes key2 = Text("Jefe");
    EXPECT_EQ(Hex(ReturnRoutability::HmacSha1(key2.data(),
                                              key2.size(),
                                              Text("what do ya want for nothing?"))),
              "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    Bytes key3(20, 0xaa);
    EXPECT_EQ(Hex(ReturnRoutability::HmacSha1(key3.data(), key3.size(), Bytes(50, 0xdd))),
              "125d7342b9ac11cd91a39af48aa17b4f63f175d3");
}

TEST(ReturnRoutability, Sha1Fips180)
{
    // FIPS 180-2 appendix A examples.
    EXPECT_EQ(Hex(ReturnRoutability::Sha1(Text("abc"))),
              "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(Hex(ReturnRoutability::Sha1(
                  Text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
              "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

// --- RFC 6275 formulas -----------------------------------------------------------------

TEST(ReturnRoutability, KeygenTokens)
{
    ReturnRoutability::Key kcn = CountingKey();
    EXPECT_EQ(ReturnRoutability::HomeKeygenToken(kcn, kHome, kHomeNonce), kHomeToken);
    EXPECT_EQ(ReturnRoutability::CareOfKeygenToken(kcn, kCoa, kCareOfNonce), kCareOfToken);
    // The trailing 0/1 octet separates the two: same inputs, different tokens
    // (hmac(kcn, home | nonce | 0x01)[:8] = 36 57 cd 9f c3 89 52 28 in Python).
    const ReturnRoutability::Token homeAsCareOf = {0x36, 0x57, 0xcd, 0x9f, 0xc3, 0x89, 0x52, 0x28};
    EXPECT_EQ(ReturnRoutability::CareOfKeygenToken(kcn, kHome, kHomeNonce), homeAsCareOf);
}

TEST(ReturnRoutability, BindingManagementKey)
{
    EXPECT_EQ(ReturnRoutability::Kbm(kHomeToken, kCareOfToken), kKbm);
    EXPECT_EQ(ReturnRoutability::Kbm(kHomeToken), kKbmDereg);
}

TEST(ReturnRoutability, MhDataZeroesChecksumAndDropsAuthenticator)
{
    EXPECT_EQ(ReturnRoutability::MhDataForAuthenticator(kBindingUpdate), kMhData);
    // The checksum and the authenticator's value do not change MH Data.
    Bytes other = kBindingUpdate;
    other[4] = 0x12;
    other[5] = 0x34;
    other.back() = 0x00;
    EXPECT_EQ(ReturnRoutability::MhDataForAuthenticator(other), kMhData);
    // Too short for a checksum plus an authenticator.
    EXPECT_TRUE(ReturnRoutability::MhDataForAuthenticator(Bytes(17, 0)).empty());
    EXPECT_EQ(ReturnRoutability::MhDataForAuthenticator(Bytes(18, 1)).size(), 6u);
}

TEST(ReturnRoutability, AuthenticatorVectors)
{
    EXPECT_EQ(ReturnRoutability::Authenticator(kKbm, kCoa, kCn, kMhData), kAuthenticator);
    EXPECT_EQ(ReturnRoutability::Authenticator(kKbmDereg, kHome, kCn, kMhData),
              kDeregAuthenticator);
    EXPECT_EQ(ReturnRoutability::Authenticator(kKbm, kCoa, kCn, kMhData).size(),
              ReturnRoutability::AUTHENTICATOR_LENGTH);
}

TEST(ReturnRoutability, CheckAuthenticatorAcceptsTheRightOne)
{
    Bytes received(kBindingUpdate.end() - 12, kBindingUpdate.end());
    Bytes message = kBindingUpdate;
    std::copy(kAuthenticator.begin(), kAuthenticator.end(), message.end() - 12);
    Bytes mhData = ReturnRoutability::MhDataForAuthenticator(message);
    Bytes field(message.end() - 12, message.end());
    EXPECT_TRUE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, mhData, field));
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, mhData, received));
}

TEST(ReturnRoutability, CheckAuthenticatorRejectsOneBitChanges)
{
    // Every single-bit change of the authenticator is rejected.
    for (std::size_t bit = 0; bit < kAuthenticator.size() * 8; ++bit)
    {
        Bytes forged = kAuthenticator;
        forged[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
        EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, kMhData, forged))
            << "bit " << bit;
    }
    // So is a one-bit change of the message, of either address, or of the key.
    Bytes mhData = kMhData;
    mhData[7] ^= 0x01; // sequence 7 -> 6
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, mhData, kAuthenticator));
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm,
                                                       Ipv6Address("2001:db8:a::3"),
                                                       kCn,
                                                       kMhData,
                                                       kAuthenticator));
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm,
                                                       kCoa,
                                                       Ipv6Address("2001:db8:c::3"),
                                                       kMhData,
                                                       kAuthenticator));
    ReturnRoutability::Key key = kKbm;
    key[19] ^= 0x01;
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(key, kCoa, kCn, kMhData, kAuthenticator));
    // Wrong lengths, including a correct prefix, are rejected.
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, kMhData, Bytes{}));
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(
        kKbm,
        kCoa,
        kCn,
        kMhData,
        Bytes(kAuthenticator.begin(), kAuthenticator.end() - 1)));
    Bytes longer = kAuthenticator;
    longer.push_back(0);
    EXPECT_FALSE(ReturnRoutability::CheckAuthenticator(kKbm, kCoa, kCn, kMhData, longer));
}

TEST(ReturnRoutability, Constants)
{
    EXPECT_EQ(ReturnRoutability::MAX_NONCE_LIFETIME, 240u);
    EXPECT_EQ(ReturnRoutability::MAX_TOKEN_LIFETIME, 210u);
    EXPECT_EQ(ReturnRoutability::MAX_RR_BINDING_LIFETIME, 420u);
    EXPECT_EQ(ReturnRoutability::AUTHENTICATOR_LENGTH, 12u);
}

// --- Correspondent secrets -------------------------------------------------------------

TEST(CorrespondentSecrets, DefaultsFromRfc6275)
{
    CorrespondentSecrets secrets(Counter());
    EXPECT_EQ(secrets.GetNonceInterval(), Seconds(30));
    EXPECT_EQ(secrets.GetMaxNonceLifetime(), Seconds(240));
    EXPECT_EQ(secrets.GetKcn(), CountingKey());
    EXPECT_EQ(secrets.GetNonceCount(), 0u);
}

TEST(CorrespondentSecrets, TokensMatchTheFormulas)
{
    CorrespondentSecrets secrets(Counter());
    uint16_t index = secrets.CurrentNonceIndex(Seconds(1));
    EXPECT_EQ(index, 0x1415);
    const ReturnRoutability::Nonce nonce = {0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d};
    ASSERT_TRUE(secrets.GetNonce(index, Seconds(1)).has_value());
    EXPECT_EQ(*secrets.GetNonce(index, Seconds(1)), nonce);

    // Python: Kcn = 00..13, nonce = 16..1d (see the top of the file).
    const ReturnRoutability::Token ht = {0x39, 0xa8, 0x88, 0x8f, 0xb1, 0xe9, 0x8f, 0x9d};
    const ReturnRoutability::Token ct = {0xc3, 0x94, 0xc7, 0x8f, 0xbb, 0x2c, 0x73, 0x71};
    const ReturnRoutability::Key kbm = {0xde, 0x51, 0x2f, 0x5d, 0x67, 0xb5, 0x61, 0x69, 0x9d, 0xbb,
                                        0x17, 0x72, 0x61, 0xcd, 0x47, 0xe4, 0x95, 0x45, 0xc8, 0x5b};
    EXPECT_EQ(secrets.HomeKeygenToken(index, kHome, Seconds(2)), ht);
    EXPECT_EQ(secrets.CareOfKeygenToken(index, kCoa, Seconds(2)), ct);
    EXPECT_EQ(secrets.Kbm(kHome, index, kCoa, index, Seconds(3)), kbm);
    EXPECT_EQ(secrets.DeregistrationKbm(kHome, index, Seconds(3)), ReturnRoutability::Kbm(ht));
}

TEST(CorrespondentSecrets, NonceRegenerationAndLifetime)
{
    CorrespondentSecrets secrets(Counter());
    uint16_t first = secrets.CurrentNonceIndex(Seconds(0));
    // The same nonce for the whole interval, a new one at 30 s.
    EXPECT_EQ(secrets.CurrentNonceIndex(Seconds(30) - NanoSeconds(1)), first);
    uint16_t second = secrets.CurrentNonceIndex(Seconds(30));
    EXPECT_EQ(second, static_cast<uint16_t>(first + 1));
    EXPECT_EQ(secrets.GetNonceCount(), 2u);
    EXPECT_NE(*secrets.GetNonce(first, Seconds(30)), *secrets.GetNonce(second, Seconds(30)));

    // Accepted up to and including MAX_NONCE_LIFETIME after generation, not beyond.
    EXPECT_TRUE(secrets.IsNonceIndexValid(first, Seconds(240)));
    EXPECT_FALSE(secrets.IsNonceIndexValid(first, Seconds(240) + NanoSeconds(1)));
    EXPECT_FALSE(secrets.HomeKeygenToken(first, kHome, Seconds(241)).has_value());
    EXPECT_TRUE(secrets.IsNonceIndexValid(second, Seconds(270)));
    EXPECT_FALSE(secrets.IsNonceIndexValid(static_cast<uint16_t>(second + 1), Seconds(31)));

    // Requests every 30 s keep at most 9 nonces (ages 0, 30, ..., 240).
    for (int t = 60; t <= 600; t += 30)
    {
        secrets.CurrentNonceIndex(Seconds(t));
        EXPECT_LE(secrets.GetNonceCount(), 9u) << t;
    }
    EXPECT_FALSE(secrets.IsNonceIndexValid(first, Seconds(600)));
    EXPECT_FALSE(secrets.IsNonceIndexValid(second, Seconds(600)));
    EXPECT_TRUE(secrets.IsNonceIndexValid(static_cast<uint16_t>(first + 12), Seconds(600)));
}

TEST(CorrespondentSecrets, KbmNeedsBothIndicesValid)
{
    CorrespondentSecrets secrets(Counter());
    uint16_t index = secrets.CurrentNonceIndex(Seconds(0));
    uint16_t unknown = static_cast<uint16_t>(index + 100);
    EXPECT_FALSE(secrets.Kbm(kHome, unknown, kCoa, index, Seconds(1)).has_value());
    EXPECT_FALSE(secrets.Kbm(kHome, index, kCoa, unknown, Seconds(1)).has_value());
    EXPECT_TRUE(secrets.Kbm(kHome, index, kCoa, index, Seconds(1)).has_value());
    EXPECT_FALSE(secrets.DeregistrationKbm(kHome, unknown, Seconds(1)).has_value());
    EXPECT_FALSE(secrets.Kbm(kHome, index, kCoa, index, Seconds(241)).has_value());
}

TEST(CorrespondentSecrets, NewKcnKeepsIssuedTokensValid)
{
    CorrespondentSecrets secrets(Counter());
    uint16_t before = secrets.CurrentNonceIndex(Seconds(0));
    std::optional<ReturnRoutability::Token> token =
        secrets.HomeKeygenToken(before, kHome, Seconds(0));

    ReturnRoutability::Key kcn{};
    kcn.fill(0x5a);
    secrets.SetKcn(kcn);
    EXPECT_EQ(secrets.GetKcn(), kcn);
    // A new nonce at once, under the new key, although the interval has not run out.
    uint16_t after = secrets.CurrentNonceIndex(Seconds(1));
    EXPECT_NE(after, before);
    EXPECT_EQ(secrets.HomeKeygenToken(before, kHome, Seconds(1)), token);
    EXPECT_EQ(secrets.HomeKeygenToken(after, kHome, Seconds(1)),
              ReturnRoutability::HomeKeygenToken(kcn, kHome, *secrets.GetNonce(after, Seconds(1))));

    secrets.RegenerateKcn();
    EXPECT_NE(secrets.GetKcn(), kcn);
    EXPECT_NE(secrets.CurrentNonceIndex(Seconds(2)), after);
}

TEST(CorrespondentSecrets, SettingsAndRandomVariable)
{
    CorrespondentSecrets secrets(Counter());
    secrets.SetNonceInterval(Seconds(10));
    secrets.SetMaxNonceLifetime(Seconds(20));
    uint16_t first = secrets.CurrentNonceIndex(Seconds(0));
    EXPECT_NE(secrets.CurrentNonceIndex(Seconds(10)), first);
    EXPECT_TRUE(secrets.IsNonceIndexValid(first, Seconds(20)));
    EXPECT_FALSE(secrets.IsNonceIndexValid(first, Seconds(21)));

    // Two variables on the same stream give the same secrets: reproducible runs.
    auto a = ns3::CreateObject<ns3::UniformRandomVariable>();
    auto b = ns3::CreateObject<ns3::UniformRandomVariable>();
    a->SetStream(42);
    b->SetStream(42);
    CorrespondentSecrets sa(CorrespondentSecrets::FromRandomVariable(a));
    CorrespondentSecrets sb(CorrespondentSecrets::FromRandomVariable(b));
    EXPECT_EQ(sa.GetKcn(), sb.GetKcn());
    EXPECT_NE(sa.GetKcn(), ReturnRoutability::Key{});
    uint16_t ia = sa.CurrentNonceIndex(Seconds(0));
    EXPECT_EQ(ia, sb.CurrentNonceIndex(Seconds(0)));
    EXPECT_EQ(sa.GetNonce(ia, Seconds(0)), sb.GetNonce(ia, Seconds(0)));
}
