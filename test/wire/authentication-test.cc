// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the authentication (draft 5.2 in RFC 4285's construction): the
// authentication sub-option of the draft's messages, the timestamp of Mobility
// Information, the Mobility Message Authentication option of Binding Acknowledgements,
// and the key chain's associations.
#include "wire-test-util.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-update-header.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/handoff-request-header.h"
#include "ns3/key-chain.h"
#include "ns3/mobility-info-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/string.h"
#include "ns3/test.h"

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

const Ipv6Address kHome("2001:db8:1::100");
const Ipv6Address kLcoa("2001:db8:a1::100");
const Ipv6Address kMs("2001:db8:a::1");
const Ipv6Address kPrefix("2001:db8:a::");
const Ipv6Address kRouter("2001:db8:a::2");

/// Associations: derived, stable, distinct per scope and peer, installable.
class KeyChainTestCase : public TestCase
{
  public:
    KeyChainTestCase()
        : TestCase("Auth: key chain derives per-peer associations; installed ones win")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> a = CreateObject<hmipv6::KeyChain>();
        Ptr<hmipv6::KeyChain> b = CreateObject<hmipv6::KeyChain>();
        auto ab = a->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        auto bb = b->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        NS_TEST_ASSERT_MSG_EQ(ab.has_value() && bb.has_value(), true, "derived");
        NS_TEST_ASSERT_MSG_EQ(ab->spi, bb->spi, "same seed, same SPI");
        NS_TEST_ASSERT_MSG_EQ((ab->key == bb->key), true, "same seed, same key");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(ab->spi, 256u, "RFC 4285: SPIs 0-255 reserved");
        auto other = a->Find(hmipv6::KeyChain::MH_MS, Ipv6Address("2001:db8:1::101"), kPrefix);
        NS_TEST_ASSERT_MSG_EQ((other->key != ab->key), true, "another host, another key");
        auto scope = a->Find(hmipv6::KeyChain::MN_HA, kHome, kPrefix);
        NS_TEST_ASSERT_MSG_EQ((scope->key != ab->key), true, "another scope, another key");
        // MS pairs are unordered.
        auto p1 = a->Find(hmipv6::KeyChain::MS_MS, kMs, kRouter);
        auto p2 = a->Find(hmipv6::KeyChain::MS_MS, kRouter, kMs);
        NS_TEST_ASSERT_MSG_EQ((p1->key == p2->key && p1->spi == p2->spi), true, "MS pair");
        // Another seed shares nothing; no seed derives nothing.
        b->SetAttribute("Seed", StringValue("other"));
        bb = b->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        NS_TEST_ASSERT_MSG_EQ((bb->key != ab->key), true, "another seed");
        b->SetAttribute("Seed", StringValue(""));
        NS_TEST_ASSERT_MSG_EQ(b->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix).has_value(),
                              false,
                              "no seed");
        hmipv6::SecurityAssociation installed;
        installed.spi = 4242;
        installed.key.fill(7);
        b->Install(hmipv6::KeyChain::MH_MS, kHome, kPrefix, installed);
        NS_TEST_ASSERT_MSG_EQ(b->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix)->spi,
                              4242u,
                              "installed");
        b->Uninstall(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        NS_TEST_ASSERT_MSG_EQ(b->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix).has_value(),
                              false,
                              "uninstalled");
        Bytes message(40, 0x5a);
        auto mac = hmipv6::KeyChain::Compute(*ab, kLcoa, kMs, message, 8);
        std::copy(mac.begin(), mac.end(), message.begin() + 8);
        NS_TEST_ASSERT_MSG_EQ(hmipv6::KeyChain::Verify(*ab, kLcoa, kMs, message, 8), true, "ok");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::KeyChain::Verify(*ab, kMs, kLcoa, message, 8),
                              false,
                              "addresses are covered");
        message[39] ^= 1;
        NS_TEST_ASSERT_MSG_EQ(hmipv6::KeyChain::Verify(*ab, kLcoa, kMs, message, 8),
                              false,
                              "the message is covered");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::KeyChain::Verify(*ab, kLcoa, kMs, message, 30),
                              false,
                              "an authenticator past the end does not verify");
    }
};

