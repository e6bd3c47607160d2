// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the part of the Mobility Header (RFC 6275 6.1.1) common to all
// messages: Payload Proto, Header Len, MH Type, Checksum and the padding to 8 octets.
// Every vector is written by hand; checksums are checked against an independent
// one's-complement routine written below from the RFC's pseudo-header definition.
#include "wire-test-util.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-error-header.h"
#include "ns3/binding-refresh-request-header.h"
#include "ns3/binding-update-header.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/internet-checksum.h"
#include "ns3/packet.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

/**
 * \brief RFC 1071 checksum over the RFC 8200 8.1 pseudo-header and a message, written
 *        from the RFCs without ns-3's checksum code.
 * \param source the pseudo-header's source
 * \param destination the pseudo-header's destination
 * \param nextHeader the pseudo-header's next header
 * \param message the message as it is (checksum field included)
 * \return the checksum, host order
 */
uint16_t
ReferenceSum(Ipv6Address source, Ipv6Address destination, uint8_t nextHeader, const Bytes& message)
{
    Bytes data(40);
    source.Serialize(&data[0]);
    destination.Serialize(&data[16]);
    uint32_t length = message.size();
    data[32] = length >> 24;
    data[33] = (length >> 16) & 0xff;
    data[34] = (length >> 8) & 0xff;
    data[35] = length & 0xff;
    data[36] = data[37] = data[38] = 0; // zero
    data[39] = nextHeader;
    data.insert(data.end(), message.begin(), message.end());
    if (data.size() % 2 != 0)
    {
        data.push_back(0);
    }
    uint32_t sum = 0;
    for (std::size_t k = 0; k < data.size(); k += 2)
    {
        sum += (static_cast<uint32_t>(data[k]) << 8) | data[k + 1]; // big-endian words
        sum = (sum & 0xffff) + (sum >> 16);                         // end-around carry
    }
    return static_cast<uint16_t>(~sum & 0xffff);
}

/**
 * \brief Checksum of a Mobility Header, computed without ns-3's checksum code.
 *
 * RFC 6275 6.1.1: the 16-bit one's complement of the one's complement sum of the IPv6
 * pseudo-header (RFC 8200 8.1: source, destination, 32-bit upper-layer length, 3 zero
 * octets, Next Header 135) and of the Mobility Header with its Checksum field zero.
 * \param source the packet's source address
 * \param destination the packet's destination address
 * \param mh the Mobility Header (its Checksum octets are taken as zero)
 * \return the checksum, host order
 */
uint16_t
ReferenceChecksum(Ipv6Address source, Ipv6Address destination, Bytes mh)
{
    mh[4] = 0;
    mh[5] = 0;
    return ReferenceSum(source, destination, 135, mh);
}

const Ipv6Address kSource("2001:db8:2::10");     // the mobile node's care-of address
const Ipv6Address kDestination("2001:db8:1::1"); // its home agent

// clang-format off
/// Binding Update (RFC 6275 6.1.7) with its checksum for kSource -> kDestination.
/// The checksum was worked out by hand from the pseudo-header; the test checks it again
/// with ReferenceChecksum.
const Bytes kChecksummedBindingUpdate = {
    0x3b,       // Payload Proto: 59
    0x01,       // Header Len: 1 (16 octets)
    0x05,       // MH Type: 5 (Binding Update)
    0x00,       // Reserved
    0x90, 0x91, // Checksum: 0x9091
    0x12, 0x34, // Sequence #: 0x1234
    0xc0, 0x00, // A=1 H=1 L=0 K=0, Reserved
    0x00, 0x19, // Lifetime: 25 units (100 s)
    0x01, 0x02, // PadN, 2 octets of data: pads the header to 16 octets
    0x00, 0x00, // PadN data
};
// clang-format on

// clang-format off
/// Binding Refresh Request (RFC 6275 6.1.2): the smallest Mobility Header.
const Bytes kMinimal = {
    0x3b,       // Payload Proto: 59
    0x00,       // Header Len: 0 (8 octets)
    0x00,       // MH Type: 0 (Binding Refresh Request)
    0x00,       // Reserved
    0x00, 0x00, // Checksum
    0x00, 0x00, // Reserved
};

// clang-format on

