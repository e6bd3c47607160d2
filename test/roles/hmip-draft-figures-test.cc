// SPDX-License-Identifier: GPL-2.0-only
//
// The draft's Figures 1 to 3 with real packets: a home agent and CH1 across the
// Internet, domains with a border router, a Mobility Network with a Mobility Server,
// access routers and a local correspondent CH2 (HmipTopologyHelper), the draft's roles
// on them (HmipHelper, Mipv6Helper) and UDP flows from CH1 and CH2 to the host's home
// address. Every count below is of messages or packets that really crossed the links.

#include "role-test-util.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-cache.h"
#include "ns3/boolean.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/correspondent-node.h"
#include "ns3/data-rate.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/enum.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/handoff-monitor.h"
#include "ns3/hmip-helper.h"
#include "ns3/hmip-mobile-node.h"
#include "ns3/hmip-topology-helper.h"
#include "ns3/home-agent.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mobility-info-router-advertiser.h"
#include "ns3/mobility-server.h"
#include "ns3/names.h"
#include "ns3/on-off-helper.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/packet-sink.h"
#include "ns3/registration-header-base.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address HOME = HmipTopologyHelper::HOME_ADDRESS;
const Time ATTACH = Seconds(0.5);   //!< the host joins AR1
const Time HANDOFF = Seconds(5);    //!< the move under test
const Time FLOW_START = Seconds(4); //!< after the first registrations (about 3.7 s)
const Time FLOW_STOP = Seconds(8.5);
const Time STOP = Seconds(9);
const Time FLOW_INTERVAL = MilliSeconds(10);
const uint16_t PORT_CH1 = 9001;
const uint16_t PORT_CH2 = 9002;

/// A message the host sent or received ("MessageSent"/"MessageReceived").
struct Message
{
    Time at;           //!< when
    std::string name;  //!< which
    Ipv6Address peer;  //!< to or from
    std::string scope; //!< "domain" or "internet"
};

/// The figures' network with the roles and two flows.
struct DraftNet
{
    std::unique_ptr<HmipTopologyHelper> topo;           //!< nodes, links, routes
    Ptr<hmipv6::HomeAgent> ha;                          //!< home agent
    Ptr<hmipv6::CorrespondentNode> ch1;                 //!< external correspondent
    std::vector<Ptr<hmipv6::CorrespondentNode>> ch2;    //!< local correspondent of each domain
    std::vector<Ptr<MobilityServer>> ms;                //!< Mobility Server of each domain
    std::vector<Ptr<MobilityInfoRouterAdvertiser>> ars; //!< access routers
    Ptr<HmipMobileNode> mh;                             //!< the host
    Ptr<hmipv6::HandoffMonitor> monitor;                //!< border crossings per handoff
    std::vector<Message> sent;                          //!< host's messages sent
    std::vector<Message> received;                      //!< host's messages received
    std::vector<std::string> fallbacks;                 //!< FallbackToMipv6 reasons
    std::vector<std::pair<uint16_t, uint8_t>> msAcks;   //!< host: MS acks (sequence, status)
    std::map<uint16_t, std::vector<Time>> rx;           //!< host: flow packets received, by port
    std::map<uint16_t, uint32_t> txCount;               //!< flow packets sent, by port
    std::set<uint32_t> rxKeys;                          //!< FlowKey of flow packets received
    Ptr<Socket> sink1;                                  //!< host socket for CH1's flow
    Ptr<Socket> sink2;                                  //!< host socket for CH2's flow

    /// \return messages sent in [from, to) with a name (and peer when given)
    uint32_t Sent(const std::string& name,
                  Time from,
                  Time to,
                  Ipv6Address peer = Ipv6Address::GetAny()) const
    {
        uint32_t n = 0;
        for (const Message& m : sent)
        {
            if (m.name == name && m.at >= from && m.at < to && (peer.IsAny() || m.peer == peer))
            {
                ++n;
            }
        }
        return n;
    }

    /// \return packets of a flow received in [from, to)
    uint32_t Received(uint16_t port, Time from, Time to) const
    {
        uint32_t n = 0;
        auto it = rx.find(port);
        for (Time t : it == rx.end() ? std::vector<Time>() : it->second)
        {
            n += (t >= from && t < to) ? 1 : 0;
        }
        return n;
    }

    /// \return the care-of address a correspondent binds the home address to
    static Ipv6Address Binding(const hmipv6::BindingCache& cache)
    {
        const hmipv6::BindingCache::Entry* entry = cache.Find(HOME);
        return entry ? entry->careOfAddress : Ipv6Address::GetAny();
    }
};

/// How a scenario is built.
struct Options
{
    std::vector<uint32_t> accessRouters{2};  //!< ARs per domain
    uint32_t serversPerDomain{1};            //!< MSs per Mobility Network
    bool ch1RouteOptimization{true};         //!< CH1 is one of the host's CNs
    std::string deliveryMode{"Encapsulate"}; //!< MobilityServer "DeliveryMode"
    Time msLifetime{Seconds(420)};           //!< host "RegistrationLifetime"
};

/**
 * \brief The key a flow packet carries in its last 4 octets: flow (port - 9000) in the
 * top octet, sequence number below. Packets re-injected by the type 2 routing header get
 * new UIDs; the key survives every header chain.
 * \param p the packet (the payload, or a whole IPv6 packet ending with it)
 * \return the key
 */
uint32_t
FlowKey(Ptr<const Packet> p)
{
    uint32_t size = p->GetSize();
    if (size < 4)
    {
        return 0;
    }
    std::vector<uint8_t> octets(size);
    p->CopyData(octets.data(), size);
    return (uint32_t(octets[size - 4]) << 24) | (uint32_t(octets[size - 3]) << 16) |
           (uint32_t(octets[size - 2]) << 8) | octets[size - 1];
}

/**
 * \brief Send one UDP datagram a FLOW_INTERVAL from a node to the home address.
 * \param net the network
 * \param socket the sender
 * \param port the destination port
 */
void
SendFlow(DraftNet* net, Ptr<Socket> socket, uint16_t port)
{
    if (Simulator::Now() >= FLOW_STOP)
    {
        return;
    }
    uint32_t key = (uint32_t(port - 9000) << 24) | ++net->txCount[port];
    uint8_t payload[100] = {};
    for (uint32_t i = 0; i < 4; ++i)
    {
        payload[96 + i] = static_cast<uint8_t>(key >> (24 - 8 * i));
    }
    socket->SendTo(Create<Packet>(payload, sizeof(payload)), 0, Inet6SocketAddress(HOME, port));
    Simulator::Schedule(FLOW_INTERVAL, &SendFlow, net, socket, port);
}

/**
 * \brief Read a flow's packets at the host.
 * \param net the network
 * \param port the port
 * \param socket the socket
 */
void
ReceiveFlow(DraftNet* net, uint16_t port, Ptr<Socket> socket)
{
    while (Ptr<Packet> p = socket->Recv())
    {
        net->rx[port].push_back(Simulator::Now());
        net->rxKeys.insert(FlowKey(p));
    }
}

/**
 * \brief Build the figures' network, roles and flows.
 * \param net filled in
 * \param options the scenario
 */
