// SPDX-License-Identifier: GPL-2.0-only
// The deterministic link-switch handoff model: who hears whom, and when.
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/double.h"
#include "ns3/link-switch-channel.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/nearest-access-point-switch.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <map>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

/// Devices on one SimpleChannel that broadcast every 10 ms and count what they hear.
class Broadcasters
{
  public:
    /**
     * \param n how many devices, each on a node of its own
     * \param divided a LinkSwitchChannel rather than a plain SimpleChannel
     */
    Broadcasters(uint32_t n, bool divided)
    {
        Ptr<SimpleChannel> channel =
            divided ? Ptr<SimpleChannel>(CreateObject<hmipv6::LinkSwitchChannel>())
                    : CreateObject<SimpleChannel>();
        channel->SetAttribute("Delay", TimeValue(MilliSeconds(1)));
        for (uint32_t i = 0; i < n; ++i)
        {
            Ptr<Node> node = CreateObject<Node>();
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            Mac48Address mac = Mac48Address::Allocate();
            device->SetAddress(mac);
            device->SetChannel(channel);
            node->AddDevice(device);
            device->SetReceiveCallback(MakeCallback(&Broadcasters::Receive, this).Bind(i));
            m_senderOf[mac] = i;
            devices.push_back(device);
        }
    }

    /// Every device broadcasts a frame at 5 ms past each 10 ms, for 3 s; then run.
    void Run()
    {
        for (uint32_t k = 0; k < 300; ++k)
        {
            for (Ptr<SimpleNetDevice> device : devices)
            {
                Simulator::Schedule(MicroSeconds(5000 + 10000 * k), [device]() {
                    device->Send(Create<Packet>(20), device->GetBroadcast(), 0x86DD);
                });
            }
        }
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();
    }

    /// \return the frames that `receiver` heard from `sender`
    uint32_t Heard(uint32_t receiver, uint32_t sender)
    {
        return m_heard[{receiver, sender}];
    }

    std::vector<Ptr<SimpleNetDevice>> devices; //!< by index

  private:
    /// Count a frame (the receiver's index bound first).
    bool Receive(uint32_t receiver,
                 Ptr<NetDevice>,
                 Ptr<const Packet>,
                 uint16_t,
                 const Address& from)
    {
        m_heard[{receiver, m_senderOf[Mac48Address::ConvertFrom(from)]}]++;
        return true;
    }

    std::map<Mac48Address, uint32_t> m_senderOf;               //!< MAC -> device index
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> m_heard; //!< (receiver, sender) -> frames
};

/// Frames flow only between the mobile host and its current access point.
class LinkSwitchHandoffTest : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param divided on a LinkSwitchChannel
     */
    explicit LinkSwitchHandoffTest(bool divided)
        : TestCase(std::string("frames reach only the current access point; traces mark each "
                               "switch: ") +
                   (divided ? "LinkSwitchChannel" : "SimpleChannel")),
          m_divided(divided)
    {
    }

  private:
    /// (time in ms, "down"/"up", access point).
    std::vector<std::tuple<int64_t, std::string, uint32_t>> m_events;

    void DoRun() override
    {
        Broadcasters net(3, m_divided); // 0 mobile host, 1 and 2 access points
        std::vector<Ptr<SimpleNetDevice>>& devices = net.devices;
        Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        handoff->SetAttribute("L2Outage", TimeValue(MilliSeconds(50)));
        handoff->SetMobileDevice(devices[0]);
        uint32_t ap0 = handoff->AddAccessPoint(devices[1]);
        uint32_t ap1 = handoff->AddAccessPoint(devices[2]);
        handoff->TraceConnectWithoutContext(
            "LinkDown",
            MakeCallback(&LinkSwitchHandoffTest::Event, this).Bind(std::string("down")));
        handoff->TraceConnectWithoutContext(
            "LinkUp",
            MakeCallback(&LinkSwitchHandoffTest::Event, this).Bind(std::string("up")));
        handoff->AttachNow(ap0);
        handoff->ScheduleSwitch(Seconds(1), ap1);
        handoff->ScheduleSwitch(Seconds(2), ap0);

        net.Run();

        // Attached to AP0 during [0, 1) and [2.05, 3): 100 + 95 frames each way.
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 1), 195u, "mobile host hears AP0");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 0), 195u, "AP0 hears the mobile host");
        // Attached to AP1 during [1.05, 2): 95 frames each way.
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 2), 95u, "mobile host hears AP1");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(2, 0), 95u, "AP1 hears the mobile host");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 2), 0u, "access points never hear each other");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(2, 1), 0u, "access points never hear each other");

        decltype(m_events) expected = {{0, "up", 0},
                                       {1000, "down", 0},
                                       {1050, "up", 1},
                                       {2000, "down", 1},
                                       {2050, "up", 0}};
        NS_TEST_ASSERT_MSG_EQ(m_events.size(), expected.size(), "link events");
        for (std::size_t i = 0; i < expected.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(std::get<0>(m_events[i]), std::get<0>(expected[i]), "time");
            NS_TEST_EXPECT_MSG_EQ(std::get<1>(m_events[i]), std::get<1>(expected[i]), "kind");
            NS_TEST_EXPECT_MSG_EQ(std::get<2>(m_events[i]), std::get<2>(expected[i]), "AP");
        }
    }

    void Event(std::string kind, uint32_t accessPoint)
    {
        m_events.emplace_back(Simulator::Now().GetMilliSeconds(), kind, accessPoint);
    }

    bool m_divided; //!< on a LinkSwitchChannel
};

