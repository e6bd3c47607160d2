// SPDX-License-Identifier: GPL-2.0-only
// Mobile IPv6 home registration and handoff with real packets on real ns-3 links.
//
//   CH --5ms-- HR --1ms-- HA            (home link 2001:1::/64, HR is its router)
//            5ms  5ms
//             AR1  AR2   (HR to each; Radvd, prefixes 2001:a1::/64 and 2001:a2::/64)
//               MN       (shares one SimpleChannel, 1 ms, with AR1 and AR2 under
//                         LinkSwitchHandoff)
//
// ns-3 routers drop 2001:db8::/32, hence these prefixes.
#include "ns3/boolean.h"
#include "ns3/error-model.h"
#include "ns3/home-agent.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/pointer.h"
#include "ns3/radvd-interface.h"
#include "ns3/radvd-prefix.h"
#include "ns3/radvd.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"

#include <cstdint>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address HOME_ADDRESS("2001:1::100");
const Ipv6Address HA_ADDRESS("2001:1::1");
const Ipv6Address HR_HOME("2001:1::ff");
const Ipv6Address CH_ADDRESS("2001:20::1");
const Time ACCESS_DELAY = MilliSeconds(1);
const Time CORE_DELAY = MilliSeconds(5);
const Time HOME_DELAY = MilliSeconds(1);
const uint16_t PORT = 9;

/// Drops the first N received packets whose first extension header is a routing header.
class DropRoutedErrorModel : public ErrorModel
{
  public:
    uint32_t m_toDrop{1};  //!< how many to drop
    uint32_t m_dropped{0}; //!< how many dropped

  private:
    bool DoCorrupt(Ptr<Packet> p) override
    {
        Ipv6Header header;
        if (m_dropped < m_toDrop && p->PeekHeader(header) &&
            header.GetNextHeader() == Ipv6Header::IPV6_EXT_ROUTING)
        {
            ++m_dropped;
            return true;
        }
        return false;
    }

    void DoReset() override
    {
    }
};

/// The topology above, with a CBR flow from CH to the home address.
class Topology
{
  public:
    NodeContainer nodes;                           //!< MN, AR1, AR2, HR, HA, CH
    Ptr<SimpleNetDevice> mnDevice;                 //!< the MN's access device
    Ptr<hmipv6::LinkSwitchHandoff> handoff;        //!< L2 model
    Ptr<hmipv6::HomeAgent> ha;                     //!< the home agent
    Ptr<Mipv6MobileNode> mn;                       //!< the mobile node
    std::vector<Time> received;                    //!< sink reception times
    uint32_t sent{0};                              //!< CBR packets sent
    std::vector<std::pair<Time, uint16_t>> buSent; //!< MN BUs
    std::vector<std::pair<Time, uint8_t>> baSent;  //!< HA BAs (status)
    std::vector<Time> registered;                  //!< MN registration completions
    std::vector<Time> movements;                   //!< MN movement detections
    std::vector<Time> linkUps;                     //!< L2 up
    Ptr<Socket> chSocket;                          //!< CBR source
    Ptr<Socket> sink;                              //!< CBR sink on the MN

    Ptr<Node> Mn()
    {
        return nodes.Get(0);
    }

    Ptr<Node> Ar1()
    {
        return nodes.Get(1);
    }

    Ptr<Node> Ar2()
    {
        return nodes.Get(2);
    }

    Ptr<Node> Hr()
    {
        return nodes.Get(3);
    }

    Ptr<Node> Ha()
    {
        return nodes.Get(4);
    }

    Ptr<Node> Ch()
    {
        return nodes.Get(5);
    }