/// A signed Registration Update: layout, round trip, every octet covered.
class RegistrationTestCase : public TestCase
{
  public:
    RegistrationTestCase()
        : TestCase("Auth: registration messages carry the sub-option; tampering is found")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        auto sa = keys->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        RegistrationUpdateHeader update;
        update.SetAcknowledgeRequested(true);
        update.SetPrefixLength(64);
        update.SetSequence(7);
        update.SetLifetime(420);
        update.SetHomeAddress(kHome);
        Bytes plain = Serialize(update);
        hmipv6::SignDraftMessage(update, *sa, kLcoa, kMs);
        Bytes bytes = Serialize(update);
        NS_TEST_ASSERT_MSG_EQ(bytes.size(), 56u, "32 + 24");
        NS_TEST_ASSERT_MSG_EQ(+bytes[1], 6, "Hdr Ext Len");
        NS_TEST_ASSERT_MSG_EQ(+bytes[3], 32, "olen: 8 + 24");
        NS_TEST_ASSERT_MSG_EQ(+bytes[12], +hmipv6::AuthSubOption::DEFAULT_TYPE, "ptype");
        NS_TEST_ASSERT_MSG_EQ(+bytes[13], 22, "plen");
        NS_TEST_ASSERT_MSG_EQ(update.GetAuthenticatorOffset(), 20u, "authenticator offset");
        NS_TEST_ASSERT_MSG_EQ(+bytes[38], 201, "Home Address option at 8n+6");
        NS_TEST_ASSERT_MSG_EQ(plain.size(), 32u, "unsigned: the draft's Figure 7 layout");

        RegistrationUpdateHeader received;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 56u, "parses");
        NS_TEST_ASSERT_MSG_EQ(received.HasAuthentication(), true, "carried");
        NS_TEST_ASSERT_MSG_EQ(received.GetAuthentication().spi, sa->spi, "SPI");
        NS_TEST_ASSERT_MSG_EQ(received.GetAuthenticatorOffset(), 20u, "found where written");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(received, bytes, sa, kLcoa, kMs).has_value(),
            false,
            "authentic");
        for (std::size_t at :
             {std::size_t(0), std::size_t(7), std::size_t(9), std::size_t(25), std::size_t(55)})
        {
            Bytes tampered = bytes;
            tampered[at] ^= 0x01;
            NS_TEST_ASSERT_MSG_EQ((hmipv6::CheckDraftMessage(received, tampered, sa, kLcoa, kMs) ==
                                   hmipv6::DropReason::BAD_AUTHENTICATOR),
                                  true,
                                  "octet " << at << " is covered");
        }
        NS_TEST_ASSERT_MSG_EQ(
            (hmipv6::CheckDraftMessage(received, bytes, sa, Ipv6Address("2001:db8:a2::100"), kMs) ==
             hmipv6::DropReason::BAD_AUTHENTICATOR),
            true,
            "the source (LCoA) is covered");
        auto wrong = keys->Find(hmipv6::KeyChain::MH_MS, Ipv6Address("2001:db8:1::101"), kPrefix);
        NS_TEST_ASSERT_MSG_EQ((hmipv6::CheckDraftMessage(received, bytes, wrong, kLcoa, kMs) ==
                               hmipv6::DropReason::UNKNOWN_SPI),
                              true,
                              "another host's association");
        RegistrationUpdateHeader unsigned_;
        Deserialize(unsigned_, plain);
        NS_TEST_ASSERT_MSG_EQ((hmipv6::CheckDraftMessage(unsigned_, plain, sa, kLcoa, kMs) ==
                               hmipv6::DropReason::UNAUTHENTICATED),
                              true,
                              "no sub-option");
        // Two sub-options, a truncated one.
        Bytes truncated = bytes;
        truncated[13] = 21;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, truncated), 0u, "plen 21");
    }
};

