// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the return routability messages (RFC 6275 6.1.3 to 6.1.6): Home Test
// Init, Care-of Test Init, Home Test and Care-of Test. Every vector is written by hand
// after the RFC's figures.
#include "wire-test-util.h"

#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

const hmipv6::MobilityCookie kHomeCookie = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88};
const hmipv6::MobilityCookie kCareOfCookie = {0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8};
const hmipv6::MobilityCookie kHomeToken = {0xf0, 0xe1, 0xd2, 0xc3, 0xb4, 0xa5, 0x96, 0x87};
const hmipv6::MobilityCookie kCareOfToken = {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};

// clang-format off
/// Home Test Init (RFC 6275 6.1.3), 16 octets.
const Bytes kHomeTestInit = {
    0x3b,                                           // Payload Proto: 59 (IPV6-NONE)
    0x01,                                           // Header Len: 1 (16 octets)
    0x01,                                           // MH Type: 1 (Home Test Init)
    0x00,                                           // Reserved
    0x00, 0x00,                                     // Checksum: not computed
    0x00, 0x00,                                     // Reserved
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // Home Init Cookie
};
// clang-format on

// clang-format off
/// Care-of Test Init (RFC 6275 6.1.4), 16 octets.
const Bytes kCareOfTestInit = {
    0x3b,                                           // Payload Proto: 59
    0x01,                                           // Header Len: 1 (16 octets)
    0x02,                                           // MH Type: 2 (Care-of Test Init)
    0x00,                                           // Reserved
    0x00, 0x00,                                     // Checksum
    0x00, 0x00,                                     // Reserved
    0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, // Care-of Init Cookie
};
// clang-format on

// clang-format off
/// Home Test (RFC 6275 6.1.5), 24 octets.
const Bytes kHomeTest = {
    0x3b,                                           // Payload Proto: 59
    0x02,                                           // Header Len: 2 (24 octets)
    0x03,                                           // MH Type: 3 (Home Test)
    0x00,                                           // Reserved
    0x00, 0x00,                                     // Checksum
    0x00, 0x05,                                     // Home Nonce Index: 5
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // Home Init Cookie
    0xf0, 0xe1, 0xd2, 0xc3, 0xb4, 0xa5, 0x96, 0x87, // Home Keygen Token
};
// clang-format on

// clang-format off
/// Care-of Test (RFC 6275 6.1.6), 24 octets.
const Bytes kCareOfTest = {
    0x3b,                                           // Payload Proto: 59
    0x02,                                           // Header Len: 2 (24 octets)
    0x04,                                           // MH Type: 4 (Care-of Test)
    0x00,                                           // Reserved
    0x00, 0x00,                                     // Checksum
    0x01, 0x02,                                     // Care-of Nonce Index: 258
    0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, // Care-of Init Cookie
    0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, // Care-of Keygen Token
};

// clang-format on

/// Shared checks of a message against its hand-written vector.
class RrTestCase : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit RrTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /**
     * \brief Serialize `built`, compare with `vector`; deserialize `vector` into
     *        `parsed`, re-serialize it and compare; check both Print strings.
     * \param built the message built with setters
     * \param parsed an empty message of the same class
     * \param vector the hand-written octets
     * \param print the expected Print output
     */
    void CheckVector(const hmipv6::MobilityHeader& built,
                     hmipv6::MobilityHeader& parsed,
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

    /**
     * \brief Every strict prefix of `vector` is rejected as TRUNCATED.
     * \param header a message of the vector's class
     * \param vector the octets
     */
    void CheckTruncations(hmipv6::MobilityHeader& header, const Bytes& vector)
    {
        for (std::size_t n = 0; n < vector.size(); ++n)
        {
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, Prefix(vector, n)), 0, "prefix " << n);
            NS_TEST_ASSERT_MSG_EQ(header.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
        }
    }
};

