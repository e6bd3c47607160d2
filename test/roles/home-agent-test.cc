// SPDX-License-Identifier: GPL-2.0-only
// HomeAgent against hand-built Binding Updates sent as real packets.
//
//   S --2ms-- HR --1ms-- [home link 2001:1::/64: HA 2001:1::1, OWNER 2001:1::77]
//
// S plays the mobile node: its address 2001:5::1 is the care-of address, and it holds
// the home addresses on a tunnel interface, so that the type 2 routing header of each
// Binding Acknowledgement is accepted and the acknowledgement reaches S's Mobility
// Header protocol. ns-3 routers drop 2001:db8::/32, hence these prefixes.
#include "ns3/auth-sub-options.h"
#include "ns3/binding-ack-header.h"
#include "ns3/binding-authorization.h"
#include "ns3/binding-update-header.h"
#include "ns3/home-address-option.h"
#include "ns3/home-agent.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/nd-proxy.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <string>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address S_ADDRESS("2001:5::1");
const Ipv6Address HA_ADDRESS("2001:1::1");
const Ipv6Address HOME("2001:1::100");
const Ipv6Address TAKEN_HOME("2001:1::200"); //!< OWNER uses it on the home link
const Ipv6Address FOREIGN_HOME("2001:9::100");

/// An acknowledgement S received.
struct Ack
{
    Time at;        //!< arrival
    uint8_t status; //!< Status
    uint16_t seq;   //!< Sequence Number
    Time lifetime;  //!< Lifetime
};

/// The topology and the recorders.
class HaTopology
{
  public:
    NodeContainer nodes;                     //!< S, HR, HA, OWNER
    Ptr<hmipv6::HomeAgent> ha;               //!< the home agent
    std::vector<Ack> acks;                   //!< BAs received by S
    std::vector<std::string> drops;          //!< HA drop reasons
    std::vector<hmipv6::DropReason> reasons; //!< their reasons
    std::vector<Ipv6Address> expired;        //!< HA expiries

    Ptr<Node> S()
    {
        return nodes.Get(0);
    }

    Ptr<Node> Hr()
    {
        return nodes.Get(1);
    }

    Ptr<Node> Ha()
    {
        return nodes.Get(2);
    }

    Ptr<Node> Owner()
    {
        return nodes.Get(3);
    }

    static Ptr<Ipv6L3Protocol> Ip(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    static void AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
    {
        Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
        device->SetAddress(Mac48Address::Allocate());
        device->SetChannel(channel);
        node->AddDevice(device);
        uint32_t i = Ip(node)->AddInterface(device);
        Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
        Ip(node)->SetUp(i);
    }

    HaTopology()
    {
        nodes.Create(4);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ptr<SimpleChannel> access = CreateObject<SimpleChannel>();
        access->SetAttribute("Delay", TimeValue(MilliSeconds(2)));
        AddDevice(S(), access, S_ADDRESS);
        AddDevice(Hr(), access, Ipv6Address("2001:5::2"));
        Ptr<SimpleChannel> home = CreateObject<SimpleChannel>();
        home->SetAttribute("Delay", TimeValue(MilliSeconds(1)));
        AddDevice(Hr(), home, Ipv6Address("2001:1::ff"));
        AddDevice(Ha(), home, HA_ADDRESS);
        AddDevice(Owner(), home, Ipv6Address("2001:1::77"));
        Ip(Hr())->SetForwarding(1, true);
        Ip(Hr())->SetForwarding(2, true);
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(S()))->SetDefaultRoute(Ipv6Address("2001:5::2"), 1);
        rh.GetStaticRouting(Ip(Ha()))->SetDefaultRoute(Ipv6Address("2001:1::ff"), 1);

        MobilityGlueHelper glue;
        glue.Install(S());
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel = glue.InstallTunnel(S());
        uint32_t ti = Ip(S())->GetInterfaceForDevice(tunnel);
        for (Ipv6Address a : {HOME, TAKEN_HOME, FOREIGN_HOME})
        {
            Ip(S())->AddAddress(ti, Ipv6InterfaceAddress(a, Ipv6Prefix(128)));
        }
        S()->GetObject<hmipv6::MobilityL4Protocol>()->RegisterHandler(
            hmipv6::MobilityHeader::BINDING_ACK,
            Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                [this](Ptr<Packet> p, const Ipv6Header&, uint32_t) {
                    hmipv6::BindingAckHeader ack;
                    p->PeekHeader(ack);
                    acks.push_back(
                        {Simulator::Now(), ack.GetStatus(), ack.GetSequence(), ack.GetLifetime()});
                }));

