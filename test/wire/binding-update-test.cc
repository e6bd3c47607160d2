// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the Binding Update (RFC 6275 6.1.7), alone and with the Alternate
// Care-of Address, Nonce Indices and Binding Authorization Data options. Every vector
// is written by hand after the RFC's figures.
#include "wire-test-util.h"

#include "ns3/binding-update-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// clang-format off
/// A home registration (RFC 6275 6.1.7), no options: 16 octets.
const Bytes kHomeRegistration = {
    0x3b,       // Payload Proto: 59
    0x01,       // Header Len: 1 (16 octets)
    0x05,       // MH Type: 5 (Binding Update)
    0x00,       // Reserved
    0x00, 0x00, // Checksum: not computed
    0x03, 0xe8, // Sequence #: 1000
    0xe0, 0x00, // A=1 H=1 L=1 K=0, Reserved 0
    0x00, 0x96, // Lifetime: 150 units (600 s)
    0x01, 0x02, // PadN, 2 octets of data: to 16 octets
    0x00, 0x00, // PadN data
};
// clang-format on

// clang-format off
/// A correspondent registration with three options: 56 octets.
const Bytes kWithOptions = {
    0x3b,                   // Payload Proto: 59
    0x06,                   // Header Len: 6 (56 octets)
    0x05,                   // MH Type: 5 (Binding Update)
    0x00,                   // Reserved
    0x00, 0x00,             // Checksum: not computed
    0x00, 0x2a,             // Sequence #: 42
    0x80, 0x00,             // A=1 H=0 L=0 K=0, Reserved 0
    0x00, 0x3c,             // Lifetime: 60 units (240 s)
    0x01, 0x00,             // 12: PadN, no data: Alternate CoA must start at 8n+6
    0x03,                   // 14: Alternate Care-of Address (6.2.5)
    0x10,                   //     Length: 16
    0x20, 0x01, 0x0d, 0xb8, //     2001:db8:2::20
    0x00, 0x02, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x20, //
    0x04,                   // 32: Nonce Indices (6.2.6), 2n
    0x04,                   //     Length: 4
    0x00, 0x07,             //     Home Nonce Index: 7
    0x00, 0x09,             //     Care-of Nonce Index: 9
    0x01, 0x02, 0x00, 0x00, // 38: PadN of 4: Binding Authorization Data at 8n+2
    0x05,                   // 42: Binding Authorization Data (6.2.7)
    0x0c,                   //     Length: 12 (96 bits)
    0xa0, 0xa1, 0xa2, 0xa3, //     Authenticator
    0xa4, 0xa5, 0xa6, 0xa7, //
    0xa8, 0xa9, 0xaa, 0xab, //     ends at 56 = 8 x 7: no trailing padding
};
// clang-format on

const Ipv6Address kAlternateCoa("2001:db8:2::20");
const std::vector<uint8_t> kAuthenticator =
    {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab};

/// Base of the cases: shared checks.
class BuTestCase : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit BuTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /**
     * \param built the message built with setters
     * \param parsed an empty message
     * \param vector the hand-written octets
     * \param print the expected Print output
     */
    void CheckVector(const hmipv6::BindingUpdateHeader& built,
                     hmipv6::BindingUpdateHeader& parsed,
                     const Bytes& vector,
                     const std::string& print)
    {
        NS_TEST_ASSERT_MSG_EQ(built.GetSerializedSize(), vector.size(), "size");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(built)), Hex(vector), "serialized octets");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, vector), vector.size(), "deserialize");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(vector), "round trip");
        NS_TEST_ASSERT_MSG_EQ(Print(built), print, "Print of the built message");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed), print, "Print of the parsed message");
    }
};

/// The home registration vector.
class HomeRegistrationTestCase : public BuTestCase
{
  public:
    HomeRegistrationTestCase()
        : BuTestCase("BU without options: hand vector, round trip, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(1000);
        bu.SetAcknowledge(true);
        bu.SetHomeRegistration(true);
        bu.SetLinkLocalCompatibility(true);
        bu.SetLifetime(Seconds(600));
        hmipv6::BindingUpdateHeader parsed;
        CheckVector(bu,
                    parsed,
                    kHomeRegistration,
                    "BindingUpdate payloadProto=59 headerLen=1 checksum=0 sequence=1000 "
                    "A=1 H=1 L=1 K=0 lifetime=150");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetPayloadProto(), 59, "Payload Proto");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), 1, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetMhType(), 5, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetChecksum(), 0, "Checksum");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetSequence(), 1000, "Sequence #");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetAcknowledge(), true, "A");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetHomeRegistration(), true, "H");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLinkLocalCompatibility(), true, "L");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetKeyManagementCompatibility(), false, "K");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetFlags(), 0xe000, "flags word");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLifetimeUnits(), 150, "Lifetime");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLifetime(), Seconds(600), "Lifetime in seconds");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetOptions().IsEmpty(), true, "no options");
    }
};