/// Payload Proto, MH Type, TypeIds, PeekMhType.
class CommonFieldsTestCase : public TestCase
{
  public:
    CommonFieldsTestCase()
        : TestCase("common fields, TypeIds, PeekMhType")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingRefreshRequestHeader brr;
        NS_TEST_ASSERT_MSG_EQ(+brr.GetPayloadProto(), 59, "default Payload Proto: IPV6-NONE");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(brr)), Hex(kMinimal), "minimal header");

        brr.SetPayloadProto(17);
        // clang-format off
        const Bytes withUdp = {
            0x11,       // Payload Proto: 17
            0x00,       // Header Len: 0
            0x00,       // MH Type: 0
            0x00,       // Reserved
            0x00, 0x00, // Checksum
            0x00, 0x00, // Reserved
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(brr)), Hex(withUdp), "Payload Proto 17");
        NS_TEST_ASSERT_MSG_EQ(Print(brr),
                              "BindingRefreshRequest payloadProto=17 headerLen=0 checksum=0",
                              "Print");
        hmipv6::BindingRefreshRequestHeader parsed;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, withUdp), 8, "parse");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetPayloadProto(), 17, "Payload Proto read");

        // MH Types (RFC 6275 6.1.2 to 6.1.9) and the TypeIds.
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingRefreshRequestHeader().GetMhType(), 0, "BRR");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::HomeTestInitHeader().GetMhType(), 1, "HoTI");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::CareOfTestInitHeader().GetMhType(), 2, "CoTI");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::HomeTestHeader().GetMhType(), 3, "HoT");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::CareOfTestHeader().GetMhType(), 4, "CoT");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingUpdateHeader().GetMhType(), 5, "BU");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAckHeader().GetMhType(), 6, "BA");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingErrorHeader().GetMhType(), 7, "BE");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::BindingUpdateHeader().GetInstanceTypeId().GetName(),
                              "ns3::hmipv6::BindingUpdateHeader",
                              "TypeId");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::BindingUpdateHeader::GetTypeId().GetParent(),
                              hmipv6::MobilityHeader::GetTypeId(),
                              "parent TypeId");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityHeader::GetTypeId().GetName(),
                              "ns3::hmipv6::MobilityHeader",
                              "base TypeId");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityHeader::GetTypeId().GetGroupName(),
                              "Hmipv6",
                              "group");

        // Through a Packet, as a receiving node does it.
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(9);
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(bu);
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::MobilityHeader::PeekMhType(packet), 5, "peek a BU");
        hmipv6::BindingUpdateHeader received;
        NS_TEST_ASSERT_MSG_EQ(packet->RemoveHeader(received), 16, "RemoveHeader");
        NS_TEST_ASSERT_MSG_EQ(received.GetSequence(), 9, "sequence");
        NS_TEST_ASSERT_MSG_EQ(packet->GetSize(), 0, "nothing left");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::MobilityHeader::PeekMhType(packet), 255, "empty packet");
        uint8_t two[2] = {0x3b, 0x00};
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::MobilityHeader::PeekMhType(Create<Packet>(two, 2)),
                              +hmipv6::MobilityHeader::NO_MH_TYPE,
                              "2 octets");
        uint8_t three[3] = {0x3b, 0x00, 0x07};
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::MobilityHeader::PeekMhType(Create<Packet>(three, 3)),
                              7,
                              "3 octets");
    }
};

/// The checksum of RFC 6275 6.1.1.
class ChecksumTestCase : public TestCase
{
  public:
    ChecksumTestCase()
        : TestCase("checksum over the pseudo-header, and its verification")
    {
    }