/// A device on an access point's link hears that link only (a home agent on the home link).
class LinkMemberTest : public TestCase
{
  public:
    /**
     * \brief Constructor.
     * \param divided on a LinkSwitchChannel
     */
    explicit LinkMemberTest(bool divided)
        : TestCase(std::string("a link member hears its access point always, the mobile host "
                               "only while it is attached there, and no other link: ") +
                   (divided ? "LinkSwitchChannel" : "SimpleChannel")),
          m_divided(divided)
    {
    }

  private:
    void DoRun() override
    {
        Broadcasters net(4, m_divided); // 0 host, 1 and 2 access points, 3 on AP1's link
        std::vector<Ptr<SimpleNetDevice>>& devices = net.devices;
        Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        uint32_t ap1 = handoff->AddAccessPoint(devices[1]);
        handoff->AddLinkMember(ap1, devices[3]); // before the mobile device is known
        handoff->SetMobileDevice(devices[0]);
        uint32_t ap2 = handoff->AddAccessPoint(devices[2]);
        handoff->AttachNow(ap2);
        handoff->ScheduleSwitch(Seconds(1), ap1); // no outage
        handoff->ScheduleSwitch(Seconds(2), ap2);
        net.Run();

        NS_TEST_EXPECT_MSG_EQ(net.Heard(3, 1), 300u, "the member hears its access point always");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 3), 300u, "and is heard by it");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(3, 0), 100u, "it hears the host while on its link");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 3), 100u, "and the host hears it");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 1), 100u, "the host hears AP1 then");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 2), 200u, "and AP2 before and after");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(3, 2) + net.Heard(2, 3), 0u, "never the other link");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 2) + net.Heard(2, 1), 0u, "links never hear each other");
    }

    bool m_divided; //!< on a LinkSwitchChannel
};

/**
 * \ingroup hmipv6-test
 * \brief NearestAccessPointSwitch: a host walking past two access points attaches to
 *        the nearest, switches once past the middle (plus hysteresis), detaches out of
 *        range, and attaches again on its way back.
 */
