// SPDX-License-Identifier: GPL-2.0-only
// RegistrationUpdateHeader (draft Figure 7) against octets written by hand. The checks are
// those of registration-test-cases.h, which all four registration messages share.
#include "registration-test-cases.h"
#include "wire-test-util.h"

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

/// The fixed fields of the vectors: otype 0xde, malen 64, sequence 8, lifetime 600 s.
const RegistrationFields kFields = {0xde, 64, 8, 600, kHome};

/**
 * \return the vectors of the Registration Update and the values they hold
 */
RegistrationMessage<RegistrationUpdateHeader>
Update()
{
    RegistrationMessage<RegistrationUpdateHeader> message;
    message.figure = "Figure 7";
    message.fields = kFields;
    message.accepted = {
        {"update",
         kUpdate,
         [] { return MakeRegistration<RegistrationUpdateHeader>(kFields); },
         false,
         Ipv6Address::GetAny(),
         "RegistrationUpdate type=222 flags=128 prefixLength=64 sequence=8 lifetime=600 "
         "homeAddress=2001:db8:1::10"},
    };
    // Figure 7 has no sub-option.
    message.withSubOption = kWithSubOption;
    message.rejected = {
        {kNoHomeAddress, hmipv6::WireError::MISSING_OPTION, "no home address"},
        {kHomeAddressTwice, hmipv6::WireError::DUPLICATE_OPTION, "home address twice"},
        {kUpdateTwice, hmipv6::WireError::DUPLICATE_OPTION, "update option twice"},
    };
    return message;
}

} // namespace

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
        for (TestCase* testCase : MakeRegistrationTestCases(Update()))
        {
            AddTestCase(testCase);
        }
    }
};

static RegistrationUpdateTestSuite g_registrationUpdateTestSuite; //!< the suite instance
