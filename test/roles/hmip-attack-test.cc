// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-test-network.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-update-header.h"
#include "ns3/config.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/handoff-request-header.h"
#include "ns3/home-address-option.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/key-chain.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/uinteger.h"

using namespace ns3;
using namespace ns3::hmipv6test;

/**
 * \file
 * \ingroup hmipv6-test
 * Attacks on the draft's messages (draft 5.2: every MH-MS and MS-MS message MUST be
 * authenticated), from a node on another link of the domain (CH2) that sends the
 * module's own headers through its IPv6 stack: forged Registration Updates, a forged
 * Handoff Request, forged Mobility Information to the access routers, forged error
 * acknowledgements to the host. With the default key chain none is accepted, the
 * victim's flows lose nothing, and each refusal is counted under its reason.
 */

namespace
{

const Time ATTACH = Seconds(0.5); //!< the host joins AR1 of domain 1
const Time ATTACKS = Seconds(6);  //!< the forgeries start
const Time INTRA = Seconds(10);   //!< the host moves to AR2 (a Registration Update)
const Time STOP = Seconds(14);    //!< end of the run

/// How a forged message is signed.
enum Forgery
{
    UNSIGNED,   //!< no authentication sub-option
    OWN_KEYS,   //!< signed with the attacker's own keys (another seed)
    VICTIM_SPI, //!< the victim's SPI (seen on the wire), a wrong authenticator
    CAPTURED,   //!< the victim's authenticator for the same fields, sent from the attacker
};

/**
 * \param forgery how
 * \return its name
 */
std::string
Name(Forgery forgery)
{
    switch (forgery)
    {
    case UNSIGNED:
        return "unsigned";
    case OWN_KEYS:
        return "attacker's keys";
    case VICTIM_SPI:
        return "victim's SPI, wrong authenticator";
    default:
        return "victim's authenticator from another source";
    }
}

/**
 * \brief Sign a forged message as the forgery says.
 * \tparam H the header
 * \param h the message
 * \param forgery how
 * \param genuine the association the genuine sender would use
 * \param src the attacker's source
 * \param dst the destination
 * \param victim the genuine sender's address (CAPTURED)
 */
template <class H>
void
Forge(H& h,
      Forgery forgery,
      const hmipv6::SecurityAssociation& genuine,
      Ipv6Address src,
      Ipv6Address dst,
      Ipv6Address victim)
{
    if (forgery == OWN_KEYS)
    {
        Ptr<hmipv6::KeyChain> own = CreateObject<hmipv6::KeyChain>();
        own->SetAttribute("Seed", StringValue("the attacker's"));
        hmipv6::SignDraftMessage(h, *own->Find(hmipv6::KeyChain::MS_MS, src, dst), src, dst);
    }
    else if (forgery == VICTIM_SPI)
    {
        hmipv6::AuthSubOption auth;
        auth.spi = genuine.spi;
        auth.authenticator.fill(0xa5);
        h.SetAuthentication(auth);
    }
    else if (forgery == CAPTURED)
    {
        hmipv6::SignDraftMessage(h, genuine, victim, dst);
    }
}

/**
 * \tparam R a role with GetDroppedCount(reason)
 * \param role the role
 * \return its drops of messages that were not authentic, whatever the way
 */
template <class R>
uint64_t
NotAuthentic(Ptr<R> role)
{
    return role->GetDroppedCount(hmipv6::DropReason::UNAUTHENTICATED) +
           role->GetDroppedCount(hmipv6::DropReason::UNKNOWN_SPI) +
           role->GetDroppedCount(hmipv6::DropReason::BAD_AUTHENTICATOR);
}

/**
 * \brief The network, the attacker and what the victim's servers did.
 */
struct AttackNet
{
    explicit AttackNet(const NetConfig& config)
        : net(config)
    {
        const auto& domain = net.topology->GetDomains()[0];
        attacker = domain.correspondent;
        attackerAddress = domain.correspondentAddress;
        ms = net.servers[0][0][0];
        msAddress = domain.serverAddress;
        ms->TraceConnectWithoutContext(
            "BindingAckSent",
            Callback<void, Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time>(
                [this](Ipv6Address, Ipv6Address to, uint8_t, uint16_t, Time) {
                    acksTo.push_back(to);
                }));
        net.Handoff()->ScheduleSwitch(ATTACH, net.AccessPoint(0, 0));
        net.Handoff()->ScheduleSwitch(INTRA, net.AccessPoint(0, 1));
    }

