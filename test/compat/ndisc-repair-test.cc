// SPDX-License-Identifier: GPL-2.0-only
// NdiscRepair against ns-3's handling of an unsolicited Neighbor Advertisement that meets
// a probing entry (Icmpv6L4Protocol::HandleNA): A's entry for X is probing X's old owner
// when X's new owner B announces X with Override; A then sends to X. Without the repair
// ns-3 keeps the entry probing with no timer and queues A's packets for good.
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/ndisc-cache.h"
#include "ns3/ndisc-repair.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"

#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address A_ADDRESS("2001:1::1");
const Ipv6Address X("2001:1::99"); //!< moves to B

/**
 * \brief A probes X's old owner, B announces X, A sends three datagrams to X.
 * \param repair whether A has an NdiscRepair
 * \param repaired set to the entries it repaired
 * \return the datagrams B received
 */
uint32_t
SendAcrossTheAnnouncement(bool repair, uint64_t& repaired)
{
    NodeContainer nodes;
    nodes.Create(2);
    InternetStackHelper stack;
    stack.SetIpv4StackInstall(false);
    stack.Install(nodes);
    Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
    std::vector<Ptr<SimpleNetDevice>> devices;
    for (uint32_t i = 0; i < 2; ++i)
    {
        Ptr<SimpleNetDevice> d = CreateObject<SimpleNetDevice>();
        d->SetAddress(Mac48Address::Allocate());
        d->SetChannel(channel);
        nodes.Get(i)->AddDevice(d);
        Ptr<Ipv6L3Protocol> ipv6 = nodes.Get(i)->GetObject<Ipv6L3Protocol>();
        uint32_t interface = ipv6->AddInterface(d);
        ipv6->AddAddress(interface, Ipv6InterfaceAddress(i == 0 ? A_ADDRESS : X, Ipv6Prefix(64)));
        ipv6->SetUp(interface);
        devices.push_back(d);
    }
    Ptr<hmipv6::NdiscRepair> fix = repair ? hmipv6::NdiscRepair::Install(nodes.Get(0)) : nullptr;
    uint32_t received = 0;
    Ptr<Socket> sink = Socket::CreateSocket(nodes.Get(1), UdpSocketFactory::GetTypeId());
    sink->Bind(Inet6SocketAddress(X, 9));
    sink->SetRecvCallback(Callback<void, Ptr<Socket>>([&received](Ptr<Socket> s) {
        while (s->Recv())
        {
            ++received;
        }
    }));
    Ptr<Socket> source = Socket::CreateSocket(nodes.Get(0), UdpSocketFactory::GetTypeId());
    Simulator::Schedule(Seconds(2), [&]() {
        // A was probing X's old owner (a link-layer address that is gone).
        Ptr<NdiscCache> cache =
            nodes.Get(0)->GetObject<Ipv6L3Protocol>()->GetInterface(1)->GetNdiscCache();
        NdiscCache::Entry* entry = cache->Lookup(X) ? cache->Lookup(X) : cache->Add(X);
        entry->SetMacAddress(Mac48Address::Allocate());
        entry->MarkProbe();
        entry->StartProbeTimer();
        source->SendTo(Create<Packet>(10), 0, Inet6SocketAddress(X, 9));
    });
    Simulator::Schedule(Seconds(2.1), [&]() {
        // B announces X with Override, as a home agent's takeover or a host back home.
        Address mac = devices[1]->GetAddress();
        nodes.Get(1)->GetObject<Icmpv6L4Protocol>()->SendNA(X,
                                                            Ipv6Address::GetAllNodesMulticast(),
                                                            &mac,
                                                            1);
    });
    for (double t : {2.2, 3.0})
    {
        Simulator::Schedule(Seconds(t), [&]() {
            source->SendTo(Create<Packet>(10), 0, Inet6SocketAddress(X, 9));
        });
    }
    Simulator::Stop(Seconds(10));
    Simulator::Run();
    repaired = fix ? fix->GetRepairedCount() : 0;
    Simulator::Destroy();
    return received;
}

/// The repair delivers what ns-3 keeps queued.
class NdiscRepairTest : public TestCase
{
  public:
    NdiscRepairTest()
        : TestCase("an unsolicited override NA on a probing entry: without NdiscRepair ns-3 "
                   "queues every packet for good; with it all three arrive")
    {
    }

  private:
    void DoRun() override
    {
        uint64_t repaired = 0;
        NS_TEST_EXPECT_MSG_EQ(SendAcrossTheAnnouncement(false, repaired),
                              0u,
                              "ns-3 alone delivers nothing (if this fails, ns-3 fixed HandleNA "
                              "and NdiscRepair can go)");
        NS_TEST_EXPECT_MSG_EQ(SendAcrossTheAnnouncement(true, repaired),
                              3u,
                              "the queued one and the two after it");
        NS_TEST_EXPECT_MSG_EQ(repaired, 1u, "one entry repaired");
    }
};

/// The suite.
class NdiscRepairTestSuite : public TestSuite
{
  public:
    NdiscRepairTestSuite()
        : TestSuite("hmipv6-ndisc-repair")
    {
        AddTestCase(new NdiscRepairTest);
    }
};

NdiscRepairTestSuite g_ndiscRepairTestSuite; //!< instance

} // namespace
