// SPDX-License-Identifier: GPL-2.0-only
// MobilityInfoRaOption (draft Figure 4) against octets written by hand.
#include "wire-test-util.h"

#include "ns3/mobility-info-ra-option.h"
#include "ns3/packet.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 4 with MS 2001:db8:ff::1 and a /64 Mobility Network.
const Bytes kOption = {
    0xfd, 0x03, 0x00, 0x40, // type 253, length 3 (x 8 octets), na, plen 64
    0x20, 0x01, 0x0d, 0xb8, // MS address 2001:db8:ff::1
    0x00, 0xff, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x01, //
    0x00, 0x00, 0x00, 0x00, // reserved (pads the option to 24 octets)
};

/// Figure 4 withdrawing the MS: unspecified MS address, plen 64 (draft 4.1).
const Bytes kUnspecifiedMs = {
    0xfd, 0x03, 0x00, 0x40, // type 253, length 3, na, plen 64
    0x00, 0x00, 0x00, 0x00, // MS address ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, // reserved
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
 * \brief Common checks of the MobilityInfoRaOption tests.
 */
class MobilityInfoRaOptionTestBase : public TestCase
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
        MobilityInfoRaOption option;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(option, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(option.GetError(), error, what);
    }
};

/**
 * \ingroup hmipv6-test
 * \brief An option built with setters serializes to the hand-written octets.
 */
class MobilityInfoRaOptionSerializeTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionSerializeTestCase()
        : MobilityInfoRaOptionTestBase("serialize matches Figure 4 written by hand")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoRaOption option;
        option.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        option.SetPrefixLength(64);
        NS_TEST_EXPECT_MSG_EQ(option.GetSerializedSize(), 24, "size");
        Bytes bytes = Serialize(option);
        NS_TEST_ASSERT_MSG_EQ((bytes == kOption),
                              true,
                              "got " << Hex(bytes) << ", expected " << Hex(kOption));
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The hand-written octets deserialize to the right fields and serialize back.
 */
class MobilityInfoRaOptionDeserializeTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionDeserializeTestCase()
        : MobilityInfoRaOptionTestBase("deserialize Figure 4 and round trip")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoRaOption option;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, kOption), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(option.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(option.GetType()), 253, "type");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(option.GetLength()), 3, "length");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(option.GetPrefixLength()), 64, "plen");
        NS_TEST_EXPECT_MSG_EQ(option.GetMsAddress(), Ipv6Address("2001:db8:ff::1"), "MS");
        NS_TEST_EXPECT_MSG_EQ(option.IsWithdrawal(), false, "not a withdrawal");
        Bytes again = Serialize(option);
        NS_TEST_EXPECT_MSG_EQ((again == kOption), true, "round trip: " << Hex(again));

        // "na" and the reserved octets are ignored on receipt, and zero when sent again.
        Bytes dirty = With(With(kOption, 2, 0xaa), 23, 0x55);
        MobilityInfoRaOption lenient;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(lenient, dirty), 24, "na and reserved ignored");
        again = Serialize(lenient);
        NS_TEST_EXPECT_MSG_EQ((again == kOption), true, "zeros sent: " << Hex(again));

        // Through a packet, as a node would use it.
        MobilityInfoRaOption sent;
        sent.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        sent.SetPrefixLength(64);
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(sent);
        MobilityInfoRaOption received;
        NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), 24, "removed");
        NS_TEST_EXPECT_MSG_EQ(packet->GetSize(), 0, "nothing left");
        NS_TEST_EXPECT_MSG_EQ(received.GetMsAddress(), sent.GetMsAddress(), "MS via packet");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Print writes one line of field=value pairs.
 */
class MobilityInfoRaOptionPrintTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionPrintTestCase()
        : MobilityInfoRaOptionTestBase("print")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoRaOption option;
        option.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        option.SetPrefixLength(64);
        NS_TEST_EXPECT_MSG_EQ(
            Print(option),
            "MobilityInfoRaOption type=253 length=3 prefixLength=64 msAddress=2001:db8:ff::1",
            "print");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Every prefix of the option is rejected as truncated, without reading past it.
 */
class MobilityInfoRaOptionTruncationTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionTruncationTestCase()
        : MobilityInfoRaOptionTestBase("every truncation is rejected")
    {
    }

  private:
    void DoRun() override
    {
        for (std::size_t n = 0; n < kOption.size(); ++n)
        {
            ExpectRejected(Prefix(kOption, n),
                           hmipv6::WireError::TRUNCATED,
                           std::to_string(n) + " octets");
        }

        // A rejected input leaves the fields as they were.
        MobilityInfoRaOption option;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, kOption), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(option, Prefix(kOption, 20)), 0, "rejected");
        NS_TEST_EXPECT_MSG_EQ(option.GetMsAddress(), Ipv6Address("2001:db8:ff::1"), "kept");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(option.GetPrefixLength()), 64, "kept");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Malformed fields: length, prefix length, type.
 */
class MobilityInfoRaOptionMalformedTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionMalformedTestCase()
        : MobilityInfoRaOptionTestBase("malformed length, prefix length and type")
    {
    }

  private:
    void DoRun() override
    {
        // The length must be 3: 0 is forbidden by RFC 4861, 2 and 4 disagree with the
        // 24-octet option (and 4 with the buffer).
        ExpectRejected(With(kOption, 1, 0), hmipv6::WireError::BAD_FIXED_LENGTH, "length 0");
        ExpectRejected(With(kOption, 1, 2), hmipv6::WireError::BAD_FIXED_LENGTH, "length 2");
        ExpectRejected(With(kOption, 1, 4), hmipv6::WireError::BAD_FIXED_LENGTH, "length 4");

        ExpectRejected(With(kOption, 3, 129), hmipv6::WireError::BAD_PREFIX_LENGTH, "plen 129");
        ExpectRejected(With(kOption, 3, 255), hmipv6::WireError::BAD_PREFIX_LENGTH, "plen 255");
        MobilityInfoRaOption option;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(option, With(kOption, 3, 128)), 24, "plen 128");

        // Another ND option is not this one.
        ExpectRejected(With(kOption, 0, 3), hmipv6::WireError::BAD_TYPE, "Prefix Information type");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The type is settable and used both ways.
 */
class MobilityInfoRaOptionTypeTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionTypeTestCase()
        : MobilityInfoRaOptionTestBase("settable option type")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoRaOption option;
        option.SetType(254);
        option.SetMsAddress(Ipv6Address("2001:db8:ff::1"));
        option.SetPrefixLength(64);
        Bytes expected = With(kOption, 0, 254);
        Bytes bytes = Serialize(option);
        NS_TEST_EXPECT_MSG_EQ((bytes == expected), true, "type 254: " << Hex(bytes));

        ExpectRejected(expected, hmipv6::WireError::BAD_TYPE, "type 254 to a default option");
        MobilityInfoRaOption other;
        other.SetType(254);
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected), 24, "type 254 expected");
        NS_TEST_EXPECT_MSG_EQ(Deserialize(other, kOption), 0, "type 253 not expected");
        NS_TEST_EXPECT_MSG_EQ(other.GetError(),
                              hmipv6::WireError::BAD_TYPE,
                              "type 253 not expected");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Draft 4.1: an unspecified MS address or a prefix length 0 withdraws the MS.
 */
class MobilityInfoRaOptionWithdrawalTestCase : public MobilityInfoRaOptionTestBase
{
  public:
    MobilityInfoRaOptionWithdrawalTestCase()
        : MobilityInfoRaOptionTestBase("withdrawal")
    {
    }

  private:
    void DoRun() override
    {
        MobilityInfoRaOption option;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, kUnspecifiedMs), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(option.IsWithdrawal(), true, "unspecified MS");

        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, With(kOption, 3, 0)), 24, "accepted");
        NS_TEST_EXPECT_MSG_EQ(option.IsWithdrawal(), true, "prefix length 0");

        MobilityInfoRaOption fresh;
        NS_TEST_EXPECT_MSG_EQ(fresh.IsWithdrawal(), true, "default-constructed");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The MobilityInfoRaOption test suite.
 */
class MobilityInfoRaOptionTestSuite : public TestSuite
{
  public:
    MobilityInfoRaOptionTestSuite()
        : TestSuite("hmipv6-wire-mobility-info-ra-option")
    {
        AddTestCase(new MobilityInfoRaOptionSerializeTestCase);
        AddTestCase(new MobilityInfoRaOptionDeserializeTestCase);
        AddTestCase(new MobilityInfoRaOptionPrintTestCase);
        AddTestCase(new MobilityInfoRaOptionTruncationTestCase);
        AddTestCase(new MobilityInfoRaOptionMalformedTestCase);
        AddTestCase(new MobilityInfoRaOptionTypeTestCase);
        AddTestCase(new MobilityInfoRaOptionWithdrawalTestCase);
    }
};

static MobilityInfoRaOptionTestSuite g_mobilityInfoRaOptionTestSuite; //!< the suite instance