/// Request with the previous-MS sub-option, Handoff Request: the sub-option after it.
class AddressSubOptionTestCase : public TestCase
{
  public:
    AddressSubOptionTestCase()
        : TestCase("Auth: after the address sub-option of a Request and a Handoff Request")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        auto sa = keys->Find(hmipv6::KeyChain::MS_MS, kMs, Ipv6Address("2001:db8:b::1"));
        HandoffRequestHeader request;
        request.SetSequence(3);
        request.SetLifetime(100);
        request.SetHomeAddress(kHome);
        request.SetGlobalCoa(Ipv6Address("2001:db8:b::100"));
        hmipv6::SignDraftMessage(request, *sa, Ipv6Address("2001:db8:b::1"), kMs);
        Bytes bytes = Serialize(request);
        NS_TEST_ASSERT_MSG_EQ(bytes.size(), 80u, "56 + 24");
        NS_TEST_ASSERT_MSG_EQ(+bytes[3], 52, "olen: 8 + 20 + 24");
        HandoffRequestHeader received;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 80u, "parses");
        NS_TEST_ASSERT_MSG_EQ(received.GetGlobalCoa(), Ipv6Address("2001:db8:b::100"), "GCoA");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(received, bytes, sa, Ipv6Address("2001:db8:b::1"), kMs)
                .has_value(),
            false,
            "authentic");
        bytes[20] ^= 0x80; // the new GCoA
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(received, bytes, sa, Ipv6Address("2001:db8:b::1"), kMs)
                .has_value(),
            true,
            "the GCoA is covered");

        RegistrationRequestHeader rr;
        rr.SetHomeAddress(kHome);
        rr.SetPreviousMs(Ipv6Address("2001:db8:b::1"));
        auto hms = keys->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        hmipv6::SignDraftMessage(rr, *hms, kLcoa, kMs);
        Bytes rbytes = Serialize(rr);
        RegistrationRequestHeader rreceived;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(rreceived, rbytes), 80u, "Request parses");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(rreceived, rbytes, hms, kLcoa, kMs).has_value(),
            false,
            "Request authentic");
    }
};

/// Mobility Information with timestamp and authentication.
class MobilityInfoTestCase : public TestCase
{
  public:
    MobilityInfoTestCase()
        : TestCase("Auth: Mobility Information carries timestamp and authenticator")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        auto sa = keys->Find(hmipv6::KeyChain::MS_ROUTER, kMs, kRouter);
        MobilityInfoHeader info;
        info.SetMsAddress(kMs);
        info.SetPrefixLength(64);
        NS_TEST_ASSERT_MSG_EQ(Serialize(info).size(), 24u, "plain: the draft's 24 octets");
        info.SetTimestamp(0x0000000580000000ULL);
        hmipv6::SignDraftMessage(info, *sa, kMs, kRouter);
        Bytes bytes = Serialize(info);
        NS_TEST_ASSERT_MSG_EQ(bytes.size(), 64u, "24 + 12 + 24 + PadN 4");
        NS_TEST_ASSERT_MSG_EQ(+bytes[1], 7, "Hdr Ext Len");
        NS_TEST_ASSERT_MSG_EQ(+bytes[3], 56, "olen");
        NS_TEST_ASSERT_MSG_EQ(+bytes[60], 1, "PadN");
        MobilityInfoHeader received;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 64u, "parses");
        NS_TEST_ASSERT_MSG_EQ(received.GetTimestamp(), 0x0000000580000000ULL, "timestamp");
        NS_TEST_ASSERT_MSG_EQ(received.GetMsAddress(), kMs, "MS");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(received, bytes, sa, kMs, kRouter).has_value(),
            false,
            "authentic");
        bytes[30] ^= 1; // the timestamp
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckDraftMessage(received, bytes, sa, kMs, kRouter).has_value(),
            true,
            "the timestamp is covered");
        bytes[30] ^= 1;
        bytes[36] = 0x7f; // an unknown sub-option type in place of the authentication
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 0u, "unknown sub-option");
    }
};

