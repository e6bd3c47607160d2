// SPDX-License-Identifier: GPL-2.0-only
// HandoffMonitor on a Mobile IPv6 scenario with two link-switch handoffs.
//
//   CH --5ms-- HR --1ms-- HA            (home link 2001:1::/64; HR's home device is the
//            5ms  5ms                    watched "border" device)
//             AR1  AR2   (Radvd, prefixes 2001:a1::/64 and 2001:a2::/64)
//               MN       (one SimpleChannel, 1 ms, under LinkSwitchHandoff)
//
// ns-3 routers drop 2001:db8::/32, hence these prefixes.
#include "../roles/hmip-test-network.h"

#include "ns3/application.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/handoff-monitor-helper.h"
#include "ns3/handoff-monitor.h"
#include "ns3/home-agent.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/names.h"
#include "ns3/radvd-interface.h"
#include "ns3/radvd-prefix.h"
#include "ns3/radvd.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address HOME_ADDRESS("2001:1::100");
const Ipv6Address HA_ADDRESS("2001:1::1");
const Ipv6Address HR_HOME("2001:1::ff");
const Ipv6Address CH_ADDRESS("2001:20::1");
const uint16_t PORT = 9;

/// CBR source: one UDP packet starting like a SeqTsHeader every "Interval"; traces "Tx".
class CbrSource : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::HandoffMonitorTestCbrSource")
                                .SetParent<Application>()
                                .AddTraceSource("Tx",
                                                "A packet was sent.",
                                                MakeTraceSourceAccessor(&CbrSource::m_txTrace),
                                                "ns3::Packet::TracedCallback");
        return tid;
    }

    Time m_interval{MilliSeconds(10)}; //!< time between packets
    uint32_t m_sent{0};                //!< packets sent

  private:
    void StartApplication() override
    {
        m_socket = Socket::CreateSocket(GetNode(), UdpSocketFactory::GetTypeId());
        Send();
    }

    void StopApplication() override
    {
        m_event.Cancel();
    }

    void DoDispose() override
    {
        m_socket = nullptr;
        Application::DoDispose();
    }

    void Send()
    {
        // SeqTsHeader's wire format (sequence, then time stamp), written by hand: the
        // header lives in the applications module, which the test runner does not link.
        uint8_t payload[100] = {};
        for (int k = 0; k < 4; ++k)
        {
            payload[k] = uint8_t(m_sent >> (24 - 8 * k));
        }
        Ptr<Packet> p = Create<Packet>(payload, sizeof(payload));
        m_socket->SendTo(p, 0, Inet6SocketAddress(HOME_ADDRESS, PORT));
        ++m_sent;
        m_txTrace(p);
        m_event = Simulator::Schedule(m_interval, &CbrSource::Send, this);
    }

    Ptr<Socket> m_socket;                        //!< UDP socket
    EventId m_event;                             //!< next packet
    TracedCallback<Ptr<const Packet>> m_txTrace; //!< "Tx"
};

/// CBR sink on the home address; traces "Rx" with the sender's address.
class CbrSink : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::HandoffMonitorTestCbrSink")
                                .SetParent<Application>()
                                .AddTraceSource("Rx",
                                                "A packet was received.",
                                                MakeTraceSourceAccessor(&CbrSink::m_rxTrace),
                                                "ns3::Packet::AddressTracedCallback");
        return tid;
    }

    uint32_t m_received{0}; //!< packets received

  private:
    void StartApplication() override
    {
        m_socket = Socket::CreateSocket(GetNode(), UdpSocketFactory::GetTypeId());
        m_socket->Bind(Inet6SocketAddress(HOME_ADDRESS, PORT));
        m_socket->SetRecvCallback(MakeCallback(&CbrSink::HandleRead, this));
    }

    void StopApplication() override
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }

    void DoDispose() override
    {
        m_socket = nullptr;
        Application::DoDispose();
    }

    void HandleRead(Ptr<Socket> socket)
    {
        Address from;
        while (Ptr<Packet> p = socket->RecvFrom(from))
        {
            ++m_received;
            m_rxTrace(p, from);
        }
    }

    Ptr<Socket> m_socket;                                        //!< UDP socket
    TracedCallback<Ptr<const Packet>, const Address&> m_rxTrace; //!< "Rx"
};