        Mipv6Helper helper;
        helper.SetHomeAgentAttribute("ProxyReplyDelay",
                                     StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        helper.SetHomeAgentAttribute("MaxBindingLifetime", TimeValue(Seconds(100)));
        ha = DynamicCast<hmipv6::HomeAgent>(
            helper.InstallHomeAgent(Ha(), 1, Ipv6Address("2001:1::"), 64).Get(0));
        // Neighbour caches warmed up both ways, so that timings show the protocol only.
        Simulator::Schedule(MilliSeconds(500), [this]() {
            for (auto [from, to] :
                 {std::make_pair(S(), HA_ADDRESS), std::make_pair(Ha(), S_ADDRESS)})
            {
                Ptr<Socket> s = Socket::CreateSocket(from, UdpSocketFactory::GetTypeId());
                s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(to, 7));
            }
        });
        ha->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, hmipv6::DropReason, const std::string&>(
                [this](Ptr<const Packet>, hmipv6::DropReason why, const std::string& r) {
                    drops.push_back(r);
                    reasons.push_back(why);
                }));
        ha->TraceConnectWithoutContext(
            "BindingExpired",
            Callback<void, Ipv6Address, Ipv6Address>(
                [this](Ipv6Address h, Ipv6Address) { expired.push_back(h); }));
    }

    /**
     * \brief S sends a Binding Update to the HA at a given time.
     * \param at when
     * \param seq Sequence Number
     * \param units lifetime in 4 s units
     * \param home the home address of the HAO (:: for no HAO)
     * \param h the H flag
     */
    void SendBu(Time at, uint16_t seq, uint16_t units, Ipv6Address home, bool h = true)
    {
        Simulator::Schedule(at, [this, seq, units, home, h]() {
            hmipv6::BindingUpdateHeader bu;
            bu.SetSequence(seq);
            bu.SetAcknowledge(true);
            bu.SetHomeRegistration(h);
            bu.SetLifetimeUnits(units);
            // Authenticated as the mobile node does (RFC 4285 with the default keys).
            Ipv6Address claimed = home.IsAny() ? S_ADDRESS : home;
            hmipv6::MobilityOptions options;
            options.SetReplayProtection(hmipv6::ReplayProtectionOption(
                hmipv6::TimestampSubOption::FromTime(Simulator::Now())));
            auto association = CreateObject<hmipv6::KeyChain>()->Find(hmipv6::KeyChain::MN_HA,
                                                                      claimed,
                                                                      HA_ADDRESS);
            hmipv6::AuthenticateWithAssociation(bu, options, *association, S_ADDRESS, claimed);
            bu.InitializeChecksum(claimed, HA_ADDRESS);
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(bu);
            uint8_t protocol = hmipv6::MobilityL4Protocol::PROT_NUMBER;
            if (!home.IsAny())
            {
                Ipv6ExtensionDestinationHeader dest;
                dest.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
                dest.AddOption(hmipv6::HomeAddressOption(home));
                p->AddHeader(dest);
                protocol = Ipv6Header::IPV6_EXT_DESTINATION;
            }
            Ip(S())->Send(p, S_ADDRESS, HA_ADDRESS, protocol, nullptr);
        });
    }

    /// S sends a truncated Binding Update (Header Len says 8 octets, 2 of message data).
    void SendTruncated(Time at)
    {
        Simulator::Schedule(at, [this]() {
            uint8_t bytes[8] = {59, 0, 5, 0, 0, 0, 0, 7};
            Ptr<Packet> p = Create<Packet>(bytes, 8);
            hmipv6::MobilityL4Protocol::FillChecksum(p, S_ADDRESS, HA_ADDRESS);
            Ip(S())->Send(p,
                          S_ADDRESS,
                          HA_ADDRESS,
                          hmipv6::MobilityL4Protocol::PROT_NUMBER,
                          nullptr);
        });
    }
};