/// Home Test Init and Care-of Test Init.
class TestInitVectorsTestCase : public RrTestCase
{
  public:
    TestInitVectorsTestCase()
        : RrTestCase("HoTI and CoTI: hand vectors, round trip, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::HomeTestInitHeader hoti;
        hoti.SetHomeInitCookie(kHomeCookie);
        hmipv6::HomeTestInitHeader parsedHoti;
        CheckVector(hoti,
                    parsedHoti,
                    kHomeTestInit,
                    "HomeTestInit payloadProto=59 headerLen=1 checksum=0 "
                    "homeInitCookie=1122334455667788");
        NS_TEST_ASSERT_MSG_EQ((parsedHoti.GetHomeInitCookie() == kHomeCookie), true, "cookie");
        NS_TEST_ASSERT_MSG_EQ(+parsedHoti.GetMhType(), 1, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(+parsedHoti.GetPayloadProto(), 59, "Payload Proto");
        NS_TEST_ASSERT_MSG_EQ(+parsedHoti.GetHeaderLen(), 1, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(parsedHoti.GetOptions().IsEmpty(), true, "no options");

        hmipv6::CareOfTestInitHeader coti;
        coti.SetCareOfInitCookie(kCareOfCookie);
        hmipv6::CareOfTestInitHeader parsedCoti;
        CheckVector(coti,
                    parsedCoti,
                    kCareOfTestInit,
                    "CareOfTestInit payloadProto=59 headerLen=1 checksum=0 "
                    "careOfInitCookie=a1a2a3a4a5a6a7a8");
        NS_TEST_ASSERT_MSG_EQ((parsedCoti.GetCareOfInitCookie() == kCareOfCookie), true, "cookie");
        NS_TEST_ASSERT_MSG_EQ(+parsedCoti.GetMhType(), 2, "MH Type");
    }
};

/// Home Test and Care-of Test.
class TestVectorsTestCase : public RrTestCase
{
  public:
    TestVectorsTestCase()
        : RrTestCase("HoT and CoT: hand vectors, round trip, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::HomeTestHeader hot;
        hot.SetHomeNonceIndex(5);
        hot.SetHomeInitCookie(kHomeCookie);
        hot.SetHomeKeygenToken(kHomeToken);
        hmipv6::HomeTestHeader parsedHot;
        CheckVector(hot,
                    parsedHot,
                    kHomeTest,
                    "HomeTest payloadProto=59 headerLen=2 checksum=0 homeNonceIndex=5 "
                    "homeInitCookie=1122334455667788 homeKeygenToken=f0e1d2c3b4a59687");
        NS_TEST_ASSERT_MSG_EQ(parsedHot.GetHomeNonceIndex(), 5, "nonce index");
        NS_TEST_ASSERT_MSG_EQ((parsedHot.GetHomeInitCookie() == kHomeCookie), true, "cookie");
        NS_TEST_ASSERT_MSG_EQ((parsedHot.GetHomeKeygenToken() == kHomeToken), true, "token");
        NS_TEST_ASSERT_MSG_EQ(+parsedHot.GetMhType(), 3, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(+parsedHot.GetHeaderLen(), 2, "Header Len");

        hmipv6::CareOfTestHeader cot;
        cot.SetCareOfNonceIndex(258);
        cot.SetCareOfInitCookie(kCareOfCookie);
        cot.SetCareOfKeygenToken(kCareOfToken);
        hmipv6::CareOfTestHeader parsedCot;
        CheckVector(cot,
                    parsedCot,
                    kCareOfTest,
                    "CareOfTest payloadProto=59 headerLen=2 checksum=0 careOfNonceIndex=258 "
                    "careOfInitCookie=a1a2a3a4a5a6a7a8 careOfKeygenToken=0123456789abcdef");
        NS_TEST_ASSERT_MSG_EQ(parsedCot.GetCareOfNonceIndex(), 258, "nonce index");
        NS_TEST_ASSERT_MSG_EQ((parsedCot.GetCareOfInitCookie() == kCareOfCookie), true, "cookie");
        NS_TEST_ASSERT_MSG_EQ((parsedCot.GetCareOfKeygenToken() == kCareOfToken), true, "token");
        NS_TEST_ASSERT_MSG_EQ(+parsedCot.GetMhType(), 4, "MH Type");
    }
};

/// Reserved octets and unknown options are ignored on receipt.
class IgnoredContentTestCase : public RrTestCase
{
  public:
    IgnoredContentTestCase()
        : RrTestCase("HoTI: reserved octets and unknown options are ignored")
    {
    }

  private:
    void DoRun() override
    {
        // clang-format off
        const Bytes received = {
            0x3b,                                           // Payload Proto: 59
            0x02,                                           // Header Len: 2 (24 octets)
            0x01,                                           // MH Type: 1 (Home Test Init)
            0xff,                                           // Reserved: not zero
            0x00, 0x00,                                     // Checksum
            0xff, 0xff,                                     // Reserved: not zero
            0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // Home Init Cookie
            0x30, 0x06,                                     // option type 48 (unknown), length 6
            0xde, 0xad, 0xbe, 0xef, 0x00, 0x01,             // its data
        };
        // clang-format on
        hmipv6::HomeTestInitHeader hoti;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hoti, received), 24, "accepted");
        NS_TEST_ASSERT_MSG_EQ(hoti.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ((hoti.GetHomeInitCookie() == kHomeCookie), true, "cookie");
        NS_TEST_ASSERT_MSG_EQ(hoti.GetOptions().IsEmpty(), true, "nothing kept");
        NS_TEST_ASSERT_MSG_EQ(hoti.GetOptions().GetIgnoredOptionCount(), 1, "one skipped");
        // Sent again, the reserved octets are zero and the unknown option is gone.
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(hoti)), Hex(kHomeTestInit), "re-serialized");
    }
};