Ptr<Ipv6L3Protocol>
Ip(Ptr<Node> node)
{
    return node->GetObject<Ipv6L3Protocol>();
}

/// A device on a channel with an IPv6 interface (and an address unless ::).
Ptr<SimpleNetDevice>
AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
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

Ptr<SimpleChannel>
Channel(Time delay)
{
    Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
    channel->SetAttribute("Delay", TimeValue(delay));
    return channel;
}

/// Two handoffs (AR1 -> AR2 -> AR1) under a 100 packets/s flow.
class HandoffMonitorScenarioTest : public TestCase
{
  public:
    HandoffMonitorScenarioTest()
        : TestCase("two MIPv6 handoffs: ordered times, latency, loss, CSV, signalling")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes; // MN, AR1, AR2, HR, HA, CH
        nodes.Create(6);
        Ptr<Node> mnNode = nodes.Get(0);
        Ptr<Node> ar1 = nodes.Get(1);
        Ptr<Node> ar2 = nodes.Get(2);
        Ptr<Node> hr = nodes.Get(3);
        Ptr<Node> haNode = nodes.Get(4);
        Ptr<Node> ch = nodes.Get(5);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);

        Ptr<SimpleChannel> access = Channel(MilliSeconds(1));
        Ptr<SimpleNetDevice> mnDevice = AddDevice(mnNode, access, Ipv6Address::GetAny());
        Ptr<SimpleNetDevice> ap1 = AddDevice(ar1, access, Ipv6Address("2001:a1::1"));
        Ptr<SimpleNetDevice> ap2 = AddDevice(ar2, access, Ipv6Address("2001:a2::1"));
        Ptr<SimpleChannel> l1 = Channel(MilliSeconds(5));
        AddDevice(ar1, l1, Ipv6Address("2001:11::1"));
        AddDevice(hr, l1, Ipv6Address("2001:11::2"));
        Ptr<SimpleChannel> l2 = Channel(MilliSeconds(5));
        AddDevice(ar2, l2, Ipv6Address("2001:12::1"));
        AddDevice(hr, l2, Ipv6Address("2001:12::2"));
        Ptr<SimpleChannel> home = Channel(MilliSeconds(1));
        Ptr<SimpleNetDevice> border = AddDevice(hr, home, HR_HOME);
        AddDevice(haNode, home, HA_ADDRESS);
        Ptr<SimpleChannel> l3 = Channel(MilliSeconds(5));
        AddDevice(hr, l3, Ipv6Address("2001:20::2"));
        AddDevice(ch, l3, CH_ADDRESS);
        for (Ptr<Node> router : {ar1, ar2, hr})
        {
            for (uint32_t i = 1; i < Ip(router)->GetNInterfaces(); ++i)
            {
                Ip(router)->SetForwarding(i, true);
            }
        }
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(ar1))->SetDefaultRoute(Ipv6Address("2001:11::2"), 2);
        rh.GetStaticRouting(Ip(ar2))->SetDefaultRoute(Ipv6Address("2001:12::2"), 2);
        rh.GetStaticRouting(Ip(haNode))->SetDefaultRoute(HR_HOME, 1);
        rh.GetStaticRouting(Ip(ch))->SetDefaultRoute(Ipv6Address("2001:20::2"), 1);
        Ptr<Ipv6StaticRouting> hrRouting = rh.GetStaticRouting(Ip(hr));
        hrRouting->AddNetworkRouteTo(Ipv6Address("2001:a1::"),
                                     Ipv6Prefix(64),
                                     Ipv6Address("2001:11::1"),
                                     1);
        hrRouting->AddNetworkRouteTo(Ipv6Address("2001:a2::"),
                                     Ipv6Prefix(64),
                                     Ipv6Address("2001:12::1"),
                                     2);
        for (auto [router, prefix] :
             {std::make_pair(ar1, "2001:a1::"), std::make_pair(ar2, "2001:a2::")})
        {
            Ptr<Radvd> radvd = CreateObject<Radvd>();
            Ptr<RadvdInterface> config = Create<RadvdInterface>(1, 70, 30);
            config->AddPrefix(Create<RadvdPrefix>(Ipv6Address(prefix), 64));
            radvd->AddConfiguration(config);
            router->AddApplication(radvd);
            radvd->SetStartTime(Seconds(0));
        }

        Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        handoff->SetAttribute("L2Outage", TimeValue(MilliSeconds(50)));
        handoff->SetMobileDevice(mnDevice);
        handoff->AddAccessPoint(ap1);
        handoff->AddAccessPoint(ap2);
        handoff->AttachNow(0);

        Mipv6Helper mip;
        mip.SetHomeAgentAttribute("ProxyReplyDelay",
                                  StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        Ptr<hmipv6::HomeAgent> ha = DynamicCast<hmipv6::HomeAgent>(
            mip.InstallHomeAgent(haNode, 1, Ipv6Address("2001:1::"), 64).Get(0));
        Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(
            mip.InstallMobileNode(mnNode, HOME_ADDRESS, HA_ADDRESS, 1).Get(0));
        handoff->TraceConnectWithoutContext("LinkUp",
                                            MakeCallback(&Mipv6MobileNode::NotifyLinkUpAp, mn));
        handoff->TraceConnectWithoutContext("LinkDown",
                                            MakeCallback(&Mipv6MobileNode::NotifyLinkDownAp, mn));

        // Warm the core's neighbour caches (as the handoff test does).
        Simulator::Schedule(MilliSeconds(300), [ar2]() {
            Ptr<Socket> s = Socket::CreateSocket(ar2, UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(Ipv6Address("2001:12::2"), 7));
        });

        // The flow: from 2 s (registered by then) to 9 s; the run ends at 10 s, so no
        // packet is still in flight when the records are read.
        Ptr<CbrSource> source = CreateObject<CbrSource>();
        ch->AddApplication(source);
        source->SetStartTime(Seconds(2));
        source->SetStopTime(Seconds(9));
        Ptr<CbrSink> sink = CreateObject<CbrSink>();
        mnNode->AddApplication(sink);
        sink->SetStartTime(Seconds(1));

        const Time down1 = Seconds(4);
        const Time down2 = Seconds(7);
        handoff->ScheduleSwitch(down1, 1);
        handoff->ScheduleSwitch(down2, 0);

        HandoffMonitorHelper helper;
        helper.SetMonitorAttribute("Protocol", StringValue("mipv6"));
        helper.SetMonitorAttribute("Move", StringValue("intra"));
        helper.SetMonitorAttribute("HaDelay", TimeValue(MilliSeconds(5)));
        helper.SetMonitorAttribute("PacketIdentifier", StringValue("SeqTs"));
        Ptr<hmipv6::HandoffMonitor> monitor = helper.Install(mn, handoff, source, sink);
        helper.WatchDevices(monitor, NetDeviceContainer(border));
        std::ostringstream arrivalText;
        monitor->EnableArrivals(Create<OutputStreamWrapper>(&arrivalText));

        // Independent count: BUs the HA received and BAs it sent, per handoff window
        // (all of them cross HR's home device).
        std::vector<uint32_t> haSignalling(3, 0);
        auto window = [down1, down2]() {
            Time now = Simulator::Now();
            return now < down1 ? 0 : (now < down2 ? 1 : 2);
        };
        ha->TraceConnectWithoutContext(
            "BindingUpdateReceived",
            Callback<void, const hmipv6::BindingUpdateHeader&, Ipv6Address, Ipv6Address>(
                [&](const hmipv6::BindingUpdateHeader&, Ipv6Address, Ipv6Address) {
                    ++haSignalling[window()];
                }));
        ha->TraceConnectWithoutContext(
            "BindingAckSent",
            Callback<void, Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time>(
                [&](Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time) {
                    ++haSignalling[window()];
                }));

        Simulator::Stop(Seconds(10));
        Simulator::Run();

        std::vector<hmipv6::HandoffRecord> records = monitor->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 2u, "two handoff records");
        const double rate = 1.0 / source->m_interval.GetSeconds();
        uint32_t lostSum = 0;
        for (const hmipv6::HandoffRecord& r : records)
        {
            Time latency = r.GetLatency();
            std::cout << "handoff " << r.handoff << ": down=" << r.l2Down.GetSeconds()
                      << " up=" << r.l2Up.GetSeconds() << " ra=" << r.ra.GetSeconds()
                      << " coa=" << r.coaReady.GetSeconds() << " sent=" << r.regSent.GetSeconds()
                      << " acked=" << r.regAcked.GetSeconds()
                      << " first=" << r.firstPacket.GetSeconds()
                      << " latency=" << latency.GetMicroSeconds() / 1000.0
                      << " ms lost=" << r.lostPackets << " internet=" << r.internetSignalling
                      << std::endl;
            NS_TEST_EXPECT_MSG_EQ(r.handoff,
                                  uint32_t(&r - records.data()) + 1,
                                  "handoff numbering");
            NS_TEST_EXPECT_MSG_LT(r.l2Down, r.l2Up, "l2 down < l2 up");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.l2Up, r.ra, "l2 up <= RA");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.ra, r.coaReady, "RA <= CoA ready");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.coaReady, r.regSent, "CoA ready <= BU sent");
            NS_TEST_EXPECT_MSG_LT(r.regSent, r.regAcked, "BU sent < BA received");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.regAcked, r.firstPacket, "BA <= first packet");
            NS_TEST_EXPECT_MSG_EQ(latency, r.firstPacket - r.l2Down, "latency definition");
            NS_TEST_EXPECT_MSG_EQ(r.l2Up - r.l2Down, MilliSeconds(50), "L2 outage");
            NS_TEST_EXPECT_MSG_EQ(r.registrations.empty(), false, "registrations recorded");
            if (!r.registrations.empty())
            {
                NS_TEST_EXPECT_MSG_EQ(r.registrations.back().destination,
                                      HA_ADDRESS,
                                      "registered with the HA");
            }
            NS_TEST_EXPECT_MSG_EQ_TOL(double(r.lostPackets),
                                      rate * latency.GetSeconds(),
                                      2.0,
                                      "loss ~ rate * latency");
            // The old path carried the flow up to the link's loss: within one interval.
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.lastOldPacket, r.l2Down, "last old packet first");
            NS_TEST_EXPECT_MSG_GT(r.lastOldPacket,
                                  r.l2Down - source->m_interval - MilliSeconds(20),
                                  "the old path worked until the link went down");
            lostSum += r.lostPackets;
        }
        NS_TEST_EXPECT_MSG_EQ(records[0].l2Down, down1, "first handoff at 4 s");
        NS_TEST_EXPECT_MSG_EQ(records[1].l2Down, down2, "second handoff at 7 s");
        NS_TEST_EXPECT_MSG_EQ(monitor->GetNCompleted(), 2u, "both completed");
        NS_TEST_EXPECT_MSG_EQ(monitor->GetPacketsSent(), uint64_t(source->m_sent), "all sent seen");
        NS_TEST_EXPECT_MSG_EQ(monitor->GetPacketsReceived(),
                              uint64_t(sink->m_received),
                              "all received seen");
        std::cout << "sent=" << source->m_sent << " received=" << sink->m_received
                  << " lost (sum of records)=" << lostSum << std::endl;
        // Every lost packet is in a handoff's window, or (first-contact losses of the
        // flow's first packets) before the first window: nothing is lost in between.
        std::cout << "lost before the first window=" << monitor->GetUnattributedLost() << std::endl;
        NS_TEST_EXPECT_MSG_EQ(lostSum + monitor->GetUnattributedLost(),
                              uint64_t(source->m_sent - sink->m_received),
                              "loss accounted");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(monitor->GetUnattributedLost(), 2u, "no loss before");

        // Signalling: one BU and one BA per handoff crossed the border device.
        NS_TEST_EXPECT_MSG_EQ(records[0].internetSignalling, haSignalling[1], "HA count 1");
        NS_TEST_EXPECT_MSG_EQ(records[1].internetSignalling, haSignalling[2], "HA count 2");
        NS_TEST_EXPECT_MSG_EQ(records[0].internetSignalling, 2u, "BU + BA, handoff 1");
        NS_TEST_EXPECT_MSG_EQ(records[1].internetSignalling, 2u, "BU + BA, handoff 2");
        NS_TEST_EXPECT_MSG_EQ(monitor->GetUnattributedInternetSignalling(),
                              uint64_t(haSignalling[0]),
                              "initial registration before the first handoff");

        // CSV: the exact header, then one line per handoff.
        std::ostringstream csv;
        monitor->WriteCsv(csv);
        std::istringstream in(csv.str());
        std::string line;
        std::getline(in, line);
        const std::string expected =
            "protocol,move,ha_delay_ms,handoff,t_l2_down_s,t_l2_up_s,t_ra_s,t_coa_ready_s,"
            "t_reg_sent_s,t_reg_acked_s,t_first_packet_s,latency_ms,lost_packets,"
            "internet_signalling_packets";
        NS_TEST_EXPECT_MSG_EQ(line.substr(0, expected.size()), expected, "CSV header");
        bool onlyExtra = line.size() == expected.size() || line[expected.size()] == ',';
        NS_TEST_EXPECT_MSG_EQ(onlyExtra, true, "only extra columns follow");
        uint32_t lines = 0;
        while (std::getline(in, line))
        {
            if (!line.empty())
            {
                ++lines;
                NS_TEST_EXPECT_MSG_EQ(line.substr(0, 14), "mipv6,intra,5,", "labels");
            }
        }
        NS_TEST_EXPECT_MSG_EQ(lines, 2u, "one CSV line per handoff");

        // Arrivals: one line per packet received, numbered by the handoffs before it.
        std::istringstream arrivals(arrivalText.str());
        std::getline(arrivals, line);
        NS_TEST_EXPECT_MSG_EQ(line, hmipv6::HandoffMonitor::ARRIVALS_HEADER, "arrivals header");
        std::vector<uint32_t> perHandoff(3, 0);
        uint64_t arrivalLines = 0;
        while (std::getline(arrivals, line))
        {
            std::vector<std::string> fields;
            std::istringstream cells(line);
            for (std::string cell; std::getline(cells, cell, ',');)
            {
                fields.push_back(cell);
            }
            NS_TEST_ASSERT_MSG_EQ(fields.size(), 6u, "six fields: " << line);
            double received = std::stod(fields[3]);
            uint32_t k = std::stoul(fields[4]);
            NS_TEST_ASSERT_MSG_LT(k, 3u, "handoff number");
            ++perHandoff[k];
            NS_TEST_EXPECT_MSG_LT(std::stod(fields[2]), received, "sent before received");
            Time start = k == 0 ? Seconds(0) : records[k - 1].l2Down;
            NS_TEST_EXPECT_MSG_GT_OR_EQ(Seconds(received), start, "after its handoff began");
            if (k > 0)
            {
                NS_TEST_EXPECT_MSG_EQ(Ipv6Address(fields[5].c_str()),
                                      records[k - 1].coa,
                                      "the path");
            }
            ++arrivalLines;
        }
        NS_TEST_EXPECT_MSG_EQ(arrivalLines, uint64_t(sink->m_received), "one line per packet");
        NS_TEST_EXPECT_MSG_GT(perHandoff[1], 0u, "packets between the handoffs");
        std::cout << csv.str();
        Simulator::Destroy();
    }
};