/// Registration with DAD, stale sequence (135), DAD failure (134).
class RegistrationTest : public TestCase
{
  public:
    RegistrationTest()
        : TestCase("registration after DAD; stale sequence -> 135; home address in use -> 134")
    {
    }

  private:
    void DoRun() override
    {
        HaTopology t;
        // OWNER holds TAKEN_HOME on the home link.
        t.Ip(t.Owner())->AddAddress(1, Ipv6InterfaceAddress(TAKEN_HOME, Ipv6Prefix(64)));
        t.SendBu(Seconds(2), 10, 10, HOME);      // accepted after DAD (1 s)
        t.SendBu(Seconds(4), 5, 10, HOME);       // stale
        t.SendBu(Seconds(5), 11, 100, HOME);     // refresh, lifetime capped at 100 s
        t.SendBu(Seconds(6), 1, 10, TAKEN_HOME); // DAD fails
        Simulator::Stop(Seconds(9));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(t.acks.size(), 4u, "four acknowledgements reach S");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].seq, 10, "sequence echoed");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].lifetime, Seconds(40), "lifetime granted");
        // DAD takes NdProxy's RetransTimer (1 s) plus S -> HA -> S (2 * 3 ms).
        NS_TEST_EXPECT_MSG_EQ_TOL(t.acks[0].at, Seconds(3.006), MilliSeconds(2), "after DAD");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 135, "stale sequence");
        NS_TEST_EXPECT_MSG_EQ(t.acks[1].seq, 10, "BA carries the last accepted sequence");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[2].status, 0, "refresh accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[2].lifetime, Seconds(100), "MaxBindingLifetime");
        NS_TEST_EXPECT_MSG_EQ_TOL(t.acks[2].at, Seconds(5.006), MilliSeconds(2), "no DAD again");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[3].status, 134, "DAD failed");
        const hmipv6::BindingCache::Entry* e = t.ha->GetBindingCache().Find(HOME);
        NS_TEST_ASSERT_MSG_NE(e, nullptr, "binding");
        NS_TEST_EXPECT_MSG_EQ(e->careOfAddress, S_ADDRESS, "CoA");
        NS_TEST_EXPECT_MSG_EQ(e->sequence, 11, "sequence");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Find(TAKEN_HOME), nullptr, "no binding");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Size(), 1u, "one binding");
        Simulator::Destroy();
    }
};

/// Malformed and unauthorised updates change nothing.
class MalformedTest : public TestCase
{
  public:
    MalformedTest()
        : TestCase("wrong prefix -> 132, no HAO -> 132, H clear -> 131, truncated -> drop")
    {
    }

  private:
    void DoRun() override
    {
        HaTopology t;
        t.SendBu(Seconds(1), 10, 10, HOME);
        t.SendBu(Seconds(3), 20, 10, FOREIGN_HOME);
        t.SendBu(Seconds(3.1), 21, 10, Ipv6Address::GetAny());
        t.SendBu(Seconds(3.2), 22, 10, HOME, false);
        t.SendTruncated(Seconds(3.3));
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        // The BA for the missing-HAO update goes to S_ADDRESS as home address (no
        // routing header): S gets it too.
        NS_TEST_ASSERT_MSG_EQ(t.acks.size(), 4u, "acknowledgements");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "accepted");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 132, "not home subnet");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[2].status, 132, "no HAO: source is not a home address");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[3].status, 131, "H clear");
        NS_TEST_ASSERT_MSG_EQ(t.drops.size(), 1u, "truncated update dropped");
        NS_TEST_EXPECT_MSG_EQ(t.drops[0].rfind("malformed", 0), 0u, "detail");
        NS_TEST_EXPECT_MSG_EQ(t.reasons[0], hmipv6::DropReason::MALFORMED, "reason");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetDroppedCount(hmipv6::DropReason::MALFORMED), 1u, "count");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetDroppedCount(), 1u, "counted");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Size(), 1u, "binding unchanged");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Find(HOME)->sequence, 10, "sequence");
        Simulator::Destroy();
    }
};