void
Build(DraftNet& net, const Options& options)
{
    HmipTopologyHelper::Config config;
    config.accessRouters = options.accessRouters;
    config.serversPerDomain = options.serversPerDomain;
    net.topo = std::make_unique<HmipTopologyHelper>(config);
    HmipTopologyHelper& topo = *net.topo;

    Mipv6Helper mip;
    // Deterministic timing: proxies answer at once.
    mip.SetHomeAgentAttribute("ProxyReplyDelay",
                              StringValue("ns3::ConstantRandomVariable[Constant=0]"));
    net.ha = DynamicCast<hmipv6::HomeAgent>(
        mip.InstallHomeAgent(topo.GetHomeAgent(), 1, HmipTopologyHelper::HOME_PREFIX).Get(0));
    net.ch1 = hmipv6::CorrespondentNode::InstallOn(topo.GetExternalCorrespondent());

    HmipHelper hmip;
    hmip.SetMobilityServerAttribute("ProxyReplyDelay",
                                    StringValue("ns3::ConstantRandomVariable[Constant=0]"));
    hmip.SetMobilityServerAttribute("DeliveryMode", StringValue(options.deliveryMode));
    for (const HmipTopologyHelper::Domain& d : topo.GetDomains())
    {
        // Access router i belongs to the area of server i mod n.
        for (uint32_t j = 0; j < d.servers.size(); ++j)
        {
            std::vector<Ipv6Address> area;
            for (uint32_t i = j; i < d.routerAddresses.size(); i += d.servers.size())
            {
                area.push_back(d.routerAddresses[i]);
            }
            net.ms.push_back(DynamicCast<MobilityServer>(
                hmip.InstallMobilityServer(d.servers[j], 1, d.mobilityNetwork, 64, area).Get(0)));
        }
        net.ch2.push_back(hmipv6::CorrespondentNode::InstallOn(d.correspondent));
        for (uint32_t i = 0; i < d.accessRouters.size(); ++i)
        {
            net.ars.push_back(DynamicCast<MobilityInfoRouterAdvertiser>(
                hmip.InstallRouter(d.accessRouters[i], 1, d.accessPrefixes[i]).Get(0)));
        }
    }
    // Correspondents inside the host's domain (2001:d0k::/32) are local.
    hmip.SetMobileNodeAttribute("LocalPrefixLength", UintegerValue(32));
    hmip.SetMobileNodeAttribute("RegistrationLifetime", TimeValue(options.msLifetime));
    net.mh = DynamicCast<HmipMobileNode>(
        hmip.InstallMobileNode(topo.GetMobileHost(), HOME, HmipTopologyHelper::HOME_AGENT).Get(0));
    if (options.ch1RouteOptimization)
    {
        net.mh->AddCorrespondent(HmipTopologyHelper::CH1_ADDRESS);
    }
    for (const HmipTopologyHelper::Domain& d : topo.GetDomains())
    {
        net.mh->AddCorrespondent(d.correspondentAddress);
    }
    // InstallMobileNode connected the host's link switch (aggregated to its node).
    Ptr<hmipv6::LinkSwitchHandoff> handoff = topo.GetHandoff();
    handoff->ScheduleSwitch(ATTACH, topo.GetDomains()[0].accessPoints[0]);

    DraftNet* p = &net;
    net.mh->TraceConnectWithoutContext("MessageSent",
                                       MakeCallback(+[](DraftNet* n,
                                                        const std::string& m,
                                                        Ipv6Address peer,
                                                        const std::string& s) {
                                           n->sent.push_back({Simulator::Now(), m, peer, s});
                                       }).Bind(p));
    net.mh->TraceConnectWithoutContext("MessageReceived",
                                       MakeCallback(+[](DraftNet* n,
                                                        const std::string& m,
                                                        Ipv6Address peer,
                                                        const std::string& s) {
                                           n->received.push_back({Simulator::Now(), m, peer, s});
                                       }).Bind(p));
    net.mh->TraceConnectWithoutContext("FallbackToMipv6",
                                       MakeCallback(+[](DraftNet* n, const std::string& reason) {
                                           n->fallbacks.push_back(reason);
                                       }).Bind(p));
    net.mh->TraceConnectWithoutContext(
        "RegistrationAckReceived",
        MakeCallback(+[](DraftNet* n, Ipv6Address, uint16_t sequence, uint8_t status) {
            n->msAcks.emplace_back(sequence, status);
        }).Bind(p));

    // Mobility signalling across the border routers, per handoff.
    HandoffMonitorHelper monitorHelper;
    net.monitor = monitorHelper.Install(net.mh, handoff);
    monitorHelper.WatchDevices(net.monitor, topo.GetBorderDevices());

    // The flows: CH1 (external) and CH2 of the first domain (local) to the home address.
    net.sink1 = Socket::CreateSocket(topo.GetMobileHost(), UdpSocketFactory::GetTypeId());
    net.sink1->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), PORT_CH1));
    net.sink1->SetRecvCallback(MakeCallback(&ReceiveFlow).Bind(p, PORT_CH1));
    net.sink2 = Socket::CreateSocket(topo.GetMobileHost(), UdpSocketFactory::GetTypeId());
    net.sink2->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), PORT_CH2));
    net.sink2->SetRecvCallback(MakeCallback(&ReceiveFlow).Bind(p, PORT_CH2));
    Ptr<Socket> from1 =
        Socket::CreateSocket(topo.GetExternalCorrespondent(), UdpSocketFactory::GetTypeId());
    from1->Bind6();
    Ptr<Socket> from2 =
        Socket::CreateSocket(topo.GetDomains()[0].correspondent, UdpSocketFactory::GetTypeId());
    from2->Bind6();
    Simulator::Schedule(FLOW_START, &SendFlow, p, from1, PORT_CH1);
    Simulator::Schedule(FLOW_START, &SendFlow, p, from2, PORT_CH2);
}

/**
 * \ingroup hmipv6-test
 * \brief A figure's test: checks the host's arrival in the first domain.
 */
class HmipFigureTestCase : public TestCase
{
  protected:
    /**
     * \brief Constructor.
     * \param name the test's name
     */
    explicit HmipFigureTestCase(const std::string& name)
        : TestCase(name)
    {
    }