/// Truncations, wrong MH Type, Header Len too small.
class MalformedTestCase : public RrTestCase
{
  public:
    MalformedTestCase()
        : RrTestCase("HoTI, CoTI, HoT, CoT: malformed input")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::HomeTestInitHeader hoti;
        hmipv6::CareOfTestInitHeader coti;
        hmipv6::HomeTestHeader hot;
        hmipv6::CareOfTestHeader cot;
        CheckTruncations(hoti, kHomeTestInit);
        CheckTruncations(coti, kCareOfTestInit);
        CheckTruncations(hot, kHomeTest);
        CheckTruncations(cot, kCareOfTest);

        // Each vector given to the wrong class.
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hoti, kCareOfTestInit), 0, "CoTI as HoTI");
        NS_TEST_ASSERT_MSG_EQ(hoti.GetError(), hmipv6::WireError::BAD_TYPE, "CoTI as HoTI");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(coti, kHomeTestInit), 0, "HoTI as CoTI");
        NS_TEST_ASSERT_MSG_EQ(coti.GetError(), hmipv6::WireError::BAD_TYPE, "HoTI as CoTI");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hot, kCareOfTest), 0, "CoT as HoT");
        NS_TEST_ASSERT_MSG_EQ(hot.GetError(), hmipv6::WireError::BAD_TYPE, "CoT as HoT");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(cot, kHomeTest), 0, "HoT as CoT");
        NS_TEST_ASSERT_MSG_EQ(cot.GetError(), hmipv6::WireError::BAD_TYPE, "HoT as CoT");

        // A Home Test whose Header Len (1: 16 octets) cannot hold its 18 octets of data.
        // clang-format off
        const Bytes shortHot = {
            0x3b,                                           // Payload Proto: 59
            0x01,                                           // Header Len: 1 (16 octets)
            0x03,                                           // MH Type: 3 (Home Test)
            0x00,                                           // Reserved
            0x00, 0x00,                                     // Checksum
            0x00, 0x05,                                     // Home Nonce Index
            0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // Home Init Cookie
            // the Home Keygen Token does not fit
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hot, shortHot), 0, "Header Len too small");
        NS_TEST_ASSERT_MSG_EQ(hot.GetError(),
                              hmipv6::WireError::LENGTH_MISMATCH,
                              "Header Len too small");
        // The same with the whole message present after the 16 octets Header Len covers.
        Bytes longBuffer = kHomeTest;
        longBuffer[1] = 0x01;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hot, longBuffer), 0, "Header Len too small");
        NS_TEST_ASSERT_MSG_EQ(hot.GetError(),
                              hmipv6::WireError::LENGTH_MISMATCH,
                              "Header Len too small");

        // A Home Test Init of 8 octets: no room for the cookie.
        // clang-format off
        const Bytes shortHoti = {
            0x3b, 0x00, 0x01, 0x00, // Payload Proto, Header Len 0, MH Type 1, Reserved
            0x00, 0x00, 0x00, 0x00, // Checksum, Reserved
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(hoti, shortHoti), 0, "HoTI in 8 octets");
        NS_TEST_ASSERT_MSG_EQ(hoti.GetError(),
                              hmipv6::WireError::LENGTH_MISMATCH,
                              "HoTI in 8 octets");

        // A rejected message leaves the fields as they were.
        hmipv6::CareOfTestHeader kept;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(kept, kCareOfTest), 24, "good CoT");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(kept, Prefix(kCareOfTest, 20)), 0, "truncated CoT");
        NS_TEST_ASSERT_MSG_EQ(kept.GetCareOfNonceIndex(), 258, "unchanged");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(kept)), Hex(kCareOfTest), "unchanged");
    }
};

/// The hmipv6-wire-return-routability suite.
class ReturnRoutabilityTestSuite : public TestSuite
{
  public:
    ReturnRoutabilityTestSuite()
        : TestSuite("hmipv6-wire-return-routability")
    {
        AddTestCase(new TestInitVectorsTestCase);
        AddTestCase(new TestVectorsTestCase);
        AddTestCase(new IgnoredContentTestCase);
        AddTestCase(new MalformedTestCase);
    }
};

/// Registers the suite.
static ReturnRoutabilityTestSuite g_returnRoutabilityTestSuite;

} // namespace
