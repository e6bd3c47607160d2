// SPDX-License-Identifier: GPL-2.0-only
// RegistrationRefreshHeader (draft 4.2.2: the layout of Figure 7 with another option type)
// against octets written by hand. The checks are those of registration-test-cases.h, which
// all four registration messages share.
#include "registration-test-cases.h"
#include "wire-test-util.h"

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

/// The fixed fields of the vectors: otype 0xbe, malen 64, sequence 8, lifetime 600 s.
const RegistrationFields kFields = {0xbe, 64, 8, 600, kHome};

/**
 * \return the vectors of the Registration Refresh and the values they hold
 */
RegistrationMessage<RegistrationRefreshHeader>
Refresh()
{
    RegistrationMessage<RegistrationRefreshHeader> message;
    message.figure = "Figure 7 (refresh type)";
    message.fields = kFields;
    message.accepted = {
        {"refresh",
         kRefresh,
         [] { return MakeRegistration<RegistrationRefreshHeader>(kFields); },
         false,
         Ipv6Address::GetAny(),
         "RegistrationRefresh type=190 flags=128 prefixLength=64 sequence=8 lifetime=600 "
         "homeAddress=2001:db8:1::10"},
    };
    // Figure 7 has no sub-option.
    message.withSubOption = kWithSubOption;
    message.rejected = {
        {kNoHomeAddress, hmipv6::WireError::MISSING_OPTION, "no home address"},
        {kHomeAddressTwice, hmipv6::WireError::DUPLICATE_OPTION, "home address twice"},
        {kRefreshTwice, hmipv6::WireError::DUPLICATE_OPTION, "refresh option twice"},
    };
    return message;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief Draft 4.2.2: a refresh is a Registration Update but for the option type.
 */
class RegistrationRefreshUpdateLayoutTestCase : public TestCase
{
  public:
    RegistrationRefreshUpdateLayoutTestCase()
        : TestCase("update layout")
    {
    }

  private:
    void DoRun() override
    {
        RegistrationRefreshHeader header = MakeRegistration<RegistrationRefreshHeader>(kFields);
        RegistrationUpdateHeader update;
        update.SetFlags(header.GetFlags());
        update.SetPrefixLength(header.GetPrefixLength());
        update.SetSequence(header.GetSequence());
        update.SetLifetime(header.GetLifetime());
        update.SetHomeAddress(header.GetHomeAddress());
        update.SetOptionType(RegistrationRefreshHeader::DEFAULT_OPTION_TYPE);
        Bytes bytes = Serialize(update);
        NS_TEST_EXPECT_MSG_EQ((bytes == kRefresh), true, "update layout: " << Hex(bytes));
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
        for (TestCase* testCase : MakeRegistrationTestCases(Refresh()))
        {
            AddTestCase(testCase);
        }
        AddTestCase(new RegistrationRefreshUpdateLayoutTestCase);
    }
};

static RegistrationRefreshTestSuite g_registrationRefreshTestSuite; //!< the suite instance
