// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the Binding Acknowledgement (RFC 6275 6.1.8), with the Binding Refresh
// Advice option, and of its status codes. Every vector is written by hand after the
// RFC's figures.
#include "wire-test-util.h"

#include "ns3/binding-ack-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// clang-format off
/// An accepted home registration with a Binding Refresh Advice: 16 octets.
const Bytes kAccepted = {
    0x3b,       // Payload Proto: 59
    0x01,       // Header Len: 1 (16 octets)
    0x06,       // MH Type: 6 (Binding Acknowledgement)
    0x00,       // Reserved
    0x00, 0x00, // Checksum: not computed
    0x00,       // Status: 0 (Binding Update accepted)
    0x00,       // K=0, Reserved
    0x03, 0xe8, // Sequence #: 1000
    0x00, 0x96, // Lifetime: 150 units (600 s)
    0x02,       // 12: Binding Refresh Advice (6.2.4), 2n
    0x02,       //     Length: 2
    0x00, 0x7d, //     Refresh Interval: 125 units (500 s); ends at 16, no padding
};
// clang-format on

// clang-format off
/// A rejection for a sequence number out of window: 16 octets.
const Bytes kOutOfWindow = {
    0x3b,       // Payload Proto: 59
    0x01,       // Header Len: 1 (16 octets)
    0x06,       // MH Type: 6
    0x00,       // Reserved
    0x00, 0x00, // Checksum
    0x87,       // Status: 135 (Sequence number out of window)
    0x80,       // K=1, Reserved
    0x04, 0x57, // Sequence #: 1111, the last one accepted
    0x00, 0x00, // Lifetime: 0
    0x01, 0x02, // PadN, 2 octets of data: to 16 octets
    0x00, 0x00, // PadN data
};
// clang-format on

// clang-format off
/// A Binding Acknowledgement to a correspondent registration, with a Binding Refresh
/// Advice and Binding Authorization Data: 32 octets.
const Bytes kAuthorized = {
    0x3b,                   // Payload Proto: 59
    0x03,                   // Header Len: 3 (32 octets)
    0x06,                   // MH Type: 6
    0x00,                   // Reserved
    0x00, 0x00,             // Checksum
    0x01,                   // Status: 1 (accepted but prefix discovery necessary)
    0x00,                   // K=0, Reserved
    0x00, 0x2a,             // Sequence #: 42
    0x00, 0x3c,             // Lifetime: 60 units
    0x02, 0x02, 0x00, 0x1e, // 12: Binding Refresh Advice, 30 units
    0x01, 0x00,             // 16: PadN, no data: authorization data at 8n+2
    0x05,                   // 18: Binding Authorization Data (6.2.7)
    0x0c,                   //     Length: 12
    0x10, 0x11, 0x12, 0x13, //     Authenticator
    0x14, 0x15, 0x16, 0x17, //
    0x18, 0x19, 0x1a, 0x1b, //     ends at 32
};

// clang-format on

