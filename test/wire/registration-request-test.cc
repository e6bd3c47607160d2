// SPDX-License-Identifier: GPL-2.0-only
// RegistrationRequestHeader (draft Figure 6) against octets written by hand, with and
// without the previous Mobility Server sub-option.
#include "wire-test-util.h"

#include "ns3/packet.h"
#include "ns3/registration-request-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 6: A flag, /64, sequence 7, lifetime 600 s, previous MS 2001:db8:ff::1, home
/// address 2001:db8:1::10.
const Bytes kWithPreviousMs = {
    0x3b, 0x06, 0x9e, 0x1c, // Next Header 59, Hdr Ext Len 6 (56 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x66, 0x12, 0x00, 0x00, // ptype 102, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // previous mobility server address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x01, 0x04, 0x00, 0x00, // pad: PadN of 4 octets, so that atype is at 8n+6
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A first Registration Request: no previous MS, so the layout of Figure 7.
const Bytes kFirst = {
    0x3b, 0x03, 0x9e, 0x08, // Next Header 59, Hdr Ext Len 3 (32 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // pad pad (PadN of 0 octets), atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A first Registration Request without its Home Address option.
const Bytes kNoHomeAddress = {
    0x3b, 0x03, 0x9e, 0x08, // Next Header 59, Hdr Ext Len 3, otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x12, 0x00, 0x00, // PadN of 18 octets instead of the Home Address option
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// The Home Address option twice.
const Bytes kHomeAddressTwice = {
    0x3b, 0x06, 0x9e, 0x08, // Next Header 59, Hdr Ext Len 6, otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
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
const Bytes kRequestTwice = {
    0x3b, 0x04, 0x9e, 0x08, // Next Header 59, Hdr Ext Len 4 (40 octets), otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x9e, 0x08, 0x80, 0x40, // otype, olen 8, flag A, malen 64
    0x00, 0x08, 0x00, 0x00, // seq number 8, lifetime 600
    0x02, 0x58, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// The previous MS sub-option twice.
const Bytes kPreviousMsTwice = {
    0x3b, 0x08, 0x9e, 0x30, // Next Header 59, Hdr Ext Len 8 (72 octets), otype, olen 48
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x66, 0x12, 0x00, 0x00, // ptype 102, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // previous mobility server address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x66, 0x12, 0x00, 0x00, // ptype 102, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // previous mobility server address 2001:db8:fe::1
    0x00, 0xfe, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};
// clang-format on

const Ipv6Address kPreviousMs("2001:db8:ff::1"); //!< the previous MS of the vectors
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
 * \param withPreviousMs whether to set the previous MS
 * \return the request of the vectors, built with setters
 */
RegistrationRequestHeader
MakeRequest(bool withPreviousMs)
{
    RegistrationRequestHeader header;
    header.SetAcknowledgeRequested(true);
    header.SetPrefixLength(64);
    header.SetSequence(7);
    header.SetLifetime(600);
    header.SetHomeAddress(kHome);
    if (withPreviousMs)
    {
        header.SetPreviousMs(kPreviousMs);
    }
    return header;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief Common checks of the RegistrationRequestHeader tests.
 */
class RegistrationRequestTestBase : public TestCase
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
        RegistrationRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }

    /**
     * \brief Check that a header serializes to the expected octets.
     * \param header the header
     * \param expected the octets written by hand
     * \param what what the header is, for the failure message
     */
    void ExpectSerialized(const RegistrationRequestHeader& header,
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
 * \brief Requests built with setters serialize to the hand-written octets.
 */
class RegistrationRequestSerializeTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestSerializeTestCase()
        : RegistrationRequestTestBase("serialize matches Figure 6 written by hand")
    {
    }

  private:
    void DoRun() override
    {
        ExpectSerialized(MakeRequest(true), kWithPreviousMs, "with previous MS");
        ExpectSerialized(MakeRequest(false), kFirst, "first request");

        RegistrationRequestHeader header = MakeRequest(true);
        header.ClearPreviousMs();
        ExpectSerialized(header, kFirst, "previous MS cleared");

        // Multi-octet fields in network byte order.
        header.SetSequence(0xabcd);
        header.SetLifetime(0x01020304);
        Bytes expected = kFirst;
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
class RegistrationRequestDeserializeTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestDeserializeTestCase()
        : RegistrationRequestTestBase("deserialize Figure 6 and round trip")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kWithPreviousMs), 56, "with previous MS");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()), 59, "NH");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()), 0x9e, "otype");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "flags");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "A");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 7, "sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), 600, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(header.HasPreviousMs(), true, "previous MS present");
        NS_TEST_EXPECT_MSG_EQ(header.GetPreviousMs(), kPreviousMs, "previous MS");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kWithPreviousMs), true, "round trip: " << Hex(again));

        // The same object then reads a first request: the previous MS goes away.
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kFirst), 32, "first request");
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, "flags");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()), 64, "malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 7, "sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), 600, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(header.HasPreviousMs(), false, "no previous MS");
        NS_TEST_EXPECT_MSG_EQ(header.GetPreviousMs(), Ipv6Address::GetAny(), "previous MS");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kFirst), true, "round trip: " << Hex(again));

        // The reserved octets of the sub-option are ignored on receipt.
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kWithPreviousMs, 15, 0xaa)),
                              56,
                              "reserved ignored");

        // Deserialize consumes the header only, whatever follows it.
        Bytes longer = kWithPreviousMs;
        longer.push_back(0x99);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer), 56, "trailing octet left alone");

        // Through a packet, as a node would use it.
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(MakeRequest(true));
        RegistrationRequestHeader received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 56, "removed");
        NS_TEST_EXPECT_MSG_EQ(received.GetPreviousMs(), kPreviousMs, "via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class RegistrationRequestPrintTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestPrintTestCase()
        : RegistrationRequestTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(Print(MakeRequest(true)),
                              "RegistrationRequest type=158 flags=128 prefixLength=64 sequence=7 "
                              "lifetime=600 previousMs=2001:db8:ff::1 homeAddress=2001:db8:1::10",
                              "with previous MS");
        NS_TEST_EXPECT_MSG_EQ(Print(MakeRequest(false)),
                              "RegistrationRequest type=158 flags=128 prefixLength=64 sequence=7 "
                              "lifetime=600 homeAddress=2001:db8:1::10",
                              "first request");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The A flag among the other flags.
 */
class RegistrationRequestFlagsTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestFlagsTestCase()
        : RegistrationRequestTestBase("acknowledge flag")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "default");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kFirst), 32, "flags 0x80");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "flags 0x80");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kFirst, 4, 0x40)), 32, "flags 0x40");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, "flags 0x40");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x40, "flags 0x40");

        // Setting A leaves the other flags alone; clearing it too.
        header.SetAcknowledgeRequested(true);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0xc0, "A set");
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(bytes.at(4)), 0xc0, "A on the wire");
        header.SetAcknowledgeRequested(false);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x40, "A cleared");
        header.SetFlags(0xff);
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, "raw flags 0xff");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix is rejected as truncated, and length fields that disagree with the
 *        buffer or with each other are rejected.
 */
class RegistrationRequestLengthTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestLengthTestCase()
        : RegistrationRequestTestBase("truncations and length fields")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kWithPreviousMs.size(); ++n)
        {
            ExpectRejected(Prefix(kWithPreviousMs, n),
                           WireError::TRUNCATED,
                           "with previous MS, " + std::to_string(n) + " octets");
        }
        for (std::size_t n = 0; n < kFirst.size(); ++n)
        {
            ExpectRejected(Prefix(kFirst, n),
                           WireError::TRUNCATED,
                           "first request, " + std::to_string(n) + " octets");
        }

        // Hdr Ext Len says more than the buffer holds.
        ExpectRejected(With(kWithPreviousMs, 1, 7), WireError::TRUNCATED, "Hdr Ext Len 7");
        ExpectRejected(With(kFirst, 1, 4), WireError::TRUNCATED, "Hdr Ext Len 4");
        // Hdr Ext Len says less than the options hold.
        ExpectRejected(With(kWithPreviousMs, 1, 2), WireError::LENGTH_MISMATCH, "HEL 2");
        ExpectRejected(With(kFirst, 1, 2), WireError::LENGTH_MISMATCH, "HEL 2, first");
        // olen disagrees with the sub-option and the padding after it.
        ExpectRejected(With(kWithPreviousMs, 3, 26), WireError::LENGTH_MISMATCH, "olen 26");
        ExpectRejected(With(kWithPreviousMs, 3, 30), WireError::LENGTH_MISMATCH, "olen 30");
        // alen 17 runs past the header.
        ExpectRejected(With(kFirst, 15, 17), WireError::LENGTH_MISMATCH, "alen 17");

        // A rejected input leaves the fields as they were.
        RegistrationRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, kWithPreviousMs), 56, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(kFirst, 31)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(header.HasPreviousMs(), true, "previous MS kept");
        NS_TEST_EXPECT_MSG_EQ(header.GetPreviousMs(), kPreviousMs, "previous MS kept");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 7, "sequence kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Fields the format constrains: malen, olen, sublen, alen, sub-option type.
 */
class RegistrationRequestFieldsTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestFieldsTestCase()
        : RegistrationRequestTestBase("malformed fields")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(With(kWithPreviousMs, 5, 129), WireError::BAD_PREFIX_LENGTH, "malen 129");
        ExpectRejected(With(kFirst, 5, 129), WireError::BAD_PREFIX_LENGTH, "malen 129, first");
        RegistrationRequestHeader header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(kFirst, 5, 128)), 32, "malen 128");

        ExpectRejected(With(kWithPreviousMs, 3, 6), WireError::BAD_FIXED_LENGTH, "olen 6");
        ExpectRejected(With(kFirst, 3, 6), WireError::BAD_FIXED_LENGTH, "olen 6, first");
        ExpectRejected(With(kWithPreviousMs, 13, 17), WireError::BAD_FIXED_LENGTH, "plen 17");
        ExpectRejected(With(kWithPreviousMs, 13, 16), WireError::BAD_FIXED_LENGTH, "plen 16");
        ExpectRejected(With(kWithPreviousMs, 39, 15), WireError::BAD_FIXED_LENGTH, "alen 15");
        ExpectRejected(With(kFirst, 15, 15), WireError::BAD_FIXED_LENGTH, "alen 15, first");

        // 103 is the GCoA of a Handoff Request, not a sub-option of this message.
        ExpectRejected(With(kWithPreviousMs, 12, 103),
                       WireError::UNKNOWN_SUB_OPTION,
                       "sub-option 103");
        ExpectRejected(With(kWithPreviousMs, 12, 0x1e),
                       WireError::UNKNOWN_SUB_OPTION,
                       "sub-option 0x1e");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Options missing or present twice.
 */
class RegistrationRequestOptionCountTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestOptionCountTestCase()
        : RegistrationRequestTestBase("missing and duplicate options")
    {
    }

  private:
    void DoRun() override
    {
        ExpectRejected(kNoHomeAddress, WireError::MISSING_OPTION, "no home address");
        // The registration option turned into an unknown option that may be skipped.
        ExpectRejected(With(kFirst, 2, 0x1f), WireError::MISSING_OPTION, "no request option");
        // The Home Address option turned into an unknown option that may be skipped.
        ExpectRejected(With(kFirst, 14, 0x1f), WireError::MISSING_OPTION, "atype 0x1f");

        ExpectRejected(kHomeAddressTwice, WireError::DUPLICATE_OPTION, "home address twice");
        ExpectRejected(kRequestTwice, WireError::DUPLICATE_OPTION, "request option twice");
        ExpectRejected(kPreviousMsTwice, WireError::DUPLICATE_OPTION, "previous MS twice");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
 *        and rejects the header otherwise.
 */
class RegistrationRequestUnknownOptionTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestUnknownOptionTestCase()
        : RegistrationRequestTestBase("unknown options")
    {
    }

  private:
    void DoRun() override
    {
        // The PadN before the Home Address option turned into an empty option 0x1f.
        RegistrationRequestHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(kFirst, 12, 0x1f)), 32, "00: skipped");
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), kHome, "home address");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), 7, "sequence");
        Bytes again = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((again == kFirst), true, "sent without it: " << Hex(again));

        ExpectRejected(With(kFirst, 12, 0x5f), WireError::UNKNOWN_OPTION, "01");
        ExpectRejected(With(kFirst, 12, 0x9f), WireError::UNKNOWN_OPTION, "10");
        ExpectRejected(With(kFirst, 12, 0xdf), WireError::UNKNOWN_OPTION, "11");
        // A Registration Update (0xde) is not a Registration Request.
        ExpectRejected(With(kFirst, 2, 0xde), WireError::UNKNOWN_OPTION, "update option");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The option types are settable and used both ways.
 */
class RegistrationRequestOptionTypeTestCase : public RegistrationRequestTestBase
{
  public:
    RegistrationRequestOptionTypeTestCase()
        : RegistrationRequestTestBase("settable option types")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRequestHeader header = MakeRequest(false);
        header.SetOptionType(0x9f);
        header.SetHomeAddressOptionType(0xc8);
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetHomeAddressOptionType()),
                              0xc8,
                              "atype");
        Bytes expected = With(With(kFirst, 2, 0x9f), 14, 0xc8);
        ExpectSerialized(header, expected, "otype 0x9f, atype 0xc8");

        ExpectRejected(expected, WireError::UNKNOWN_OPTION, "to a default header");
        RegistrationRequestHeader other;
        other.SetOptionType(0x9f);
        other.SetHomeAddressOptionType(0xc8);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 32, "types expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetHomeAddress(), kHome, "home address");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, kFirst), 0, "default types not expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetError(), WireError::UNKNOWN_OPTION, "0x9e unknown");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The RegistrationRequestHeader test suite.
 */
class RegistrationRequestTestSuite : public TestSuite
{
  public:
    RegistrationRequestTestSuite()
        : TestSuite("hmipv6-wire-registration-request")
    {
        AddTestCase(new RegistrationRequestSerializeTestCase);
        AddTestCase(new RegistrationRequestDeserializeTestCase);
        AddTestCase(new RegistrationRequestPrintTestCase);
        AddTestCase(new RegistrationRequestFlagsTestCase);
        AddTestCase(new RegistrationRequestLengthTestCase);
        AddTestCase(new RegistrationRequestFieldsTestCase);
        AddTestCase(new RegistrationRequestOptionCountTestCase);
        AddTestCase(new RegistrationRequestUnknownOptionTestCase);
        AddTestCase(new RegistrationRequestOptionTypeTestCase);
    }
};

static RegistrationRequestTestSuite g_registrationRequestTestSuite; //!< the suite instance
