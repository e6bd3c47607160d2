// SPDX-License-Identifier: GPL-2.0-only
// Home Address destination option (RFC 6275 6.3) against vectors written by hand.
#include "wire-test-util.h"

#include "ns3/home-address-option.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// 2001:db8:1::10
const Bytes kHome = {0x20,
                     0x01,
                     0x0d,
                     0xb8,
                     0x00,
                     0x01,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x00,
                     0x10};

Bytes
OptionVector()
{
    Bytes v = {201, 16}; // Option Type, Opt Data Len
    v.insert(v.end(), kHome.begin(), kHome.end());
    return v;
}

/// The option alone: encode, decode, print.
class HomeAddressOptionVectorTest : public TestCase
{
  public:
    HomeAddressOptionVectorTest()
        : TestCase("home address option matches the RFC 6275 6.3 layout")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::HomeAddressOption option(Ipv6Address("2001:db8:1::10"));
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(option)), Hex(OptionVector()), "encoding");

        hmipv6::HomeAddressOption parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, OptionVector()), 18u, "decoded size");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetHomeAddress(),
                              Ipv6Address("2001:db8:1::10"),
                              "home address");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(OptionVector()), "round trip");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed),
                              "HomeAddressOption type=201 homeAddress=2001:db8:1::10",
                              "print");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetAlignment().factor, 8, "alignment factor");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetAlignment().offset, 6, "alignment offset");
    }
};

/// ns-3's destination options header pads the option to 8n+6 as RFC 6275 requires.
class HomeAddressOptionInDestinationHeaderTest : public TestCase
{
  public:
    HomeAddressOptionInDestinationHeaderTest()
        : TestCase("home address option inside ns-3's destination options header")
    {
    }

  private:
    void DoRun() override
    {
        Ipv6ExtensionDestinationHeader destination;
        destination.SetNextHeader(135); // a Binding Update follows
        destination.AddOption(hmipv6::HomeAddressOption(Ipv6Address("2001:db8:1::10")));

        Bytes expected = {135,
                          2, // Next Header, Hdr Ext Len (24 octets)
                          1,
                          2,
                          0,
                          0, // PadN: moves the option to offset 6
                          201,
                          16}; // Home Address option
        expected.insert(expected.end(), kHome.begin(), kHome.end());
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(destination)), Hex(expected), "layout");
    }
};

/// Truncated or mislabelled input is rejected without reading past the buffer.
class HomeAddressOptionMalformedTest : public TestCase
{
  public:
    HomeAddressOptionMalformedTest()
        : TestCase("malformed home address options are rejected")
    {
    }

  private:
    void DoRun() override
    {
        Bytes good = OptionVector();
        for (std::size_t n = 0; n < good.size(); ++n)
        {
            hmipv6::HomeAddressOption option;
            NS_TEST_ASSERT_MSG_EQ(Deserialize(option, Prefix(good, n)), 0u, "prefix " << n);
            NS_TEST_ASSERT_MSG_EQ(option.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
        }

        Bytes badLength = good;
        badLength[1] = 15;
        hmipv6::HomeAddressOption option;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, badLength), 0u, "length 15");
        NS_TEST_ASSERT_MSG_EQ(option.GetError(), hmipv6::WireError::BAD_FIXED_LENGTH, "length 15");

        Bytes badType = good;
        badType[0] = 0xc8;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(option, badType), 0u, "type 200");
        NS_TEST_ASSERT_MSG_EQ(option.GetError(), hmipv6::WireError::BAD_TYPE, "type 200");
    }
};

/// The suite.
class HomeAddressOptionTestSuite : public TestSuite
{
  public:
    HomeAddressOptionTestSuite()
        : TestSuite("hmipv6-wire-home-address-option")
    {
        AddTestCase(new HomeAddressOptionVectorTest);
        AddTestCase(new HomeAddressOptionInDestinationHeaderTest);
        AddTestCase(new HomeAddressOptionMalformedTest);
    }
};

HomeAddressOptionTestSuite g_homeAddressOptionTestSuite; //!< static instance

} // namespace