/**
 * \brief Labels left empty come from the mobile node: "hmipv6" for a host that uses a
 *        Mobility Server, "mipv6" for one that does not, and each handoff's move as the
 *        host finds it (AR1 -> AR2 intra, AR2 -> AR3 and AR3 -> AR1 inter); a plain Mobile
 *        IPv6 host reports no move kind. The home agent, also from the host, gets its
 *        own columns: registered before each handoff, and the handoff's registration with
 *        it (inter-domain moves only, under HMIPv6).
 */
class HandoffMonitorLabelsTest : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param hierarchical the host uses a Mobility Server
     */
    explicit HandoffMonitorLabelsTest(bool hierarchical)
        : TestCase(std::string("labels from the mobile node: ") +
                   (hierarchical ? "hmipv6" : "mipv6")),
          m_hierarchical(hierarchical)
    {
    }

  private:
    void DoRun() override
    {
        hmipv6test::NetConfig config;
        config.useMobilityServer = m_hierarchical;
        hmipv6test::HmipTestNetwork net(config);
        Ptr<hmipv6::LinkSwitchHandoff> handoff = net.Handoff();
        handoff->ScheduleSwitch(Seconds(0.5), net.AccessPoint(0, 0));
        handoff->ScheduleSwitch(Seconds(6), net.AccessPoint(0, 1));
        handoff->ScheduleSwitch(Seconds(9), net.AccessPoint(1, 0));
        handoff->ScheduleSwitch(Seconds(12), net.AccessPoint(0, 0));
        Ptr<hmipv6::HandoffMonitor> monitor = HandoffMonitorHelper().Install(net.mh, handoff);
        HandoffMonitorHelper lateHelper;
        lateHelper.SetMonitorAttribute("Start", TimeValue(Seconds(7)));
        Ptr<hmipv6::HandoffMonitor> late = lateHelper.Install(net.mh, handoff);
        Simulator::Stop(Seconds(15));
        Simulator::Run();
        const auto& records = monitor->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 3u, "three handoffs");
        const auto lateRecords = late->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(lateRecords.size(), 2u, "Start 7 s: the 6 s handoff left out");
        NS_TEST_EXPECT_MSG_EQ(lateRecords[0].l2Down, Seconds(9), "the first recorded");
        NS_TEST_EXPECT_MSG_EQ(lateRecords[0].handoff, 1u, "numbered from 1");
        NS_TEST_EXPECT_MSG_EQ(lateRecords[0].regAcked, records[1].regAcked, "as the other saw");
        const std::string protocol = m_hierarchical ? "hmipv6" : "mipv6";
        const std::vector<std::string> moves =
            m_hierarchical ? std::vector<std::string>{"intra", "inter", "inter"}
                           : std::vector<std::string>{"", "", ""};
        for (uint32_t k = 0; k < records.size(); ++k)
        {
            NS_TEST_EXPECT_MSG_EQ(records[k].protocol, protocol, "handoff " << k + 1);
            NS_TEST_EXPECT_MSG_EQ(records[k].move, moves[k], "handoff " << k + 1);
            NS_TEST_EXPECT_MSG_EQ(records[k].regAcked.IsPositive(), true, "registered");
            NS_TEST_EXPECT_MSG_EQ(records[k].homeRegistered, true, "home registration first");
            // The home agent hears of inter-domain moves only, under HMIPv6.
            const hmipv6::HandoffRegistration* home =
                records[k].FindRegistration(HmipTopologyHelper::HOME_AGENT);
            bool toHome = !m_hierarchical || moves[k] == "inter";
            NS_TEST_EXPECT_MSG_EQ((home != nullptr), toHome, "home registration " << k + 1);
            NS_TEST_EXPECT_MSG_EQ((home && home->acked.IsPositive()), toHome, "acked " << k + 1);
            // Under HMIPv6 every handoff registers with an MS.
            NS_TEST_EXPECT_MSG_EQ(records[k].ms.IsAny(), !m_hierarchical, "the MS " << k + 1);
            const hmipv6::HandoffRegistration* ms =
                records[k].ms.IsAny() ? nullptr : records[k].FindRegistration(records[k].ms);
            NS_TEST_EXPECT_MSG_EQ((ms && ms->acked.IsPositive()),
                                  m_hierarchical,
                                  "MS registration acked " << k + 1);
        }
        monitor->AddColumn("speed", "2.5");
        std::ostringstream csv;
        monitor->WriteCsv(csv);
        std::istringstream lines(csv.str());
        std::string header;
        std::getline(lines, header);
        const std::string tail = ",home_registered,t_ha_reg_sent_s,t_ha_reg_acked_s,"
                                 "t_ms_reg_sent_s,t_ms_reg_acked_s,host,t_last_old_packet_s,"
                                 "seed,run,speed";
        NS_TEST_EXPECT_MSG_EQ(header.find(tail),
                              header.size() - tail.size(),
                              "the registrations' columns, the host, the run, then the user's");
        std::string line;
        std::getline(lines, line);
        const std::string host = Names::FindName(net.mh->GetNode());
        const std::string label =
            host.empty() ? "node-" + std::to_string(net.mh->GetNode()->GetId()) : host;
        // No flow here: no last packet on the old path.
        const std::string end = "," + label + ",," + std::to_string(RngSeedManager::GetSeed()) +
                                "," + std::to_string(RngSeedManager::GetRun()) + ",2.5";
        NS_TEST_EXPECT_MSG_EQ(line.substr(line.size() - end.size()),
                              end,
                              "the host (its ns-3 name or node id), seed, run, speed");
        Simulator::Destroy();
    }

    bool m_hierarchical; //!< the host uses a Mobility Server
};