    /**
     * \brief The host registered with the first MS before the move under test.
     * \param net the network after the run
     */
    void CheckFirstRegistration(const DraftNet& net)
    {
        const HmipTopologyHelper::Domain& d = net.topo->GetDomains()[0];
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationRequest", ATTACH, HANDOFF, d.serverAddress),
                              1u,
                              "one Registration Request on arrival in the first domain");
        NS_TEST_EXPECT_MSG_EQ(net.msAcks.empty(), false, "acknowledged");
        if (net.msAcks.empty())
        {
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(net.msAcks.front().first,
                              1u,
                              "the first registration carries sequence number 1 (4.2.1)");
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Figure 1: intra-domain mobility.
 */
class HmipFigure1TestCase : public HmipFigureTestCase
{
  public:
    HmipFigure1TestCase()
        : HmipFigureTestCase(
              "Figure 1: an intra-domain move sends one Registration Update and one BU "
              "per local CH, nothing across the border; CH1's flow goes on via the MS")
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Build(net, Options{});
        const HmipTopologyHelper::Domain& d = net.topo->GetDomains()[0];
        net.topo->GetHandoff()->ScheduleSwitch(HANDOFF, d.accessPoints[1]);
        Ipv6Address gcoaBefore;
        Ipv6Address lcoaBefore;
        Ipv6Address haBefore;
        Ipv6Address ch1Before;
        Ipv6Address ch2Before;
        Simulator::Schedule(HANDOFF - MilliSeconds(1), [&]() {
            gcoaBefore = net.mh->GetGlobalCareOfAddress();
            lcoaBefore = net.mh->GetLocalCareOfAddress();
            haBefore = DraftNet::Binding(net.ha->GetBindingCache());
            ch1Before = DraftNet::Binding(net.ch1->GetBindingCache());
            ch2Before = DraftNet::Binding(net.ch2[0]->GetBindingCache());
        });
        uint64_t encapBefore = 0;
        Simulator::Schedule(HANDOFF, [&]() {
            encapBefore = net.ms[0]->GetTunnelDevice()->GetEncapsulatedCount();
        });
        Simulator::Stop(STOP);
        Simulator::Run();

        CheckFirstRegistration(net);
        // Before the move: (H@, GCoA) at HA and CH1, (H@, LCoA) at the local CH2 (3.1).
        Ipv6Address gcoa("2001:d01::a:b:c:d");
        NS_TEST_EXPECT_MSG_EQ(gcoaBefore, gcoa, "GCoA = Mobility Network prefix + home IID");
        NS_TEST_EXPECT_MSG_EQ(haBefore, gcoa, "HA binds the GCoA");
        NS_TEST_EXPECT_MSG_EQ(ch1Before, gcoa, "external CH1 binds the GCoA");
        NS_TEST_EXPECT_MSG_EQ(ch2Before, lcoaBefore, "local CH2 binds the LCoA");
        NS_TEST_EXPECT_MSG_EQ(Ipv6Prefix(64).IsMatch(lcoaBefore, d.accessPrefixes[0]),
                              true,
                              "LCoA on AR1's link");

        // The move: exactly the draft's messages (3.2).
        Time end = STOP;
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationUpdate", HANDOFF, end, d.serverAddress),
                              1u,
                              "one Registration Update to the MS");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationRequest", HANDOFF, end), 0u, "no Request");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("BindingUpdate", HANDOFF, end, d.correspondentAddress),
                              1u,
                              "one BU to the local CH2");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("BindingUpdate", HANDOFF, end), 1u, "no other BU");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("HoTI", HANDOFF, end), 0u, "home token reused");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetLastMoveKind(), HmipMobileNode::MOVE_INTRA, "intra");
        const std::vector<hmipv6::HandoffRecord>& records = net.monitor->GetRecords();
        HMIPV6_REQUIRE_EQ(records.size(), 1u, "one handoff");
        NS_TEST_EXPECT_MSG_EQ(records[0].internetSignalling,
                              0u,
                              "no signalling crossed the border router");
        NS_TEST_EXPECT_MSG_GT(net.monitor->GetUnattributedInternetSignalling(),
                              0u,
                              "(while the first registration did cross it)");
        // After it: the GCoA is unchanged, bindings follow.
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetGlobalCareOfAddress(), gcoa, "GCoA unchanged");
        Ipv6Address lcoa = net.mh->GetLocalCareOfAddress();
        NS_TEST_EXPECT_MSG_EQ(Ipv6Prefix(64).IsMatch(lcoa, d.accessPrefixes[1]),
                              true,
                              "new LCoA on AR2's link");
        NS_TEST_EXPECT_MSG_EQ(net.ms[0]->GetLocalCareOf(HOME), lcoa, "MS tunnels to it");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ha->GetBindingCache()), gcoa, "HA: GCoA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch1->GetBindingCache()), gcoa, "CH1: GCoA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch2[0]->GetBindingCache()),
                              lcoa,
                              "CH2: the new LCoA");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetRegistrationSequence(), 2u, "Update carried 2");
        NS_TEST_EXPECT_MSG_EQ(net.fallbacks.size(), 0u, "no fallback");
        // CH1's flow goes on through the MS.
        uint32_t after = net.Received(PORT_CH1, HANDOFF + Seconds(1.5), FLOW_STOP);
        std::cout << "Figure 1: CH1 packets after the move " << after << ", MS encapsulated "
                  << net.ms[0]->GetTunnelDevice()->GetEncapsulatedCount() - encapBefore << ", CH2 "
                  << net.Received(PORT_CH2, HANDOFF + Seconds(1.5), FLOW_STOP) << std::endl;
        NS_TEST_EXPECT_MSG_GT(after, 190u, "CH1's packets arrive after the move");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(net.ms[0]->GetTunnelDevice()->GetEncapsulatedCount() -
                                        encapBefore,
                                    after,
                                    "each through the MS");
        NS_TEST_EXPECT_MSG_GT(net.Received(PORT_CH2, HANDOFF + Seconds(1.5), FLOW_STOP),
                              190u,
                              "CH2's too");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Figure 2: inter-domain mobility with smooth handoff.
 */
class HmipFigure2TestCase : public HmipFigureTestCase
{
  public:
    HmipFigure2TestCase()
        : HmipFigureTestCase(
              "Figure 2: an inter-domain move registers with the new MS, which asks the "
              "previous one to forward; HA and CH1 bind the new GCoA, CH2 the LCoA")
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Options options;
        options.accessRouters = {2, 1};
        Build(net, options);
        const HmipTopologyHelper::Domain& d1 = net.topo->GetDomains()[0];
        const HmipTopologyHelper::Domain& d2 = net.topo->GetDomains()[1];
        net.topo->GetHandoff()->ScheduleSwitch(HANDOFF, d2.accessPoints[0]);

        struct HandoffRequest
        {
            Ipv6Address peer;
            Ipv6Address home;
            bool accepted;
        };

        std::vector<HandoffRequest> atMs1;
        std::vector<Ipv6Address> sentByMs2;
        net.ms[0]->TraceConnectWithoutContext("HandoffRequestReceived",
                                              MakeCallback(+[](std::vector<HandoffRequest>* v,
                                                               Ipv6Address peer,
                                                               Ipv6Address home,
                                                               bool accepted) {
                                                  v->push_back({peer, home, accepted});
                                              }).Bind(&atMs1));
        net.ms[1]->TraceConnectWithoutContext("HandoffRequestSent",
                                              MakeCallback(+[](std::vector<Ipv6Address>* v,
                                                               Ipv6Address previous,
                                                               Ipv6Address,
                                                               Ipv6Address) {
                                                  v->push_back(previous);
                                              }).Bind(&sentByMs2));
        // What MS1 forwards to the new GCoA after the move.
        std::set<uint32_t> forwarded;
        Ipv6Address gcoa2("2001:d02::a:b:c:d");
        Simulator::Schedule(Seconds(0.1), [&net, &forwarded, gcoa2]() {
            // The tunnel exists once the MS started.
            net.ms[0]->GetTunnelDevice()->TraceConnectWithoutContext(
                "Encapsulate",
                MakeCallback(+[](std::set<uint32_t>* keys,
                                 Ipv6Address target,
                                 Ptr<const Packet> inner,
                                 Ipv6Address exit) {
                    if (exit == target)
                    {
                        keys->insert(FlowKey(inner));
                    }
                }).Bind(&forwarded, gcoa2));
        });
        Simulator::Stop(STOP);
        Simulator::Run();

