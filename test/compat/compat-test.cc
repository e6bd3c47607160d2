// SPDX-License-Identifier: GPL-2.0-only
// The compatibility layer's own behaviour: DadWatch (DAD results, traced or polled),
// AddAddressWithoutDad and WeakEndSystemScope (node-wide switches put back).
#include "ns3/boolean.h"
#include "ns3/dad-watch.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/icmpv6-send-guard.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-stack-compat.h"
#include "ns3/list-routing-wrapper.h"
#include "ns3/mac48-address.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <vector>

using namespace ns3;

namespace
{

/// Two IPv6 nodes on one link, each with interface 1 on it.
struct TwoNodes
{
    NodeContainer nodes; //!< the nodes

    TwoNodes()
    {
        nodes.Create(2);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<SimpleNetDevice> d = CreateObject<SimpleNetDevice>();
            d->SetAddress(Mac48Address::Allocate());
            d->SetChannel(channel);
            nodes.Get(i)->AddDevice(d);
            Ptr<Ipv6L3Protocol> ipv6 = Ip(i);
            ipv6->SetUp(ipv6->AddInterface(d));
        }
    }

    /**
     * \param i the node
     * \return its IPv6
     */
    Ptr<Ipv6L3Protocol> Ip(uint32_t i) const
    {
        return nodes.Get(i)->GetObject<Ipv6L3Protocol>();
    }

    /**
     * \param i the node
     * \param address an address of interface 1
     * \return its state
     */
    Ipv6InterfaceAddress::State_e State(uint32_t i, Ipv6Address address) const
    {
        Ptr<Ipv6Interface> iface = Ip(i)->GetInterface(1);
        for (uint32_t k = 0; k < iface->GetNAddresses(); ++k)
        {
            if (iface->GetAddress(k).GetAddress() == address)
            {
                return iface->GetAddress(k).GetState();
            }
        }
        return Ipv6InterfaceAddress::INVALID;
    }
};

/// One DAD result.
struct DadResult
{
    Time at;             //!< when it was given
    Ipv6Address address; //!< for which address
    bool usable;         //!< passed
    bool preferred;      //!< the address's state said PREFERRED at that time
};

/**
 * \brief DadWatch: a unique address passes, a duplicate fails, a cancelled or removed
 *        address gives no result; each result once, after ns-3 set the state.
 */
class DadWatchTest : public TestCase
{
  public:
    DadWatchTest()
        : TestCase("DadWatch: passed, duplicate, cancelled, address removed")
    {
    }