/// The vector with options (RFC 6275 6.2.5 to 6.2.7 alignments).
class WithOptionsTestCase : public BuTestCase
{
  public:
    WithOptionsTestCase()
        : BuTestCase("BU with Alternate CoA, Nonce Indices, Binding Authorization Data")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(42);
        bu.SetAcknowledge(true);
        bu.SetLifetimeUnits(60);
        hmipv6::MobilityOptions options;
        options.SetAlternateCoa(hmipv6::AlternateCoaOption(kAlternateCoa));
        options.SetNonceIndices(hmipv6::NonceIndicesOption(7, 9));
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(kAuthenticator));
        bu.SetOptions(options);
        hmipv6::BindingUpdateHeader parsed;
        CheckVector(bu,
                    parsed,
                    kWithOptions,
                    "BindingUpdate payloadProto=59 headerLen=6 checksum=0 sequence=42 "
                    "A=1 H=0 L=0 K=0 lifetime=60 alternateCoa=2001:db8:2::20 "
                    "homeNonceIndex=7 careOfNonceIndex=9 "
                    "authenticator=a0a1a2a3a4a5a6a7a8a9aaab");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), 6, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetSequence(), 42, "Sequence #");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetFlags(), 0x8000, "flags");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLifetime(), Seconds(240), "Lifetime");
        const hmipv6::MobilityOptions& got = parsed.GetOptions();
        NS_TEST_ASSERT_MSG_EQ(got.GetBindingRefreshAdvice().has_value(), false, "no BRA");
        NS_TEST_ASSERT_MSG_EQ(got.GetAlternateCoa()->GetCareOfAddress(), kAlternateCoa, "CoA");
        NS_TEST_ASSERT_MSG_EQ(got.GetNonceIndices()->GetHomeNonceIndex(), 7, "home index");
        NS_TEST_ASSERT_MSG_EQ(got.GetNonceIndices()->GetCareOfNonceIndex(), 9, "care-of index");
        NS_TEST_ASSERT_MSG_EQ((got.GetBindingAuthData()->GetAuthenticator() == kAuthenticator),
                              true,
                              "authenticator");
        NS_TEST_ASSERT_MSG_EQ(got.GetIgnoredOptionCount(), 0, "nothing skipped");
    }
};

/// Flag bits, reserved bits and the lifetime conversions.
class FieldsTestCase : public BuTestCase
{
  public:
    FieldsTestCase()
        : BuTestCase("BU: each flag's bit, reserved bits, lifetime units")
    {
    }

  private:
    void DoRun() override
    {
        // Each flag alone, by its octet 8 of the header.
        hmipv6::BindingUpdateHeader bu;
        bu.SetAcknowledge(true);
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[8], 0x80, "A");
        bu.SetAcknowledge(false);
        bu.SetHomeRegistration(true);
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[8], 0x40, "H");
        bu.SetHomeRegistration(false);
        bu.SetLinkLocalCompatibility(true);
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[8], 0x20, "L");
        bu.SetLinkLocalCompatibility(false);
        bu.SetKeyManagementCompatibility(true);
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[8], 0x10, "K");
        NS_TEST_ASSERT_MSG_EQ(Print(bu),
                              "BindingUpdate payloadProto=59 headerLen=1 checksum=0 sequence=0 "
                              "A=0 H=0 L=0 K=1 lifetime=0",
                              "Print of K");

        // Reserved bits set by the sender are ignored, and not sent again.
        // clang-format off
        const Bytes reserved = {
            0x3b, 0x01, 0x05, 0x00, // Proto, Header Len 1, MH Type 5, Reserved
            0x00, 0x00,             // Checksum
            0x00, 0x01,             // Sequence #: 1
            0x1f, 0xff,             // K=1 and every reserved bit
            0x00, 0x01,             // Lifetime: 1 unit
            0x01, 0x02, 0x00, 0x00, // PadN
        };
        // clang-format on
        hmipv6::BindingUpdateHeader parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, reserved), 16, "parse");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetFlags(), 0x1000, "only K");
        Bytes expected = reserved;
        expected[8] = 0x10;
        expected[9] = 0x00;
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(expected), "reserved bits cleared");

        // Lifetime: 4-second units, rounded down, saturated.
        bu.SetLifetime(Seconds(7));
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetimeUnits(), 1, "7 s");
        bu.SetLifetime(Seconds(3));
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetimeUnits(), 0, "3 s");
        bu.SetLifetime(Seconds(-4));
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetimeUnits(), 0, "negative");
        bu.SetLifetime(Seconds(262140));
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetimeUnits(), 65535, "largest");
        bu.SetLifetime(Seconds(400000));
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetimeUnits(), 65535, "saturated");
        NS_TEST_ASSERT_MSG_EQ(bu.GetLifetime(), Seconds(262140), "back to seconds");
        bu.SetLifetimeUnits(0x1234);
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[10], 0x12, "Lifetime high octet");
        NS_TEST_ASSERT_MSG_EQ(+Serialize(bu)[11], 0x34, "Lifetime low octet");
    }
};