/// Base of the cases: shared checks.
class BaTestCase : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit BaTestCase(const std::string& name)
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
    void CheckVector(const hmipv6::BindingAckHeader& built,
                     hmipv6::BindingAckHeader& parsed,
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

/// The three vectors.
class VectorsTestCase : public BaTestCase
{
  public:
    VectorsTestCase()
        : BaTestCase("BA: hand vectors (with Binding Refresh Advice), round trip, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingAckHeader accepted;
        accepted.SetStatus(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED);
        accepted.SetSequence(1000);
        accepted.SetLifetime(Seconds(600));
        hmipv6::MobilityOptions options;
        options.SetBindingRefreshAdvice(hmipv6::BindingRefreshAdviceOption(125));
        accepted.SetOptions(options);
        hmipv6::BindingAckHeader parsed;
        CheckVector(accepted,
                    parsed,
                    kAccepted,
                    "BindingAck payloadProto=59 headerLen=1 checksum=0 status=0 K=0 "
                    "sequence=1000 lifetime=150 refreshInterval=125");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetMhType(), 6, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), 1, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetStatus(), 0, "Status");
        NS_TEST_ASSERT_MSG_EQ(parsed.IsAccepted(), true, "accepted");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetKeyManagementCompatibility(), false, "K");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetSequence(), 1000, "Sequence #");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLifetimeUnits(), 150, "Lifetime");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetLifetime(), Seconds(600), "Lifetime in seconds");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetOptions().GetBindingRefreshAdvice()->GetRefreshInterval(),
                              Seconds(500),
                              "Refresh Interval");

        hmipv6::BindingAckHeader rejected;
        rejected.SetStatus(hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW);
        rejected.SetKeyManagementCompatibility(true);
        rejected.SetSequence(1111);
        hmipv6::BindingAckHeader parsedRejected;
        CheckVector(rejected,
                    parsedRejected,
                    kOutOfWindow,
                    "BindingAck payloadProto=59 headerLen=1 checksum=0 status=135 K=1 "
                    "sequence=1111 lifetime=0");
        NS_TEST_ASSERT_MSG_EQ(+parsedRejected.GetStatus(), 135, "Status");
        NS_TEST_ASSERT_MSG_EQ(parsedRejected.IsAccepted(), false, "rejected");
        NS_TEST_ASSERT_MSG_EQ(parsedRejected.GetKeyManagementCompatibility(), true, "K");
        NS_TEST_ASSERT_MSG_EQ(parsedRejected.GetSequence(), 1111, "Sequence #");
        NS_TEST_ASSERT_MSG_EQ(parsedRejected.GetOptions().IsEmpty(), true, "no options");

        hmipv6::BindingAckHeader authorized;
        authorized.SetStatus(hmipv6::BindingAckHeader::ACCEPTED_BUT_PREFIX_DISCOVERY_NECESSARY);
        authorized.SetSequence(42);
        authorized.SetLifetimeUnits(60);
        options.SetBindingRefreshAdvice(hmipv6::BindingRefreshAdviceOption(30));
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(
            {0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b}));
        authorized.SetOptions(options);
        hmipv6::BindingAckHeader parsedAuthorized;
        CheckVector(authorized,
                    parsedAuthorized,
                    kAuthorized,
                    "BindingAck payloadProto=59 headerLen=3 checksum=0 status=1 K=0 "
                    "sequence=42 lifetime=60 refreshInterval=30 "
                    "authenticator=101112131415161718191a1b");
        NS_TEST_ASSERT_MSG_EQ(parsedAuthorized.IsAccepted(), true, "status 1 is accepted");
        NS_TEST_ASSERT_MSG_EQ(parsedAuthorized.GetOptions().GetBindingAuthData()->GetLength(),
                              12,
                              "authenticator");
    }
};

/// Status codes.
class StatusTestCase : public BaTestCase
{
  public:
    StatusTestCase()
        : BaTestCase("BA: RFC 6275 status codes and IsAccepted")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED, 0, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::ACCEPTED_BUT_PREFIX_DISCOVERY_NECESSARY,
                              1,
                              "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::REASON_UNSPECIFIED, 128, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::ADMINISTRATIVELY_PROHIBITED, 129, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::INSUFFICIENT_RESOURCES, 130, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::HOME_REGISTRATION_NOT_SUPPORTED, 131, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::NOT_HOME_SUBNET, 132, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::NOT_HOME_AGENT_FOR_THIS_MOBILE_NODE,
                              133,
                              "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::DUPLICATE_ADDRESS_DETECTION_FAILED,
                              134,
                              "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW, 135, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::EXPIRED_HOME_NONCE_INDEX, 136, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::EXPIRED_CARE_OF_NONCE_INDEX, 137, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::EXPIRED_NONCES, 138, "");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader::REGISTRATION_TYPE_CHANGE_DISALLOWED,
                              139,
                              "");

        hmipv6::BindingAckHeader ba;
        for (uint32_t status = 0; status < 256; ++status)
        {
            ba.SetStatus(static_cast<uint8_t>(status));
            NS_TEST_ASSERT_MSG_EQ(ba.IsAccepted(), (status < 128), "status " << status);
            // Any status value, known or not, goes through unchanged.
            hmipv6::BindingAckHeader parsed;
            NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, Serialize(ba)), 16, "status " << status);
            NS_TEST_ASSERT_MSG_EQ(+parsed.GetStatus(), status, "status " << status);
        }
    }
};