    /**
     * \brief The attacker sends a header as a whole Destination Options header.
     * \param at when
     * \param src the source it claims
     * \param dst the destination
     * \param h the header
     */
    template <class H>
    void Send(Time at, Ipv6Address src, Ipv6Address dst, H h)
    {
        Ptr<Node> node = attacker;
        Simulator::Schedule(at, [node, src, dst, h]() {
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(h);
            node->GetObject<Ipv6L3Protocol>()->Send(p,
                                                    src,
                                                    dst,
                                                    Ipv6Header::IPV6_EXT_DESTINATION,
                                                    nullptr);
        });
    }

    /// \return the host's association with domain 1
    hmipv6::SecurityAssociation HostKey() const
    {
        return *hmipv6::KeyChain::For(net.topology->GetMobileHost())
                    ->Find(hmipv6::KeyChain::MH_MS,
                           HmipTopologyHelper::HOME_ADDRESS,
                           msAddress.CombinePrefix(Ipv6Prefix(64)));
    }

    /**
     * \return packets of both flows lost from the attacks to the end, but for the move's
     *         own loss (without an attacker, none is lost outside the move: the baseline)
     */
    uint32_t LostDuringAttacks() const
    {
        uint32_t lost = 0;
        for (const Flow& flow : net.flows)
        {
            lost += flow.Lost(ATTACKS, INTRA - Seconds(0.1)) +
                    flow.Lost(INTRA + Seconds(2), STOP - Seconds(0.5));
        }
        return lost;
    }

    HmipTestNetwork net;             //!< the network
    Ptr<Node> attacker;              //!< CH2's node
    Ipv6Address attackerAddress;     //!< its address
    Ptr<MobilityServer> ms;          //!< the victim's MS
    Ipv6Address msAddress;           //!< its address
    std::vector<Ipv6Address> acksTo; //!< destinations of the MS's acknowledgements
};

/**
 * \brief Forged Registration Updates for the victim's home address, from the attacker's
 *        address, with a sequence number the MS would take: none accepted, none answered.
 */
class ForgedUpdateTest : public TestCase
{
  public:
    /// \param forgery how the Updates are signed
    explicit ForgedUpdateTest(Forgery forgery)
        : TestCase("forged Registration Updates (" + Name(forgery) +
                   "): none answered or accepted, the victim's next Update is"),
          m_forgery(forgery)
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        for (uint16_t i = 0; i < 4; ++i)
        {
            Simulator::Schedule(ATTACKS + Seconds(0.5 * i), [&a, i, home, this]() {
                RegistrationUpdateHeader u;
                u.SetAcknowledgeRequested(true);
                u.SetPrefixLength(64);
                // Before authentication the second Update, one past the number the MS
                // disclosed in its 135, was accepted.
                u.SetSequence(a.net.mh->GetRegistrationSequence() + 1 + i);
                u.SetLifetime(420);
                u.SetHomeAddress(home);
                Forge(u,
                      m_forgery,
                      a.HostKey(),
                      a.attackerAddress,
                      a.msAddress,
                      a.net.mh->GetLocalCareOfAddress());
                a.Send(Seconds(0), a.attackerAddress, a.msAddress, u);
            });
        }
        Ipv6Address lcoaBefore;
        Ipv6Address lcoaAtMs;
        Simulator::Schedule(ATTACKS - Seconds(0.1),
                            [&]() { lcoaBefore = a.ms->GetLocalCareOf(home); });
        Simulator::Schedule(INTRA - Seconds(0.1), [&]() { lcoaAtMs = a.ms->GetLocalCareOf(home); });
        Simulator::Stop(STOP);
        Simulator::Run();

        NS_TEST_EXPECT_MSG_EQ(lcoaAtMs, lcoaBefore, "the binding kept the victim's LCoA");
        NS_TEST_EXPECT_MSG_EQ(std::count(a.acksTo.begin(), a.acksTo.end(), a.attackerAddress),
                              0,
                              "no acknowledgement (no sequence number) to the attacker");
        hmipv6::DropReason expected = m_forgery == UNSIGNED ? hmipv6::DropReason::UNAUTHENTICATED
                                      : m_forgery == OWN_KEYS
                                          ? hmipv6::DropReason::UNKNOWN_SPI
                                          : hmipv6::DropReason::BAD_AUTHENTICATOR;
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetDroppedCount(expected), 4u, "four refused, counted");
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->HasFallenBack(), false, "no fallback");
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetLocalCareOf(home),
                              a.net.mh->GetLocalCareOfAddress(),
                              "the victim's Update after its move was accepted");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }

    Forgery m_forgery; //!< how
};