        CheckFirstRegistration(net);
        Ipv6Address gcoa1("2001:d01::a:b:c:d");
        Ipv6Address lcoa = net.mh->GetLocalCareOfAddress();
        NS_TEST_EXPECT_MSG_EQ(Ipv6Prefix(64).IsMatch(lcoa, d2.accessPrefixes[0]),
                              true,
                              "LCoA on AR3's link");
        // 3.1: Registration Request to the new MS naming the previous one.
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationRequest", HANDOFF, STOP, d2.serverAddress),
                              1u,
                              "one Registration Request to MS2");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationUpdate", HANDOFF, STOP), 0u, "no Update");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetLastMoveKind(), HmipMobileNode::MOVE_INTER, "inter");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetGlobalCareOfAddress(), gcoa2, "the new GCoA");
        // 4.3.6: exactly one Handoff Request, accepted by MS1, which then forwards.
        HMIPV6_REQUIRE_EQ(sentByMs2.size(), 1u, "MS2 sent one Handoff Request");
        NS_TEST_EXPECT_MSG_EQ(sentByMs2[0], d1.serverAddress, "to MS1");
        HMIPV6_REQUIRE_EQ(atMs1.size(), 1u, "MS1 got it");
        NS_TEST_EXPECT_MSG_EQ(atMs1[0].peer, d2.serverAddress, "from MS2");
        NS_TEST_EXPECT_MSG_EQ(atMs1[0].home, HOME, "for the host");
        NS_TEST_EXPECT_MSG_EQ(atMs1[0].accepted, true, "accepted");
        NS_TEST_EXPECT_MSG_EQ(net.ms[0]->GetLocalCareOf(HOME), gcoa2, "MS1 forwards to GCoA2");
        // BUs: (H@, GCoA2) to HA and to the now external CH1 and CH2-1, (H@, LCoA) to CH2-2.
        NS_TEST_EXPECT_MSG_EQ(
            net.Sent("BindingUpdate", HANDOFF, STOP, HmipTopologyHelper::HOME_AGENT),
            1u,
            "one BU to the HA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ha->GetBindingCache()), gcoa2, "HA: GCoA2");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch1->GetBindingCache()), gcoa2, "CH1: GCoA2");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch2[0]->GetBindingCache()),
                              gcoa2,
                              "CH2-1, now external: GCoA2");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch2[1]->GetBindingCache()),
                              lcoa,
                              "CH2-2, local: the LCoA");
        NS_TEST_EXPECT_MSG_EQ(net.mh->IsLocalCorrespondent(d2.correspondentAddress), true, "");
        // 4.2.1: the sequence number goes on across domains.
        HMIPV6_REQUIRE_EQ(net.msAcks.size(), 2u, "two MS acknowledgements");
        NS_TEST_EXPECT_MSG_EQ(net.msAcks[1].first, 2u, "the Request to MS2 carried 2");
        NS_TEST_EXPECT_MSG_EQ(+net.msAcks[1].second, 0, "accepted");
        const std::vector<hmipv6::HandoffRecord>& records = net.monitor->GetRecords();
        HMIPV6_REQUIRE_EQ(records.size(), 1u, "one handoff");
        NS_TEST_EXPECT_MSG_GT(records[0].internetSignalling,
                              0u,
                              "an inter-domain move signals across the Internet");
        // Packets still on their way to the old GCoA reach the host through MS2.
        uint32_t delivered = 0;
        for (uint32_t key : forwarded)
        {
            delivered += net.rxKeys.count(key);
        }
        std::cout << "Figure 2: MS1 forwarded " << forwarded.size() << " packets to GCoA2, "
                  << delivered << " reached the host; CH1 after the move "
                  << net.Received(PORT_CH1, HANDOFF, FLOW_STOP) << std::endl;
        NS_TEST_EXPECT_MSG_GT(forwarded.size(), 0u, "MS1 forwarded packets to GCoA2");
        NS_TEST_EXPECT_MSG_EQ(delivered, forwarded.size(), "all reached the host");
        NS_TEST_EXPECT_MSG_EQ(net.fallbacks.size(), 0u, "no fallback");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Figure 3: packet delivery, in both delivery modes of 4.3.5.
 */
class HmipFigure3TestCase : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param mode "Encapsulate" or "Rewrite"
     */
    explicit HmipFigure3TestCase(const std::string& mode)
        : TestCase("Figure 3 (" + mode +
                   "): CH1's packets reach the host through the MS, CH2's directly"),
          m_mode(mode)
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Options options;
        options.deliveryMode = m_mode;
        // Rewrite needs packets that are already encapsulated: CH1's through the HA.
        options.ch1RouteOptimization = m_mode == "Encapsulate";
        Build(net, options);
        Ptr<MobilityServer> ms = net.ms[0];
        Ptr<hmipv6::Ipv6TunnelNetDevice> haTunnel; // created when the home agent starts
        uint64_t msBefore = 0;
        uint64_t rewrittenBefore = 0;
        uint64_t haBefore = 0;
        Simulator::Schedule(FLOW_START, [&]() {
            haTunnel = net.ha->GetTunnelDevice();
            msBefore = ms->GetPacketsTunnelled();
            rewrittenBefore = ms->GetPacketsRewritten();
            haBefore = haTunnel->GetEncapsulatedCount();
        });
        Simulator::Stop(STOP);
        Simulator::Run();

        uint32_t sent1 = net.txCount[PORT_CH1];
        uint32_t sent2 = net.txCount[PORT_CH2];
        uint32_t got1 = net.Received(PORT_CH1, FLOW_START, STOP);
        uint32_t got2 = net.Received(PORT_CH2, FLOW_START, STOP);
        uint64_t viaMs = ms->GetPacketsTunnelled() - msBefore;
        uint64_t viaHa = haTunnel->GetEncapsulatedCount() - haBefore;
        uint64_t rewritten = ms->GetPacketsRewritten() - rewrittenBefore;
        std::cout << "Figure 3 (" << m_mode << "): CH1 " << got1 << "/" << sent1 << ", CH2 " << got2
                  << "/" << sent2 << ", MS " << viaMs << " (rewritten " << rewritten << "), HA "
                  << viaHa << std::endl;
        NS_TEST_EXPECT_MSG_EQ(got1, sent1, "every CH1 packet arrived");
        NS_TEST_EXPECT_MSG_EQ(got2, sent2, "every CH2 packet arrived");
        NS_TEST_EXPECT_MSG_EQ(viaMs, sent1, "CH1's packets, and only they, went through the MS");
        if (m_mode == "Encapsulate")
        {
            NS_TEST_EXPECT_MSG_EQ(viaHa, 0u, "route-optimised CH1 bypasses the HA");
            NS_TEST_EXPECT_MSG_EQ(rewritten, 0u, "nothing rewritten");
        }
        else
        {
            NS_TEST_EXPECT_MSG_EQ(viaHa, sent1, "CH1's packets came through the HA");
            NS_TEST_EXPECT_MSG_EQ(rewritten, sent1, "the MS rewrote the HA's outer header");
        }
        Simulator::Destroy();
    }

    std::string m_mode; //!< MobilityServer "DeliveryMode"
};

/**
 * \ingroup hmipv6-test
 * \brief Registration failures: the host switches to Mobile IPv6 (4.2.1).
 */
class HmipFallbackTestCase : public TestCase
{
  public:
    /// What goes wrong.
    enum Failure
    {
        GCOA_DAD,       //!< the GCoA is in use on the Mobility Network: 134
        STALE_SEQUENCE, //!< the MS holds a newer sequence number: 135
        MS_SILENT,      //!< the MS does not answer
    };

    /**
     * \brief Constructor.
     * \param failure what goes wrong
     */
    explicit HmipFallbackTestCase(Failure failure)
        : TestCase(Name(failure)),
          m_failure(failure)
    {
    }

