// SPDX-License-Identifier: GPL-2.0-only
// Limits of IPv6-in-IPv6 (RFC 2473 4.1.1) at the module's tunnel exit-points: nested
// tunnel packets, real packets on a real link. A (2001:1::1) and B (2001:1::2) share one
// SimpleChannel; B's tunnel takes packets from A and holds the home address 2001:3::1.
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address A_ADDRESS("2001:1::1");    //!< A, the tunnel entry-point
const Ipv6Address B_ADDRESS("2001:1::2");    //!< B, the exit-point
const Ipv6Address HOME_ADDRESS("2001:3::1"); //!< on B's tunnel interface
const uint8_t NO_NEXT_HEADER = 59;           //!< what the innermost packets carry

/// Octets as written by hand.
using Bytes = std::vector<uint8_t>;

/**
 * \brief Put an IPv6 header in front of octets.
 * \param src source
 * \param dst destination
 * \param nextHeader Next Header
 * \param payload what follows the header
 * \return the packet's octets
 */
Bytes
WithHeader(Ipv6Address src, Ipv6Address dst, uint8_t nextHeader, const Bytes& payload)
{
    Bytes bytes = {0x60,
                   0,
                   0,
                   0,
                   static_cast<uint8_t>(payload.size() >> 8),
                   static_cast<uint8_t>(payload.size() & 0xff),
                   nextHeader,
                   64};
    uint8_t address[16];
    src.Serialize(address);
    bytes.insert(bytes.end(), address, address + 16);
    dst.Serialize(address);
    bytes.insert(bytes.end(), address, address + 16);
    bytes.insert(bytes.end(), payload.begin(), payload.end());
    return bytes;
}

/**
 * \brief The payload of a tunnel packet A -> B with `layers` tunnel headers in all (the
 *        one A's IPv6 adds included): each inner tunnel header A -> B, the innermost
 *        packet A -> home address with 8 octets and No Next Header.
 * \param layers at least 1
 * \return the octets A's IPv6 sends as protocol 41
 */
Bytes
Nested(uint32_t layers)
{
    Bytes packet = WithHeader(A_ADDRESS, HOME_ADDRESS, NO_NEXT_HEADER, Bytes(8, 0xA5));
    for (uint32_t i = 1; i < layers; ++i)
    {
        packet = WithHeader(A_ADDRESS, B_ADDRESS, 41, packet);
    }
    return packet;
}

/// A and B on one link, with B's tunnel from A, and what B's pieces report.
class TwoNodes
{
  public:
    TwoNodes()
    {
        m_nodes.Create(2);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(m_nodes);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        Ipv6Address addresses[2] = {A_ADDRESS, B_ADDRESS};
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            m_nodes.Get(i)->AddDevice(device);
            Ptr<Ipv6L3Protocol> ipv6 = Ipv6(i);
            uint32_t interface = ipv6->AddInterface(device);
            ipv6->AddAddress(interface, Ipv6InterfaceAddress(addresses[i], Ipv6Prefix(64)));
            ipv6->SetUp(interface);
        }
        MobilityGlueHelper glue;
        glue.Install(m_nodes.Get(1)); // No Next Header (59) for the innermost packets
        tunnel = glue.InstallTunnel(m_nodes.Get(1));
        tunnel->SetRemote(A_ADDRESS);
        Ptr<Ipv6L3Protocol> ipv6B = Ipv6(1);
        ipv6B->AddAddress(ipv6B->GetInterfaceForDevice(tunnel),
                          Ipv6InterfaceAddress(HOME_ADDRESS, Ipv6Prefix(128)));
        protocol = MobilityGlueHelper::GetTunnelProtocol(m_nodes.Get(1));
        protocol->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                [this](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                    drops.push_back(reason);
                }));
        m_nodes.Get(1)->GetObject<hmipv6::NoNextHeaderL4Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                [this](Ptr<const Packet>, const Ipv6Header& header, uint32_t) {
                    delivered.push_back(header.GetDestination());
                }));
    }

    /**
     * \param i 0 (A) or 1 (B)
     * \return its Ipv6L3Protocol
     */
    Ptr<Ipv6L3Protocol> Ipv6(uint32_t i) const
    {
        return m_nodes.Get(i)->GetObject<Ipv6L3Protocol>();
    }

    /**
     * \brief A sends octets to B as protocol 41 (IPv6 fragments what exceeds the link).
     * \param at when
     * \param payload the octets after A's IPv6 header
     */
    void SendAt(Time at, Bytes payload)
    {
        Ptr<Ipv6L3Protocol> ipv6 = Ipv6(0);
        Simulator::ScheduleWithContext(m_nodes.Get(0)->GetId(), at, [ipv6, payload]() {
            ipv6->Send(Create<Packet>(payload.data(), payload.size()),
                       A_ADDRESS,
                       B_ADDRESS,
                       41,
                       nullptr);
        });
    }

    Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel;    //!< B's tunnel
    Ptr<hmipv6::Ipv6TunnelL4Protocol> protocol; //!< B's protocol 41
    std::vector<std::string> drops;             //!< its drop reasons
    std::vector<Ipv6Address> delivered;         //!< innermost packets B got, by destination

  private:
    NodeContainer m_nodes; //!< A, B
};