  private:
    void DoRun() override
    {
        // The reference routine agrees with the value worked out by hand.
        NS_TEST_ASSERT_MSG_EQ(ReferenceChecksum(kSource, kDestination, kChecksummedBindingUpdate),
                              0x9091,
                              "reference routine");

        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(0x1234);
        bu.SetAcknowledge(true);
        bu.SetHomeRegistration(true);
        bu.SetLifetimeUnits(25);
        Bytes unchecked = kChecksummedBindingUpdate;
        unchecked[4] = unchecked[5] = 0;
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(bu)), Hex(unchecked), "no checksum by default");
        bu.InitializeChecksum(kSource, kDestination);
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(bu)),
                              Hex(kChecksummedBindingUpdate),
                              "checksum written");

        hmipv6::BindingUpdateHeader parsed;
        parsed.InitializeChecksum(kSource, kDestination);
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, kChecksummedBindingUpdate), 16, "parse");
        NS_TEST_ASSERT_MSG_EQ(parsed.IsChecksumOk(), true, "good checksum");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetChecksum(), 0x9091, "checksum read");
        NS_TEST_ASSERT_MSG_EQ(Print(parsed),
                              "BindingUpdate payloadProto=59 headerLen=1 checksum=37009 "
                              "sequence=4660 A=1 H=1 L=0 K=0 lifetime=25",
                              "Print");

        // Any corrupted octet is detected, whatever its field.
        for (std::size_t k = 0; k < kChecksummedBindingUpdate.size(); ++k)
        {
            if (k == 1 || k == 2 || k == 12 || k == 13)
            {
                continue; // Header Len, MH Type, PadN: the parse itself fails
            }
            Bytes corrupted = kChecksummedBindingUpdate;
            corrupted[k] ^= 0x01;
            hmipv6::BindingUpdateHeader victim;
            victim.InitializeChecksum(kSource, kDestination);
            NS_TEST_ASSERT_MSG_EQ(Deserialize(victim, corrupted), 16, "octet " << k);
            NS_TEST_ASSERT_MSG_EQ(victim.IsChecksumOk(), false, "octet " << k);
        }
        // So is a wrong pseudo-header.
        hmipv6::BindingUpdateHeader misrouted;
        misrouted.InitializeChecksum(kSource, Ipv6Address("2001:db8:1::2"));
        NS_TEST_ASSERT_MSG_EQ(Deserialize(misrouted, kChecksummedBindingUpdate), 16, "parse");
        NS_TEST_ASSERT_MSG_EQ(misrouted.IsChecksumOk(), false, "other destination");
        // Without InitializeChecksum nothing is checked.
        Bytes corrupted = kChecksummedBindingUpdate;
        corrupted[11] = 0x1a;
        hmipv6::BindingUpdateHeader unchecking;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(unchecking, corrupted), 16, "parse");
        NS_TEST_ASSERT_MSG_EQ(unchecking.IsChecksumOk(), true, "not checked");

        // A longer message: the reference routine gives the octets Serialize must write.
        hmipv6::HomeTestHeader hot;
        hot.SetHomeNonceIndex(0xbeef);
        hot.SetHomeInitCookie({1, 2, 3, 4, 5, 6, 7, 8});
        hot.SetHomeKeygenToken({0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8});
        // clang-format off
        Bytes hotBytes = {
            0x3b, 0x02, 0x03, 0x00,                         // Proto, Header Len 2, Type 3, Rsvd
            0x00, 0x00,                                     // Checksum: filled in below
            0xbe, 0xef,                                     // Home Nonce Index
            0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, // Home Init Cookie
            0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8, // Home Keygen Token
        };
        // clang-format on
        uint16_t checksum = ReferenceChecksum(kDestination, kSource, hotBytes);
        hotBytes[4] = checksum >> 8;
        hotBytes[5] = checksum & 0xff;
        hot.InitializeChecksum(kDestination, kSource);
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(hot)), Hex(hotBytes), "HoT checksum");
        hmipv6::HomeTestHeader parsedHot;
        parsedHot.InitializeChecksum(kDestination, kSource);
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsedHot, hotBytes), 24, "parse HoT");
        NS_TEST_ASSERT_MSG_EQ(parsedHot.IsChecksumOk(), true, "HoT checksum good");
        hotBytes[20] ^= 0x80;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsedHot, hotBytes), 24, "parse corrupted HoT");
        NS_TEST_ASSERT_MSG_EQ(parsedHot.IsChecksumOk(), false, "HoT checksum bad");
    }
};

/// Header Len follows the content; the header ends on an 8-octet boundary.
class HeaderLenAndPaddingTestCase : public TestCase
{
  public:
    HeaderLenAndPaddingTestCase()
        : TestCase("Header Len and padding to a multiple of 8 octets")
    {
    }