/// Lifetime expiry removes binding, proxy and divert.
class ExpiryTest : public TestCase
{
  public:
    ExpiryTest()
        : TestCase("lifetime expiry removes binding, proxy and divert; no more tunnelling")
    {
    }

  private:
    void DoRun() override
    {
        HaTopology t;
        t.SendBu(Seconds(1), 1, 2, HOME); // 8 s, accepted at ~2.003 s
        uint64_t encapBefore = 0;
        uint64_t encapAfter = 0;
        bool proxyBefore = false;
        bool divertBefore = false;
        auto sendFromHr = [&t]() {
            Ptr<Socket> s = Socket::CreateSocket(t.Hr(), UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(20), 0, Inet6SocketAddress(HOME, 9));
        };
        Simulator::Schedule(Seconds(5), sendFromHr);
        Simulator::Schedule(Seconds(6), [&]() {
            encapBefore = t.ha->GetTunnelDevice()->GetEncapsulatedCount();
            proxyBefore = t.Ha()->GetObject<hmipv6::NdProxy>()->IsProxying(HOME, 1);
            divertBefore = hmipv6::MobilityRoutingProtocol::Get(t.Ha())->HasDivert(HOME);
        });
        Simulator::Schedule(Seconds(12), sendFromHr);
        Simulator::Schedule(Seconds(13), [&]() {
            encapAfter = t.ha->GetTunnelDevice()->GetEncapsulatedCount();
        });
        Simulator::Stop(Seconds(14));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(encapBefore, 1u, "tunnelled while bound");
        NS_TEST_EXPECT_MSG_EQ(proxyBefore, true, "proxied while bound");
        NS_TEST_EXPECT_MSG_EQ(divertBefore, true, "diverted while bound");
        NS_TEST_ASSERT_MSG_EQ(t.expired.size(), 1u, "expired once");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Size(), 0u, "binding removed");
        NS_TEST_EXPECT_MSG_EQ(t.Ha()->GetObject<hmipv6::NdProxy>()->IsProxying(HOME, 1),
                              false,
                              "proxy removed");
        NS_TEST_EXPECT_MSG_EQ(hmipv6::MobilityRoutingProtocol::Get(t.Ha())->HasDivert(HOME),
                              false,
                              "divert removed");
        NS_TEST_EXPECT_MSG_EQ(encapAfter, encapBefore, "not tunnelled after expiry");
        Simulator::Destroy();
    }
};

/**
 * \brief The home agent's advertisements for a home address carry Router flag 0: the
 *        target is the mobile node, a host (RFC 6275 10.4.1; RFC 4861 7.2.8).
 */
class ProxyFlagsTest : public TestCase
{
  public:
    ProxyFlagsTest()
        : TestCase("takeover and proxied Neighbor Advertisements for a home address: R = 0")
    {
    }

