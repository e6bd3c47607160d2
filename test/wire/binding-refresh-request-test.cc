// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the Binding Refresh Request (RFC 6275 6.1.2). Every vector is written
// by hand after the RFC's figures.
#include "wire-test-util.h"

#include "ns3/binding-refresh-request-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// clang-format off
/// A Binding Refresh Request without options: the smallest Mobility Header.
const Bytes kRequest = {
    0x3b,       // Payload Proto: 59
    0x00,       // Header Len: 0 (8 octets)
    0x00,       // MH Type: 0 (Binding Refresh Request)
    0x00,       // Reserved
    0x00, 0x00, // Checksum: not computed
    0x00, 0x00, // Reserved
};
// clang-format on

// clang-format off
/// The same from 2001:db8:1::1 (home agent) to 2001:db8:1::100 (home address), with the
/// checksum worked out by hand: pseudo-header words 2001 0db8 0001 0001 2001 0db8 0001
/// 0100 0000 0008 0000 0087 and header word 3b00 sum to 0x9804; ~0x9804 = 0x67fb.
const Bytes kChecksummed = {
    0x3b,       // Payload Proto: 59
    0x00,       // Header Len: 0
    0x00,       // MH Type: 0
    0x00,       // Reserved
    0x67, 0xfb, // Checksum
    0x00, 0x00, // Reserved
};

// clang-format on

/// The vectors.
class VectorsTestCase : public TestCase
{
  public:
    VectorsTestCase()
        : TestCase("BRR: hand vectors, checksum, round trip, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingRefreshRequestHeader brr;
        NS_TEST_ASSERT_MSG_EQ(brr.GetSerializedSize(), 8, "size");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(brr)), Hex(kRequest), "serialized octets");
        NS_TEST_ASSERT_MSG_EQ(Print(brr),
                              "BindingRefreshRequest payloadProto=59 headerLen=0 checksum=0",
                              "Print");

        hmipv6::BindingRefreshRequestHeader parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, kRequest), 8, "deserialize");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetPayloadProto(), 59, "Payload Proto");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), 0, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetMhType(), 0, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetChecksum(), 0, "Checksum");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetOptions().IsEmpty(), true, "no options");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(kRequest), "round trip");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed),
                              "BindingRefreshRequest payloadProto=59 headerLen=0 checksum=0",
                              "Print");

        const Ipv6Address homeAgent("2001:db8:1::1");
        const Ipv6Address homeAddress("2001:db8:1::100");
        brr.InitializeChecksum(homeAgent, homeAddress);
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(brr)), Hex(kChecksummed), "checksum written");
        hmipv6::BindingRefreshRequestHeader checked;
        checked.InitializeChecksum(homeAgent, homeAddress);
        NS_TEST_ASSERT_MSG_EQ(Deserialize(checked, kChecksummed), 8, "deserialize");
        NS_TEST_ASSERT_MSG_EQ(checked.IsChecksumOk(), true, "good checksum");
        NS_TEST_ASSERT_MSG_EQ(checked.GetChecksum(), 0x67fb, "checksum read");
        NS_TEST_ASSERT_MSG_EQ(Print(checked),
                              "BindingRefreshRequest payloadProto=59 headerLen=0 checksum=26619",
                              "Print");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(checked, kRequest), 8, "zero checksum");
        NS_TEST_ASSERT_MSG_EQ(checked.IsChecksumOk(), false, "zero checksum is wrong");
        Bytes corrupted = kChecksummed;
        corrupted[7] = 0x01; // the Reserved field is covered too
        NS_TEST_ASSERT_MSG_EQ(Deserialize(checked, corrupted), 8, "deserialize");
        NS_TEST_ASSERT_MSG_EQ(checked.IsChecksumOk(), false, "corrupted");
    }
};

/// What the receiver ignores.
class IgnoredContentTestCase : public TestCase
{
  public:
    IgnoredContentTestCase()
        : TestCase("BRR: reserved octets and unknown options are ignored")
    {
    }

  private:
    void DoRun() override
    {
        // RFC 6275 defines no option for this message: any is skipped if unknown.
        // clang-format off
        const Bytes received = {
            0x3b,                   // Payload Proto: 59
            0x01,                   // Header Len: 1 (16 octets)
            0x00,                   // MH Type: 0
            0x5a,                   // Reserved: not zero
            0x00, 0x00,             // Checksum
            0xa5, 0xa5,             // Reserved: not zero
            0x21, 0x02, 0x12, 0x34, // option type 33 (unknown), 2 octets
            0x00,                   // Pad1
            0x01, 0x01, 0x00,       // PadN, 1 octet of data
        };
        // clang-format on
        hmipv6::BindingRefreshRequestHeader brr;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, received), 16, "accepted");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ(brr.GetOptions().GetIgnoredOptionCount(), 1, "one skipped");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(brr)), Hex(kRequest), "sent back clean");
    }
};

/// Malformed Binding Refresh Requests.
class MalformedTestCase : public TestCase
{
  public:
    MalformedTestCase()
        : TestCase("BRR: malformed input")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingRefreshRequestHeader brr;
        for (std::size_t n = 0; n < kRequest.size(); ++n)
        {
            NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, Prefix(kRequest, n)), 0, "prefix " << n);
            NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
        }

        Bytes tooLong = kRequest;
        tooLong[1] = 0x03; // 32 octets, 8 present
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, tooLong), 0, "Header Len 3");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 3");

        for (uint8_t type : {1, 5, 7, 8, 255})
        {
            Bytes other = kRequest;
            other[2] = type;
            NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, other), 0, "MH Type " << +type);
            NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::BAD_TYPE, "MH Type " << +type);
        }

        // clang-format off
        const Bytes badOption = {
            0x3b, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // BRR, Header Len 1
            0x05, 0x00,                                     // Binding Auth Data, no data
            0x01, 0x04, 0x00, 0x00, 0x00, 0x00,             // PadN
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, badOption), 0, "empty authenticator");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "empty authenticator");

        // clang-format off
        const Bytes cutOption = {
            0x3b, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // BRR, Header Len 1
            0x01, 0x04, 0x00, 0x00, 0x00, 0x00,             // PadN
            0x04, 0x04,                                     // Nonce Indices cut by the end
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, cutOption), 0, "option past the end");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::TRUNCATED, "option past the end");
    }
};

/// The hmipv6-wire-binding-refresh-request suite.
class BindingRefreshRequestTestSuite : public TestSuite
{
  public:
    BindingRefreshRequestTestSuite()
        : TestSuite("hmipv6-wire-binding-refresh-request")
    {
        AddTestCase(new VectorsTestCase);
        AddTestCase(new IgnoredContentTestCase);
        AddTestCase(new MalformedTestCase);
    }
};

/// Registers the suite.
static BindingRefreshRequestTestSuite g_bindingRefreshRequestTestSuite;

} // namespace