  private:
    /**
     * \brief Check a message against a hand vector, both ways.
     * \param built the message built with setters
     * \param parsed an empty message of the same class
     * \param vector the octets
     * \param headerLen the expected Header Len
     */
    void Check(const hmipv6::MobilityHeader& built,
               hmipv6::MobilityHeader& parsed,
               const Bytes& vector,
               uint8_t headerLen)
    {
        NS_TEST_ASSERT_MSG_EQ(vector.size() % 8, 0, "the vector itself");
        NS_TEST_ASSERT_MSG_EQ(+built.GetHeaderLen(), +headerLen, "Header Len");
        NS_TEST_ASSERT_MSG_EQ(built.GetSerializedSize(), vector.size(), "size");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(built)), Hex(vector), "octets");
        NS_TEST_ASSERT_MSG_EQ(Deserialize(parsed, vector), vector.size(), "parse");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetError(), hmipv6::WireError::NONE, "no error");
        NS_TEST_ASSERT_MSG_EQ(+parsed.GetHeaderLen(), +headerLen, "Header Len read");
        NS_TEST_ASSERT_MSG_EQ(Hex(Serialize(parsed)), Hex(vector), "round trip");
    }

    void DoRun() override
    {
        // 8 octets of BRR + 6 of Nonce Indices (2n: at 8) + PadN of 2 = 16.
        hmipv6::BindingRefreshRequestHeader brr;
        hmipv6::MobilityOptions options;
        options.SetNonceIndices(hmipv6::NonceIndicesOption(7, 9));
        brr.SetOptions(options);
        // clang-format off
        const Bytes brrNonce = {
            0x3b, 0x01, 0x00, 0x00, // Proto, Header Len 1, MH Type 0, Reserved
            0x00, 0x00, 0x00, 0x00, // Checksum, Reserved
            0x04, 0x04,             // Nonce Indices, length 4 (at offset 8: 2n)
            0x00, 0x07,             // Home Nonce Index 7
            0x00, 0x09,             // Care-of Nonce Index 9
            0x01, 0x00,             // PadN with no data: 16 octets
        };
        // clang-format on
        hmipv6::BindingRefreshRequestHeader parsedBrr;
        Check(brr, parsedBrr, brrNonce, 1);
        NS_TEST_ASSERT_MSG_EQ(parsedBrr.GetOptions().GetNonceIndices().has_value(), true, "NI");

        // BU: 12 octets + PadN of 6 (to 8n+2 = 18) + 13 octets of a 11-octet Binding
        // Authorization Data (18..30) + Pad1 = 32.
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(1);
        options.Clear();
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(
            {0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba}));
        bu.SetOptions(options);
        // clang-format off
        const Bytes buAuth = {
            0x3b, 0x03, 0x05, 0x00,             // Proto, Header Len 3, MH Type 5, Reserved
            0x00, 0x00,                         // Checksum
            0x00, 0x01,                         // Sequence # 1
            0x00, 0x00,                         // no flags, Reserved
            0x00, 0x00,                         // Lifetime 0
            0x01, 0x04, 0x00, 0x00, 0x00, 0x00, // PadN of 6 octets (12..17)
            0x05, 0x0b,                         // Binding Authorization Data, 11, at 8n+2
            0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, // Authenticator
            0xb6, 0xb7, 0xb8, 0xb9, 0xba,       // Authenticator (ends at 31)
            0x00,                               // Pad1: 32 octets
        };
        // clang-format on
        hmipv6::BindingUpdateHeader parsedBu;
        Check(bu, parsedBu, buAuth, 3);
        NS_TEST_ASSERT_MSG_EQ(parsedBu.GetOptions().GetBindingAuthData()->GetAuthenticator().size(),
                              11,
                              "authenticator");

        // HoTI: 16 octets + PadN of 2 (to 18 = 8n+2) + 14 octets of authorization data = 32.
        hmipv6::HomeTestInitHeader hoti;
        options.Clear();
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(
            {0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb}));
        hoti.SetOptions(options);
        // clang-format off
        const Bytes hotiAuth = {
            0x3b, 0x03, 0x01, 0x00,                         // Proto, Header Len 3, MH Type 1, Rsvd
            0x00, 0x00, 0x00, 0x00,                         // Checksum, Reserved
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // Home Init Cookie
            0x01, 0x00,                                     // PadN, no data (16..17)
            0x05, 0x0c,                                     // Binding Authorization Data, 12
            0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5,             // Authenticator
            0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb,             // Authenticator (ends at 32)
        };
        // clang-format on
        hmipv6::HomeTestInitHeader parsedHoti;
        Check(hoti, parsedHoti, hotiAuth, 3);

        // BRR + a 5-octet authenticator: PadN 2, option 10..16, then 7 octets of PadN.
        hmipv6::BindingRefreshRequestHeader brr2;
        options.Clear();
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption({1, 2, 3, 4, 5}));
        brr2.SetOptions(options);
        // clang-format off
        const Bytes brrAuth = {
            0x3b, 0x02, 0x00, 0x00,                   // Proto, Header Len 2, MH Type 0, Rsvd
            0x00, 0x00, 0x00, 0x00,                   // Checksum, Reserved
            0x01, 0x00,                               // PadN, no data (8..9)
            0x05, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05, // Binding Authorization Data, 5 (10..16)
            0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, // PadN of 7 octets: 24
        };
        // clang-format on
        hmipv6::BindingRefreshRequestHeader parsedBrr2;
        Check(brr2, parsedBrr2, brrAuth, 2);
    }
};