/// Binding Acknowledgement with the Mobility Message Authentication option.
class AckTestCase : public TestCase
{
  public:
    AckTestCase()
        : TestCase("Auth: Binding Acknowledgement with RFC 4285's option, last, 8n+1")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        auto sa = keys->Find(hmipv6::KeyChain::MH_MS, kHome, kPrefix);
        hmipv6::BindingAckHeader ack;
        ack.SetStatus(0);
        ack.SetSequence(9);
        ack.SetLifetime(Seconds(400));
        ack.InitializeChecksum(kMs, kLcoa);
        hmipv6::AuthenticateWithAssociation(ack, hmipv6::MobilityOptions(), *sa, kMs, kLcoa);
        Bytes bytes = Serialize(ack);
        NS_TEST_ASSERT_MSG_EQ(bytes.size(), 40u, "12 + PadN 5 + 23");
        NS_TEST_ASSERT_MSG_EQ(+bytes[17], 9, "option type 9 at 8n+1");
        NS_TEST_ASSERT_MSG_EQ(+bytes[18], 21, "length");
        NS_TEST_ASSERT_MSG_EQ(+bytes[19], 1, "subtype MN-HA");
        hmipv6::BindingAckHeader received;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 40u, "parses");
        NS_TEST_ASSERT_MSG_EQ(received.GetOptions().GetMessageAuth()->GetSpi(), sa->spi, "SPI");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckAssociationAuthentication(bytes, received.GetOptions(), sa, kMs, kLcoa)
                .has_value(),
            false,
            "authentic");
        Bytes forged = bytes;
        forged[6] = 135; // status: sequence number out of window
        NS_TEST_ASSERT_MSG_EQ((hmipv6::CheckAssociationAuthentication(forged,
                                                                      received.GetOptions(),
                                                                      sa,
                                                                      kMs,
                                                                      kLcoa) ==
                               hmipv6::DropReason::BAD_AUTHENTICATOR),
                              true,
                              "the status is covered");
        NS_TEST_ASSERT_MSG_EQ(
            (hmipv6::CheckAssociationAuthentication(bytes,
                                                    hmipv6::MobilityOptions(),
                                                    sa,
                                                    kMs,
                                                    kLcoa) == hmipv6::DropReason::UNAUTHENTICATED),
            true,
            "no option");
    }
};

/// A Binding Update with RFC 4285's replay protection and MN-HA authentication.
class HomeRegistrationTestCase : public TestCase
{
  public:
    HomeRegistrationTestCase()
        : TestCase("Auth: Binding Update with Replay Protection (8n+2) and MN-HA (last)")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        Ipv6Address ha("2001:db8:1::1");
        auto sa = keys->Find(hmipv6::KeyChain::MN_HA, kHome, ha);
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(4);
        bu.SetAcknowledge(true);
        bu.SetHomeRegistration(true);
        bu.SetLifetimeUnits(100);
        hmipv6::MobilityOptions options;
        options.SetReplayProtection(hmipv6::ReplayProtectionOption(0x0000000612345678ULL));
        hmipv6::AuthenticateWithAssociation(bu, options, *sa, kLcoa, kHome);
        bu.InitializeChecksum(kHome, ha);
        Bytes bytes = Serialize(bu);
        // 12 fixed octets, PadN 6, replay protection 18-27, PadN 5, authentication 33-55.
        NS_TEST_ASSERT_MSG_EQ(bytes.size(), 56u, "56 octets");
        NS_TEST_ASSERT_MSG_EQ(+bytes[18], 10, "Replay Protection at 8n+2");
        NS_TEST_ASSERT_MSG_EQ(+bytes[19], 8, "its length");
        NS_TEST_ASSERT_MSG_EQ(+bytes[33], 9, "Mobility Message Authentication at 8n+1");
        hmipv6::BindingUpdateHeader received;
        NS_TEST_ASSERT_MSG_EQ(Deserialize(received, bytes), 56u, "parses");
        NS_TEST_ASSERT_MSG_EQ(received.GetOptions().GetReplayProtection()->GetTimestamp(),
                              0x0000000612345678ULL,
                              "timestamp");
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::CheckAssociationAuthentication(bytes, received.GetOptions(), sa, kLcoa, kHome)
                .has_value(),
            false,
            "authentic, the checksum set after");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::CheckAssociationAuthentication(bytes,
                                                                     received.GetOptions(),
                                                                     sa,
                                                                     Ipv6Address("2001:db8:a9::1"),
                                                                     kHome)
                                  .has_value(),
                              true,
                              "the care-of address is covered");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::TimestampSubOption::ToTime(
                                  hmipv6::TimestampSubOption::FromTime(MilliSeconds(6250))),
                              MilliSeconds(6250),
                              "timestamp conversions");
    }
};

/// The hmipv6-wire-authentication suite.
class AuthenticationTestSuite : public TestSuite
{
  public:
    AuthenticationTestSuite()
        : TestSuite("hmipv6-wire-authentication")
    {
        AddTestCase(new KeyChainTestCase);
        AddTestCase(new RegistrationTestCase);
        AddTestCase(new AddressSubOptionTestCase);
        AddTestCase(new MobilityInfoTestCase);
        AddTestCase(new AckTestCase);
        AddTestCase(new HomeRegistrationTestCase);
    }
};

/// Registers the suite.
static AuthenticationTestSuite g_authenticationTestSuite;

} // namespace