  private:
    void DoRun() override
    {
        const Ipv6Address unique("2001:db8::1");
        const Ipv6Address taken("2001:db8::2");
        const Ipv6Address cancelled("2001:db8::3");
        const Ipv6Address removed("2001:db8::4");
        TwoNodes net;
        // Node 1 owns "taken" already and defends it.
        hmipv6::AddAddressWithoutDad(net.Ip(1), 1, Ipv6InterfaceAddress(taken, Ipv6Prefix(64)));
        std::vector<DadResult> results;
        hmipv6::DadWatch::DoneCallback record = Callback<void, Ipv6Address, bool>([&](Ipv6Address a,
                                                                                      bool usable) {
            results.push_back(
                {Simulator::Now(), a, usable, net.State(0, a) == Ipv6InterfaceAddress::PREFERRED});
        });
        hmipv6::DadWatch watches[4];
        Ipv6Address addresses[4] = {unique, taken, cancelled, removed};
        Time start = Seconds(2);
        for (uint32_t k = 0; k < 4; ++k)
        {
            Simulator::Schedule(start, [&, k]() {
                net.Ip(0)->AddAddress(1, Ipv6InterfaceAddress(addresses[k], Ipv6Prefix(64)));
                watches[k].Start(net.nodes.Get(0), 1, addresses[k], record);
            });
        }
        Simulator::Schedule(start + MilliSeconds(100), [&]() { watches[2].Cancel(); });
        Simulator::Schedule(start + MilliSeconds(100),
                            [&]() { net.Ip(0)->RemoveAddress(1, removed); });
        bool runningAfter = true;
        Simulator::Schedule(Seconds(5), [&]() {
            runningAfter = watches[0].IsRunning() || watches[1].IsRunning() ||
                           watches[2].IsRunning() || watches[3].IsRunning();
        });
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(results.size(), 2u, "two results: unique and taken");
        NS_TEST_ASSERT_MSG_EQ(results[0].address, unique, "unique");
        NS_TEST_ASSERT_MSG_EQ(results[0].usable, true, "unique passes");
        NS_TEST_ASSERT_MSG_EQ(results[0].preferred, true, "after ns-3 set it PREFERRED");
        Time timeout = net.nodes.Get(0)->GetObject<Icmpv6L4Protocol>()->GetDadTimeout();
        NS_TEST_ASSERT_MSG_GT_OR_EQ(results[0].at, start + timeout, "not before the timeout");
        NS_TEST_ASSERT_MSG_LT(results[0].at,
                              start + timeout + MilliSeconds(20),
                              "within the first probe's jitter and a poll");
        NS_TEST_ASSERT_MSG_EQ(results[1].address, taken, "taken");
        NS_TEST_ASSERT_MSG_EQ(results[1].usable, false, "a duplicate fails");
        NS_TEST_ASSERT_MSG_EQ(runningAfter, false, "no watch left running");
    }
};

/**
 * \brief DadWatch gives up on an address whose DAD never ends: a deprecated one (its
 *        preferred lifetime over, RFC 4862 5.5.4) stays deprecated, and no DAD runs.
 */
class DadWatchGiveUpTest : public TestCase
{
  public:
    DadWatchGiveUpTest()
        : TestCase("DadWatch: no result by twice the DAD timeout: not usable, no more events")
    {
    }

  private:
    void DoRun() override
    {
        const Ipv6Address stale("2001:db8::5");
        TwoNodes net;
        hmipv6::AddAddressWithoutDad(net.Ip(0), 1, Ipv6InterfaceAddress(stale, Ipv6Prefix(64)));
        std::vector<DadResult> results;
        hmipv6::DadWatch watch;
        uint64_t eventsAtStart = 0;
        uint64_t events = 0;
        bool running = true;
        Time start = Seconds(1);
        Simulator::Schedule(start, [&]() {
            net.Ip(0)->GetInterface(1)->SetState(stale, Ipv6InterfaceAddress::DEPRECATED);
            watch.Start(net.nodes.Get(0),
                        1,
                        stale,
                        Callback<void, Ipv6Address, bool>([&](Ipv6Address a, bool usable) {
                            results.push_back({Simulator::Now(), a, usable, false});
                        }));
            eventsAtStart = Simulator::GetEventCount();
        });
        Simulator::Schedule(Seconds(30), [&]() {
            running = watch.IsRunning();
            events = Simulator::GetEventCount() - eventsAtStart;
        });
        Simulator::Stop(Seconds(31));
        Simulator::Run();
        Time timeout = net.nodes.Get(0)->GetObject<Icmpv6L4Protocol>()->GetDadTimeout();
        Simulator::Destroy();

        NS_TEST_EXPECT_MSG_EQ(running, false, "the watch ended");
        // Polling every millisecond until then, nothing after (ns-3's own timers aside).
        NS_TEST_EXPECT_MSG_LT(events, 1100u, "events in 29 s");
        NS_TEST_ASSERT_MSG_EQ(results.size(), 1u, "one result");
        if (results.size() == 1)
        {
            NS_TEST_EXPECT_MSG_EQ(results[0].usable, false, "given up: not usable");
            NS_TEST_EXPECT_MSG_EQ(results[0].at, start + 2 * timeout, "twice the DAD timeout");
        }
    }
};