  private:
    /// \return the test's name
    static std::string Name(Failure failure)
    {
        switch (failure)
        {
        case GCOA_DAD:
            return "GCoA DAD fails: status 134, the host registers its LCoA with HA and CHs";
        case STALE_SEQUENCE:
            return "stale sequence number: status 135, the host takes the MS's number and "
                   "registers again (RFC 6275 11.7.3), without falling back";
        default:
            return "no acknowledgement from the MS: the host falls back to Mobile IPv6";
        }
    }

    void DoRun() override
    {
        DraftNet net;
        Build(net, Options{});
        const HmipTopologyHelper::Domain& d = net.topo->GetDomains()[0];
        Ipv6Address gcoa("2001:d01::a:b:c:d");
        Time checkFrom = ATTACH;
        uint8_t expectedStatus = 0;
        if (m_failure == GCOA_DAD)
        {
            // BR owns the host's GCoA on the Mobility Network (its interface 2).
            Ptr<Ipv6L3Protocol> br = d.border->GetObject<Ipv6L3Protocol>();
            br->AddAddress(2, Ipv6InterfaceAddress(gcoa, Ipv6Prefix(64)));
            expectedStatus = hmipv6::BindingAckHeader::DUPLICATE_ADDRESS_DETECTION_FAILED;
        }
        else if (m_failure == STALE_SEQUENCE)
        {
            // Registered first; then a Refresh with a far newer sequence number reaches the
            // MS as if from the host, so its next Update is stale.
            Simulator::Schedule(HANDOFF - Seconds(0.5), [&net, &d]() {
                RegistrationRefreshHeader refresh;
                refresh.SetAcknowledgeRequested(true);
                refresh.SetPrefixLength(64);
                refresh.SetSequence(net.mh->GetRegistrationSequence() + 100);
                refresh.SetLifetime(420);
                refresh.SetHomeAddress(HOME);
                // Authenticated as the host's own messages are (draft 5.2.1).
                Ptr<Node> host = net.topo->GetMobileHost();
                auto association = hmipv6::KeyChain::For(host)->Find(
                    hmipv6::KeyChain::MH_MS,
                    HOME,
                    d.serverAddress.CombinePrefix(Ipv6Prefix(64)));
                hmipv6::SignDraftMessage(refresh,
                                         *association,
                                         net.mh->GetLocalCareOfAddress(),
                                         d.serverAddress);
                Ptr<Packet> p = Create<Packet>();
                p->AddHeader(refresh);
                host->GetObject<Ipv6L3Protocol>()->Send(p,
                                                        net.mh->GetLocalCareOfAddress(),
                                                        d.serverAddress,
                                                        Ipv6Header::IPV6_EXT_DESTINATION,
                                                        nullptr);
            });
            net.topo->GetHandoff()->ScheduleSwitch(HANDOFF, d.accessPoints[1]);
            checkFrom = HANDOFF;
            expectedStatus = hmipv6::BindingAckHeader::SEQUENCE_NUMBER_OUT_OF_WINDOW;
        }
        else
        {
            // The routers are configured with an MS that never runs.
            net.ms[0]->SetStartTime(Seconds(100));
            for (Ptr<MobilityInfoRouterAdvertiser> ar : net.ars)
            {
                ar->SetAttribute("MobilityServerAddress", Ipv6AddressValue(d.serverAddress));
                ar->SetAttribute("MobilityNetworkPrefixLength", UintegerValue(64));
            }
        }
        Simulator::Stop(STOP);
        Simulator::Run();

        Ipv6Address lcoa = net.mh->GetLocalCareOfAddress();
        std::cout << Name(m_failure) << ": fallbacks";
        for (const std::string& reason : net.fallbacks)
        {
            std::cout << " [" << reason << "]";
        }
        std::cout << ", HA binds " << DraftNet::Binding(net.ha->GetBindingCache()) << std::endl;
        if (m_failure == STALE_SEQUENCE)
        {
            // A replayed or out-of-step registration costs one round trip, not the MS.
            NS_TEST_EXPECT_MSG_EQ(net.fallbacks.size(), 0u, "no switch to Mobile IPv6");
            HMIPV6_REQUIRE_EQ((net.msAcks.size() >= 2), true, "the 135 and the next answer");
            NS_TEST_EXPECT_MSG_EQ(+net.msAcks[net.msAcks.size() - 2].second,
                                  +expectedStatus,
                                  "a 135 first");
            NS_TEST_EXPECT_MSG_EQ(+net.msAcks.back().second, 0, "then accepted");
            NS_TEST_EXPECT_MSG_EQ(net.ms[0]->GetLocalCareOf(HOME), lcoa, "bound at the MS");
            Simulator::Destroy();
            return;
        }
        HMIPV6_REQUIRE_EQ(net.fallbacks.size(), 1u, "one switch to Mobile IPv6");
        NS_TEST_EXPECT_MSG_EQ(net.mh->HasFallenBack(), true, "fallen back");
        if (m_failure != MS_SILENT)
        {
            HMIPV6_REQUIRE_EQ(net.msAcks.empty(), false, "an acknowledgement came");
            NS_TEST_EXPECT_MSG_EQ(+net.msAcks.back().second, +expectedStatus, "its status");
        }
        else
        {
            NS_TEST_EXPECT_MSG_EQ(net.msAcks.size(), 0u, "no acknowledgement");
        }
        // Plain Mobile IPv6 with the LCoA, at the HA and at every correspondent.
        NS_TEST_EXPECT_MSG_GT_OR_EQ(
            net.Sent("BindingUpdate", checkFrom, STOP, HmipTopologyHelper::HOME_AGENT),
            1u,
            "a BU to the HA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ha->GetBindingCache()), lcoa, "HA: LCoA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch1->GetBindingCache()), lcoa, "CH1: LCoA");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ch2[0]->GetBindingCache()), lcoa, "CH2: LCoA");
        uint32_t late = net.Received(PORT_CH1, FLOW_STOP - Seconds(1), FLOW_STOP + Seconds(0.1));
        NS_TEST_EXPECT_MSG_GT(late, 95u, "CH1's flow reaches the host without the MS");
        Simulator::Destroy();
    }

    Failure m_failure; //!< what goes wrong
};

/**
 * \ingroup hmipv6-test
 * \brief Lifetimes: the host refreshes; without it the MS binding expires.
 */
class HmipLifetimeTestCase : public TestCase
{
  public:
    HmipLifetimeTestCase()
        : TestCase("Registration lifetime: Refresh at 75 % keeps the MS binding; a host "
                   "gone silent loses it at expiry")
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Options options;
        options.msLifetime = Seconds(4);
        Build(net, options);
        std::vector<Time> expired;
        net.ms[0]->TraceConnectWithoutContext(
            "BindingExpired",
            MakeCallback(+[](std::vector<Time>* v, Ipv6Address, Ipv6Address) {
                v->push_back(Simulator::Now());
            }).Bind(&expired));
        // The host leaves every access point at 12 s.
        Simulator::Schedule(Seconds(12),
                            &hmipv6::LinkSwitchHandoff::AttachNow,
                            net.topo->GetHandoff(),
                            hmipv6::LinkSwitchHandoff::NONE);
        bool boundAt11 = false;
        Simulator::Schedule(Seconds(11),
                            [&]() { boundAt11 = !net.ms[0]->GetGlobalCareOf(HOME).IsAny(); });
        Simulator::Stop(Seconds(20));
        Simulator::Run();