/// Deserialize errors of the common part.
class MalformedTestCase : public TestCase
{
  public:
    MalformedTestCase()
        : TestCase("malformed common part: short, Header Len, MH Type, options")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::BindingRefreshRequestHeader brr;
        for (std::size_t n = 0; n < kMinimal.size(); ++n)
        {
            NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, Prefix(kMinimal, n)), 0, "prefix " << n);
            NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::TRUNCATED, "prefix " << n);
        }

        // Header Len larger than the buffer.
        Bytes tooLong = kMinimal;
        tooLong[1] = 0x01; // 16 octets, 8 present
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, tooLong), 0, "Header Len 1 in 8 octets");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(),
                              hmipv6::WireError::TRUNCATED,
                              "Header Len 1 in 8 octets");
        tooLong[1] = 0xff; // 2048 octets
        tooLong.resize(2040, 0);
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, tooLong), 0, "Header Len 255 in 2040 octets");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::TRUNCATED, "Header Len 255");
        // ... and the largest one that fits: 2048 octets of BRR and PadN.
        Bytes largest(2048, 0);
        largest[0] = 0x3b;
        largest[1] = 0xff;
        for (std::size_t k = 8; k < 2048; k += 257)
        {
            std::size_t n = std::min<std::size_t>(257, 2048 - k);
            if (n == 1)
            {
                break; // Pad1, already 0
            }
            largest[k] = 0x01; // PadN
            largest[k + 1] = static_cast<uint8_t>(n - 2);
        }
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, largest), 2048, "Header Len 255");

        // Another message's MH Type, and an unknown one.
        hmipv6::BindingUpdateHeader bu;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, kMinimal), 0, "BRR as BU");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::BAD_TYPE, "BRR as BU");
        Bytes unknownType = kChecksummedBindingUpdate;
        unknownType[2] = 0x08;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, unknownType), 0, "MH Type 8");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::BAD_TYPE, "MH Type 8");

        // Header Len too small for the message data (RFC 6275 9.2).
        // clang-format off
        const Bytes shortBu = {
            0x3b, 0x00, 0x05, 0x00, // Proto, Header Len 0, MH Type 5, Reserved
            0x00, 0x00,             // Checksum
            0x00, 0x01,             // Sequence #: the flags and lifetime do not fit
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(bu, shortBu), 0, "BU in 8 octets");
        NS_TEST_ASSERT_MSG_EQ(bu.GetError(), hmipv6::WireError::LENGTH_MISMATCH, "BU in 8 octets");

        // Errors in the options area are the header's errors.
        // clang-format off
        const Bytes badLength = {
            0x3b, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // BRR, Header Len 1
            0x04, 0x03, 0x00, 0x07, 0x00,                   // Nonce Indices of length 3
            0x01, 0x01, 0x00,                               // PadN
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, badLength), 0, "option length");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::BAD_FIXED_LENGTH, "option length");
        // clang-format off
        const Bytes duplicate = {
            0x3b, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // BRR, Header Len 2
            0x04, 0x04, 0x00, 0x07, 0x00, 0x09,             // Nonce Indices
            0x04, 0x04, 0x00, 0x08, 0x00, 0x0a,             // Nonce Indices again
            0x01, 0x02, 0x00, 0x00,                         // PadN
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, duplicate), 0, "duplicate");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::DUPLICATE_OPTION, "duplicate");
        // clang-format off
        const Bytes overrun = {
            0x3b, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // BRR, Header Len 1
            0x03, 0x10, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, // Alternate CoA: 16 octets
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // past Header Len
            0x00, 0x00, 0x00, 0x01,
        };
        // clang-format on
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, overrun), 0, "option past Header Len");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(),
                              hmipv6::WireError::TRUNCATED,
                              "option past Header Len");

        // Octets after Header Len are not the header's: they are left alone.
        Bytes followed = kMinimal;
        followed.insert(followed.end(), {0xde, 0xad, 0xbe, 0xef});
        NS_TEST_ASSERT_MSG_EQ(Deserialize(brr, followed), 8, "payload after the header");
        NS_TEST_ASSERT_MSG_EQ(brr.GetError(), hmipv6::WireError::NONE, "error cleared");

        // A rejected header keeps its fields.
        hmipv6::BindingUpdateHeader kept;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(kept, kChecksummedBindingUpdate), 16, "good BU");
        Bytes bad = kChecksummedBindingUpdate;
        bad[0] = 0x06;  // Payload Proto
        bad[12] = 0x04; // Nonce Indices...
        bad[13] = 0x02; // ... of length 2
        NS_TEST_ASSERT_MSG_EQ(Deserialize(kept, bad), 0, "bad BU");
        NS_TEST_ASSERT_MSG_EQ(kept.GetError(), hmipv6::WireError::BAD_FIXED_LENGTH, "bad BU");
        NS_TEST_ASSERT_MSG_EQ(+kept.GetPayloadProto(), 59, "Payload Proto kept");
        NS_TEST_ASSERT_MSG_EQ(kept.GetSequence(), 0x1234, "sequence kept");
        NS_TEST_ASSERT_MSG_EQ(kept.GetChecksum(), 0x9091, "checksum kept");
    }
};