class NearestAccessPointTest : public TestCase
{
  public:
    NearestAccessPointTest()
        : TestCase("nearest access point: attach, switch past the middle, out of range, back")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<SimpleChannel> channel = CreateObject<hmipv6::LinkSwitchChannel>();
        auto device = [channel]() {
            Ptr<Node> node = CreateObject<Node>();
            Ptr<SimpleNetDevice> d = CreateObject<SimpleNetDevice>();
            d->SetAddress(Mac48Address::Allocate());
            d->SetChannel(channel);
            node->AddDevice(d);
            return d;
        };
        Ptr<hmipv6::LinkSwitchHandoff> handoff = CreateObject<hmipv6::LinkSwitchHandoff>();
        handoff->SetAttribute("L2Outage", TimeValue(MilliSeconds(50)));
        Ptr<SimpleNetDevice> mobile = device();
        handoff->SetMobileDevice(mobile);
        Ptr<hmipv6::NearestAccessPointSwitch> nearest =
            CreateObject<hmipv6::NearestAccessPointSwitch>();
        nearest->SetAttribute("Range", DoubleValue(80));
        nearest->AddAccessPoint(handoff->AddAccessPoint(device()), Vector(0, 0, 0));
        nearest->AddAccessPoint(handoff->AddAccessPoint(device()), Vector(150, 0, 0));
        // x = 25 + 20 t out to t = 12 s (x = 265: out of range past 230 at 10.25 s),
        // then back at 20 m/s (in range again at 13.75 s).
        Ptr<ConstantVelocityMobilityModel> walk = CreateObject<ConstantVelocityMobilityModel>();
        walk->SetPosition(Vector(25, 0, 0));
        walk->SetVelocity(Vector(20, 0, 0));
        Simulator::Schedule(Seconds(12), [walk]() { walk->SetVelocity(Vector(-20, 0, 0)); });
        nearest->Start(handoff, walk);
        std::vector<std::pair<Time, int>> events; // +ap: up, -(ap + 1): down
        handoff->TraceConnectWithoutContext("LinkUp", Callback<void, uint32_t>([&](uint32_t ap) {
                                                events.emplace_back(Simulator::Now(), int(ap));
                                            }));
        handoff->TraceConnectWithoutContext("LinkDown", Callback<void, uint32_t>([&](uint32_t ap) {
                                                events.emplace_back(Simulator::Now(), -int(ap) - 1);
                                            }));
        Simulator::Stop(Seconds(15));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(events.size(), 5, "up 0, down 0, up 1, down 1, up 1");
        NS_TEST_EXPECT_MSG_EQ(events[0].first, Seconds(0), "attached at the start");
        NS_TEST_EXPECT_MSG_EQ(events[0].second, 0, "to AP 0");
        // Nearer AP 1 by more than 5 m past x = 77.5 (t = 2.625 s): the 2.7 s check.
        NS_TEST_EXPECT_MSG_EQ(events[1].first, Seconds(2.7), "switch past the middle");
        NS_TEST_EXPECT_MSG_EQ(events[1].second, -1, "left AP 0");
        NS_TEST_EXPECT_MSG_EQ(events[2].first, Seconds(2.75), "up after the 50 ms outage");
        NS_TEST_EXPECT_MSG_EQ(events[2].second, 1, "joined AP 1");
        NS_TEST_EXPECT_MSG_EQ(events[3].first, Seconds(10.3), "out of range after x = 230");
        NS_TEST_EXPECT_MSG_EQ(events[3].second, -2, "left AP 1");
        NS_TEST_EXPECT_MSG_EQ(events[4].first, Seconds(13.8), "back in range");
        NS_TEST_EXPECT_MSG_EQ(events[4].second, 1, "AP 1 again");
        NS_TEST_EXPECT_MSG_EQ(nearest->GetNSwitches(), 3, "three attachments");
        Simulator::Destroy();
    }
};

/**
 * \brief Three hosts, each with its own model, on one LinkSwitchChannel with two access
 *        points: hosts hear each other while on one link, and nobody on the other.
 */
class ManyHostsTest : public TestCase
{
  public:
    ManyHostsTest()
        : TestCase("several hosts on a LinkSwitchChannel: each hears its own link only, "
                   "other hosts there included")
    {
    }

  private:
    void DoRun() override
    {
        Broadcasters net(5, true); // 0 to 2 hosts, 3 and 4 access points
        std::vector<Ptr<hmipv6::LinkSwitchHandoff>> models;
        for (uint32_t h = 0; h < 3; ++h)
        {
            Ptr<hmipv6::LinkSwitchHandoff> model = CreateObject<hmipv6::LinkSwitchHandoff>();
            model->SetMobileDevice(net.devices[h]);
            model->AddAccessPoint(net.devices[3]);
            model->AddAccessPoint(net.devices[4]);
            models.push_back(model);
        }
        models[0]->AttachNow(0); // host 0 stays on AP0
        models[1]->AttachNow(0); // host 1 moves to AP1 at 1 s (no outage)
        models[1]->ScheduleSwitch(Seconds(1), 1);
        models[2]->AttachNow(1); // host 2 stays on AP1
        net.Run();

        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 1), 100u, "hosts 0 and 1 share AP0 for 1 s");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 0), 100u, "both ways");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 2), 200u, "hosts 1 and 2 share AP1 for 2 s");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(2, 1), 200u, "both ways");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 2) + net.Heard(2, 0), 0u, "never on one link");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(0, 3), 300u, "host 0 hears AP0 throughout");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(2, 4), 300u, "host 2 hears AP1 throughout");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(1, 3) + net.Heard(1, 4), 300u, "host 1 one at a time");
        NS_TEST_EXPECT_MSG_EQ(net.Heard(3, 4) + net.Heard(4, 3), 0u, "links never hear each other");
    }
};

/// The suite.
class LinkSwitchHandoffTestSuite : public TestSuite
{
  public:
    LinkSwitchHandoffTestSuite()
        : TestSuite("hmipv6-link-switch")
    {
        for (bool divided : {false, true})
        {
            AddTestCase(new LinkSwitchHandoffTest(divided));
            AddTestCase(new LinkMemberTest(divided));
        }
        AddTestCase(new ManyHostsTest);
        AddTestCase(new NearestAccessPointTest);
    }
};

LinkSwitchHandoffTestSuite g_linkSwitchHandoffTestSuite; //!< static instance

} // namespace
