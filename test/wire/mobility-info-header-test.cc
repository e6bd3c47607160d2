// SPDX-License-Identifier: GPL-2.0-only
// MobilityInfoHeader (draft Figure 5) against octets written by hand.
#include "wire-test-util.h"

#include "ns3/mobility-info-header.h"
#include "ns3/packet.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 5 with MS 2001:db8:ff::1 and a /64 Mobility Network.
const Bytes kHeader = {
    0x3b, 0x02, 0x1e, 0x14, // htype: Next Header 59, hlength: Hdr Ext Len 2, otype, olen 20
    0x00, 0x00, 0x00, 0x40, // na, plen 64
    0x20, 0x01, 0x0d, 0xb8, // MS address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
};

/// The option twice (Hdr Ext Len 5).
const Bytes kTwice = {
    0x3b, 0x05, 0x1e, 0x14, // Next Header 59, Hdr Ext Len 5, otype, olen 20
    0x00, 0x00, 0x00, 0x40, // na, plen 64
    0x20, 0x01, 0x0d, 0xb8, // MS address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x1e, 0x14, 0x00, 0x00, // otype, olen 20, na
    0x00, 0x40, 0x20, 0x01, // na, plen 64, MS address 2001:db8:fe::1
    0x0d, 0xb8, 0x00, 0xfe, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x01, 0x01, 0x00, // ..., PadN of 0 octets
};

/// An option of type 0x1f (top bits 00 like the other types here) before the Mobility
/// Information option (Hdr Ext Len 3); the tests change its type.
const Bytes kAfterOtherOption = {
    0x3b, 0x03, 0x1f, 0x06, // Next Header 59, Hdr Ext Len 3, another option of 6 octets
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x1e, 0x14, // ..., otype, olen 20
    0x00, 0x00, 0x00, 0x40, // na, plen 64
    0x20, 0x01, 0x0d, 0xb8, // MS address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
};

/// A header with padding only (Hdr Ext Len 0).
const Bytes kPaddingOnly = {
    0x3b, 0x00, 0x01, 0x04, // Next Header 59, Hdr Ext Len 0, PadN of 4 octets
    0x00, 0x00, 0x00, 0x00, //
};

// clang-format on

/**
 * \param bytes octets
 * \param index which one to change
 * \param value its new value
 * \return a copy of bytes with one octet changed
 */
Bytes
With(Bytes bytes, std::size_t index, uint8_t value)
{
    bytes.at(index) = value;
    return bytes;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief Common checks of the MobilityInfoHeader tests.
 */
class MobilityInfoHeaderTestBase : public TestCase
{
  protected:
    using TestCase::TestCase;

    /**
     * \brief Check that an input is rejected for the given reason.
     * \param bytes the input
     * \param error the expected reason
     * \param what what the input is, for the failure message
     */
    void ExpectRejected(const Bytes& bytes, hmipv6::WireError error, const std::string& what)
    {
        MobilityInfoHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }
};

/**
 * \ingroup hmipv6-test
 * \brief A header built with setters serializes to the hand-written octets.
 */
class MobilityInfoHeaderSerializeTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderSerializeTestCase()
        : MobilityInfoHeaderTestBase("serialize matches Figure 5 written by hand")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        header.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        header.SetPrefixLength(64);
        NS_TEST_EXPECT_MSG_EQ(header.GetSerializedSize(), 24, "size");
        Bytes bytes = Serialize(header);
        NS_TEST_ASSERT_MSG_EQ((bytes == kHeader),
                              true,
                              "got " << Hex(bytes) << ", expected " << Hex(kHeader));

        header.SetNextHeader(6);
        bytes = Serialize(header);
        Bytes expected = With(kHeader, 0, 6);
        NS_TEST_EXPECT_MSG_EQ((bytes == expected), true, "Next Header 6: " << Hex(bytes));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The hand-written octets deserialize to the right fields and serialize back.
 */
class MobilityInfoHeaderDeserializeTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderDeserializeTestCase()
        : MobilityInfoHeaderTestBase("deserialize Figure 5 and round trip")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kHeader), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()), 59, "NH");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()), 0x1e, "otype");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "plen");
        NS_TEST_EXPECT_MSG_EQ(header.GetMsAddress(), Ipv6Address("2001:db8:ff::1"), "MS");
        NS_TEST_EXPECT_MSG_EQ(header.IsWithdrawal(), false, "not a withdrawal");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kHeader), true, "round trip: " << Hex(again));

        // The "na" octets are ignored on receipt.
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kHeader, 5, 0xaa)), 24, "na ignored");

        // Deserialize consumes the header only, whatever follows it.
        Bytes longer = kHeader;
        longer.push_back(0x99);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer), 24, "trailing octet left alone");

        // Through a packet, as a node would use it.
        Ptr<Packet> packet = Create<Packet>(10);
        packet->AddHeader(header);
        MobilityInfoHeader received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 24, "removed");
        NS_TEST_EXPECT_MSG_EQ(packet->GetSize(), 10, "payload left");
        NS_TEST_EXPECT_MSG_EQ(received.GetMsAddress(), header.GetMsAddress(), "MS via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class MobilityInfoHeaderPrintTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderPrintTestCase()
        : MobilityInfoHeaderTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        header.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        header.SetPrefixLength(64);
        NS_TEST_EXPECT_MSG_EQ(Print(header),
                              "MobilityInfo type=30 prefixLength=64 msAddress=2001:db8:ff::1",
                              "print");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix of the header is rejected as truncated, and a Hdr Ext Len that
 *        disagrees with the buffer or with the option is rejected.
 */
class MobilityInfoHeaderLengthTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderLengthTestCase()
        : MobilityInfoHeaderTestBase("truncations and Hdr Ext Len")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kHeader.size(); ++n)
        {
            ExpectRejected(Prefix(kHeader, n),
                           hmipv6::WireError::TRUNCATED,
                           std::to_string(n) + " octets");
        }
        // Hdr Ext Len 3 says 32 octets; the buffer holds 24.
        ExpectRejected(With(kHeader, 1, 3), hmipv6::WireError::TRUNCATED, "Hdr Ext Len 3");
        ExpectRejected(With(kHeader, 1, 255), hmipv6::WireError::TRUNCATED, "Hdr Ext Len 255");
        // Hdr Ext Len 1 says 16 octets; the option runs past them.
        ExpectRejected(With(kHeader, 1, 1), hmipv6::WireError::LENGTH_MISMATCH, "Hdr Ext Len 1");

        // A rejected input leaves the fields as they were.
        MobilityInfoHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kHeader), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kHeader, 7, 0)), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(kHeader, 20)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 0, "kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Malformed option: length, prefix length, missing, twice.
 */
class MobilityInfoHeaderMalformedTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderMalformedTestCase()
        : MobilityInfoHeaderTestBase("malformed option")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(With(kHeader, 3, 19), hmipv6::WireError::BAD_FIXED_LENGTH, "olen 19");
        ExpectRejected(With(kHeader, 3, 18), hmipv6::WireError::BAD_FIXED_LENGTH, "olen 18");
        // olen 21 runs past the header.
        ExpectRejected(With(kHeader, 3, 21), hmipv6::WireError::LENGTH_MISMATCH, "olen 21");
        ExpectRejected(With(kHeader, 7, 129), hmipv6::WireError::BAD_PREFIX_LENGTH, "plen 129");
        MobilityInfoHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kHeader, 7, 128)), 24, "plen 128");

        ExpectRejected(kPaddingOnly, hmipv6::WireError::MISSING_OPTION, "padding only");
        // The option turned into a PadN of 20 octets.
        ExpectRejected(With(kHeader, 2, 1), hmipv6::WireError::MISSING_OPTION, "option absent");
        ExpectRejected(kTwice, hmipv6::WireError::DUPLICATE_OPTION, "option twice");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
 *        and rejects the header otherwise.
 */
class MobilityInfoHeaderUnknownOptionTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderUnknownOptionTestCase()
        : MobilityInfoHeaderTestBase("unknown options")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kAfterOtherOption), 32, "00: skipped");
        NS_TEST_EXPECT_MSG_EQ(header.GetMsAddress(), Ipv6Address("2001:db8:ff::1"), "MS");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "plen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSerializedSize(), 24, "sent again without it");

        ExpectRejected(With(kAfterOtherOption, 2, 0x5f), hmipv6::WireError::UNKNOWN_OPTION, "01");
        ExpectRejected(With(kAfterOtherOption, 2, 0x9f), hmipv6::WireError::UNKNOWN_OPTION, "10");
        ExpectRejected(With(kAfterOtherOption, 2, 0xdf), hmipv6::WireError::UNKNOWN_OPTION, "11");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The option type is settable and used both ways.
 */
class MobilityInfoHeaderOptionTypeTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderOptionTypeTestCase()
        : MobilityInfoHeaderTestBase("settable option type")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        header.SetOptionType(0x3e);
        header.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        header.SetPrefixLength(64);
        Bytes expected = With(kHeader, 2, 0x3e);
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == expected), true, "type 0x3e: " << Hex(bytes));

        // To a header that expects 0x1e, 0x3e is another option, skipped (bits 00).
        ExpectRejected(expected,
                       hmipv6::WireError::MISSING_OPTION,
                       "type 0x3e to a default header");
        MobilityInfoHeader other;
        other.SetOptionType(0x3e);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 24, "type 0x3e expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetMsAddress(), Ipv6Address("2001:db8:ff::1"), "MS");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Draft 4.1: an unspecified MS address or a prefix length 0 withdraws the MS.
 */
class MobilityInfoHeaderWithdrawalTestCase : public MobilityInfoHeaderTestBase
{
  public:
    MobilityInfoHeaderWithdrawalTestCase()
        : MobilityInfoHeaderTestBase("withdrawal")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kHeader, 7, 0)), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(header.IsWithdrawal(), true, "prefix length 0");

        header.SetPrefixLength(64);
        header.SetMsAddress(Ipv6Address::GetAny());
        NS_TEST_EXPECT_MSG_EQ(header.IsWithdrawal(), true, "unspecified MS");
        header.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        NS_TEST_EXPECT_MSG_EQ(header.IsWithdrawal(), false, "MS and prefix");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The MobilityInfoHeader test suite.
 */
class MobilityInfoHeaderTestSuite : public TestSuite
{
  public:
    MobilityInfoHeaderTestSuite()
        : TestSuite("hmipv6-wire-mobility-info")
    {
        AddTestCase(new MobilityInfoHeaderSerializeTestCase);
        AddTestCase(new MobilityInfoHeaderDeserializeTestCase);
        AddTestCase(new MobilityInfoHeaderPrintTestCase);
        AddTestCase(new MobilityInfoHeaderLengthTestCase);
        AddTestCase(new MobilityInfoHeaderMalformedTestCase);
        AddTestCase(new MobilityInfoHeaderUnknownOptionTestCase);
        AddTestCase(new MobilityInfoHeaderOptionTypeTestCase);
        AddTestCase(new MobilityInfoHeaderWithdrawalTestCase);
    }
};

static MobilityInfoHeaderTestSuite g_mobilityInfoHeaderTestSuite; //!< the suite instance
