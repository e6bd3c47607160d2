// SPDX-License-Identifier: GPL-2.0-only
// RFC 6275 9.2: an unrecognised MH Type is answered with a Binding Error, status 2,
// rate-limited (a bounded table, whatever the sources), and never in answer to a Binding
// Error. Real packets on a real link.
#include "ns3/binding-error-header.h"
#include "ns3/boolean.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/node-container.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <vector>

using namespace ns3;

namespace
{

/**
 * \param mhType an MH Type
 * \return a Mobility Header of that type with 10 octets of message data
 */
Ptr<Packet>
Message(uint8_t mhType)
{
    uint8_t octets[16] = {59, 1, mhType, 0, 0, 0};
    return Create<Packet>(octets, sizeof(octets));
}

/// Two nodes; A sends Mobility Headers to B and records the Binding Errors it gets.
class UnknownMhTypeTest : public TestCase
{
  public:
    /// \param sendErrors B's "SendBindingErrors" attribute
    explicit UnknownMhTypeTest(bool sendErrors)
        : TestCase(sendErrors ? "unknown MH Type answered with Binding Error status 2, "
                                "rate-limited, never to a Binding Error"
                              : "no Binding Error when SendBindingErrors is off"),
          m_sendErrors(sendErrors)
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        NetDeviceContainer devices;
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            nodes.Get(i)->AddDevice(device);
            devices.Add(device);
        }
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ipv6AddressHelper addresses;
        addresses.SetBase(Ipv6Address("2001:1::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer interfaces = addresses.Assign(devices);
        MobilityGlueHelper().Install(nodes);
        Ipv6Address a = interfaces.GetAddress(0, 1);
        Ipv6Address b = interfaces.GetAddress(1, 1);

        Ptr<hmipv6::MobilityL4Protocol> mobilityA =
            nodes.Get(0)->GetObject<hmipv6::MobilityL4Protocol>();
        Ptr<hmipv6::MobilityL4Protocol> mobilityB =
            nodes.Get(1)->GetObject<hmipv6::MobilityL4Protocol>();
        mobilityB->SetAttribute("SendBindingErrors", BooleanValue(m_sendErrors));
        std::vector<std::pair<double, hmipv6::BindingErrorHeader>> errors;
        mobilityA->RegisterHandler(
            hmipv6::MobilityHeader::BINDING_ERROR,
            MakeCallback(+[](std::vector<std::pair<double, hmipv6::BindingErrorHeader>>* out,
                             Ptr<Packet> p,
                             const Ipv6Header&,
                             uint32_t) {
                hmipv6::BindingErrorHeader error;
                if (p->PeekHeader(error) != 0)
                {
                    out->emplace_back(Simulator::Now().GetSeconds(), error);
                }
            }).Bind(&errors));

        // Unknown type 9 at 2 s and 2.5 s (one answer: rate limit), again at 4 s; a
        // Binding Error (type 7, which B has no handler for) at 5 s gets no answer.
        for (double t : {2.0, 2.5, 4.0})
        {
            Simulator::Schedule(Seconds(t),
                                [mobilityA, a, b]() { mobilityA->Send(Message(9), a, b); });
        }
        Simulator::Schedule(Seconds(5), [mobilityA, a, b]() {
            mobilityA->Send(Message(hmipv6::MobilityHeader::BINDING_ERROR), a, b);
        });
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(mobilityB->GetDroppedCount(), 4u, "B drops all four messages");
        if (!m_sendErrors)
        {
            NS_TEST_ASSERT_MSG_EQ(errors.size(), 0u, "no Binding Error when switched off");
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(errors.size(), 2u, "one Binding Error at 2 s, one at 4 s");
        NS_TEST_ASSERT_MSG_EQ(mobilityB->GetBindingErrorsSent(), 2u, "B's count");
        NS_TEST_EXPECT_MSG_EQ_TOL(errors[0].first, 2.0, 0.01, "first answer");
        NS_TEST_EXPECT_MSG_EQ_TOL(errors[1].first, 4.0, 0.01, "second answer");
        for (const auto& [time, error] : errors)
        {
            NS_TEST_EXPECT_MSG_EQ(+error.GetStatus(), 2, "status 2: unrecognized MH Type");
            NS_TEST_EXPECT_MSG_EQ(error.GetHomeAddress(), Ipv6Address::GetAny(), "no HAO");
        }
    }

    bool m_sendErrors; //!< B's "SendBindingErrors"
};

/**
 * \param i an index
 * \return a distinct forged source for it, off the link (B has no route back)
 */
Ipv6Address
Forged(uint32_t i)
{
    uint8_t octets[16] = {0x20, 0x01, 0, 0x99};
    octets[13] = static_cast<uint8_t>(i >> 16);
    octets[14] = static_cast<uint8_t>(i >> 8);
    octets[15] = static_cast<uint8_t>(i);
    return Ipv6Address(octets);
}

/// RFC 6275 9.2's rate limit cannot be grown without bound by forged sources.
class ForgedSourcesTest : public TestCase
{
  public:
    ForgedSourcesTest()
        : TestCase("unknown MH Types from 100,000 forged sources: the rate limit keeps at most "
                   "BindingErrorTableSize of them, ages them out, still answers a real peer")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        NetDeviceContainer devices;
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            nodes.Get(i)->AddDevice(device);
            devices.Add(device);
        }
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ipv6AddressHelper addresses;
        addresses.SetBase(Ipv6Address("2001:1::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer interfaces = addresses.Assign(devices);
        MobilityGlueHelper().Install(nodes);
        Ipv6Address a = interfaces.GetAddress(0, 1);
        Ipv6Address b = interfaces.GetAddress(1, 1);
        Ptr<hmipv6::MobilityL4Protocol> mobilityA =
            nodes.Get(0)->GetObject<hmipv6::MobilityL4Protocol>();
        Ptr<hmipv6::MobilityL4Protocol> mobilityB =
            nodes.Get(1)->GetObject<hmipv6::MobilityL4Protocol>();
        uint32_t errorsAtA = 0;
        mobilityA->RegisterHandler(
            hmipv6::MobilityHeader::BINDING_ERROR,
            Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                [&errorsAtA](Ptr<Packet>, const Ipv6Header&, uint32_t) { ++errorsAtA; }));

        // A speaks as itself at 1.5 s (which also resolves B's link-layer address), forges
        // 100,000 sources within 0.1 s from 2 s, and speaks as itself again at 3.5 s.
        Simulator::Schedule(Seconds(1.5),
                            [mobilityA, a, b]() { mobilityA->Send(Message(9), a, b); });
        const uint32_t forged = 100000;
        for (uint32_t i = 0; i < forged; ++i)
        {
            Simulator::Schedule(Seconds(2) + MicroSeconds(i),
                                [mobilityA, i, b]() { mobilityA->Send(Message(9), Forged(i), b); });
        }
        std::size_t duringFlood = 0;
        std::size_t afterwards = 0;
        Simulator::Schedule(Seconds(2.5),
                            [&]() { duringFlood = mobilityB->GetBindingErrorTableSize(); });
        Simulator::Schedule(Seconds(3.5),
                            [mobilityA, a, b]() { mobilityA->Send(Message(9), a, b); });
        Simulator::Schedule(Seconds(3.6),
                            [&]() { afterwards = mobilityB->GetBindingErrorTableSize(); });
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_EXPECT_MSG_EQ(mobilityB->GetDroppedCount(), forged + 2, "all dropped");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(duringFlood, 1024u, "at most BindingErrorTableSize");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(mobilityB->GetBindingErrorsSent(),
                                    1024u + 1,
                                    "at most that many answers in the flood's second");
        NS_TEST_EXPECT_MSG_EQ(afterwards, 1u, "the flood's entries aged out");
        NS_TEST_EXPECT_MSG_EQ(errorsAtA, 2u, "A's own messages are answered");
    }
};

/// The suite.
class UnknownMhTypeTestSuite : public TestSuite
{
  public:
    UnknownMhTypeTestSuite()
        : TestSuite("hmipv6-unknown-mh-type")
    {
        AddTestCase(new UnknownMhTypeTest(true));
        AddTestCase(new UnknownMhTypeTest(false));
        AddTestCase(new ForgedSourcesTest);
    }
};

UnknownMhTypeTestSuite g_unknownMhTypeTestSuite; //!< static instance

} // namespace