    static Ptr<Ipv6L3Protocol> Ip(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    /// A device on a channel, with an IPv6 interface (and address unless ::).
    static Ptr<SimpleNetDevice> AddDevice(Ptr<Node> node,
                                          Ptr<SimpleChannel> channel,
                                          Ipv6Address address)
    {
        Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
        device->SetAddress(Mac48Address::Allocate());
        device->SetChannel(channel);
        node->AddDevice(device);
        uint32_t i = Ip(node)->AddInterface(device);
        if (!address.IsAny())
        {
            Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
        }
        Ip(node)->SetUp(i);
        return device;
    }

    static Ptr<SimpleChannel> Channel(Time delay)
    {
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        channel->SetAttribute("Delay", TimeValue(delay));
        return channel;
    }

    Ptr<SimpleNetDevice> haDevice;      //!< the HA's home link device
    Ptr<SimpleNetDevice> homeAp;        //!< HR's home link device (AP 2 if homeOnAccess)
    std::vector<Time> baReceived;       //!< MN BA receptions
    std::vector<Time> returnedHome;     //!< MN "ReturnedHome"
    std::vector<Time> homeAnnounced;    //!< MN "HomeAddressAnnounced"
    std::vector<Time> haRemoved;        //!< HA "BindingRemoved"
    std::vector<Time> haExpired;        //!< HA "BindingExpired"
    std::vector<Time> grantedLifetimes; //!< from "HomeRegistrationComplete"

    /**
     * \param optimistic "OptimisticDad" of the MN
     * \param lifetime "BindingLifetime" of the MN (zero: default)
     * \param homeOnAccess put the home link (HR, HA) on the access channel: HR's home
     *        device is access point 2 (with a Radvd for 2001:1::/64), the HA's device
     *        hears the MN only after ConnectHomeAgent
     */
    explicit Topology(bool optimistic = false,
                      Time lifetime = Seconds(0),
                      bool homeOnAccess = false)
    {
        nodes.Create(6);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);

        Ptr<SimpleChannel> access = Channel(ACCESS_DELAY);
        mnDevice = AddDevice(Mn(), access, Ipv6Address::GetAny());
        Ptr<SimpleNetDevice> ap1 = AddDevice(Ar1(), access, Ipv6Address("2001:a1::1"));
        Ptr<SimpleNetDevice> ap2 = AddDevice(Ar2(), access, Ipv6Address("2001:a2::1"));
        Ptr<SimpleChannel> l1 = Channel(CORE_DELAY);
        AddDevice(Ar1(), l1, Ipv6Address("2001:11::1"));
        AddDevice(Hr(), l1, Ipv6Address("2001:11::2"));
        Ptr<SimpleChannel> l2 = Channel(CORE_DELAY);
        AddDevice(Ar2(), l2, Ipv6Address("2001:12::1"));
        AddDevice(Hr(), l2, Ipv6Address("2001:12::2"));
        Ptr<SimpleChannel> home = homeOnAccess ? access : Channel(HOME_DELAY);
        homeAp = AddDevice(Hr(), home, HR_HOME);
        haDevice = AddDevice(Ha(), home, HA_ADDRESS);
        if (homeOnAccess)
        {
            // The HA hears only the home link: never AR1, AR2, nor the MN until it is home.
            for (Ptr<SimpleNetDevice> other : {ap1, ap2, mnDevice})
            {
                access->BlackList(haDevice, other);
                access->BlackList(other, haDevice);
            }
        }
        Ptr<SimpleChannel> l3 = Channel(CORE_DELAY);
        AddDevice(Hr(), l3, Ipv6Address("2001:20::2"));
        AddDevice(Ch(), l3, CH_ADDRESS);
        for (Ptr<Node> router : {Ar1(), Ar2(), Hr()})
        {
            for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
            {
                Ip(router)->SetForwarding(i, true);
            }
        }
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(Ar1()))->SetDefaultRoute(Ipv6Address("2001:11::2"), 2);
        rh.GetStaticRouting(Ip(Ar2()))->SetDefaultRoute(Ipv6Address("2001:12::2"), 2);
        rh.GetStaticRouting(Ip(Ha()))->SetDefaultRoute(HR_HOME, 1);
        rh.GetStaticRouting(Ip(Ch()))->SetDefaultRoute(Ipv6Address("2001:20::2"), 1);
        Ptr<Ipv6StaticRouting> hr = rh.GetStaticRouting(Ip(Hr()));
        hr->AddNetworkRouteTo(Ipv6Address("2001:a1::"),
                              Ipv6Prefix(64),
                              Ipv6Address("2001:11::1"),
                              1);
        hr->AddNetworkRouteTo(Ipv6Address("2001:a2::"),
                              Ipv6Prefix(64),
                              Ipv6Address("2001:12::1"),
                              2);