/**
 * \brief A forged Handoff Request naming the attacker as the victim's new GCoA: refused,
 *        the victim's traffic stays with it.
 */
class ForgedHandoffTest : public TestCase
{
  public:
    /// \param forgery how the request is signed
    explicit ForgedHandoffTest(Forgery forgery)
        : TestCase("forged Handoff Request (" + Name(forgery) + "): not accepted"),
          m_forgery(forgery)
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        // The second domain's MS, whose key with the victim's MS the attacker lacks.
        Ipv6Address peer = a.net.topology->GetDomains()[1].serverAddress;
        auto genuine = hmipv6::KeyChain::For(a.net.topology->GetDomains()[1].server)
                           ->Find(hmipv6::KeyChain::MS_MS, peer, a.msAddress);
        for (uint16_t i = 0; i < 3; ++i)
        {
            Simulator::Schedule(ATTACKS + Seconds(0.5 * i), [&a, i, home, peer, genuine, this]() {
                HandoffRequestHeader h;
                h.SetPrefixLength(64);
                h.SetSequence(a.net.mh->GetRegistrationSequence() + 1 + i);
                h.SetLifetime(420);
                h.SetHomeAddress(home);
                h.SetGlobalCoa(a.attackerAddress);
                Forge(h, m_forgery, *genuine, a.attackerAddress, a.msAddress, peer);
                // Claiming to be the peer MS (spoofed source) or sent as itself.
                a.Send(Seconds(0), i % 2 ? a.attackerAddress : peer, a.msAddress, h);
            });
        }
        Simulator::Stop(STOP);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetHandoffRequestsReceived(), 3u, "three arrived");
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetHandoffRequestsAccepted(), 0u, "none accepted");
        NS_TEST_EXPECT_MSG_EQ(a.ms->IsForwarding(home), false, "not forwarding");
        uint64_t refused = NotAuthentic(a.ms);
        NS_TEST_EXPECT_MSG_EQ(refused, 3u, "three refused as not authentic");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }

    Forgery m_forgery; //!< how
};

/**
 * \brief Forged Mobility Information to the victim's access router, naming an MS that does
 *        not exist, from the real MS's address: refused, the host does not re-register.
 */
class ForgedMobilityInfoTest : public TestCase
{
  public:
    /// \param forgery how the message is signed
    explicit ForgedMobilityInfoTest(Forgery forgery)
        : TestCase("forged Mobility Information (" + Name(forgery) + "): routers unmoved"),
          m_forgery(forgery)
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        const auto& domain = a.net.topology->GetDomains()[0];
        Ipv6Address router = domain.routerAddresses[0];
        auto genuine = hmipv6::KeyChain::For(domain.server)
                           ->Find(hmipv6::KeyChain::MS_ROUTER, a.msAddress, router);
        uint64_t requestsBefore = 0;
        Simulator::Schedule(ATTACKS - Seconds(0.1),
                            [&]() { requestsBefore = a.net.mh->GetRegistrationRequestsSent(); });
        for (uint32_t i = 0; i < 3; ++i)
        {
            Simulator::Schedule(ATTACKS + Seconds(0.5 * i), [&a, router, genuine, this]() {
                MobilityInfoHeader info;
                info.SetMsAddress(Ipv6Address("2001:d01::bad")); // no such MS
                info.SetPrefixLength(64);
                info.SetTimestamp(hmipv6::TimestampSubOption::FromTime(Simulator::Now()));
                Forge(info, m_forgery, *genuine, a.attackerAddress, router, a.msAddress);
                a.Send(Seconds(0), a.msAddress, router, info); // spoofs the trusted MS
            });
        }
        uint64_t requestsAfter = 0;
        Simulator::Schedule(INTRA - Seconds(0.1),
                            [&]() { requestsAfter = a.net.mh->GetRegistrationRequestsSent(); });
        Simulator::Stop(STOP);
        Simulator::Run();
        Ptr<MobilityInfoRouterAdvertiser> ar = a.net.routers[0];
        uint64_t refused = NotAuthentic(ar);
        NS_TEST_EXPECT_MSG_EQ(refused, 3u, "three refused as not authentic");
        NS_TEST_EXPECT_MSG_EQ(ar->GetMobilityServer(), a.msAddress, "still the real MS");
        NS_TEST_EXPECT_MSG_EQ(requestsAfter, requestsBefore, "the host did not re-register");
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->HasFallenBack(), false, "no fallback");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }

    Forgery m_forgery; //!< how
};

