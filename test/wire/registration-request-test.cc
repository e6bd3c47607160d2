// SPDX-License-Identifier: GPL-2.0-only
// RegistrationRequestHeader (draft Figure 6) against octets written by hand, with and
// without the previous Mobility Server sub-option. The checks are those of
// registration-test-cases.h, which all four registration messages share.
#include "registration-test-cases.h"
#include "wire-test-util.h"

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

/// The fixed fields of the vectors: otype 0x9e, malen 64, sequence 7, lifetime 600 s.
const RegistrationFields kFields = {0x9e, 64, 7, 600, kHome};

/**
 * \param withPreviousMs whether to set the previous MS
 * \return the request of the vectors, built with setters
 */
RegistrationRequestHeader
MakeRequest(bool withPreviousMs)
{
    RegistrationRequestHeader header = MakeRegistration<RegistrationRequestHeader>(kFields);
    if (withPreviousMs)
    {
        header.SetPreviousMs(kPreviousMs);
    }
    return header;
}

/**
 * \return the vectors of the Registration Request and the values they hold
 */
RegistrationMessage<RegistrationRequestHeader>
Request()
{
    RegistrationMessage<RegistrationRequestHeader> message;
    message.figure = "Figure 6";
    message.fields = kFields;
    message.subOptionType = 102;
    message.hasSubOption = &RegistrationRequestHeader::HasPreviousMs;
    message.subOption = &RegistrationRequestHeader::GetPreviousMs;
    message.accepted = {
        {"with previous MS",
         kWithPreviousMs,
         [] { return MakeRequest(true); },
         true,
         kPreviousMs,
         "RegistrationRequest type=158 flags=128 prefixLength=64 sequence=7 lifetime=600 "
         "previousMs=2001:db8:ff::1 homeAddress=2001:db8:1::10"},
        {"first request",
         kFirst,
         [] { return MakeRequest(false); },
         false,
         Ipv6Address::GetAny(),
         "RegistrationRequest type=158 flags=128 prefixLength=64 sequence=7 lifetime=600 "
         "homeAddress=2001:db8:1::10"},
    };
    message.serialized = {
        {"previous MS cleared",
         [] {
             RegistrationRequestHeader header = MakeRequest(true);
             header.ClearPreviousMs();
             return header;
         },
         kFirst},
    };
    message.withSubOption = kWithPreviousMs;
    message.rejected = {
        {kNoHomeAddress, hmipv6::WireError::MISSING_OPTION, "no home address"},
        {kHomeAddressTwice, hmipv6::WireError::DUPLICATE_OPTION, "home address twice"},
        {kRequestTwice, hmipv6::WireError::DUPLICATE_OPTION, "request option twice"},
        {kPreviousMsTwice, hmipv6::WireError::DUPLICATE_OPTION, "previous MS twice"},
    };
    return message;
}

} // namespace

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
        for (TestCase* testCase : MakeRegistrationTestCases(Request()))
        {
            AddTestCase(testCase);
        }
    }
};

static RegistrationRequestTestSuite g_registrationRequestTestSuite; //!< the suite instance