        uint32_t refreshes = net.Sent("RegistrationRefresh", ATTACH, Seconds(20));
        // 75 % of the 4 s granted, counted from each acknowledgement (one MS RTT, 10 ms,
        // after the refresh itself).
        std::vector<Time> refreshTimes;
        for (const Message& m : net.sent)
        {
            if (m.name == "RegistrationRefresh" && m.at < Seconds(12))
            {
                refreshTimes.push_back(m.at);
            }
        }
        for (std::size_t i = 1; i < refreshTimes.size(); ++i)
        {
            Time gap = refreshTimes[i] - refreshTimes[i - 1];
            NS_TEST_EXPECT_MSG_GT_OR_EQ(gap, Seconds(3), "refresh " << i << " at 75 %");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(gap, Seconds(3.02), "refresh " << i << " at 75 %");
        }
        std::cout << "Lifetime: refreshes " << refreshes << ", expired at";
        for (Time t : expired)
        {
            std::cout << " " << t.GetSeconds();
        }
        std::cout << std::endl;
        // Registered at ~2.55 s for 4 s: refreshes every 3 s until 12 s.
        NS_TEST_EXPECT_MSG_GT_OR_EQ(refreshes, 3u, "refreshed at 75 % of the lifetime");
        NS_TEST_EXPECT_MSG_EQ(boundAt11, true, "binding alive long after the first lifetime");
        HMIPV6_REQUIRE_EQ(expired.size(), 1u, "expired once the host went silent");
        NS_TEST_EXPECT_MSG_GT(expired[0], Seconds(12), "after the last refresh");
        NS_TEST_EXPECT_MSG_LT(expired[0], Seconds(16.5), "within one lifetime of it");
        NS_TEST_EXPECT_MSG_EQ(net.ms[0]->GetGlobalCareOf(HOME), Ipv6Address::GetAny(), "gone");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief MS withdrawal: routers stop advertising it, the next move is plain Mobile IPv6.
 */
class HmipWithdrawalTestCase : public TestCase
{
  public:
    HmipWithdrawalTestCase()
        : TestCase("MS withdrawal: the routers' RAs lose the option, the host's next move "
                   "is plain Mobile IPv6")
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Build(net, Options{});
        const HmipTopologyHelper::Domain& d = net.topo->GetDomains()[0];
        net.ms[0]->SetStopTime(Seconds(4.5)); // StopApplication withdraws it (4.1)
        net.topo->GetHandoff()->ScheduleSwitch(HANDOFF, d.accessPoints[1]);
        std::vector<std::pair<Time, bool>> ras;
        net.ars[1]->TraceConnectWithoutContext(
            "RouterAdvertisementSent",
            MakeCallback(+[](std::vector<std::pair<Time, bool>>* v,
                             Ptr<const Packet>,
                             Ipv6Address,
                             bool withInfo) {
                v->emplace_back(Simulator::Now(), withInfo);
            }).Bind(&ras));
        Simulator::Stop(STOP);
        Simulator::Run();

        uint32_t withBefore = 0;
        uint32_t withAfter = 0;
        uint32_t after = 0;
        for (const auto& [t, with] : ras)
        {
            withBefore += (t < Seconds(4.5) && with) ? 1 : 0;
            withAfter += (t > Seconds(4.6) && with) ? 1 : 0;
            after += t > Seconds(4.6) ? 1 : 0;
        }
        NS_TEST_EXPECT_MSG_GT(withBefore, 10u, "AR2 advertised the MS");
        NS_TEST_EXPECT_MSG_GT(after, 10u, "AR2 kept advertising its prefix");
        NS_TEST_EXPECT_MSG_EQ(withAfter, 0u, "without the Mobility Information Option");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetLastMoveKind(), HmipMobileNode::MOVE_MIPV6, "MIPv6");
        Ipv6Address lcoa = net.mh->GetLocalCareOfAddress();
        NS_TEST_EXPECT_MSG_EQ(Ipv6Prefix(64).IsMatch(lcoa, d.accessPrefixes[1]), true, "AR2");
        NS_TEST_EXPECT_MSG_EQ(DraftNet::Binding(net.ha->GetBindingCache()), lcoa, "HA: LCoA");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationUpdate", HANDOFF, STOP), 0u, "no Update");
        NS_TEST_EXPECT_MSG_GT(net.Received(PORT_CH1, HANDOFF + Seconds(1.5), FLOW_STOP),
                              190u,
                              "CH1's flow goes on");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Two Mobility Servers on one Mobility Network (section 3): moving between their
 *        areas hands the GCoA over; the home agent hears nothing.
 */
class HmipTwoServersTestCase : public TestCase
{
  public:
    HmipTwoServersTestCase()
        : TestCase("Two MSs on one Mobility Network: moving between their areas hands the "
                   "GCoA over, nothing is sent to the HA or CH1")
    {
    }

  private:
    void DoRun() override
    {
        DraftNet net;
        Options options;
        options.serversPerDomain = 2;
        Build(net, options);
        const HmipTopologyHelper::Domain& d = net.topo->GetDomains()[0];
        net.topo->GetHandoff()->ScheduleSwitch(HANDOFF, d.accessPoints[1]);
        std::vector<bool> handedOver;
        net.ms[0]->TraceConnectWithoutContext(
            "HandoffRequestReceived",
            MakeCallback(+[](std::vector<bool>* v, Ipv6Address, Ipv6Address, bool accepted) {
                v->push_back(accepted);
            }).Bind(&handedOver));
        Simulator::Stop(STOP);
        Simulator::Run();

        Ipv6Address gcoa("2001:d01::a:b:c:d");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetLastMoveKind(), HmipMobileNode::MOVE_MS_CHANGE, "");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetMobilityServer(), d.serverAddresses[1], "MS 2 now");
        NS_TEST_EXPECT_MSG_EQ(net.Sent("RegistrationRequest", HANDOFF, STOP, d.serverAddresses[1]),
                              1u,
                              "a Registration Request to the second MS");
        HMIPV6_REQUIRE_EQ(handedOver.size(), 1u, "the first MS got a Handoff Request");
        NS_TEST_EXPECT_MSG_EQ(handedOver[0], true, "and accepted it");
        NS_TEST_EXPECT_MSG_EQ(net.ms[0]->GetGlobalCareOf(HOME), Ipv6Address::GetAny(), "released");
        NS_TEST_EXPECT_MSG_EQ(net.ms[1]->GetGlobalCareOf(HOME), gcoa, "the same GCoA at MS 2");
        NS_TEST_EXPECT_MSG_EQ(net.mh->GetGlobalCareOfAddress(), gcoa, "unchanged at the host");
        NS_TEST_EXPECT_MSG_EQ(
            net.Sent("BindingUpdate", HANDOFF, STOP, HmipTopologyHelper::HOME_AGENT),
            0u,
            "no BU to the HA");
        NS_TEST_EXPECT_MSG_EQ(
            net.Sent("BindingUpdate", HANDOFF, STOP, HmipTopologyHelper::CH1_ADDRESS),
            0u,
            "no BU to CH1");
        NS_TEST_EXPECT_MSG_EQ(net.fallbacks.size(), 0u, "no fallback (no DAD clash)");
        uint32_t after = net.Received(PORT_CH1, HANDOFF + Seconds(1.5), FLOW_STOP);
        NS_TEST_EXPECT_MSG_GT(after, 190u, "CH1's flow goes on through MS 2");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The topology's links drop nothing: 300 packets sent in one instant (the
 *        synchronised flows of 300 hosts) all cross CH1 -> IR -> HA.
 */