/**
 * \param reasons drop reasons
 * \param text what one must contain
 * \return how many contain it
 */
uint32_t
CountContaining(const std::vector<std::string>& reasons, const std::string& text)
{
    uint32_t n = 0;
    for (const auto& reason : reasons)
    {
        n += reason.find(text) != std::string::npos ? 1 : 0;
    }
    return n;
}

/// RFC 2473 4.1.1: one packet cannot make the exit-point decapsulate without end.
class NestedTunnelTest : public TestCase
{
  public:
    NestedTunnelTest()
        : TestCase("nested tunnel packets: 1 and 2 layers delivered, 50 and 1,600 layers "
                   "(a 64 KB packet, fragmented) stopped at MaxNesting, counted, no crash")
    {
    }

  private:
    void DoRun() override
    {
        TwoNodes net;
        UintegerValue maxNesting;
        net.protocol->GetAttribute("MaxNesting", maxNesting);
        NS_TEST_ASSERT_MSG_EQ(maxNesting.Get(), 4u, "default: RFC 2473's limit of 4");
        net.SendAt(Seconds(1), Nested(1));
        net.SendAt(Seconds(1.1), Nested(2));
        net.SendAt(Seconds(1.2), Nested(50));
        // 1,600 layers: 64,008 octets, about the most a 64 KB packet holds.
        Bytes deepest = Nested(1600);
        NS_TEST_ASSERT_MSG_LT(deepest.size(), 65536u, "fits one IPv6 packet");
        net.SendAt(Seconds(1.3), deepest);
        Simulator::Stop(Seconds(2));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(net.delivered.size(), 2u, "the 1- and 2-layer packets only");
        NS_TEST_EXPECT_MSG_EQ(net.delivered[0], HOME_ADDRESS, "1 layer, to the home address");
        NS_TEST_EXPECT_MSG_EQ(net.delivered[1], HOME_ADDRESS, "2 layers, to the home address");
        // 1 + 2 + (4 + 1) + (4 + 1): four decapsulations each, the fifth refused.
        NS_TEST_EXPECT_MSG_EQ(net.protocol->GetReceivedCount(), 13u, "tunnel packets seen");
        NS_TEST_EXPECT_MSG_EQ(net.protocol->GetDeliveredCount(), 11u, "decapsulated");
        NS_TEST_EXPECT_MSG_EQ(net.protocol->GetDroppedCount(), 2u, "one drop per deep packet");
        NS_TEST_EXPECT_MSG_EQ(CountContaining(net.drops, "nested deeper than 4"),
                              2u,
                              "traced with the reason");
        NS_TEST_EXPECT_MSG_EQ(net.tunnel->GetDecapsulatedCount(), 11u, "device count");
    }
};

/// The suite.
class TunnelLimitsTestSuite : public TestSuite
{
  public:
    TunnelLimitsTestSuite()
        : TestSuite("hmipv6-tunnel-limits")
    {
        AddTestCase(new NestedTunnelTest);
    }
};

TunnelLimitsTestSuite g_tunnelLimitsTestSuite; //!< registers the suite

} // namespace