/**
 * \brief Replayed Mobility Information: an authentic message captured and sent again is
 *        refused by its timestamp.
 */
class ReplayedMobilityInfoTest : public TestCase
{
  public:
    ReplayedMobilityInfoTest()
        : TestCase("replayed Mobility Information (a withdrawal, authentic): refused")
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        const auto& domain = a.net.topology->GetDomains()[0];
        Ipv6Address router = domain.routerAddresses[0];
        auto genuine = hmipv6::KeyChain::For(domain.server)
                           ->Find(hmipv6::KeyChain::MS_ROUTER, a.msAddress, router);
        // A withdrawal the MS signed at 1 s (as when it stopped once), replayed later, and
        // one signed with a timestamp from the future.
        MobilityInfoHeader old;
        old.SetTimestamp(hmipv6::TimestampSubOption::FromTime(Seconds(1)));
        hmipv6::SignDraftMessage(old, *genuine, a.msAddress, router);
        a.Send(ATTACKS, a.msAddress, router, old);
        MobilityInfoHeader future;
        future.SetTimestamp(hmipv6::TimestampSubOption::FromTime(Seconds(100)));
        hmipv6::SignDraftMessage(future, *genuine, a.msAddress, router);
        a.Send(ATTACKS + Seconds(0.5), a.msAddress, router, future);
        Simulator::Stop(STOP);
        Simulator::Run();
        Ptr<MobilityInfoRouterAdvertiser> ar = a.net.routers[0];
        NS_TEST_EXPECT_MSG_EQ(ar->GetDroppedCount(hmipv6::DropReason::REPLAYED), 2u, "replays");
        NS_TEST_EXPECT_MSG_EQ(ar->GetMobilityServer(), a.msAddress, "still advertised");
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->HasFallenBack(), false, "no fallback");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }
};

/**
 * \brief Forged acknowledgements from the MS's address to the host's LCoA while its
 *        Update after the move is outstanding: a refusal (129) and a 135. The host drops
 *        both and does not fall back.
 */
class ForgedAckTest : public TestCase
{
  public:
    ForgedAckTest()
        : TestCase("forged error acknowledgements to the host: dropped, no fallback")
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        // Through the move: before, while and after its Update is outstanding.
        for (uint32_t i = 0; i < 60; ++i)
        {
            Simulator::Schedule(INTRA + MilliSeconds(25 * i), [&a, i]() {
                Ipv6Address lcoa = a.net.mh->GetLocalCareOfAddress();
                hmipv6::BindingAckHeader ack;
                ack.SetStatus(i % 2 ? hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW
                                    : hmipv6::BindingAckHeader::ADMINISTRATIVELY_PROHIBITED);
                ack.SetSequence(a.net.mh->GetRegistrationSequence());
                ack.InitializeChecksum(a.msAddress, lcoa);
                Ptr<Packet> p = Create<Packet>();
                p->AddHeader(ack);
                a.attacker->GetObject<Ipv6L3Protocol>()
                    ->Send(p, a.msAddress, lcoa, hmipv6::MobilityL4Protocol::PROT_NUMBER, nullptr);
            });
        }
        Simulator::Stop(STOP);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->HasFallenBack(), false, "no fallback");
        NS_TEST_EXPECT_MSG_GT(a.net.mh->GetDroppedCount(hmipv6::DropReason::UNAUTHENTICATED),
                              0u,
                              "forged acknowledgements dropped as unauthenticated");
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetLocalCareOf(HmipTopologyHelper::HOME_ADDRESS),
                              a.net.mh->GetLocalCareOfAddress(),
                              "the Update was accepted");
        Simulator::Destroy();
    }
};

/**
 * \brief A flood of Registration Requests with made-up home addresses at the victim's MS
 *        (2,000 in 2 s): with authentication nothing is kept; without it (to measure the
 *        limits) the pending DADs and the bindings stay within "MaxPendingDad" and
 *        "MaxBindings", the rest are refused (130) and counted. The same for the home
 *        agent's tables, filled with Binding Updates for addresses of the home prefix.
 */