  private:
    void DoRun() override
    {
        HaTopology t;
        std::vector<uint8_t> unsolicited; // flags of the NAs for HOME OWNER received
        std::vector<uint8_t> solicited;
        t.Ip(t.Owner())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv6>, uint32_t>(
                [&](Ptr<const Packet> packet, Ptr<Ipv6>, uint32_t) {
                    Ptr<Packet> copy = packet->Copy();
                    Ipv6Header ip;
                    copy->RemoveHeader(ip);
                    uint8_t icmp[24] = {};
                    if (ip.GetNextHeader() != 58 || copy->GetSize() < 24)
                    {
                        return;
                    }
                    copy->CopyData(icmp, 24);
                    if (icmp[0] == 136 && Ipv6Address::Deserialize(icmp + 8) == HOME)
                    {
                        (icmp[4] & hmipv6::NdProxy::FLAG_S ? solicited : unsolicited)
                            .push_back(icmp[4]);
                    }
                }));
        t.SendBu(Seconds(1), 1, 10, HOME); // accepted at ~2.003 s
        Simulator::Schedule(Seconds(5), [&t]() {
            // OWNER resolves HOME: the home agent answers for it.
            Ptr<Socket> s = Socket::CreateSocket(t.Owner(), UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(HOME, 9));
        });
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_GT(unsolicited.size(), 0u, "takeover advertisements");
        for (uint8_t flags : unsolicited)
        {
            NS_TEST_EXPECT_MSG_EQ(+flags,
                                  +hmipv6::NdProxy::FLAG_O,
                                  "takeover: O set, R and S clear");
        }
        NS_TEST_ASSERT_MSG_GT(solicited.size(), 0u, "a proxied answer");
        for (uint8_t flags : solicited)
        {
            NS_TEST_EXPECT_MSG_EQ((flags & hmipv6::NdProxy::FLAG_R), 0, "proxied answer: R clear");
        }
        Simulator::Destroy();
    }
};

/// A home agent stopped while the DAD of a first registration runs leaves nothing behind.
class StopDuringDadTest : public TestCase
{
  public:
    StopDuringDadTest()
        : TestCase("stopped during DAD: the DAD ends, no probe, binding or BA afterwards")
    {
    }

  private:
    void DoRun() override
    {
        HaTopology t;
        Ptr<hmipv6::NdProxy> proxy;
        uint64_t probesAtStop = 0;
        bool runningAfterStop = true;
        std::vector<Time> results;
        // Three probes a second apart (RFC 4862 5.4): the DAD of the update of 2 s runs
        // from ~2.003 s to ~5.003 s; the home agent stops at 2.5 s.
        Simulator::Schedule(Seconds(1.9), [&]() {
            proxy = t.Ha()->GetObject<hmipv6::NdProxy>();
            proxy->SetAttribute("DupAddrDetectTransmits", UintegerValue(3));
            proxy->TraceConnectWithoutContext(
                "DadResult",
                Callback<void, Ipv6Address, bool>(
                    [&results](Ipv6Address, bool) { results.push_back(Simulator::Now()); }));
        });
        t.SendBu(Seconds(2), 10, 10, HOME);
        t.ha->SetStopTime(Seconds(2.5));
        Simulator::Schedule(Seconds(2.5) + MilliSeconds(1), [&]() {
            probesAtStop = proxy->GetNsSentCount();
            runningAfterStop = proxy->IsDadRunning(HOME, 1);
        });
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(probesAtStop, 1u, "one probe before the stop");
        NS_TEST_EXPECT_MSG_EQ(runningAfterStop, false, "the DAD ends with the home agent");
        NS_TEST_EXPECT_MSG_EQ(proxy->GetNsSentCount(), probesAtStop, "no probe afterwards");
        NS_TEST_EXPECT_MSG_EQ(results.size(), 0u, "no DAD result afterwards");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingCache().Size(), 0u, "no binding");
        NS_TEST_EXPECT_MSG_EQ(t.acks.size(), 0u, "no acknowledgement");
        NS_TEST_EXPECT_MSG_EQ(proxy->IsProxying(HOME, 1), false, "not defended");
        Simulator::Destroy();
    }
};

/// The suite.
class HomeAgentTestSuite : public TestSuite
{
  public:
    HomeAgentTestSuite()
        : TestSuite("hmipv6-home-agent")
    {
        AddTestCase(new RegistrationTest);
        AddTestCase(new MalformedTest);
        AddTestCase(new ExpiryTest);
        AddTestCase(new ProxyFlagsTest);
        AddTestCase(new StopDuringDadTest);
    }
};

HomeAgentTestSuite g_homeAgentTestSuite; //!< static instance

} // namespace
