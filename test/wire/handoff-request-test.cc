// SPDX-License-Identifier: GPL-2.0-only
// HandoffRequestHeader (draft Figure 8) against octets written by hand. The checks are those
// of registration-test-cases.h, which all four registration messages share.
#include "registration-test-cases.h"
#include "wire-test-util.h"

#include "ns3/handoff-request-header.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

// The octets are laid out as the draft's figures, four a row.
// clang-format off
/// Figure 8: A flag, /64, sequence 7, lifetime 600 s, GCoA 2001:db8:ee::10, home address
/// 2001:db8:1::10.
const Bytes kHandoff = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6 (56 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x04, 0x00, 0x00, // pad: PadN of 4 octets, so that atype is at 8n+6
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A default-constructed Handoff Request: the mandatory GCoA is written as "::".
const Bytes kDefault = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6, otype, olen 28
    0x00, 0x00, 0x00, 0x00, // flags, malen, seq number
    0x00, 0x00, 0x00, 0x00, // lifetime
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x00, 0x00, 0x00, 0x00, // Global CoA ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x00, 0x00, 0x00, 0x00, // home address ::
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// A Handoff Request without its GCoA sub-option (layout of Figure 7).
const Bytes kNoGlobalCoa = {
    0x3b, 0x03, 0xfe, 0x08, // Next Header 59, Hdr Ext Len 3, otype, olen 8
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// A Handoff Request without its Home Address option.
const Bytes kNoHomeAddress = {
    0x3b, 0x06, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 6, otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x16, 0x00, 0x00, // PadN of 22 octets instead of padding and Home Address option
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
};

/// The GCoA sub-option twice.
const Bytes kGlobalCoaTwice = {
    0x3b, 0x08, 0xfe, 0x30, // Next Header 59, Hdr Ext Len 8 (72 octets), otype, olen 48
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::11
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x11, //
    0x01, 0x00, 0xc9, 0x10, // PadN of 0 octets, atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};

/// The Home Address option twice.
const Bytes kHomeAddressTwice = {
    0x3b, 0x09, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 9 (80 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0x01, 0x04, 0x00, 0x00, // PadN of 4 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
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

/// The Handoff Request option twice (the second one without sub-option).
const Bytes kHandoffTwice = {
    0x3b, 0x07, 0xfe, 0x1c, // Next Header 59, Hdr Ext Len 7 (64 octets), otype, olen 28
    0x80, 0x40, 0x00, 0x07, // flag A, malen 64, seq number 7
    0x00, 0x00, 0x02, 0x58, // lifetime 600
    0x67, 0x12, 0x00, 0x00, // ptype 103, plen 18, pad, pad
    0x20, 0x01, 0x0d, 0xb8, // Global CoA 2001:db8:ee::10
    0x00, 0xee, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
    0xfe, 0x08, 0x80, 0x40, // otype, olen 8, flag A, malen 64
    0x00, 0x08, 0x00, 0x00, // seq number 8, lifetime 600
    0x02, 0x58, 0x01, 0x02, // ..., PadN of 2 octets
    0x00, 0x00, 0xc9, 0x10, // ..., atype 201, alen 16
    0x20, 0x01, 0x0d, 0xb8, // home address 2001:db8:1::10
    0x00, 0x01, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x00, //
    0x00, 0x00, 0x00, 0x10, //
};
// clang-format on

const Ipv6Address kGlobalCoa("2001:db8:ee::10"); //!< the GCoA of the vectors
const Ipv6Address kHome("2001:db8:1::10");       //!< the home address of the vectors

/// The fixed fields of the vectors: otype 0xfe, malen 64, sequence 7, lifetime 600 s.
const RegistrationFields kFields = {0xfe, 64, 7, 600, kHome};

/**
 * \return the vectors of the Handoff Request and the values they hold
 */
RegistrationMessage<HandoffRequestHeader>
Handoff()
{
    RegistrationMessage<HandoffRequestHeader> message;
    message.figure = "Figure 8";
    message.fields = kFields;
    message.subOptionType = 103;
    message.subOption = &HandoffRequestHeader::GetGlobalCoa;
    message.accepted = {
        {"handoff request",
         kHandoff,
         [] {
             HandoffRequestHeader header = MakeRegistration<HandoffRequestHeader>(kFields);
             header.SetGlobalCoa(kGlobalCoa);
             return header;
         },
         true,
         kGlobalCoa,
         "HandoffRequest type=254 flags=128 prefixLength=64 sequence=7 lifetime=600 "
         "globalCoa=2001:db8:ee::10 homeAddress=2001:db8:1::10"},
    };
    // The GCoA is mandatory: a default header writes it anyway, as "::".
    message.serialized = {
        {"default, GCoA written anyway", [] { return HandoffRequestHeader(); }, kDefault},
    };
    message.withSubOption = kHandoff;
    message.rejected = {
        {kNoGlobalCoa, hmipv6::WireError::MISSING_OPTION, "no GCoA"},
        {kNoHomeAddress, hmipv6::WireError::MISSING_OPTION, "no home address"},
        {kGlobalCoaTwice, hmipv6::WireError::DUPLICATE_OPTION, "GCoA twice"},
        {kHomeAddressTwice, hmipv6::WireError::DUPLICATE_OPTION, "home address twice"},
        {kHandoffTwice, hmipv6::WireError::DUPLICATE_OPTION, "handoff option twice"},
    };
    return message;
}

} // namespace

/**
 * \ingroup hmipv6-test
 * \brief The HandoffRequestHeader test suite.
 */
class HandoffRequestTestSuite : public TestSuite
{
  public:
    HandoffRequestTestSuite()
        : TestSuite("hmipv6-wire-handoff-request")
    {
        for (TestCase* testCase : MakeRegistrationTestCases(Handoff()))
        {
            AddTestCase(testCase);
        }
    }
};

static HandoffRequestTestSuite g_handoffRequestTestSuite; //!< the suite instance