        // RFC 6275 7.5 fast Router Advertisements.
        for (auto [router, prefix] :
             {std::make_pair(Ar1(), "2001:a1::"), std::make_pair(Ar2(), "2001:a2::")})
        {
            Ptr<Radvd> radvd = CreateObject<Radvd>();
            Ptr<RadvdInterface> config = Create<RadvdInterface>(1, 70, 30);
            config->AddPrefix(Create<RadvdPrefix>(Ipv6Address(prefix), 64));
            radvd->AddConfiguration(config);
            router->AddApplication(radvd);
            radvd->SetStartTime(Seconds(0));
        }
        if (homeOnAccess)
        {
            Ptr<Radvd> radvd = CreateObject<Radvd>();
            Ptr<RadvdInterface> config = Create<RadvdInterface>(3, 70, 30);
            config->AddPrefix(Create<RadvdPrefix>(Ipv6Address("2001:1::"), 64));
            radvd->AddConfiguration(config);
            Hr()->AddApplication(radvd);
            radvd->SetStartTime(Seconds(0));
        }

        handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        handoff->SetAttribute("L2Outage", TimeValue(MilliSeconds(50)));
        handoff->SetMobileDevice(mnDevice);
        handoff->AddAccessPoint(ap1);
        handoff->AddAccessPoint(ap2);
        if (homeOnAccess)
        {
            handoff->AddAccessPoint(homeAp);
        }
        handoff->AttachNow(0);

        Mipv6Helper helper;
        helper.SetMobileNodeAttribute("OptimisticDad", BooleanValue(optimistic));
        if (!lifetime.IsZero())
        {
            helper.SetMobileNodeAttribute("BindingLifetime", TimeValue(lifetime));
        }
        helper.SetHomeAgentAttribute("ProxyReplyDelay",
                                     StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        ha = DynamicCast<hmipv6::HomeAgent>(
            helper.InstallHomeAgent(Ha(), 1, Ipv6Address("2001:1::"), 64).Get(0));
        mn = DynamicCast<Mipv6MobileNode>(
            helper.InstallMobileNode(Mn(), HOME_ADDRESS, HA_ADDRESS, 1).Get(0));
        handoff->TraceConnectWithoutContext("LinkUp",
                                            MakeCallback(&Mipv6MobileNode::NotifyLinkUpAp, mn));
        handoff->TraceConnectWithoutContext("LinkDown",
                                            MakeCallback(&Mipv6MobileNode::NotifyLinkDownAp, mn));
        handoff->TraceConnectWithoutContext("LinkUp", Callback<void, uint32_t>([this](uint32_t) {
                                                linkUps.push_back(Simulator::Now());
                                            }));
        mn->TraceConnectWithoutContext(
            "BindingUpdateSent",
            Callback<void, Ipv6Address, uint16_t>(
                [this](Ipv6Address, uint16_t s) { buSent.emplace_back(Simulator::Now(), s); }));
        mn->TraceConnectWithoutContext(
            "HomeRegistrationComplete",
            Callback<void, Ipv6Address, Time>([this](Ipv6Address, Time granted) {
                registered.push_back(Simulator::Now());
                grantedLifetimes.push_back(granted);
            }));
        mn->TraceConnectWithoutContext(
            "BindingAckReceived",
            Callback<void, Ipv6Address, uint16_t, uint8_t>([this](Ipv6Address, uint16_t, uint8_t) {
                baReceived.push_back(Simulator::Now());
            }));
        mn->TraceConnectWithoutContext("ReturnedHome",
                                       Callback<void, Ipv6Address>([this](Ipv6Address) {
                                           returnedHome.push_back(Simulator::Now());
                                       }));
        mn->TraceConnectWithoutContext("HomeAddressAnnounced",
                                       Callback<void, Ipv6Address>([this](Ipv6Address) {
                                           homeAnnounced.push_back(Simulator::Now());
                                       }));
        ha->TraceConnectWithoutContext(
            "BindingRemoved",
            Callback<void, Ipv6Address, Ipv6Address>(
                [this](Ipv6Address, Ipv6Address) { haRemoved.push_back(Simulator::Now()); }));
        ha->TraceConnectWithoutContext(
            "BindingExpired",
            Callback<void, Ipv6Address, Ipv6Address>(
                [this](Ipv6Address, Ipv6Address) { haExpired.push_back(Simulator::Now()); }));
        mn->TraceConnectWithoutContext(
            "MovementDetected",
            Callback<void, Ipv6Address, Ipv6Address>(
                [this](Ipv6Address, Ipv6Address) { movements.push_back(Simulator::Now()); }));
        ha->TraceConnectWithoutContext(
            "BindingAckSent",
            Callback<void, Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time>(
                [this](Ipv6Address, Ipv6Address, uint8_t status, uint16_t, Time) {
                    baSent.emplace_back(Simulator::Now(), status);
                }));

        // Neighbour caches of the core warmed up, so that the handoff measures mobility
        // only (AR2 <-> HR would otherwise resolve each other on the first BU).
        Simulator::Schedule(MilliSeconds(300), [this]() {
            Ptr<Socket> s = Socket::CreateSocket(Ar2(), UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(Ipv6Address("2001:12::2"), 7));
        });
    }