class FloodTest : public TestCase
{
  public:
    /// \param authenticated whether the servers require authentication
    explicit FloodTest(bool authenticated)
        : TestCase(std::string("flood of registrations for made-up home addresses (") +
                   (authenticated ? "authenticated: nothing kept" : "unauthenticated: limits") +
                   ")"),
          m_authenticated(authenticated)
    {
    }

  private:
    void DoRun() override
    {
        // The whole scenario with or without authentication (every node's key chain).
        Config::SetDefault("ns3::hmipv6::KeyChain::RequireAuthentication",
                           BooleanValue(m_authenticated));
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        a.ms->SetAttribute("MaxPendingDad", UintegerValue(50));
        a.ms->SetAttribute("MaxBindings", UintegerValue(120));
        a.net.ha->SetAttribute("MaxPendingDad", UintegerValue(50));
        a.net.ha->SetAttribute("MaxBindings", UintegerValue(120));
        const uint32_t n = 2000;
        uint32_t maxPendingMs = 0;
        uint32_t maxPendingHa = 0;
        for (uint32_t i = 0; i < n; ++i)
        {
            Simulator::Schedule(ATTACKS + MilliSeconds(i), [&a, &maxPendingMs, &maxPendingHa, i]() {
                std::ostringstream home;
                home << "2001:1::f:" << std::hex << (i + 1);
                RegistrationRequestHeader r;
                r.SetAcknowledgeRequested(true);
                r.SetPrefixLength(64);
                r.SetSequence(1);
                r.SetLifetime(420);
                r.SetHomeAddress(Ipv6Address(home.str().c_str()));
                a.Send(Seconds(0), a.attackerAddress, a.msAddress, r);
                // A home registration from the attacker's address as care-of address.
                hmipv6::BindingUpdateHeader bu;
                bu.SetSequence(1);
                bu.SetAcknowledge(true);
                bu.SetHomeRegistration(true);
                bu.SetLifetimeUnits(100);
                bu.InitializeChecksum(Ipv6Address(home.str().c_str()),
                                      HmipTopologyHelper::HOME_AGENT);
                Ptr<Packet> p = Create<Packet>();
                p->AddHeader(bu);
                Ipv6ExtensionDestinationHeader dest;
                dest.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
                dest.AddOption(hmipv6::HomeAddressOption(Ipv6Address(home.str().c_str())));
                p->AddHeader(dest);
                a.attacker->GetObject<Ipv6L3Protocol>()->Send(p,
                                                              a.attackerAddress,
                                                              HmipTopologyHelper::HOME_AGENT,
                                                              Ipv6Header::IPV6_EXT_DESTINATION,
                                                              nullptr);
                maxPendingMs = std::max(maxPendingMs, a.ms->GetNPendingDad());
                maxPendingHa = std::max(maxPendingHa, a.net.ha->GetNPendingDad());
            });
        }
        Simulator::Stop(STOP);
        Simulator::Run();
        if (m_authenticated)
        {
            // A few may die in a router's queue of packets awaiting neighbour resolution.
            NS_TEST_EXPECT_MSG_GT_OR_EQ(a.ms->GetDroppedCount(hmipv6::DropReason::UNAUTHENTICATED),
                                        n - 5,
                                        "every Request that arrived refused as unauthenticated");
            NS_TEST_EXPECT_MSG_EQ(maxPendingMs, 0u, "no DAD started");
            NS_TEST_EXPECT_MSG_EQ(a.ms->GetNBindings(), 1u, "the victim's binding only");
        }
        else
        {
            NS_TEST_EXPECT_MSG_LT_OR_EQ(maxPendingMs, 50u, "pending DADs bounded");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(a.ms->GetNBindings(), 120u, "bindings bounded");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(a.ms->GetDroppedCount(hmipv6::DropReason::TABLE_FULL),
                                        n - 120,
                                        "the rest refused, counted");
        }
        if (m_authenticated)
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(
                a.net.ha->GetDroppedCount(hmipv6::DropReason::UNAUTHENTICATED),
                n - 5,
                "the home agent refused them as unauthenticated (RFC 4285)");
            NS_TEST_EXPECT_MSG_EQ(maxPendingHa, 0u, "no DAD started at the home agent");
        }
        else
        {
            NS_TEST_EXPECT_MSG_LT_OR_EQ(maxPendingHa, 50u, "the home agent's DADs bounded");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(a.net.ha->GetBindingCache().Size(),
                                        120u,
                                        "the home agent's bindings bounded");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(a.net.ha->GetDroppedCount(hmipv6::DropReason::TABLE_FULL),
                                        n - 120,
                                        "the home agent refused the rest, counted");
        }
        NS_TEST_EXPECT_MSG_EQ(a.ms->GetLocalCareOf(HmipTopologyHelper::HOME_ADDRESS),
                              a.net.mh->GetLocalCareOfAddress(),
                              "the victim stays registered");
        NS_TEST_EXPECT_MSG_EQ(HmipTestNetwork::CareOf(a.net.ha->GetBindingCache()),
                              a.net.mh->GetCareOfAddress(),
                              "at the home agent too");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
        Config::Reset();
    }

    bool m_authenticated; //!< whether the servers require authentication
};

