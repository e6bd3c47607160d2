// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the Binding Error (RFC 6275 6.1.9). Every vector is written by hand
// after the RFC's figures.
#include "wire-test-util.h"

#include "ns3/binding-error-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// clang-format off
/// Status 1: no binding for the home address of a Home Address option. 24 octets.
const Bytes kUnknownBinding = {
    0x3b,                   // Payload Proto: 59
    0x02,                   // Header Len: 2 (24 octets)
    0x07,                   // MH Type: 7 (Binding Error)
    0x00,                   // Reserved
    0x00, 0x00,             // Checksum: not computed
    0x01,                   // Status: 1 (unknown binding for Home Address option)
    0x00,                   // Reserved
    0x20, 0x01, 0x0d, 0xb8, // Home Address: 2001:db8:1::100
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x01, 0x00, //
};
// clang-format on

// clang-format off
/// Status 2: unrecognized MH Type; no Home Address option, so the unspecified address.
const Bytes kUnrecognizedType = {
    0x3b,                   // Payload Proto: 59
    0x02,                   // Header Len: 2
    0x07,                   // MH Type: 7
    0x00,                   // Reserved
    0x00, 0x00,             // Checksum
    0x02,                   // Status: 2 (unrecognized MH Type value)
    0x00,                   // Reserved
    0x00, 0x00, 0x00, 0x00, // Home Address: ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

// clang-format on

/// The vectors.
class VectorsTestCase : public TestCase
{
  public:
    VectorsTestCase()
        : TestCase("BE: hand vectors, round trip, Print")
    {
    }

  private:
    /**
     * \param built the message built with setters
     * \param vector the hand-written octets
     * \param print the expected Print output
     */
    void Check(const hmipv6::BindingErrorHeader& built,
               const Bytes& vector,
               const std::string& print)
    {
        NS_TEST_ASSERT_MSG_EQ(built.GetSerializedSize(), 24, "size");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(built)), Hex(vector), "serialized octets");
        hmipv6::BindingErrorHeader parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, vector), 24, "deserialize");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetPayloadProto(), 59, "Payload Proto");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), 2, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetMhType(), 7, "MH Type");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetStatus(), +built.GetStatus(), "Status");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetHomeAddress(), built.GetHomeAddress(), "Home Address");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetOptions().IsEmpty(), true, "no options");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(vector), "round trip");
        NS_TEST_ASSERT_MSG_EQ(Print(built), print, "Print of the built message");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed), print, "Print of the parsed message");
    }

    void DoRun() override
    {
        hmipv6::BindingErrorHeader unknownBinding;
        unknownBinding.SetStatus(
            hmipv6::BindingErrorHeader::UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION);
        unknownBinding.SetHomeAddress(Ipv6Address("2001:db8:1::100"));
        Check(unknownBinding,
              kUnknownBinding,
              "BindingError payloadProto=59 headerLen=2 checksum=0 status=1 "
              "homeAddress=2001:db8:1::100");
        NS_TEST_ASSERT_MSG_EQ(unknownBinding.GetHomeAddress(),
                              Ipv6Address("2001:db8:1::100"),
                              "Home Address");

        hmipv6::BindingErrorHeader unrecognized;
        unrecognized.SetStatus(hmipv6::BindingErrorHeader::UNRECOGNIZED_MH_TYPE);
        Check(unrecognized,
              kUnrecognizedType,
              "BindingError payloadProto=59 headerLen=2 checksum=0 status=2 homeAddress=::");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingErrorHeader::UNRECOGNIZED_MH_TYPE, 2, "status 2");
    }
};

/// Malformed Binding Errors and ignored content.
class MalformedTestCase : public TestCase
{
  public:
    MalformedTestCase()
        : TestCase("BE: malformed input, ignored content")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingErrorHeader be;
        for (const Bytes* vector : {&kUnknownBinding, &kUnrecognizedType})
        {
            for (std::size_t n = 0; n < vector->size(); ++n)
            {
                NS_TEST_ASSERT_MSG_EQ(Deserialize(be, Prefix(*vector, n)), 0, "prefix " << n);
                NS_TEST_ASSERT_MSG_EQ(be.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
            }
        }

        Bytes tooLong = kUnknownBinding;
        tooLong[1] = 0x03; // 32 octets, 24 present
        NS_TEST_ASSERT_MSG_EQ(Deserialize(be, tooLong), 0, "Header Len 3");
        NS_TEST_ASSERT_MSG_EQ(be.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 3");

        Bytes tooShort = kUnknownBinding;
        tooShort[1] = 0x01; // 16 octets: the Home Address does not fit
        NS_TEST_ASSERT_MSG_EQ(Deserialize(be, tooShort), 0, "Header Len 1");
        NS_TEST_ASSERT_MSG_EQ(be.GetError(), hmipv6::WireError::LENGTH_MISMATCH, "Header Len 1");

        Bytes other = kUnknownBinding;
        other[2] = 0x03; // a Home Test has the same size
        NS_TEST_ASSERT_MSG_EQ(Deserialize(be, other), 0, "MH Type 3");
        NS_TEST_ASSERT_MSG_EQ(be.GetError(), hmipv6::WireError::BAD_TYPE, "MH Type 3");

        // Reserved octets set, an unknown option and an Alternate CoA of a wrong length.
        Bytes withOptions = kUnknownBinding;
        withOptions[1] = 0x03; // 32 octets
        withOptions[3] = 0xff; // Reserved
        withOptions[7] = 0xff; // Reserved
        // clang-format off
        withOptions.insert(withOptions.end(), {
            0x99, 0x02, 0x00, 0x00, // option type 153 (unknown), 2 octets
            0x01, 0x02, 0x00, 0x00, // PadN
        });
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(be, withOptions), 32, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(be.GetError(), hmipv6::WireError::NONE, "unknown option");
        NS_TEST_ASSERT_MSG_EQ(+be.GetStatus(), 1, "Status");
        NS_TEST_ASSERT_MSG_EQ(be.GetOptions().GetIgnoredOptionCount(), 1, "skipped");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(be)), Hex(kUnknownBinding), "sent back clean");
        withOptions[24] = 0x03; // Alternate Care-of Address of 2 octets
        NS_TEST_ASSERT_MSG_EQ(Deserialize(be, withOptions), 0, "Alternate CoA of 2");
        NS_TEST_ASSERT_MSG_EQ(be.GetError(),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "Alternate CoA of 2");
    }
};

/// The hmipv6-wire-binding-error suite.
class BindingErrorTestSuite : public TestSuite
{
  public:
    BindingErrorTestSuite()
        : TestSuite("hmipv6-wire-binding-error")
    {
        AddTestCase(new VectorsTestCase);
        AddTestCase(new MalformedTestCase);
    }
};

/// Registers the suite.
static BindingErrorTestSuite g_bindingErrorTestSuite;

} // namespace