    /// The MN and the HA hear each other (the MN reached the home link).
    void ConnectHomeAgent()
    {
        Ptr<SimpleChannel> access = DynamicCast<SimpleChannel>(mnDevice->GetChannel());
        access->UnBlackList(haDevice, mnDevice);
        access->UnBlackList(mnDevice, haDevice);
    }

    /// CBR from CH to the home address, one packet every `interval` in [start, stop).
    void StartCbr(Time start, Time stop, Time interval)
    {
        sink = Socket::CreateSocket(Mn(), UdpSocketFactory::GetTypeId());
        sink->Bind(Inet6SocketAddress(HOME_ADDRESS, PORT));
        sink->SetRecvCallback(Callback<void, Ptr<Socket>>([this](Ptr<Socket> s) {
            while (s->Recv())
            {
                received.push_back(Simulator::Now());
            }
        }));
        chSocket = Socket::CreateSocket(Ch(), UdpSocketFactory::GetTypeId());
        for (Time t = start; t < stop; t += interval)
        {
            Simulator::Schedule(t, [this]() {
                chSocket->SendTo(Create<Packet>(100), 0, Inet6SocketAddress(HOME_ADDRESS, PORT));
                ++sent;
            });
        }
    }
};

/// Items 1 and 2: registration, then a link-switch handoff under a CBR flow.
class HandoffTest : public TestCase
{
  public:
    HandoffTest()
        : TestCase("registration at the HA, then a handoff: latency and loss match the model")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        const Time handoffAt = Seconds(4);
        const Time cbrInterval = MilliSeconds(10); // 100 packets/s
        t.StartCbr(Seconds(2), Seconds(7), cbrInterval);
        t.handoff->ScheduleSwitch(handoffAt, 1);
        uint32_t receivedBefore = 0;
        uint64_t decapBefore = 0;
        Ipv6Address coaBefore;
        Ipv6Address boundBefore;
        Simulator::Schedule(Seconds(3.9), [&]() {
            receivedBefore = t.received.size();
            decapBefore = t.mn->GetTunnelDevice()->GetDecapsulatedCount();
            coaBefore = t.mn->GetCareOfAddress();
            boundBefore = t.ha->GetCareOfAddress(HOME_ADDRESS);
            // Item 1: one BU, one BA with status 0, the binding holds the MN's CoA.
            NS_TEST_EXPECT_MSG_EQ(t.buSent.size(), 1u, "one BU before the handoff");
            NS_TEST_EXPECT_MSG_EQ(t.baSent.size(), 1u, "one BA before the handoff");
            NS_TEST_EXPECT_MSG_EQ(t.ha->GetBindingUpdatesReceived(), 1u, "HA got one BU");
        });
        Simulator::Stop(Seconds(7.5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(t.baSent.empty(), false, "a BA");
        if (t.baSent.empty())
        {
            Simulator::Destroy();
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(+t.baSent[0].second, 0, "BA status accepted");
        NS_TEST_EXPECT_MSG_EQ(coaBefore,
                              Ipv6Address::MakeAutoconfiguredAddress(t.mnDevice->GetAddress(),
                                                                     Ipv6Address("2001:a1::")),
                              "CoA on AR1");
        NS_TEST_EXPECT_MSG_EQ(boundBefore, coaBefore, "HA binding holds the CoA");
        NS_TEST_EXPECT_MSG_GT(receivedBefore, 150u, "CBR reaches the MN through the tunnel");
        NS_TEST_EXPECT_MSG_GT(decapBefore, 150u, "decapsulated at the MN");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetCareOfAddress(HOME_ADDRESS),
                              Ipv6Address::MakeAutoconfiguredAddress(t.mnDevice->GetAddress(),
                                                                     Ipv6Address("2001:a2::")),
                              "binding moved to AR2");

        // Item 2: latency D = L2 down -> first packet on the new path.
        Time firstAfter = Seconds(0);
        for (Time r : t.received)
        {
            if (r > handoffAt + MilliSeconds(50))
            {
                firstAfter = r;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_GT(firstAfter, Seconds(0), "packets after the handoff");
        if (firstAfter.IsZero())
        {
            Simulator::Destroy();
            return;
        }
        Time d = firstAfter - handoffAt;
        Time tMd = Seconds(0);
        for (Time m : t.movements)
        {
            if (m > handoffAt)
            {
                tMd = m - (handoffAt + MilliSeconds(50));
                break;
            }
        }
        Time tDad = Seconds(1); // Icmpv6L4Protocol DadTimeout default (RetransTimer)
        Time rtt = 2 * (ACCESS_DELAY + CORE_DELAY + HOME_DELAY);
        Time model = MilliSeconds(50) + tMd + tDad + rtt;
        // Tolerance: the next CBR packet reaches the HA up to one interval after the
        // binding switches; AR2 resolves the new CoA once (2 access delays); 1 ms slack.
        Time tolerance = cbrInterval + 2 * ACCESS_DELAY + MilliSeconds(1);
        uint32_t lost = t.sent - t.received.size();
        std::cout << "MIPv6 handoff: D=" << d.GetMicroSeconds() / 1000.0
                  << " ms, T_MD=" << tMd.GetMicroSeconds() / 1000.0
                  << " ms, model=" << model.GetMicroSeconds() / 1000.0 << " ms, sent=" << t.sent
                  << " received=" << t.received.size() << " lost=" << lost << std::endl;
        NS_TEST_EXPECT_MSG_LT_OR_EQ(tMd,
                                    MilliSeconds(70) + ACCESS_DELAY,
                                    "T_MD <= max RA interval");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(d, model, "latency at least the model");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(d, model + tolerance, "latency within the model");
        double expectedLoss = d.GetSeconds() / cbrInterval.GetSeconds();
        NS_TEST_EXPECT_MSG_EQ_TOL(double(lost), expectedLoss, 2.0, "loss ~ lambda * D");
        NS_TEST_EXPECT_MSG_GT(t.received.size(), receivedBefore + 150, "delivered after");
        NS_TEST_EXPECT_MSG_EQ(t.registered.size(), 2u, "two registrations");
        Simulator::Destroy();
    }
};

/// Item 3: the first BA is lost; the BU is retransmitted after 1.5 s.
class LostAckTest : public TestCase
{
  public:
    LostAckTest()
        : TestCase("a lost first BA is recovered by retransmission after 1.5 s")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        Ptr<DropRoutedErrorModel> em = CreateObject<DropRoutedErrorModel>();
        t.mnDevice->SetAttribute("ReceiveErrorModel", PointerValue(em));
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(em->m_dropped, 1u, "one BA dropped");
        NS_TEST_ASSERT_MSG_EQ(t.buSent.size(), 2u, "BU sent twice");
        if (t.buSent.size() < 2)
        {
            Simulator::Destroy();
            return;
        }
        Time gap = t.buSent[1].first - t.buSent[0].first;
        std::cout << "lost BA: BU at " << t.buSent[0].first.GetSeconds() << " s, retransmitted "
                  << gap.GetSeconds() << " s later, registered at "
                  << (t.registered.empty() ? -1.0 : t.registered[0].GetSeconds()) << " s"
                  << std::endl;
        NS_TEST_EXPECT_MSG_EQ(gap, MilliSeconds(1500), "InitialBindackTimeoutFirstReg");
        NS_TEST_EXPECT_MSG_EQ(t.buSent[1].second,
                              uint16_t(t.buSent[0].second + 1),
                              "retransmission takes the next sequence");
        NS_TEST_ASSERT_MSG_EQ(t.registered.size(), 1u, "registered once");
        if (t.registered.empty())
        {
            Simulator::Destroy();
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(t.baSent.size(), 2u, "HA answered both");
        Time rtt = 2 * (ACCESS_DELAY + CORE_DELAY + HOME_DELAY);
        NS_TEST_EXPECT_MSG_EQ_TOL(t.registered[0] - t.buSent[1].first,
                                  rtt,
                                  MilliSeconds(3),
                                  "second BA one RTT later");
        NS_TEST_EXPECT_MSG_EQ(t.mn->IsRegistered(), true, "registered");
        Simulator::Destroy();
    }
};

/// RFC 6275 11.7.1: with a 20 s lifetime the binding is refreshed at 75 % and never lapses.
class RefreshTest : public TestCase
{
  public:
    RefreshTest()
        : TestCase("a 20 s home binding is refreshed at 75 % and never expires in 60 s")
    {
    }

  private:
    void DoRun() override
    {
        Topology t(false, Seconds(20));
        uint32_t unbound = 0;
        uint32_t samples = 0;
        // The HA's first registration waits for its DAD of the home address (about 1 s).
        for (Time at = Seconds(2.5); at < Seconds(60); at += MilliSeconds(250))
        {
            Simulator::Schedule(at, [&t, &unbound, &samples]() {
                ++samples;
                if (t.ha->GetCareOfAddress(HOME_ADDRESS).IsAny())
                {
                    ++unbound;
                }
            });
        }
        Simulator::Stop(Seconds(60));
        Simulator::Run();
        std::cout << "refresh: BUs at";
        for (const auto& bu : t.buSent)
        {
            std::cout << " " << bu.first.GetSeconds();
        }
        std::cout << " s; granted "
                  << (t.grantedLifetimes.empty() ? -1.0 : t.grantedLifetimes[0].GetSeconds())
                  << " s" << std::endl;
        NS_TEST_ASSERT_MSG_EQ(t.buSent.size(), 4u, "BUs at t0, t0+15, t0+30, t0+45 s");
        NS_TEST_ASSERT_MSG_EQ(t.grantedLifetimes.size(), 4u, "each refresh accepted");
        for (Time granted : t.grantedLifetimes)
        {
            NS_TEST_EXPECT_MSG_EQ(granted, Seconds(20), "HA grants the 20 s asked for");
        }
        for (std::size_t i = 1; i < t.buSent.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(t.buSent[i].first - t.buSent[i - 1].first,
                                  Seconds(15),
                                  "refresh at 75 % of the lifetime, counted from the BU");
        }
        for (const auto& ba : t.baSent)
        {
            NS_TEST_EXPECT_MSG_EQ(+ba.second, 0, "every BA accepts");
        }
        NS_TEST_EXPECT_MSG_EQ(t.haExpired.size(), 0u, "the HA binding never expired");
        NS_TEST_EXPECT_MSG_EQ(samples, 230u, "sampled every 250 ms from 2.5 s");
        NS_TEST_EXPECT_MSG_EQ(unbound, 0u, "the HA always had the binding");
        NS_TEST_EXPECT_MSG_EQ(t.mn->IsRegistered(), true, "registered at the end");
        Simulator::Destroy();
    }
};

/// RFC 4429: with optimistic DAD the BU leaves at movement detection, not T_DAD later.
class OptimisticDadTest : public TestCase
{
  public:
    OptimisticDadTest()
        : TestCase("optimistic DAD sends the BU at movement detection, standard DAD 1 s later")
    {
    }

  private:
    /// \return BU time minus movement detection, for the handoff at 4 s
    static Time Delay(bool optimistic)
    {
        Topology t(optimistic);
        t.handoff->ScheduleSwitch(Seconds(4), 1);
        Simulator::Stop(Seconds(6.5));
        Simulator::Run();
        Time delay = Seconds(-1);
        Time movement = Seconds(0);
        for (Time m : t.movements)
        {
            if (m > Seconds(4))
            {
                movement = m;
                break;
            }
        }
        for (const auto& bu : t.buSent)
        {
            if (movement.IsStrictlyPositive() && bu.first >= movement)
            {
                delay = bu.first - movement;
                break;
            }
        }
        bool registered = t.mn->IsRegistered();
        Simulator::Destroy();
        return registered ? delay : Seconds(-2);
    }

    void DoRun() override
    {
        Time standard = Delay(false);
        Time optimistic = Delay(true);
        std::cout << "BU after movement detection: standard DAD "
                  << standard.GetMicroSeconds() / 1000.0 << " ms, optimistic "
                  << optimistic.GetMicroSeconds() / 1000.0 << " ms" << std::endl;
        NS_TEST_EXPECT_MSG_GT_OR_EQ(optimistic, Seconds(0), "optimistic: BU sent, registered");
        NS_TEST_EXPECT_MSG_LT(optimistic, MilliSeconds(10), "optimistic: BU at once");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(standard, Seconds(1), "standard: after T_DAD (1 s)");
        NS_TEST_EXPECT_MSG_LT(standard, MilliSeconds(1010), "standard: right after T_DAD");
    }
};

/// RFC 6275 11.5.4: back on the home link the MN deregisters and takes its address back.
class ReturnHomeTest : public TestCase
{
  public:
    ReturnHomeTest()
        : TestCase("returning home: deregistration from the home address, unsolicited NA, "
                   "traffic direct, no DAD failure")
    {
    }

  private:
    void DoRun() override
    {
        Topology t(false, Seconds(0), true);
        const Time homeAt = Seconds(4);
        t.StartCbr(Seconds(2), Seconds(8), MilliSeconds(10));
        t.handoff->ScheduleSwitch(homeAt, 2);
        Simulator::Schedule(homeAt + MilliSeconds(50), &Topology::ConnectHomeAgent, &t);
        uint32_t receivedAway = 0;
        uint64_t decapAway = 0;
        uint32_t receivedAt6 = 0;
        uint64_t mnDecapAt6 = 0;
        uint64_t haEncapAt6 = 0;
        Simulator::Schedule(Seconds(3.9), [&]() {
            receivedAway = t.received.size();
            decapAway = t.mn->GetTunnelDevice()->GetDecapsulatedCount();
        });
        Simulator::Schedule(Seconds(6), [&]() {
            receivedAt6 = t.received.size();
            mnDecapAt6 = t.mn->GetTunnelDevice()->GetDecapsulatedCount();
            haEncapAt6 = t.ha->GetTunnelDevice()->GetEncapsulatedCount();
        });
        Simulator::Stop(Seconds(8.5));
        Simulator::Run();

        NS_TEST_EXPECT_MSG_GT(receivedAway, 150u, "CBR through the tunnel while away");
        NS_TEST_EXPECT_MSG_GT(decapAway, 150u, "decapsulated while away");
        NS_TEST_ASSERT_MSG_EQ(t.returnedHome.size(), 1u, "returned home once");
        NS_TEST_EXPECT_MSG_EQ(t.mn->IsAtHome(), true, "at home");
        NS_TEST_EXPECT_MSG_EQ(t.mn->IsRegistered(), false, "no registration at home");
        NS_TEST_EXPECT_MSG_EQ(t.mn->GetCareOfAddress(), Ipv6Address::GetAny(), "no CoA");
        NS_TEST_EXPECT_MSG_EQ((t.mn->GetBindingUpdateList().Find(HA_ADDRESS) == nullptr),
                              true,
                              "home agent entry gone from the BUL");
        // The deregistration: one more BU, accepted, binding removed at the HA.
        NS_TEST_ASSERT_MSG_EQ(t.buSent.size(), 2u, "registration + deregistration");
        NS_TEST_EXPECT_MSG_EQ(t.buSent[1].first, t.returnedHome[0], "deregistration at once");
        NS_TEST_ASSERT_MSG_EQ(t.baSent.size(), 2u, "two BAs");
        NS_TEST_EXPECT_MSG_EQ(+t.baSent[1].second, 0, "deregistration accepted");
        NS_TEST_ASSERT_MSG_EQ(t.haRemoved.size(), 1u, "HA removed the binding");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetCareOfAddress(HOME_ADDRESS),
                              Ipv6Address::GetAny(),
                              "no binding at the HA");
        NS_TEST_ASSERT_MSG_EQ(t.homeAnnounced.size(), 1u, "one unsolicited NA");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(t.homeAnnounced[0],
                                    t.haRemoved[0],
                                    "NA after the HA stopped defending");
        NS_TEST_EXPECT_MSG_EQ(t.homeAnnounced[0], t.baReceived.back(), "NA on the BA");
        // The home address is on the access interface, usable (no DAD failure).
        Ptr<Ipv6L3Protocol> ipv6 = Topology::Ip(t.Mn());
        int32_t iface = ipv6->GetInterfaceForAddress(HOME_ADDRESS);
        NS_TEST_ASSERT_MSG_EQ(iface, 1, "home address on the access interface");
        Ptr<Ipv6Interface> access = ipv6->GetInterface(1);
        for (uint32_t i = 0; i < access->GetNAddresses(); ++i)
        {
            if (access->GetAddress(i).GetAddress() == HOME_ADDRESS)
            {
                NS_TEST_EXPECT_MSG_EQ(access->GetAddress(i).GetState(),
                                      Ipv6InterfaceAddress::PREFERRED,
                                      "home address preferred (no DAD failure)");
            }
        }
        // Traffic to the home address flows directly on the home link.
        uint32_t receivedHome = t.received.size() - receivedAt6;
        std::cout << "return home: returned at " << t.returnedHome[0].GetSeconds()
                  << " s, dereg BU " << t.buSent[1].first.GetSeconds() << " s, NA "
                  << t.homeAnnounced[0].GetSeconds() << " s, received 6-8 s " << receivedHome
                  << " of 200, total " << t.received.size() << "/" << t.sent << std::endl;
        NS_TEST_EXPECT_MSG_GT_OR_EQ(receivedHome, 199u, "CBR reaches the MN at home");
        NS_TEST_EXPECT_MSG_EQ(t.mn->GetTunnelDevice()->GetDecapsulatedCount(),
                              mnDecapAt6,
                              "nothing through the MN's tunnel at home");
        NS_TEST_EXPECT_MSG_EQ(t.ha->GetTunnelDevice()->GetEncapsulatedCount(),
                              haEncapAt6,
                              "the HA tunnels nothing at home");
        Simulator::Destroy();
    }
};

/// The suite.
class Mipv6HandoffTestSuite : public TestSuite
{
  public:
    Mipv6HandoffTestSuite()
        : TestSuite("hmipv6-mipv6-handoff")
    {
        AddTestCase(new HandoffTest);
        AddTestCase(new LostAckTest);
        AddTestCase(new RefreshTest);
        AddTestCase(new OptimisticDadTest);
        AddTestCase(new ReturnHomeTest);
    }
};

Mipv6HandoffTestSuite g_mipv6HandoffTestSuite; //!< static instance

} // namespace