/// AddAddressWithoutDad and WeakEndSystemScope put the node-wide switches back.
class SwitchesTest : public TestCase
{
  public:
    SwitchesTest()
        : TestCase("AddAddressWithoutDad: preferred at once, DAD switch put back; "
                   "WeakEndSystemScope only for another interface's address")
    {
    }

  private:
    void DoRun() override
    {
        TwoNodes net;
        Ptr<Icmpv6L4Protocol> icmpv6 = net.nodes.Get(0)->GetObject<Icmpv6L4Protocol>();
        const Ipv6Address owned("2001:db8::9");
        const Ipv6Address second("2001:db8::a");
        bool dadBackOn = false;
        bool leftOff = true;
        Ipv6InterfaceAddress::State_e state = Ipv6InterfaceAddress::INVALID;
        Simulator::Schedule(Seconds(1), [&]() {
            hmipv6::AddAddressWithoutDad(net.Ip(0), 1, Ipv6InterfaceAddress(owned, Ipv6Prefix(64)));
            BooleanValue dad;
            icmpv6->GetAttribute("DAD", dad);
            dadBackOn = dad.Get();
            icmpv6->SetAttribute("DAD", BooleanValue(false));
            hmipv6::AddAddressWithoutDad(net.Ip(0),
                                         1,
                                         Ipv6InterfaceAddress(second, Ipv6Prefix(64)));
            icmpv6->GetAttribute("DAD", dad);
            leftOff = !dad.Get();
            icmpv6->SetAttribute("DAD", BooleanValue(true));
        });
        // ns-3 ends a DAD it skips at the same instant, in an event of its own.
        Simulator::Schedule(Seconds(1) + MicroSeconds(1), [&]() { state = net.State(0, owned); });
        Simulator::Stop(Seconds(1.1));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(state, Ipv6InterfaceAddress::PREFERRED, "no DAD: preferred at once");
        NS_TEST_ASSERT_MSG_EQ(dadBackOn, true, "DAD switch back on");
        NS_TEST_ASSERT_MSG_EQ(leftOff, true, "left off when it was off");

        Ptr<Ipv6L3Protocol> ipv6 = net.Ip(0);
        Ptr<NetDevice> device = ipv6->GetNetDevice(1);
        auto strong = [&]() {
            BooleanValue v;
            ipv6->GetAttribute("StrongEndSystemModel", v);
            return v.Get();
        };
        auto to = [](Ipv6Address dst) {
            Ptr<Packet> p = Create<Packet>(8);
            Ipv6Header h;
            h.SetDestination(dst);
            h.SetPayloadLength(8);
            p->AddHeader(h);
            return p;
        };
        {
            // Received on interface 0 (loopback) for an address of interface 1.
            hmipv6::WeakEndSystemScope weak(ipv6, ipv6->GetNetDevice(0), to(owned));
            NS_TEST_ASSERT_MSG_EQ(strong(), false, "weak while it lives");
        }
        NS_TEST_ASSERT_MSG_EQ(strong(), true, "strong again");
        {
            hmipv6::WeakEndSystemScope weak(ipv6, device, to(owned));
            NS_TEST_ASSERT_MSG_EQ(strong(), true, "own interface's address: unchanged");
        }
        {
            hmipv6::WeakEndSystemScope weak(ipv6,
                                            ipv6->GetNetDevice(0),
                                            to(Ipv6Address("ff02::1")));
            NS_TEST_ASSERT_MSG_EQ(strong(), true, "multicast: unchanged");
        }
        Simulator::Destroy();
    }
};

/**
 * \brief A packet to ff02::1 whose header chain ends in an unknown Next Header: ns-3
 *        answers it with a Parameter Problem to ff02::1 and, without the list's guard,
 *        crashes in Ipv6StaticRouting (see EnsureListRouting); with it, nothing is sent.
 */