/**
 * \brief The module's one checksum routine (UpperLayerChecksum) against the reference,
 *        for ICMPv6 and the Mobility Header, odd lengths and lengths past the 16-bit
 *        limit of ns-3's routine.
 */
class UpperLayerChecksumTestCase : public TestCase
{
  public:
    UpperLayerChecksumTestCase()
        : TestCase("UpperLayerChecksum: any next header, any length, 0 when filled in")
    {
    }

  private:
    void DoRun() override
    {
        for (uint32_t length : {1u, 2u, 7u, 40u, 65534u, 65535u, 65536u, 140001u})
        {
            Bytes message(length);
            for (uint32_t k = 0; k < length; ++k)
            {
                message[k] = static_cast<uint8_t>(k * 37 + 11);
            }
            for (uint8_t nextHeader : {58, 135})
            {
                uint16_t expected = ReferenceSum(kSource, kDestination, nextHeader, message);
                uint16_t got = hmipv6::UpperLayerChecksum(kSource,
                                                          kDestination,
                                                          nextHeader,
                                                          message.data(),
                                                          length);
                NS_TEST_ASSERT_MSG_EQ(got, expected, "length " << length << " nh " << +nextHeader);
                Ptr<Packet> packet = Create<Packet>(message.data(), length);
                NS_TEST_ASSERT_MSG_EQ(
                    hmipv6::UpperLayerChecksum(kSource, kDestination, nextHeader, packet),
                    expected,
                    "packet form, length " << length);
            }
        }
        // An ICMPv6 Echo Request with its checksum filled in sums to 0.
        Bytes echo = {128, 0, 0, 0, 0x12, 0x34, 0x00, 0x01, 0xaa};
        uint16_t checksum = ReferenceSum(kSource, kDestination, 58, echo);
        echo[2] = checksum >> 8;
        echo[3] = checksum & 0xff;
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::UpperLayerChecksum(kSource, kDestination, 58, echo.data(), echo.size()),
            0,
            "a right checksum checks as 0");
        echo[8] ^= 1;
        NS_TEST_ASSERT_MSG_NE(
            hmipv6::UpperLayerChecksum(kSource, kDestination, 58, echo.data(), echo.size()),
            0,
            "a flipped bit does not");
    }
};

/// The hmipv6-wire-mobility-header suite.
class MobilityHeaderTestSuite : public TestSuite
{
  public:
    MobilityHeaderTestSuite()
        : TestSuite("hmipv6-wire-mobility-header")
    {
        AddTestCase(new CommonFieldsTestCase);
        AddTestCase(new ChecksumTestCase);
        AddTestCase(new HeaderLenAndPaddingTestCase);
        AddTestCase(new MalformedTestCase);
        AddTestCase(new UpperLayerChecksumTestCase);
    }
};

/// Registers the suite.
static MobilityHeaderTestSuite g_mobilityHeaderTestSuite;

} // namespace
