// SPDX-License-Identifier: GPL-2.0-only
// RegistrationUpdateHeader (draft Figure 7) against octets written by hand.
#include "wire-test-util.h"

#include "ns3/packet.h"
#include "ns3/registration-update-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 7: A flag, /64, sequence 8, lifetime 600 s, home address 2001:db8:1::10.
const Bytes kUpdate = {
    0x3b, 0x03, 0xde, 0x08, // Next Header 59, Hdr Ext Len 3 (32 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // pad pad (PadN of 0 octets), atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// An update carrying a previous MS sub-option (layout of Figure 6).
const Bytes kWithSubOption = {
    0x3b, 0x06, 0xde, 0x1c, // Next Header 59, Hdr Ext Len 6 (56 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x66, 0x12, 0x00, 0x00, // ptype 102, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // previous mobility server address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// An update without its Home Address option.
const Bytes kNoHomeAddress = {
    0x3b, 0x03, 0xde, 0x08, // Next Header 59, Hdr Ext Len 3, otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x12, 0x00, 0x00, // PadN of 18 octets instead of the Home Address option
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// The Home Address option twice.
const Bytes kHomeAddressTwice = {
    0x3b, 0x06, 0xde, 0x08, // Next Header 59, Hdr Ext Len 6, otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
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

/// The registration option twice.
const Bytes kUpdateTwice = {
    0x3b, 0x04, 0xde, 0x08, // Next Header 59, Hdr Ext Len 4 (40 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0xde, 0x08, 0x80, 0x40, // otype, olen 8, flag A, malen 64
    0x00, 0x09, 0x00, 0x00, // seq number 9, lifetime 600
    0x02, 0x58, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};
// clang-format on

const Ipv6Address kHome("2001:db8:1::10"); //!< the home address of the vectors

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
 * \return the update of the vectors, built with setters
 */
RegistrationUpdateHeader
MakeUpdate()
{
    RegistrationUpdateHeader header;
    header.SetAcknowledgeRequested(true);
    header.SetPrefixLength(64);
    header.SetSequence(8);
    header.SetLifetime(600);
    header.SetHomeAddress(kHome);
    return header;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief Common checks of the RegistrationUpdateHeader tests.
 */
class RegistrationUpdateTestBase : public TestCase
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
        RegistrationUpdateHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }

    /**
     * \brief Check that a header serializes to the expected octets.
     * \param header the header
     * \param expected the octets written by hand
     * \param what what the header is, for the failure message
     */
    void ExpectSerialized(const RegistrationUpdateHeader& header,
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
 * \brief An update built with setters serializes to the hand-written octets.
 */
class RegistrationUpdateSerializeTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateSerializeTestCase()
        : RegistrationUpdateTestBase("serialize matches Figure 7 written by hand")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationUpdateHeader header = MakeUpdate();
        ExpectSerialized(header, kUpdate, "update");

        // Multi-octet fields in network byte order.
        header.SetSequence(0xabcd);
        header.SetLifetime(0x01020304);
        Bytes expected = kUpdate;
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
class RegistrationUpdateDeserializeTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateDeserializeTestCase()
        : RegistrationUpdateTestBase("deserialize Figure 7 and round trip")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationUpdateHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kUpdate), 32, "accepted");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()), 59, "NH");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()), 0xde, "otype");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "flags");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "A");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 8, "sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), 600, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kUpdate), true, "round trip: " << Hex(again));

        // Deserialize consumes the header only, whatever follows it.
        Bytes longer = kUpdate;
        longer.push_back(0x99);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer), 32, "trailing octet left alone");

        // Through a packet, as a node would use it.
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(MakeUpdate());
        RegistrationUpdateHeader received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 32, "removed");
        NS_TEST_EXPECT_MSG_EQ(received.GetHomeAddress(), kHome, "via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class RegistrationUpdatePrintTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdatePrintTestCase()
        : RegistrationUpdateTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(Print(MakeUpdate()),
                              "RegistrationUpdate type=222 flags=128 prefixLength=64 sequence=8 "
                              "lifetime=600 homeAddress=2001:db8:1::10",
                              "print");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The A flag among the other flags.
 */
class RegistrationUpdateFlagsTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateFlagsTestCase()
        : RegistrationUpdateTestBase("acknowledge flag")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationUpdateHeader header;
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "default");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kUpdate), 32, "flags 0x80");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "flags 0x80");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kUpdate, 4, 0x00)), 32, "flags 0");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "flags 0");
        header.SetAcknowledgeRequested(true);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "A set");
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == kUpdate), true, "A on the wire: " << Hex(bytes));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix is rejected as truncated, and length fields that disagree with the
 *        buffer or with each other are rejected.
 */
class RegistrationUpdateLengthTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateLengthTestCase()
        : RegistrationUpdateTestBase("truncations and length fields")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kUpdate.size(); ++n)
        {
            ExpectRejected(Prefix(kUpdate, n), WireError::TRUNCATED, std::to_string(n) + " octets");
        }
        // Hdr Ext Len says more than the buffer holds.
        ExpectRejected(With(kUpdate, 1, 4), WireError::TRUNCATED, "Hdr Ext Len 4");
        // Hdr Ext Len says less than the options hold.
        ExpectRejected(With(kUpdate, 1, 2), WireError::LENGTH_MISMATCH, "Hdr Ext Len 2");
        ExpectRejected(With(kUpdate, 1, 1), WireError::LENGTH_MISMATCH, "Hdr Ext Len 1");
        // alen 17 runs past the header.
        ExpectRejected(With(kUpdate, 15, 17), WireError::LENGTH_MISMATCH, "alen 17");

        // A rejected input leaves the fields as they were.
        RegistrationUpdateHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kUpdate), 32, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(kUpdate, 31)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 8, "sequence kept");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Fields the format constrains: malen, olen, alen, and no sub-option.
 */
class RegistrationUpdateFieldsTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateFieldsTestCase()
        : RegistrationUpdateTestBase("malformed fields")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(With(kUpdate, 5, 129), WireError::BAD_PREFIX_LENGTH, "malen 129");
        RegistrationUpdateHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kUpdate, 5, 128)), 32, "malen 128");

        ExpectRejected(With(kUpdate, 3, 6), WireError::BAD_FIXED_LENGTH, "olen 6");
        ExpectRejected(With(kUpdate, 3, 0), WireError::BAD_FIXED_LENGTH, "olen 0");
        ExpectRejected(With(kUpdate, 15, 15), WireError::BAD_FIXED_LENGTH, "alen 15");

        // Figure 7 has no sub-option.
        ExpectRejected(kWithSubOption, WireError::UNKNOWN_SUB_OPTION, "sub-option 102");
        ExpectRejected(With(kWithSubOption, 12, 103),
                       WireError::UNKNOWN_SUB_OPTION,
                       "sub-option 103");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Options missing or present twice.
 */
class RegistrationUpdateOptionCountTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateOptionCountTestCase()
        : RegistrationUpdateTestBase("missing and duplicate options")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(kNoHomeAddress, WireError::MISSING_OPTION, "no home address");
        // The registration option turned into an unknown option that may be skipped.
        ExpectRejected(With(kUpdate, 2, 0x1f), WireError::MISSING_OPTION, "no update option");

        ExpectRejected(kHomeAddressTwice, WireError::DUPLICATE_OPTION, "home address twice");
        ExpectRejected(kUpdateTwice, WireError::DUPLICATE_OPTION, "update option twice");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
 *        and rejects the header otherwise.
 */
class RegistrationUpdateUnknownOptionTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateUnknownOptionTestCase()
        : RegistrationUpdateTestBase("unknown options")
    {
    }

  private:
    void DoRun() override
    {
        // The PadN before the Home Address option turned into an empty option 0x1f.
        RegistrationUpdateHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kUpdate, 12, 0x1f)), 32, "00: skipped");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kUpdate), true, "sent without it: " << Hex(again));

        ExpectRejected(With(kUpdate, 12, 0x5f), WireError::UNKNOWN_OPTION, "01");
        ExpectRejected(With(kUpdate, 12, 0x9f), WireError::UNKNOWN_OPTION, "10");
        ExpectRejected(With(kUpdate, 12, 0xdf), WireError::UNKNOWN_OPTION, "11");
        // Neither a Registration Request (0x9e) nor a Refresh (0xbe) is an Update.
        ExpectRejected(With(kUpdate, 2, 0x9e), WireError::UNKNOWN_OPTION, "request option");
        ExpectRejected(With(kUpdate, 2, 0xbe), WireError::UNKNOWN_OPTION, "refresh option");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The option types are settable and used both ways.
 */
class RegistrationUpdateOptionTypeTestCase : public RegistrationUpdateTestBase
{
  public:
    RegistrationUpdateOptionTypeTestCase()
        : RegistrationUpdateTestBase("settable option types")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationUpdateHeader header = MakeUpdate();
        header.SetOptionType(0xdf);
        header.SetHomeAddressOptionType(0xc8);
        Bytes expected = With(With(kUpdate, 2, 0xdf), 14, 0xc8);
        ExpectSerialized(header, expected, "otype 0xdf, atype 0xc8");

        ExpectRejected(expected, WireError::UNKNOWN_OPTION, "to a default header");
        RegistrationUpdateHeader other;
        other.SetOptionType(0xdf);
        other.SetHomeAddressOptionType(0xc8);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 32, "types expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetHomeAddress(), kHome, "home address");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The RegistrationUpdateHeader test suite.
 */
class RegistrationUpdateTestSuite : public TestSuite
{
  public:
    RegistrationUpdateTestSuite()
        : TestSuite("hmipv6-wire-registration-update")
    {
        AddTestCase(new RegistrationUpdateSerializeTestCase);
        AddTestCase(new RegistrationUpdateDeserializeTestCase);
        AddTestCase(new RegistrationUpdatePrintTestCase);
        AddTestCase(new RegistrationUpdateFlagsTestCase);
        AddTestCase(new RegistrationUpdateLengthTestCase);
        AddTestCase(new RegistrationUpdateFieldsTestCase);
        AddTestCase(new RegistrationUpdateOptionCountTestCase);
        AddTestCase(new RegistrationUpdateUnknownOptionTestCase);
        AddTestCase(new RegistrationUpdateOptionTypeTestCase);
    }
};

static RegistrationUpdateTestSuite g_registrationUpdateTestSuite; //!< the suite instance