/**
 * \brief Binding Updates for the victim's home address at its home agent (RFC 4285 in
 *        place of IPsec): from the attacker's address, unsigned or with the attacker's
 *        keys; and the victim's own authentic update captured at 3 s, replayed from the
 *        victim's care-of address later. None changes the binding.
 */
class ForgedHomeRegistrationTest : public TestCase
{
  public:
    ForgedHomeRegistrationTest()
        : TestCase("forged and replayed Binding Updates at the home agent: binding unchanged")
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        const Ipv6Address ha = HmipTopologyHelper::HOME_AGENT;
        auto send = [&a, home, ha](Ipv6Address src, hmipv6::BindingUpdateHeader bu) {
            bu.InitializeChecksum(home, ha);
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(bu);
            Ipv6ExtensionDestinationHeader dest;
            dest.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
            dest.AddOption(hmipv6::HomeAddressOption(home));
            p->AddHeader(dest);
            a.attacker->GetObject<Ipv6L3Protocol>()->Send(p,
                                                          src,
                                                          ha,
                                                          Ipv6Header::IPV6_EXT_DESTINATION,
                                                          nullptr);
        };
        auto make = [&a]() {
            hmipv6::BindingUpdateHeader bu;
            bu.SetSequence(a.net.mh->GetRegistrationSequence() + 50);
            bu.SetAcknowledge(true);
            bu.SetHomeRegistration(true);
            bu.SetLifetimeUnits(100);
            return bu;
        };
        hmipv6::BindingUpdateHeader captured;
        Ipv6Address capturedFrom;
        Simulator::Schedule(Seconds(3), [&]() {
            // What the victim would send now (a later sequence number), kept for later.
            capturedFrom = a.net.mh->GetCareOfAddress();
            captured = make();
            captured.SetSequence(captured.GetSequence() + 100);
            hmipv6::MobilityOptions options;
            options.SetReplayProtection(hmipv6::ReplayProtectionOption(
                hmipv6::TimestampSubOption::FromTime(Simulator::Now())));
            auto key = hmipv6::KeyChain::For(a.net.topology->GetMobileHost())
                           ->Find(hmipv6::KeyChain::MN_HA, home, ha);
            hmipv6::AuthenticateWithAssociation(captured, options, *key, capturedFrom, home);
        });
        Simulator::Schedule(ATTACKS, [&]() { send(a.attackerAddress, make()); });
        Simulator::Schedule(ATTACKS + Seconds(0.5), [&]() {
            hmipv6::BindingUpdateHeader bu = make();
            Ptr<hmipv6::KeyChain> own = CreateObject<hmipv6::KeyChain>();
            own->SetAttribute("Seed", StringValue("the attacker's"));
            hmipv6::MobilityOptions options;
            options.SetReplayProtection(hmipv6::ReplayProtectionOption(
                hmipv6::TimestampSubOption::FromTime(Simulator::Now())));
            hmipv6::AuthenticateWithAssociation(bu,
                                                options,
                                                *own->Find(hmipv6::KeyChain::MN_HA, home, ha),
                                                a.attackerAddress,
                                                home);
            send(a.attackerAddress, bu);
        });
        Simulator::Schedule(Seconds(12), [&]() { send(capturedFrom, captured); });
        Ipv6Address bound;
        Simulator::Schedule(STOP - Seconds(0.5), [&]() {
            bound = HmipTestNetwork::CareOf(a.net.ha->GetBindingCache());
        });
        Simulator::Stop(STOP);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(bound, a.net.mh->GetGlobalCareOfAddress(), "the victim's GCoA");
        NS_TEST_EXPECT_MSG_EQ(a.net.ha->GetDroppedCount(hmipv6::DropReason::UNAUTHENTICATED),
                              1u,
                              "the unsigned one");
        NS_TEST_EXPECT_MSG_EQ(a.net.ha->GetDroppedCount(hmipv6::DropReason::UNKNOWN_SPI),
                              1u,
                              "the one with the attacker's keys");
        NS_TEST_EXPECT_MSG_EQ(a.net.ha->GetDroppedCount(hmipv6::DropReason::REPLAYED),
                              1u,
                              "the replay, 9 s after its timestamp");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }
};

