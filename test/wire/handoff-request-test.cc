// SPDX-License-Identifier: GPL-2.0-only
// HandoffRequestHeader (draft Figure 8) against octets written by hand.
#include "wire-test-util.h"

#include "ns3/handoff-request-header.h"
#include "ns3/packet.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 8: A flag, /64, sequence 7, lifetime 600 s, GCoA 2001:db8:ee::10, home address
/// 2001:db8:1::10.
const Bytes kHandoff = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6 (56 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x04, 0x00, 0x00, // pad: PadN of 4 octets, so that atype is at 8n+6
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A default-constructed Handoff Request: the mandatory GCoA is written as "::".
const Bytes kDefault = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6, otype, olen 28
    0x00, 0x00, 0x00, 0x00, // flags, malen, seq number
    0x00, 0x00, 0x00, 0x00, // lifetime
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x00, 0x00, 0x00, 0x00, // Global CoA ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x00, 0x00, 0x00, 0x00, // home address ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// A Handoff Request without its GCoA sub-option (layout of Figure 7).
const Bytes kNoGlobalCoa = {
    0x3b, 0x03, 0xfe, 0x08, // Next Header 59, Hdr Ext Len 3, otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A Handoff Request without its Home Address option.
const Bytes kNoHomeAddress = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6, otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x16, 0x00, 0x00, // PadN of 22 octets instead of padding and Home Address option
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// The GCoA sub-option twice.
const Bytes kGlobalCoaTwice = {
    0x3b, 0x08, 0xfe, 0x30, // Next Header 59, Hdr Ext Len 8 (72 octets), otype, olen 48
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::11
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x11, //
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// The Home Address option twice.
const Bytes kHomeAddressTwice = {
    0x3b, 0x09, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 9 (80 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::11
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x11, //
};

/// The Handoff Request option twice (the second one without sub-option).
const Bytes kHandoffTwice = {
    0x3b, 0x07, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 7 (64 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0xfe, 0x08, 0x80, 0x40, // otype, olen 8, flag A, malen 64
    0x00, 0x08, 0x00, 0x00, // seq number 8, lifetime 600
    0x02, 0x58, 0x01, 0x02, // ..., PadN of 2 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};
// clang-format on

const Ipv6Address kGlobalCoa("2001:db8:ee::10"); //!< the GCoA of the vectors
const Ipv6Address kHome("2001:db8:1::10");       //!< the home address of the vectors

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

/**
 * \return the Handoff Request of the vectors, built with setters
 */
HandoffRequestHeader
MakeHandoff()
{
    HandoffRequestHeader header;
    header.SetAcknowledgeRequested(true);
    header.SetPrefixLength(64);
    header.SetSequence(7);
    header.SetLifetime(600);
    header.SetGlobalCoa(kGlobalCoa);
    header.SetHomeAddress(kHome);
    return header;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief Common checks of the HandoffRequestHeader tests.
 */
class HandoffRequestTestBase : public TestCase
{
  protected:
    using TestCase::TestCase;

    /**
     * \brief Check that an input is rejected for the given reason.
     * \param bytes the input
     * \param error the expected reason
     * \param what what the input is, for the failure message
     */
    void ExpectRejected(const Bytes& bytes, WireError error, const std::string& what)
    {
        HandoffRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }

    /**
     * \brief Check that a header serializes to the expected octets.
     * \param header the header
     * \param expected the octets written by hand
     * \param what what the header is, for the failure message
     */
    void ExpectSerialized(const HandoffRequestHeader& header,
                          const Bytes& expected,
                          const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(header.GetSerializedSize(), expected.size(), what << ": size");
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == expected),
                              true,
                              what << ": got " << Hex(bytes) << ", expected " << Hex(expected));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief A Handoff Request built with setters serializes to the hand-written octets.
 */
class HandoffRequestSerializeTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestSerializeTestCase()
        : HandoffRequestTestBase("serialize matches Figure 8 written by hand")
    {
    }

  private:
    void DoRun() override
    {
        HandoffRequestHeader header = MakeHandoff();
        ExpectSerialized(header, kHandoff, "handoff request");
        ExpectSerialized(HandoffRequestHeader(), kDefault, "default, GCoA written anyway");

        // Multi-octet fields in network byte order.
        header.SetSequence(0xabcd);
        header.SetLifetime(0x01020304);
        Bytes expected = kHandoff;
        expected[6] = 0xab;
        expected[7] = 0xcd;
        expected[8] = 0x01;
        expected[9] = 0x02;
        expected[10] = 0x03;
        expected[11] = 0x04;
        ExpectSerialized(header, expected, "byte order");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The hand-written octets deserialize to the right fields and serialize back.
 */
class HandoffRequestDeserializeTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestDeserializeTestCase()
        : HandoffRequestTestBase("deserialize Figure 8 and round trip")
    {
    }

  private:
    void DoRun() override
    {
        HandoffRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kHandoff), 56, "accepted");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()), 59, "NH");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()), 0xfe, "otype");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "flags");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "A");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 7, "sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), 600, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(header.GetGlobalCoa(), kGlobalCoa, "GCoA");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kHandoff), true, "round trip: " << Hex(again));

        // The reserved octets of the sub-option are ignored on receipt.
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kHandoff, 14, 0xaa)),
                              56,
                              "reserved ignored");

        // Deserialize consumes the header only, whatever follows it.
        Bytes longer = kHandoff;
        longer.push_back(0x99);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer), 56, "trailing octet left alone");

        // Through a packet, as a node would use it.
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(MakeHandoff());
        HandoffRequestHeader received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 56, "removed");
        NS_TEST_EXPECT_MSG_EQ(received.GetGlobalCoa(), kGlobalCoa, "via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class HandoffRequestPrintTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestPrintTestCase()
        : HandoffRequestTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(Print(MakeHandoff()),
                              "HandoffRequest type=254 flags=128 prefixLength=64 sequence=7 "
                              "lifetime=600 globalCoa=2001:db8:ee::10 homeAddress=2001:db8:1::10",
                              "print");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The A flag among the other flags.
 */
class HandoffRequestFlagsTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestFlagsTestCase()
        : HandoffRequestTestBase("acknowledge flag")
    {
    }

  private:
    void DoRun() override
    {
        HandoffRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "default");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kHandoff), 56, "flags 0x80");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "flags 0x80");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kHandoff, 4, 0x00)), 56, "flags 0");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "flags 0");
        header.SetAcknowledgeRequested(true);
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == kHandoff), true, "A on the wire: " << Hex(bytes));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix is rejected as truncated, and length fields that disagree with the
 *        buffer or with each other are rejected.
 */
class HandoffRequestLengthTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestLengthTestCase()
        : HandoffRequestTestBase("truncations and length fields")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kHandoff.size(); ++n)
        {
            ExpectRejected(Prefix(kHandoff, n),
                           WireError::TRUNCATED,
                           std::to_string(n) + " octets");
        }
        // Hdr Ext Len says more than the buffer holds.
        ExpectRejected(With(kHandoff, 1, 7), WireError::TRUNCATED, "Hdr Ext Len 7");
        // Hdr Ext Len says less than the options hold.
        ExpectRejected(With(kHandoff, 1, 5), WireError::LENGTH_MISMATCH, "Hdr Ext Len 5");
        ExpectRejected(With(kHandoff, 1, 2), WireError::LENGTH_MISMATCH, "Hdr Ext Len 2");
        // olen disagrees with the sub-option and the padding after it.
        ExpectRejected(With(kHandoff, 3, 26), WireError::LENGTH_MISMATCH, "olen 26");
        ExpectRejected(With(kHandoff, 3, 30), WireError::LENGTH_MISMATCH, "olen 30");
        // plen 19 runs past the option.
        ExpectRejected(With(kHandoff, 13, 19), WireError::LENGTH_MISMATCH, "plen 19");

        // A rejected input leaves the fields as they were.
        HandoffRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kHandoff), 56, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(kHandoff, 40)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(header.GetGlobalCoa(), kGlobalCoa, "GCoA kept");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Fields the format constrains: malen, olen, sublen, alen, sub-option type.
 */
class HandoffRequestFieldsTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestFieldsTestCase()
        : HandoffRequestTestBase("malformed fields")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(With(kHandoff, 5, 129), WireError::BAD_PREFIX_LENGTH, "malen 129");
        HandoffRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kHandoff, 5, 128)), 56, "malen 128");

        ExpectRejected(With(kHandoff, 3, 6), WireError::BAD_FIXED_LENGTH, "olen 6");
        ExpectRejected(With(kHandoff, 13, 17), WireError::BAD_FIXED_LENGTH, "plen 17");
        ExpectRejected(With(kHandoff, 13, 0), WireError::BAD_FIXED_LENGTH, "plen 0");
        ExpectRejected(With(kHandoff, 39, 15), WireError::BAD_FIXED_LENGTH, "alen 15");

        // 102 is the previous MS of a Registration Request, not a sub-option of this one.
        ExpectRejected(With(kHandoff, 12, 102), WireError::UNKNOWN_SUB_OPTION, "sub-option 102");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Options missing or present twice.
 */
class HandoffRequestOptionCountTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestOptionCountTestCase()
        : HandoffRequestTestBase("missing and duplicate options")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(kNoGlobalCoa, WireError::MISSING_OPTION, "no GCoA");
        ExpectRejected(kNoHomeAddress, WireError::MISSING_OPTION, "no home address");
        // The Handoff Request option turned into an unknown option that may be skipped.
        ExpectRejected(With(kHandoff, 2, 0x1f), WireError::MISSING_OPTION, "no handoff option");

        ExpectRejected(kGlobalCoaTwice, WireError::DUPLICATE_OPTION, "GCoA twice");
        ExpectRejected(kHomeAddressTwice, WireError::DUPLICATE_OPTION, "home address twice");
        ExpectRejected(kHandoffTwice, WireError::DUPLICATE_OPTION, "handoff option twice");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
 *        and rejects the header otherwise.
 */
class HandoffRequestUnknownOptionTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestUnknownOptionTestCase()
        : HandoffRequestTestBase("unknown options")
    {
    }

  private:
    void DoRun() override
    {
        // The PadN before the Home Address option turned into an option 0x1f of 4 octets.
        HandoffRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kHandoff, 32, 0x1f)), 56, "00: skipped");
        NS_TEST_EXPECT_MSG_EQ(header.GetGlobalCoa(), kGlobalCoa, "GCoA");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kHandoff), true, "sent without it: " << Hex(again));

        ExpectRejected(With(kHandoff, 32, 0x5f), WireError::UNKNOWN_OPTION, "01");
        ExpectRejected(With(kHandoff, 32, 0x9f), WireError::UNKNOWN_OPTION, "10");
        ExpectRejected(With(kHandoff, 32, 0xdf), WireError::UNKNOWN_OPTION, "11");
        // A Registration Request (0x9e) with a GCoA sub-option is not a Handoff Request.
        ExpectRejected(With(kHandoff, 2, 0x9e), WireError::UNKNOWN_OPTION, "request option");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The option types are settable and used both ways.
 */
class HandoffRequestOptionTypeTestCase : public HandoffRequestTestBase
{
  public:
    HandoffRequestOptionTypeTestCase()
        : HandoffRequestTestBase("settable option types")
    {
    }

  private:
    void DoRun() override
    {
        HandoffRequestHeader header = MakeHandoff();
        header.SetOptionType(0xff);
        header.SetHomeAddressOptionType(0xc8);
        Bytes expected = With(With(kHandoff, 2, 0xff), 38, 0xc8);
        ExpectSerialized(header, expected, "otype 0xff, atype 0xc8");

        ExpectRejected(expected, WireError::UNKNOWN_OPTION, "to a default header");
        HandoffRequestHeader other;
        other.SetOptionType(0xff);
        other.SetHomeAddressOptionType(0xc8);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 56, "types expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetGlobalCoa(), kGlobalCoa, "GCoA");
        NS_TEST_EXPECT_MSG_EQ(other.GetHomeAddress(), kHome, "home address");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The HandoffRequestHeader test suite.
 */
class HandoffRequestTestSuite : public TestSuite
{
  public:
    HandoffRequestTestSuite()
        : TestSuite("hmipv6-wire-handoff-request")
    {
        AddTestCase(new HandoffRequestSerializeTestCase);
        AddTestCase(new HandoffRequestDeserializeTestCase);
        AddTestCase(new HandoffRequestPrintTestCase);
        AddTestCase(new HandoffRequestFlagsTestCase);
        AddTestCase(new HandoffRequestLengthTestCase);
        AddTestCase(new HandoffRequestFieldsTestCase);
        AddTestCase(new HandoffRequestOptionCountTestCase);
        AddTestCase(new HandoffRequestUnknownOptionTestCase);
        AddTestCase(new HandoffRequestOptionTypeTestCase);
    }
};

static HandoffRequestTestSuite g_handoffRequestTestSuite; //!< the suite instance