/// Malformed Binding Updates.
class MalformedTestCase : public BuTestCase
{
  public:
    MalformedTestCase()
        : BuTestCase("BU: malformed input")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingUpdateHeader bu;
        for (const Bytes* vector : {&kHomeRegistration, &kWithOptions})
        {
            for (std::size_t n = 0; n < vector->size(); ++n)
            {
                NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, Prefix(*vector, n)), 0, "prefix " << n);
                NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
            }
        }

        // Header Len (7: 64 octets) larger than the 56 octets present.
        Bytes tooLong = kWithOptions;
        tooLong[1] = 0x07;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, tooLong), 0, "Header Len 7");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 7");

        // Header Len (5: 48 octets) smaller than the options: the authorization data runs
        // past the end of the header.
        Bytes tooShort = kWithOptions;
        tooShort[1] = 0x05;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, tooShort), 0, "Header Len 5");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 5");

        // Header Len 0: no room for the message data.
        // clang-format off
        const Bytes eight = {
            0x3b, 0x00, 0x05, 0x00, // Proto, Header Len 0, MH Type 5, Reserved
            0x00, 0x00, 0x00, 0x01, // Checksum, Sequence #
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, eight), 0, "Header Len 0");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::LENGTH_MISMATCH, "Header Len 0");

        // A Binding Acknowledgement is not a Binding Update.
        Bytes ack = kHomeRegistration;
        ack[2] = 0x06;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, ack), 0, "MH Type 6");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::BAD_TYPE, "MH Type 6");

        // Nonce Indices claiming 5 octets of data.
        Bytes badNonce = kWithOptions;
        badNonce[33] = 0x05;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, badNonce), 0, "Nonce Indices of 5");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "Nonce Indices of 5");

        // An Alternate CoA of 2 octets in place of the PadN.
        Bytes badCoa = kHomeRegistration;
        badCoa[12] = 0x03; // Alternate Care-of Address
        badCoa[13] = 0x02; // length 2
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, badCoa), 0, "Alternate CoA of 2");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "Alternate CoA of 2");

        // Two Nonce Indices options.
        // clang-format off
        const Bytes twice = {
            0x3b, 0x02, 0x05, 0x00,             // Proto, Header Len 2 (24), MH Type 5, Rsvd
            0x00, 0x00,                         // Checksum
            0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // Sequence #, flags, Lifetime
            0x04, 0x04, 0x00, 0x01, 0x00, 0x02, // Nonce Indices
            0x04, 0x04, 0x00, 0x03, 0x00, 0x04, // Nonce Indices again
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, twice), 0, "duplicate");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::DUPLICATE_OPTION, "duplicate");

        // An unknown option (type 100) where the PadN was: skipped.
        Bytes unknown = kHomeRegistration;
        unknown[12] = 0x64;
        unknown[14] = 0xab;
        unknown[15] = 0xcd;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, unknown), 16, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::NONE, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(bu.GetOptions().GetIgnoredOptionCount(), 1, "skipped");
        NS_TEST_ASSERT_MSG_EQ(bu.GetSequence(), 1000, "message read");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(bu)), Hex(kHomeRegistration), "sent without it");
    }
};

/// The hmipv6-wire-binding-update suite.
class BindingUpdateTestSuite : public TestSuite
{
  public:
    BindingUpdateTestSuite()
        : TestSuite("hmipv6-wire-binding-update")
    {
        AddTestCase(new HomeRegistrationTestCase);
        AddTestCase(new WithOptionsTestCase);
        AddTestCase(new FieldsTestCase);
        AddTestCase(new MalformedTestCase);
    }
};

/// Registers the suite.
static BindingUpdateTestSuite g_bindingUpdateTestSuite;

} // namespace