/**
 * \ingroup hmipv6-test
 * \brief A move inside a domain just entered, before the new MS acknowledged the
 *        registration, is labelled intra too.
 */
class HandoffMonitorQuickMovesTest : public TestCase
{
  public:
    HandoffMonitorQuickMovesTest()
        : TestCase("a move inside a domain before its MS acknowledged: still intra")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6test::NetConfig config;
        hmipv6test::HmipTestNetwork net(config);
        Ptr<hmipv6::LinkSwitchHandoff> handoff = net.Handoff();
        handoff->ScheduleSwitch(Seconds(0.5), net.AccessPoint(1, 0));
        handoff->ScheduleSwitch(Seconds(6), net.AccessPoint(0, 0));
        // LCoA ready at about 7.1 s, the new MS's GCoA after its DAD at about 8.1 s.
        handoff->ScheduleSwitch(Seconds(7.5), net.AccessPoint(0, 1));
        Ptr<hmipv6::HandoffMonitor> monitor = HandoffMonitorHelper().Install(net.mh, handoff);
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        const auto records = monitor->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 2u, "two handoffs");
        NS_TEST_EXPECT_MSG_EQ(records[0].move, "inter", "into the second domain");
        NS_TEST_EXPECT_MSG_EQ(records[1].move, "intra", "the move before registering");
        NS_TEST_EXPECT_MSG_EQ(records[1].regAcked.IsPositive(), true, "registered after it");
        NS_TEST_EXPECT_MSG_EQ(net.mh->IsRegisteredWithMobilityServer(), true, "registered");
        Simulator::Destroy();
    }
};

