// SPDX-License-Identifier: GPL-2.0-only
// RegistrationRefreshHeader (draft 4.2.2: the layout of Figure 7 with another option type)
// against octets written by hand.
#include "wire-test-util.h"

#include "ns3/packet.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 7 with the Refresh option type: A flag, /64, sequence 8, lifetime 600 s, home
/// address 2001:db8:1::10.
const Bytes kRefresh = {
    0x3b, 0x03, 0xbe, 0x08, // Next Header 59, Hdr Ext Len 3 (32 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // pad pad (PadN of 0 octets), atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A refresh carrying a previous MS sub-option (layout of Figure 6).
const Bytes kWithSubOption = {
    0x3b, 0x06, 0xbe, 0x1c, // Next Header 59, Hdr Ext Len 6 (56 octets), otype, olen 28
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

/// A refresh without its Home Address option.
const Bytes kNoHomeAddress = {
    0x3b, 0x03, 0xbe, 0x08, // Next Header 59, Hdr Ext Len 3, otype, olen 8
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
    0x3b, 0x06, 0xbe, 0x08, // Next Header 59, Hdr Ext Len 6, otype, olen 8
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
const Bytes kRefreshTwice = {
    0x3b, 0x04, 0xbe, 0x08, // Next Header 59, Hdr Ext Len 4 (40 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x08, // flag A, malen 64, seq number 8
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0xbe, 0x08, 0x80, 0x40, // otype, olen 8, flag A, malen 64
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
 * \return the refresh of the vectors, built with setters
 */
RegistrationRefreshHeader
MakeRefresh()
{
    RegistrationRefreshHeader header;
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
 * \brief Common checks of the RegistrationRefreshHeader tests.
 */
class RegistrationRefreshTestBase : public TestCase
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
        RegistrationRefreshHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }

    /**
     * \brief Check that a header serializes to the expected octets.
     * \param header the header
     * \param expected the octets written by hand
     * \param what what the header is, for the failure message
     */
    void ExpectSerialized(const RegistrationRefreshHeader& header,
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
 * \brief A refresh built with setters serializes to the hand-written octets.
 */
class RegistrationRefreshSerializeTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshSerializeTestCase()
        : RegistrationRefreshTestBase("serialize matches Figure 7 (refresh type) written by hand")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRefreshHeader header = MakeRefresh();
        ExpectSerialized(header, kRefresh, "refresh");

        // Draft 4.2.2: identical to a Registration Update but for the option type.
        RegistrationUpdateHeader update;
        update.SetFlags(header.GetFlags());
        update.SetPrefixLength(header.GetPrefixLength());
        update.SetSequence(header.GetSequence());
        update.SetLifetime(header.GetLifetime());
        update.SetHomeAddress(header.GetHomeAddress());
        update.SetOptionType(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE);
        Bytes bytes = Serialize(update);
        NS_TEST_EXPECT_MSG_EQ((bytes == kRefresh), true, "update layout: " << Hex(bytes));

        // Multi-octet fields in network byte order.
        header.SetSequence(0xabcd);
        header.SetLifetime(0x01020304);
        Bytes expected = kRefresh;
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
class RegistrationRefreshDeserializeTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshDeserializeTestCase()
        : RegistrationRefreshTestBase("deserialize and round trip")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRefreshHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kRefresh), 32, "accepted");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()), 59, "NH");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()), 0xbe, "otype");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "flags");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "A");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 8, "sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), 600, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kRefresh), true, "round trip: " << Hex(again));

        // Deserialize consumes the header only, whatever follows it.
        Bytes longer = kRefresh;
        longer.push_back(0x99);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer), 32, "trailing octet left alone");

        // Through a packet, as a node would use it.
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(MakeRefresh());
        RegistrationRefreshHeader received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 32, "removed");
        NS_TEST_EXPECT_MSG_EQ(received.GetHomeAddress(), kHome, "via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class RegistrationRefreshPrintTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshPrintTestCase()
        : RegistrationRefreshTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(Print(MakeRefresh()),
                              "RegistrationRefresh type=190 flags=128 prefixLength=64 sequence=8 "
                              "lifetime=600 homeAddress=2001:db8:1::10",
                              "print");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The A flag among the other flags.
 */
class RegistrationRefreshFlagsTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshFlagsTestCase()
        : RegistrationRefreshTestBase("acknowledge flag")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRefreshHeader header;
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "default");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kRefresh), 32, "flags 0x80");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "flags 0x80");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kRefresh, 4, 0x00)), 32, "flags 0");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "flags 0");
        header.SetAcknowledgeRequested(true);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "A set");
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == kRefresh), true, "A on the wire: " << Hex(bytes));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix is rejected as truncated, and length fields that disagree with the
 *        buffer or with each other are rejected.
 */
class RegistrationRefreshLengthTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshLengthTestCase()
        : RegistrationRefreshTestBase("truncations and length fields")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kRefresh.size(); ++n)
        {
            ExpectRejected(Prefix(kRefresh, n),
                           WireError::TRUNCATED,
                           std::to_string(n) + " octets");
        }
        // Hdr Ext Len says more than the buffer holds.
        ExpectRejected(With(kRefresh, 1, 4), WireError::TRUNCATED, "Hdr Ext Len 4");
        // Hdr Ext Len says less than the options hold.
        ExpectRejected(With(kRefresh, 1, 2), WireError::LENGTH_MISMATCH, "Hdr Ext Len 2");
        ExpectRejected(With(kRefresh, 1, 1), WireError::LENGTH_MISMATCH, "Hdr Ext Len 1");
        // alen 17 runs past the header.
        ExpectRejected(With(kRefresh, 15, 17), WireError::LENGTH_MISMATCH, "alen 17");

        // A rejected input leaves the fields as they were.
        RegistrationRefreshHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kRefresh), 32, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(kRefresh, 31)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 8, "sequence kept");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Fields the format constrains: malen, olen, alen, and no sub-option.
 */
class RegistrationRefreshFieldsTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshFieldsTestCase()
        : RegistrationRefreshTestBase("malformed fields")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(With(kRefresh, 5, 129), WireError::BAD_PREFIX_LENGTH, "malen 129");
        RegistrationRefreshHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kRefresh, 5, 128)), 32, "malen 128");

        ExpectRejected(With(kRefresh, 3, 6), WireError::BAD_FIXED_LENGTH, "olen 6");
        ExpectRejected(With(kRefresh, 3, 0), WireError::BAD_FIXED_LENGTH, "olen 0");
        ExpectRejected(With(kRefresh, 15, 15), WireError::BAD_FIXED_LENGTH, "alen 15");

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
class RegistrationRefreshOptionCountTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshOptionCountTestCase()
        : RegistrationRefreshTestBase("missing and duplicate options")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(kNoHomeAddress, WireError::MISSING_OPTION, "no home address");
        // The registration option turned into an unknown option that may be skipped.
        ExpectRejected(With(kRefresh, 2, 0x1f), WireError::MISSING_OPTION, "no refresh option");

        ExpectRejected(kHomeAddressTwice, WireError::DUPLICATE_OPTION, "home address twice");
        ExpectRejected(kRefreshTwice, WireError::DUPLICATE_OPTION, "refresh option twice");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
 *        and rejects the header otherwise.
 */
class RegistrationRefreshUnknownOptionTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshUnknownOptionTestCase()
        : RegistrationRefreshTestBase("unknown options")
    {
    }

  private:
    void DoRun() override
    {
        // The PadN before the Home Address option turned into an empty option 0x1f.
        RegistrationRefreshHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kRefresh, 12, 0x1f)), 32, "00: skipped");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kRefresh), true, "sent without it: " << Hex(again));

        ExpectRejected(With(kRefresh, 12, 0x5f), WireError::UNKNOWN_OPTION, "01");
        ExpectRejected(With(kRefresh, 12, 0x9f), WireError::UNKNOWN_OPTION, "10");
        ExpectRejected(With(kRefresh, 12, 0xdf), WireError::UNKNOWN_OPTION, "11");
        // Neither a Registration Request (0x9e) nor an Update (0xde) is a Refresh.
        ExpectRejected(With(kRefresh, 2, 0x9e), WireError::UNKNOWN_OPTION, "request option");
        ExpectRejected(With(kRefresh, 2, 0xde), WireError::UNKNOWN_OPTION, "update option");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The option types are settable and used both ways.
 */
class RegistrationRefreshOptionTypeTestCase : public RegistrationRefreshTestBase
{
  public:
    RegistrationRefreshOptionTypeTestCase()
        : RegistrationRefreshTestBase("settable option types")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRefreshHeader header = MakeRefresh();
        header.SetOptionType(0xbf);
        header.SetHomeAddressOptionType(0xc8);
        Bytes expected = With(With(kRefresh, 2, 0xbf), 14, 0xc8);
        ExpectSerialized(header, expected, "otype 0xbf, atype 0xc8");

        ExpectRejected(expected, WireError::UNKNOWN_OPTION, "to a default header");
        RegistrationRefreshHeader other;
        other.SetOptionType(0xbf);
        other.SetHomeAddressOptionType(0xc8);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 32, "types expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetHomeAddress(), kHome, "home address");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The RegistrationRefreshHeader test suite.
 */
class RegistrationRefreshTestSuite : public TestSuite
{
  public:
    RegistrationRefreshTestSuite()
        : TestSuite("hmipv6-wire-registration-refresh")
    {
        AddTestCase(new RegistrationRefreshSerializeTestCase);
        AddTestCase(new RegistrationRefreshDeserializeTestCase);
        AddTestCase(new RegistrationRefreshPrintTestCase);
        AddTestCase(new RegistrationRefreshFlagsTestCase);
        AddTestCase(new RegistrationRefreshLengthTestCase);
        AddTestCase(new RegistrationRefreshFieldsTestCase);
        AddTestCase(new RegistrationRefreshOptionCountTestCase);
        AddTestCase(new RegistrationRefreshUnknownOptionTestCase);
        AddTestCase(new RegistrationRefreshOptionTypeTestCase);
    }
};

static RegistrationRefreshTestSuite g_registrationRefreshTestSuite; //!< the suite instance
