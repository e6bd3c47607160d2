// SPDX-License-Identifier: GPL-2.0-only
// Type 2 Routing header (RFC 6275 6.4) against vectors written by hand.
#include "wire-test-util.h"

#include "ns3/test.h"
#include "ns3/type2-routing-header.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

Bytes
HeaderVector()
{
    return {17,
            2,
            2,
            1, // Next Header UDP, Hdr Ext Len,
               // Routing Type, Segments Left
            0,
            0,
            0,
            0, // Reserved
            0x20,
            0x01,
            0x0d,
            0xb8,
            0x00,
            0x01,
            0x00,
            0x00, // Home Address
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x10}; // 2001:db8:1::10
}

/// Encode, decode and print.
class Type2RoutingHeaderVectorTest : public TestCase
{
  public:
    Type2RoutingHeaderVectorTest()
        : TestCase("type 2 routing header matches the RFC 6275 6.4 layout")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::Type2RoutingHeader header;
        header.SetNextHeader(17);
        header.SetHomeAddress(Ipv6Address("2001:db8:1::10"));
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(header)), Hex(HeaderVector()), "encoding");

        hmipv6::Type2RoutingHeader parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, HeaderVector()), 24u, "decoded size");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetNextHeader(), 17, "next header");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetTypeRouting(), 2, "routing type");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetSegmentsLeft(), 1, "segments left");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetHomeAddress(),
                              Ipv6Address("2001:db8:1::10"),
                              "home address");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(HeaderVector()), "round trip");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed),
                              "Type2RoutingHeader nextHeader=17 segmentsLeft=1 "
                              "homeAddress=2001:db8:1::10",
                              "print");

        Bytes processed = HeaderVector();
        processed[3] = 0; // already processed by the mobile node
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, processed), 24u, "segments left 0");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetSegmentsLeft(), 0, "segments left 0");
    }
};

/// Malformed input is rejected with its reason.
class Type2RoutingHeaderMalformedTest : public TestCase
{
  public:
    Type2RoutingHeaderMalformedTest()
        : TestCase("malformed type 2 routing headers are rejected")
    {
    }

  private:
    void Expect(const Bytes& input, hmipv6::WireError error, const std::string& what)
    {
        hmipv6::Type2RoutingHeader header;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(header, input), 0u, what);
        NS_TEST_ASSERT_MSG_EQ(header.GetError(), error, what);
    }

    void DoRun() override
    {
        Bytes good = HeaderVector();
        for (std::size_t n = 0; n < good.size(); ++n)
        {
            Expect(Prefix(good, n), hmipv6::WireError::TRUNCATED, "prefix " + std::to_string(n));
        }
        Bytes longer = good;
        longer[1] = 4; // says 40 octets: a type 2 header has exactly 24
        Expect(longer, hmipv6::WireError::BAD_FIXED_LENGTH, "hdr ext len 4");
        Bytes type0 = good;
        type0[2] = 0;
        Expect(type0, hmipv6::WireError::BAD_TYPE, "routing type 0");
        Bytes segments = good;
        segments[3] = 2;
        Expect(segments, hmipv6::WireError::BAD_VALUE, "segments left 2");
    }
};

/// The suite.
class Type2RoutingHeaderTestSuite : public TestSuite
{
  public:
    Type2RoutingHeaderTestSuite()
        : TestSuite("hmipv6-wire-type2-routing-header")
    {
        AddTestCase(new Type2RoutingHeaderVectorTest);
        AddTestCase(new Type2RoutingHeaderMalformedTest);
    }
};

Type2RoutingHeaderTestSuite g_type2RoutingHeaderTestSuite; //!< static instance

} // namespace