/**
 * \ingroup hmipv6-test
 * \brief A link lost and regained without a new care-of address (a Wi-Fi station back
 *        on its access point) is a handoff labelled "none".
 */
class HandoffMonitorNoMoveTest : public TestCase
{
  public:
    HandoffMonitorNoMoveTest()
        : TestCase("the link back without a new care-of address: move none")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<hmipv6::HandoffMonitor> monitor = CreateObject<hmipv6::HandoffMonitor>();
        monitor->NotifyPacketSent(1);
        monitor->NotifyPacketReceived(1);
        Simulator::Schedule(Seconds(1), &hmipv6::HandoffMonitor::NotifyLinkDown, monitor);
        Simulator::Schedule(Seconds(1.2), &hmipv6::HandoffMonitor::NotifyLinkUp, monitor);
        Simulator::Schedule(Seconds(2), &hmipv6::HandoffMonitor::NotifyLinkDown, monitor);
        Simulator::Schedule(Seconds(2.1), &hmipv6::HandoffMonitor::NotifyLinkUp, monitor);
        Simulator::Schedule(Seconds(1.3), [monitor]() {
            monitor->NotifyPacketSent(2);
            monitor->NotifyPacketReceived(2);
        });
        Simulator::Run();
        const auto records = monitor->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 2u, "two handoffs");
        NS_TEST_EXPECT_MSG_EQ(records[0].move, "none", "the flow came back, no new address");
        NS_TEST_EXPECT_MSG_EQ(records[0].GetLatency(), MilliSeconds(300), "its latency");
        NS_TEST_EXPECT_MSG_EQ(records[1].move, "", "not over: no label");
        Simulator::Destroy();
    }
};

/// The suite.
class HandoffMonitorTestSuite : public TestSuite
{
  public:
    HandoffMonitorTestSuite()
        : TestSuite("hmipv6-handoff-monitor")
    {
        AddTestCase(new HandoffMonitorScenarioTest);
        AddTestCase(new HandoffMonitorLabelsTest(true));
        AddTestCase(new HandoffMonitorLabelsTest(false));
        AddTestCase(new HandoffMonitorQuickMovesTest);
        AddTestCase(new HandoffMonitorNoMoveTest);
    }
};

HandoffMonitorTestSuite g_handoffMonitorTestSuite; //!< static instance

} // namespace