class TopologyBurstTestCase : public TestCase
{
  public:
    TopologyBurstTestCase()
        : TestCase("topology: 300 packets sent in one instant all arrive")
    {
    }

  private:
    void DoRun() override
    {
        HmipTopologyHelper topo(HmipTopologyHelper::Config{});
        PacketSinkHelper sink("ns3::UdpSocketFactory",
                              Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        Ptr<PacketSink> received =
            DynamicCast<PacketSink>(sink.Install(topo.GetHomeAgent()).Get(0));
        Ptr<Node> ch1 = topo.GetExternalCorrespondent();
        Ptr<Socket> socket = Socket::CreateSocket(ch1, UdpSocketFactory::GetTypeId());
        socket->Connect(Inet6SocketAddress(HmipTopologyHelper::HOME_AGENT, 9));
        const uint32_t burst = 300;
        // Once the first packet has resolved the neighbours, the burst.
        Simulator::Schedule(Seconds(1), [socket]() { socket->Send(Create<Packet>(100)); });
        Simulator::Schedule(Seconds(2), [socket]() {
            for (uint32_t i = 0; i < burst; ++i)
            {
                socket->Send(Create<Packet>(100));
            }
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(received->GetTotalRx(), 100u * (burst + 1), "nothing dropped");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The topology's nodes carry the figures' names in ns-3's Names (pcap files and
 *        logs use them); a second topology in the same process leaves the taken names
 *        alone.
 */
class TopologyNamesTestCase : public TestCase
{
  public:
    TopologyNamesTestCase()
        : TestCase("topology: nodes named with Names::Add, taken names left alone")
    {
    }

  private:
    void DoRun() override
    {
        Names::Clear(); // earlier suites of this process took the names
        HmipTopologyHelper::Config config;
        config.accessRouters = {2, 1};
        HmipTopologyHelper first(config);
        NS_TEST_EXPECT_MSG_EQ(Names::FindName(first.GetMobileHost()), "MH", "MH");
        NS_TEST_EXPECT_MSG_EQ(Names::FindName(first.GetHomeAgent()), "HA", "HA");
        NS_TEST_EXPECT_MSG_EQ(Names::FindName(first.GetDomains()[1].server), "MS2", "MS2");
        NS_TEST_EXPECT_MSG_EQ(Names::FindName(first.GetDomains()[1].accessRouters[0]),
                              "AR3",
                              "AR3");
        HmipTopologyHelper second(config);
        NS_TEST_EXPECT_MSG_EQ(Names::FindName(second.GetMobileHost()), "", "taken: none");
        NS_TEST_EXPECT_MSG_EQ(second.GetName(second.GetMobileHost()), "MH", "its own name");
        NS_TEST_EXPECT_MSG_EQ(Names::Find<Node>("MH"), first.GetMobileHost(), "unchanged");
        Names::Clear();
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief Three hosts in one domain, each with its own link switch on the topology's
 *        LinkSwitchChannel: each registers with the MS and the home agent under its own
 *        GCoA, and one host's moves cost the others nothing.
 */
class ManyHostsTestCase : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param linkModel "switch" or "wifi"
     */
    ManyHostsTestCase(const std::string& linkModel)
        : TestCase("three hosts (" + linkModel +
                   "): each its own GCoA and flow; one host's move leaves the others' flows "
                   "whole"),
          m_linkModel(linkModel)
    {
    }

  private:
    void DoRun() override
    {
        const uint32_t hosts = 3;
        const bool wifi = m_linkModel == "wifi";
        HmipTopologyHelper::Config config;
        config.hosts = hosts;
        config.linkModel = m_linkModel;
        HmipTopologyHelper topo(config);
        NS_TEST_ASSERT_MSG_EQ(topo.GetNHosts(), hosts, "three hosts");
        const HmipTopologyHelper::Domain& d = topo.GetDomains()[0];
        // The container installs, with no link model given: each host's own is found on
        // its node.
        Ptr<hmipv6::HomeAgent> ha = DynamicCast<hmipv6::HomeAgent>(
            Mipv6Helper().InstallHomeAgent(NodeContainer(topo.GetHomeAgent()), 1).Get(0));
        HmipHelper hmip;
        Ptr<MobilityServer> ms = DynamicCast<MobilityServer>(
            hmip.InstallMobilityServer(NodeContainer(d.server), 1, 64, d.routerAddresses).Get(0));
        NS_TEST_EXPECT_MSG_EQ(hmip.InstallRouter(topo.GetAccessRouters(), 1).GetN(), 2, "ARs");
        if (wifi)
        {
            // The hosts associate and run DAD in the same instant; an access router's
            // multicast Neighbour Solicitation is not acknowledged by 802.11 and may
            // collide, delaying an acknowledgement by RetransTimer (1 s): retransmit
            // rather than fall back at the first miss as the draft does.
            hmip.SetMobileNodeAttribute("RegistrationRetries", UintegerValue(2));
        }
        ApplicationContainer apps = hmip.InstallMobileNode(topo.GetMobileHosts(),
                                                           HmipTopologyHelper::HOME_ADDRESS,
                                                           HmipTopologyHelper::HOME_AGENT);
        std::vector<Ptr<HmipMobileNode>> mh;
        std::vector<Ptr<PacketSink>> sinks;
        std::vector<uint64_t> sent(hosts, 0);
        for (uint32_t i = 0; i < hosts; ++i)
        {
            mh.push_back(DynamicCast<HmipMobileNode>(apps.Get(i)));
            if (!wifi)
            {
                topo.GetHandoff(i)->ScheduleSwitch(Seconds(0.5), d.accessPoints[0]);
            }
            OnOffHelper cbr("ns3::UdpSocketFactory",
                            Inet6SocketAddress(HmipTopologyHelper::GetHomeAddress(i), 9));
            cbr.SetConstantRate(DataRate("40kb/s"), 100); // 50 packets/s
            ApplicationContainer source = cbr.Install(topo.GetExternalCorrespondent());
            source.Start(Seconds(4)); // after the home registrations (three DADs)
            source.Stop(Seconds(wifi ? 11.5 : 9.5));
            source.Get(0)->TraceConnectWithoutContext(
                "Tx",
                MakeCallback(+[](uint64_t* n, Ptr<const Packet>) { ++*n; }).Bind(&sent[i]));
            PacketSinkHelper sink("ns3::UdpSocketFactory",
                                  Inet6SocketAddress(Ipv6Address::GetAny(), 9));
            sinks.push_back(DynamicCast<PacketSink>(sink.Install(topo.GetMobileHost(i)).Get(0)));
        }
        if (wifi)
        {
            // AP1 covers x <= 80, AP2 x >= 70: hosts 1 and 2 walk from x = 25 to AP2
            // (they leave AP1 at 7.75 s and 8.75 s), host 0 stays.
            for (uint32_t i = 1; i < hosts; ++i)
            {
                Ptr<ConstantVelocityMobilityModel> walk =
                    topo.GetMobileHost(i)->GetObject<ConstantVelocityMobilityModel>();
                Simulator::Schedule(Seconds(3 + i),
                                    [walk]() { walk->SetVelocity(Vector(20, 0, 0)); });
                Simulator::Schedule(Seconds(9 + i), [walk]() { walk->SetVelocity(Vector()); });
            }
        }
        else
        {
            topo.GetHandoff(1)->ScheduleSwitch(Seconds(5), d.accessPoints[1]);
            topo.GetHandoff(2)->ScheduleSwitch(Seconds(7), d.accessPoints[1]);
        }
        Simulator::Stop(Seconds(wifi ? 12 : 10));
        Simulator::Run();

        NS_TEST_EXPECT_MSG_EQ(ms->GetNBindings(), hosts, "one MS binding per host");
        std::set<Ipv6Address> gcoas;
        for (uint32_t i = 0; i < hosts; ++i)
        {
            Ipv6Address home = HmipTopologyHelper::GetHomeAddress(i);
            NS_TEST_EXPECT_MSG_EQ(mh[i]->IsRegisteredWithMobilityServer(), true, "host " << i);
            NS_TEST_EXPECT_MSG_EQ(ha->GetCareOfAddress(home),
                                  mh[i]->GetGlobalCareOfAddress(),
                                  "the home agent binds host " << i << " to its GCoA");
            gcoas.insert(mh[i]->GetGlobalCareOfAddress());
            NS_TEST_EXPECT_MSG_EQ(topo.GetName(home), "MH-" + std::to_string(i + 1), "named");
            Ipv6Address expected = d.accessPrefixes[i == 0 ? 0 : 1];
            NS_TEST_EXPECT_MSG_EQ(ms->GetLocalCareOf(home).CombinePrefix(Ipv6Prefix(64)),
                                  expected,
                                  "the MS tunnels to host " << i << "'s access link");
        }
        NS_TEST_EXPECT_MSG_EQ(gcoas.size(), hosts, "three GCoAs");
        uint64_t received0 = sinks[0]->GetTotalRx() / 100;
        NS_TEST_EXPECT_MSG_EQ(received0, sent[0], "host 0 never moved: its flow is whole");
        for (uint32_t i = 1; i < hosts; ++i)
        {
            uint64_t received = sinks[i]->GetTotalRx() / 100;
            // One intra-domain handoff (about 1.1 s: DAD; Wi-Fi: also about 0.4 s of
            // missed beacons and scanning) at 50 packets/s.
            NS_TEST_EXPECT_MSG_GT(received, sent[i] - (wifi ? 90 : 65), "host " << i);
            NS_TEST_EXPECT_MSG_LT(received, sent[i] - 40, "host " << i << " did move");
        }
        Simulator::Destroy();
    }

    std::string m_linkModel; //!< "switch" or "wifi"
};

/**
 * \ingroup hmipv6-test
 * \brief A domain with more than nine access routers: every prefix is its own, and a
 *        host that moves from the twelfth router to the eleventh and to the third
 *        registers on each access link with the MS, the home agent left alone.
 */
class TopologyManyRoutersTestCase : public TestCase
{
  public:
    TopologyManyRoutersTestCase()
        : TestCase("topology: twelve access routers in a domain, a host moving among them")
    {
    }

  private:
    void DoRun() override
    {
        HmipTopologyHelper::Config config;
        config.accessRouters = {12};
        HmipTopologyHelper topo(config);
        const HmipTopologyHelper::Domain& d = topo.GetDomains()[0];
        std::set<Ipv6Address> prefixes(d.accessPrefixes.begin(), d.accessPrefixes.end());
        for (Ipv6Address router : d.routerAddresses)
        {
            prefixes.insert(router.CombinePrefix(Ipv6Prefix(64)));
        }
        prefixes.insert(d.mobilityNetwork);
        prefixes.insert(d.correspondentAddress.CombinePrefix(Ipv6Prefix(64)));
        NS_TEST_ASSERT_MSG_EQ(prefixes.size(), 2u * 12 + 2, "every link has its own prefix");
        NS_TEST_EXPECT_MSG_EQ(d.accessPrefixes[11], Ipv6Address("2001:d01:100c::"), "AR12");

        Ptr<hmipv6::HomeAgent> ha = DynamicCast<hmipv6::HomeAgent>(
            Mipv6Helper().InstallHomeAgent(NodeContainer(topo.GetHomeAgent()), 1).Get(0));
        HmipHelper hmip;
        Ptr<MobilityServer> ms = DynamicCast<MobilityServer>(
            hmip.InstallMobilityServer(NodeContainer(d.server), 1, 64, d.routerAddresses).Get(0));
        hmip.InstallRouter(topo.GetAccessRouters(), 1);
        Ptr<HmipMobileNode> mh =
            DynamicCast<HmipMobileNode>(hmip.InstallMobileNode(topo.GetMobileHosts(),
                                                               HmipTopologyHelper::HOME_ADDRESS,
                                                               HmipTopologyHelper::HOME_AGENT)
                                            .Get(0));
        Ptr<hmipv6::LinkSwitchHandoff> handoff = topo.GetHandoff();
        handoff->ScheduleSwitch(Seconds(0.5), d.accessPoints[11]);
        handoff->ScheduleSwitch(Seconds(6), d.accessPoints[10]);
        handoff->ScheduleSwitch(Seconds(10), d.accessPoints[2]);
        std::vector<Ipv6Address> localCareOf;
        std::vector<Ipv6Address> homeBinding;
        for (double t : {5.5, 9.5, 13.5})
        {
            Simulator::Schedule(Seconds(t), [&]() {
                localCareOf.push_back(ms->GetLocalCareOf(HmipTopologyHelper::HOME_ADDRESS));
                homeBinding.push_back(ha->GetCareOfAddress(HmipTopologyHelper::HOME_ADDRESS));
            });
        }
        Simulator::Stop(Seconds(14));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(localCareOf.size(), 3u, "three samples");
        const uint32_t routers[] = {11, 10, 2};
        for (uint32_t j = 0; j < 3; ++j)
        {
            NS_TEST_EXPECT_MSG_EQ(localCareOf[j].CombinePrefix(Ipv6Prefix(64)),
                                  d.accessPrefixes[routers[j]],
                                  "the MS tunnels to AR" << routers[j] + 1 << "'s link");
            NS_TEST_EXPECT_MSG_EQ(homeBinding[j],
                                  mh->GetGlobalCareOfAddress(),
                                  "the home agent keeps the GCoA");
        }
        NS_TEST_EXPECT_MSG_EQ(mh->IsRegisteredWithMobilityServer(), true, "registered");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief The draft's figures and failure cases with the three roles.
 */
class HmipDraftFiguresTestSuite : public TestSuite
{
  public:
    HmipDraftFiguresTestSuite()
        : TestSuite("hmipv6-draft-figures")
    {
        AddTestCase(new TopologyNamesTestCase);
        AddTestCase(new TopologyBurstTestCase);
        AddTestCase(new TopologyManyRoutersTestCase);
        AddTestCase(new ManyHostsTestCase("switch"));
        AddTestCase(new ManyHostsTestCase("wifi"));
        AddTestCase(new HmipFigure1TestCase);
        AddTestCase(new HmipFigure2TestCase);
        AddTestCase(new HmipFigure3TestCase("Encapsulate"));
        AddTestCase(new HmipFigure3TestCase("Rewrite"));
        AddTestCase(new HmipFallbackTestCase(HmipFallbackTestCase::GCOA_DAD));
        AddTestCase(new HmipFallbackTestCase(HmipFallbackTestCase::STALE_SEQUENCE));
        AddTestCase(new HmipFallbackTestCase(HmipFallbackTestCase::MS_SILENT));
        AddTestCase(new HmipTwoServersTestCase);
        AddTestCase(new HmipLifetimeTestCase);
        AddTestCase(new HmipWithdrawalTestCase);
    }
};

/// The suite's instance.
static HmipDraftFiguresTestSuite g_hmipDraftFiguresTestSuite;

} // namespace