/**
 * \brief Hand a packet to a node as received on its interface 1 from an unknown station.
 * \param node the node
 * \param header the packet's IPv6 header (its payload length is set here)
 * \param payload the payload
 */
void
InjectOnInterface1(Ptr<Node> node, Ipv6Header header, Ptr<Packet> payload)
{
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    header.SetPayloadLength(payload->GetSize());
    payload->AddHeader(header);
    Ptr<NetDevice> device = ipv6->GetNetDevice(1);
    ipv6->Receive(device,
                  payload,
                  Ipv6L3Protocol::PROT_NUMBER,
                  Mac48Address("02:00:00:00:0b:ad"),
                  device->GetAddress(),
                  header.GetDestination().IsMulticast() ? NetDevice::PACKET_MULTICAST
                                                        : NetDevice::PACKET_HOST);
}

/**
 * \brief A packet from the multicast source ff02::1, arriving on the link it would be
 *        forwarded back onto (found by fuzzing): the home agent (to the host's GCoA) or
 *        the host's access router (to its LCoA) does not forward it, so it sends no
 *        Redirect to ff02::1. That Redirect made every ns-3 node of the link add a route
 *        on interface -1 and crash at the next packet it routed.
 */
class MulticastSourceTest : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param atAccessRouter inject at the host's access router, not the home agent
     */
    explicit MulticastSourceTest(bool atAccessRouter)
        : TestCase(std::string("a packet with a multicast source is not forwarded (no "
                               "Redirect to it): ") +
                   (atAccessRouter ? "access router" : "home agent")),
          m_atAccessRouter(atAccessRouter)
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        Ptr<Node> node = m_atAccessRouter ? a.net.topology->GetDomains()[0].accessRouters[0]
                                          : a.net.topology->GetHomeAgent();
        bool atAccessRouter = m_atAccessRouter;
        Simulator::Schedule(ATTACKS, [&a, node, atAccessRouter]() {
            Ipv6Header h;
            h.SetSource(Ipv6Address::GetAllNodesMulticast());
            h.SetDestination(atAccessRouter ? a.net.mh->GetLocalCareOfAddress()
                                            : a.net.mh->GetGlobalCareOfAddress());
            h.SetNextHeader(59);
            h.SetHopLimit(64);
            InjectOnInterface1(node, h, Create<Packet>());
        });
        Simulator::Stop(STOP);
        Simulator::Run();
        Ptr<hmipv6::MobilityRoutingProtocol> routing = hmipv6::MobilityRoutingProtocol::Get(node);
        NS_TEST_EXPECT_MSG_EQ(bool(routing), true, "the node has the module's routing");
        NS_TEST_EXPECT_MSG_EQ(routing ? routing->GetDroppedCount() : 0, 1u, "dropped, counted");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }

    bool m_atAccessRouter; //!< where the packet arrives
};

/**
 * \brief A forged Redirect to ff02::1 on the host's access link, naming its Mobility
 *        Server as the destination: ns-3 (Icmpv6L4Protocol::HandleRedirection) adds the
 *        host route on the interface of the IPv6 destination, -1 for a multicast group,
 *        and the host crashed at its next packet to the server. The module's routing list
 *        refuses the route.
 */
class MulticastRedirectTest : public TestCase
{
  public:
    MulticastRedirectTest()
        : TestCase("a Redirect to ff02::1 adds no route on interface -1")
    {
    }