/// Malformed Binding Acknowledgements.
class MalformedTestCase : public BaTestCase
{
  public:
    MalformedTestCase()
        : BaTestCase("BA: malformed input")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingAckHeader ba;
        for (const Bytes* vector : {&kAccepted, &kOutOfWindow, &kAuthorized})
        {
            for (std::size_t n = 0; n < vector->size(); ++n)
            {
                NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, Prefix(*vector, n)), 0, "prefix " << n);
                NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
            }
        }

        Bytes tooLong = kAccepted;
        tooLong[1] = 0x02; // 24 octets, 16 present
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, tooLong), 0, "Header Len 2");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 2");

        Bytes update = kAccepted;
        update[2] = 0x05;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, update), 0, "MH Type 5");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::BAD_TYPE, "MH Type 5");

        // clang-format off
        const Bytes eight = {
            0x3b, 0x00, 0x06, 0x00, // Proto, Header Len 0, MH Type 6, Reserved
            0x00, 0x00, 0x00, 0x00, // Checksum, Status, K/Reserved
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, eight), 0, "Header Len 0");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::LENGTH_MISMATCH, "Header Len 0");

        // Binding Refresh Advice of length 1, then a Pad1.
        Bytes badAdvice = kAccepted;
        badAdvice[13] = 0x01;
        badAdvice[15] = 0x00;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, badAdvice), 0, "Refresh Advice of 1");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "Refresh Advice of 1");

        // clang-format off
        const Bytes twice = {
            0x3b, 0x01, 0x06, 0x00,             // Proto, Header Len 1, MH Type 6, Reserved
            0x00, 0x00,                         // Checksum
            0x00, 0x00, 0x00, 0x01, 0x00, 0x10, // Status, K, Sequence #, Lifetime
            0x02, 0x02, 0x00, 0x01,             // Binding Refresh Advice: 16 octets
        };
        // The same with Header Len 2 and a second Binding Refresh Advice.
        Bytes twiceLong = twice;
        twiceLong[1] = 0x02;
        twiceLong.insert(twiceLong.end(), {
            0x02, 0x02, 0x00, 0x02,             // Binding Refresh Advice again
            0x01, 0x02, 0x00, 0x00,             // PadN: 24 octets
        });
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, twice), 16, "one advice");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, twiceLong), 0, "duplicate");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::DUPLICATE_OPTION, "duplicate");
        // The rejected message left the earlier one in place.
        NS_TEST_ASSERT_MSG_EQ(ba.GetOptions().GetBindingRefreshAdvice()->GetRefreshIntervalUnits(),
                              1,
                              "kept");

        // Unknown option (type 200) in place of the advice; the K octet's reserved bits.
        Bytes unknown = kAccepted;
        unknown[7] = 0x7f;
        unknown[12] = 0xc8;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(ba, unknown), 16, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(ba.GetError(), hmipv6::WireError::NONE, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(ba.GetOptions().IsEmpty(), true, "skipped");
        NS_TEST_ASSERT_MSG_EQ(ba.GetKeyManagementCompatibility(), false, "reserved bits ignored");
    }
};

/// The hmipv6-wire-binding-ack suite.
class BindingAckTestSuite : public TestSuite
{
  public:
    BindingAckTestSuite()
        : TestSuite("hmipv6-wire-binding-ack")
    {
        AddTestCase(new VectorsTestCase);
        AddTestCase(new StatusTestCase);
        AddTestCase(new MalformedTestCase);
    }
};

/// Registers the suite.
static BindingAckTestSuite g_bindingAckTestSuite;

} // namespace