class UnknownNextHeaderToMulticastTest : public TestCase
{
  public:
    UnknownNextHeaderToMulticastTest()
        : TestCase("unknown Next Header to ff02::1: no crash, no ICMPv6 error (RFC 4443 2.4)")
    {
    }

  private:
    void DoRun() override
    {
        TwoNodes net;
        hmipv6::EnsureListRouting(net.Ip(1));
        uint32_t sent = 0;
        net.Ip(1)->TraceConnectWithoutContext(
            "SendOutgoing",
            Callback<void, const Ipv6Header&, Ptr<const Packet>, uint32_t>(
                [&sent](const Ipv6Header& h, Ptr<const Packet>, uint32_t) {
                    sent += h.GetNextHeader() == Icmpv6L4Protocol::PROT_NUMBER ? 1 : 0;
                }));
        Simulator::Schedule(Seconds(2), [&]() {
            // Sent on a route of its own: the sender has the same hole.
            Ipv6Address src = net.Ip(0)->GetAddress(1, 0).GetAddress();
            Ptr<Ipv6Route> route = Create<Ipv6Route>();
            route->SetSource(src);
            route->SetDestination(Ipv6Address::GetAllNodesMulticast());
            route->SetGateway(Ipv6Address::GetZero());
            route->SetOutputDevice(net.Ip(0)->GetNetDevice(1));
            for (uint8_t protocol : {253, 254})
            {
                net.Ip(0)->Send(Create<Packet>(8),
                                src,
                                Ipv6Address::GetAllNodesMulticast(),
                                protocol,
                                route);
            }
        });
        uint32_t before = 0;
        Simulator::Schedule(Seconds(1.99), [&]() { before = sent; });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(sent, before, "no Parameter Problem for a multicast destination");
        Simulator::Destroy();
    }
};

/**
 * \brief ns-3 sends a multicast Neighbor Solicitation after a random jitter (3.37 to
 *        3.48, Icmpv6L4Protocol::DelayedSendMessage); if its source address is removed
 *        meanwhile (a host leaving a link), Ipv6L3Protocol::Send looks the interface of
 *        that source up, gets -1, and dereferences a null device (found by fuzzing).
 *        The guard drops such a message.
 */
class DelayedSolicitationTest : public TestCase
{
  public:
    DelayedSolicitationTest()
        : TestCase("a delayed solicitation whose source address went away is dropped, no crash")
    {
    }

  private:
    void DoRun() override
    {
        TwoNodes net;
        Ptr<hmipv6::Icmpv6SendGuard> guard = hmipv6::Icmpv6SendGuard::Install(net.nodes.Get(0));
        Ptr<Ipv6L3Protocol> ipv6 = net.Ip(0);
        Ipv6Address source("2001:db8:1::1");
        ipv6->AddAddress(1, Ipv6InterfaceAddress(source, Ipv6Prefix(64)));
        Ipv6Address target("2001:db8:1::2");
        Ptr<Icmpv6L4Protocol> icmpv6 = net.nodes.Get(0)->GetObject<Icmpv6L4Protocol>();
        Simulator::Schedule(Seconds(2), [=]() {
            icmpv6->SendNS(source,
                           Ipv6Address::MakeSolicitedAddress(target),
                           target,
                           ipv6->GetNetDevice(1)->GetAddress());
            ipv6->RemoveAddress(1, source); // before the jitter ends
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(guard->GetDroppedCount(), 1u, "dropped, counted");
        Simulator::Destroy();
    }
};

/// The hmipv6-compat suite.
class CompatTestSuite : public TestSuite
{
  public:
    CompatTestSuite()
        : TestSuite("hmipv6-compat")
    {
        AddTestCase(new DadWatchTest);
        AddTestCase(new DadWatchGiveUpTest);
        AddTestCase(new SwitchesTest);
        AddTestCase(new UnknownNextHeaderToMulticastTest);
        AddTestCase(new DelayedSolicitationTest);
    }
};

CompatTestSuite g_compatTestSuite; //!< registers the suite

} // namespace