  private:
    void DoRun() override
    {
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        Ptr<Node> host = a.net.mh->GetNode();
        Ipv6Address server = a.msAddress;
        Simulator::Schedule(ATTACKS, [host, server]() {
            Icmpv6OptionRedirected redirected;
            redirected.SetPacket(Create<Packet>(40));
            Icmpv6Redirection redirect;
            redirect.SetTarget(Ipv6Address("fe80::bad"));
            redirect.SetDestination(server);
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(redirected);
            p->AddHeader(redirect);
            Ipv6Header h;
            h.SetSource(Ipv6Address("fe80::bad"));
            h.SetDestination(Ipv6Address::GetAllNodesMulticast());
            h.SetNextHeader(Icmpv6L4Protocol::PROT_NUMBER);
            h.SetHopLimit(255);
            InjectOnInterface1(host, h, p);
        });
        Simulator::Stop(STOP);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->GetGlobalCareOfAddress().IsAny(), false, "registered");
        NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the victim's flows lost nothing");
        Simulator::Destroy();
    }
};

/**
 * \brief The authentication sub-option types are KeyChain attributes that every role
 *        uses to write and to read: with 110 and 111 on every node, the host registers
 *        through the draft's messages (the routers learn the MS from Mobility
 *        Information signed with them); a host left at 104 sends messages in which
 *        the Mobility Server finds an unknown sub-option (which the draft's messages
 *        may not carry) and no authenticator: it drops them as malformed.
 */
class SubOptionTypesTest : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param hostAgrees the host uses the same types as the rest
     */
    explicit SubOptionTypesTest(bool hostAgrees)
        : TestCase(std::string("authentication sub-option types 110 and 111: ") +
                   (hostAgrees ? "every node agrees" : "the host keeps 104")),
          m_hostAgrees(hostAgrees)
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::hmipv6::KeyChain::AuthSubOptionType", UintegerValue(110));
        Config::SetDefault("ns3::hmipv6::KeyChain::TimestampSubOptionType", UintegerValue(111));
        NetConfig config;
        config.flowStop = STOP;
        AttackNet a(config);
        if (!m_hostAgrees)
        {
            hmipv6::KeyChain::For(a.net.mh->GetNode())
                ->SetAttribute("AuthSubOptionType",
                               UintegerValue(hmipv6::KeyChain::DEFAULT_AUTH_SUB_OPTION_TYPE));
        }
        Simulator::Stop(STOP);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(a.net.mh->IsRegisteredWithMobilityServer(),
                              m_hostAgrees,
                              "registered with the MS");
        NS_TEST_EXPECT_MSG_EQ((a.ms->GetDroppedCount(hmipv6::DropReason::MALFORMED) > 0),
                              !m_hostAgrees,
                              "the MS refused the host's messages");
        if (m_hostAgrees)
        {
            NS_TEST_EXPECT_MSG_EQ(a.ms->GetDroppedCount(), 0u, "nothing dropped");
            NS_TEST_EXPECT_MSG_EQ(a.LostDuringAttacks(), 0u, "the flows lost nothing");
        }
        Simulator::Destroy();
        Config::Reset();
    }

    bool m_hostAgrees; //!< the host uses the same types as the rest
};

/// The hmipv6-attacks suite.
class AttackTestSuite : public TestSuite
{
  public:
    AttackTestSuite()
        : TestSuite("hmipv6-attacks")
    {
        for (Forgery f : {UNSIGNED, OWN_KEYS, VICTIM_SPI, CAPTURED})
        {
            AddTestCase(new ForgedUpdateTest(f));
        }
        for (Forgery f : {UNSIGNED, OWN_KEYS, VICTIM_SPI})
        {
            AddTestCase(new ForgedHandoffTest(f));
            AddTestCase(new ForgedMobilityInfoTest(f));
        }
        AddTestCase(new ReplayedMobilityInfoTest);
        AddTestCase(new ForgedAckTest);
        AddTestCase(new ForgedHomeRegistrationTest);
        AddTestCase(new MulticastSourceTest(false));
        AddTestCase(new MulticastSourceTest(true));
        AddTestCase(new MulticastRedirectTest);
        AddTestCase(new SubOptionTypesTest(true));
        AddTestCase(new SubOptionTypesTest(false));
        AddTestCase(new FloodTest(true));
        AddTestCase(new FloodTest(false));
    }
};

/// Registers the suite.
static AttackTestSuite g_attackTestSuite;

} // namespace
