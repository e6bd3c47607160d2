// SPDX-License-Identifier: GPL-2.0-only
// Limits of IPv6-in-IPv6 (RFC 2473 4.1.1) at the module's tunnel end-points, real packets
// on real links: nested tunnel packets at an exit-point, the Tunnel Encapsulation Limit
// option at an entry-point.
//
//   S 2001:2::1 --- 2001:2::2 A 2001:1::1 --- 2001:1::2 B
//
// A forwards, and diverts the home address 2001:3::1 into its tunnel to B; B's tunnel
// takes packets from A and holds the home address.
#include "ns3/icmpv6-header.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
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

const Ipv6Address S_ADDRESS("2001:2::1");    //!< S, a source behind A
const Ipv6Address A_TO_S("2001:2::2");       //!< A on S's link
const Ipv6Address A_ADDRESS("2001:1::1");    //!< A, the tunnel entry-point
const Ipv6Address B_ADDRESS("2001:1::2");    //!< B, the exit-point
const Ipv6Address HOME_ADDRESS("2001:3::1"); //!< on B's tunnel interface
const uint8_t NO_NEXT_HEADER = 59;           //!< what the innermost packets carry
const uint8_t DESTINATION_OPTIONS = 60;      //!< Next Header of a Destination Options header
const uint8_t ICMPV6 = 58;                   //!< ICMPv6's Next Header

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

/// S, A and B, A's tunnel to B, B's tunnel from A, and what B's pieces report.
class Net
{
  public:
    Net()
    {
        m_nodes.Create(3);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(m_nodes);
        Connect(A(), A_ADDRESS, B(), B_ADDRESS);
        Connect(S(), S_ADDRESS, A(), A_TO_S);
        Ipv6(A())->SetForwarding(1, true);
        Ipv6(A())->SetForwarding(2, true);
        Ipv6StaticRoutingHelper routing;
        routing.GetStaticRouting(Ipv6(S()))->SetDefaultRoute(A_TO_S, 1);
        routing.GetStaticRouting(Ipv6(B()))->SetDefaultRoute(A_ADDRESS, 1);

        MobilityGlueHelper glue;
        glue.Install(B()); // No Next Header (59) for the innermost packets
        entry = glue.InstallTunnel(A());
        entry->SetRemote(B_ADDRESS);
        MobilityGlueHelper::GetMobilityRouting(A())->AddDivert(
            HOME_ADDRESS,
            Ipv6(A())->GetInterfaceForDevice(entry));
        tunnel = glue.InstallTunnel(B());
        tunnel->SetRemote(A_ADDRESS);
        Ipv6(B())->AddAddress(Ipv6(B())->GetInterfaceForDevice(tunnel),
                              Ipv6InterfaceAddress(HOME_ADDRESS, Ipv6Prefix(128)));
        protocol = MobilityGlueHelper::GetTunnelProtocol(B());
        protocol->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                [this](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                    drops.push_back(reason);
                }));
        entry->TraceConnectWithoutContext("Drop",
                                          Callback<void, Ptr<const Packet>, const std::string&>(
                                              [this](Ptr<const Packet>, const std::string& reason) {
                                                  entryDrops.push_back(reason);
                                              }));
        B()->GetObject<hmipv6::NoNextHeaderL4Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                [this](Ptr<const Packet>, const Ipv6Header& header, uint32_t) {
                    delivered.push_back(header.GetDestination());
                }));
        for (Ptr<Node> node : {S(), B()})
        {
            std::vector<Bytes>* seen = node == S() ? &atS : &atB;
            Ipv6(node)->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>, Ptr<ns3::Ipv6>, uint32_t>(
                    [seen](Ptr<const Packet> p, Ptr<ns3::Ipv6>, uint32_t interface) {
                        if (interface == 1)
                        {
                            Bytes octets(p->GetSize());
                            p->CopyData(octets.data(), octets.size());
                            seen->push_back(octets);
                        }
                    }));
        }
    }

    /// \return S
    Ptr<Node> S() const
    {
        return m_nodes.Get(0);
    }

    /// \return A
    Ptr<Node> A() const
    {
        return m_nodes.Get(1);
    }

    /// \return B
    Ptr<Node> B() const
    {
        return m_nodes.Get(2);
    }

    /**
     * \param node a node
     * \return its Ipv6L3Protocol
     */
    static Ptr<Ipv6L3Protocol> Ipv6(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    /**
     * \brief A node sends octets after an IPv6 header of its IPv6 (which fragments what
     *        exceeds the link).
     * \param at when
     * \param node the sender
     * \param src the source address
     * \param dst the destination address
     * \param nextHeader the IPv6 header's Next Header
     * \param payload the octets after the IPv6 header
     */
    static void SendAt(Time at,
                       Ptr<Node> node,
                       Ipv6Address src,
                       Ipv6Address dst,
                       uint8_t nextHeader,
                       Bytes payload)
    {
        Ptr<Ipv6L3Protocol> ipv6 = Ipv6(node);
        Simulator::ScheduleWithContext(node->GetId(), at, [=]() {
            ipv6->Send(Create<Packet>(payload.data(), payload.size()),
                       src,
                       dst,
                       nextHeader,
                       nullptr);
        });
    }

    Ptr<hmipv6::Ipv6TunnelNetDevice> entry;     //!< A's tunnel
    Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel;    //!< B's tunnel
    Ptr<hmipv6::Ipv6TunnelL4Protocol> protocol; //!< B's protocol 41
    std::vector<std::string> drops;             //!< its drop reasons
    std::vector<std::string> entryDrops;        //!< A's tunnel's drop reasons
    std::vector<Ipv6Address> delivered;         //!< innermost packets B got, by destination
    std::vector<Bytes> atS;                     //!< IPv6 packets S received
    std::vector<Bytes> atB;                     //!< IPv6 packets B received from the link

  private:
    /**
     * \brief Put two nodes on a new SimpleChannel, with a /64 address each.
     * \param first a node
     * \param firstAddress its address
     * \param second the other
     * \param secondAddress its address
     */
    static void Connect(Ptr<Node> first,
                        Ipv6Address firstAddress,
                        Ptr<Node> second,
                        Ipv6Address secondAddress)
    {
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        for (auto end :
             {std::make_pair(first, firstAddress), std::make_pair(second, secondAddress)})
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            end.first->AddDevice(device);
            uint32_t interface = Ipv6(end.first)->AddInterface(device);
            Ipv6(end.first)->AddAddress(interface,
                                        Ipv6InterfaceAddress(end.second, Ipv6Prefix(64)));
            Ipv6(end.first)->SetUp(interface);
        }
    }

    NodeContainer m_nodes; //!< S, A, B
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
        Net net;
        UintegerValue maxNesting;
        net.protocol->GetAttribute("MaxNesting", maxNesting);
        NS_TEST_ASSERT_MSG_EQ(maxNesting.Get(), 4u, "default: RFC 2473's limit of 4");
        auto send = [&net](Time at, Bytes payload) {
            Net::SendAt(at, net.A(), A_ADDRESS, B_ADDRESS, 41, payload);
        };
        send(Seconds(1), Nested(1));
        send(Seconds(1.1), Nested(2));
        send(Seconds(1.2), Nested(50));
        // 1,600 layers: 64,008 octets, about the most a 64 KB packet holds.
        Bytes deepest = Nested(1600);
        NS_TEST_ASSERT_MSG_LT(deepest.size(), 65536u, "fits one IPv6 packet");
        send(Seconds(1.3), deepest);
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

/**
 * \brief A Destination Options header holding a Tunnel Encapsulation Limit option (RFC
 *        2473 5.1: type 4, length 1) and a PadN to 8 octets.
 * \param nextHeader its Next Header
 * \param limit the limit
 * \return the 8 octets
 */
Bytes
EncapsulationLimitHeader(uint8_t nextHeader, uint8_t limit)
{
    return {nextHeader, 0, 4, 1, limit, 1, 1, 0};
}

/// RFC 2473 4.1.1, 5.1, 6.6: the entry-point honours an original packet's limit.
class EncapsulationLimitTest : public TestCase
{
  public:
    EncapsulationLimitTest()
        : TestCase("Tunnel Encapsulation Limit: 2 enters with 1, 0 is refused with a "
                   "Parameter Problem, none adds none; the exit-point skips the option")
    {
    }

  private:
    void DoRun() override
    {
        Net net;
        // S's packets to the home address, which A diverts into its tunnel to B.
        Net::SendAt(Seconds(1),
                    net.S(),
                    S_ADDRESS,
                    HOME_ADDRESS,
                    DESTINATION_OPTIONS,
                    EncapsulationLimitHeader(NO_NEXT_HEADER, 2));
        Net::SendAt(Seconds(1.1),
                    net.S(),
                    S_ADDRESS,
                    HOME_ADDRESS,
                    DESTINATION_OPTIONS,
                    EncapsulationLimitHeader(NO_NEXT_HEADER, 0));
        Net::SendAt(Seconds(1.2), net.S(), S_ADDRESS, HOME_ADDRESS, NO_NEXT_HEADER, Bytes());
        Simulator::Stop(Seconds(2));
        Simulator::Run();
        Simulator::Destroy();

        // At B: two tunnel packets from A (ND messages aside).
        std::vector<Bytes> tunnelled;
        for (const Bytes& packet : net.atB)
        {
            if (packet.size() >= 80 && packet[6] != ICMPV6)
            {
                tunnelled.push_back(packet);
            }
        }
        NS_TEST_ASSERT_MSG_EQ(tunnelled.size(), 2u, "limits 2 and none tunnelled, 0 not");
        if (tunnelled.size() != 2)
        {
            return; // indexed next (the runner goes on after a failure)
        }
        Bytes first(tunnelled[0].begin() + 40, tunnelled[0].begin() + 48);
        NS_TEST_EXPECT_MSG_EQ(+tunnelled[0][6], +DESTINATION_OPTIONS, "a limit follows");
        NS_TEST_EXPECT_MSG_EQ((first == EncapsulationLimitHeader(41, 1)),
                              true,
                              "the tunnel packet may be nested once more: limit 1");
        NS_TEST_EXPECT_MSG_EQ(+tunnelled[0][48 + 6],
                              +DESTINATION_OPTIONS,
                              "the original packet after it, unchanged");
        NS_TEST_EXPECT_MSG_EQ(+tunnelled[1][6], 41, "no limit in the original: none added");
        NS_TEST_EXPECT_MSG_EQ(tunnelled[1].size(), 80u, "40 + 40, nothing more");
        NS_TEST_EXPECT_MSG_EQ(net.delivered.size(), 2u, "B skips the option, decapsulates");
        NS_TEST_EXPECT_MSG_EQ(net.protocol->GetDroppedCount(), 0u, "nothing dropped at B");

        // At A: the limit 0 refused; S told with a Parameter Problem, code 0, pointing at
        // the limit (40 + 2 + 2).
        NS_TEST_EXPECT_MSG_EQ(net.entry->GetEncapsulatedCount(), 2u, "two encapsulated");
        NS_TEST_EXPECT_MSG_EQ(CountContaining(net.entryDrops, "Tunnel Encapsulation Limit 0"),
                              1u,
                              "one refused, traced");
        uint32_t problems = 0;
        for (const Bytes& packet : net.atS)
        {
            if (packet.size() >= 48 && packet[6] == ICMPV6 &&
                packet[40] == Icmpv6Header::ICMPV6_ERROR_PARAMETER_ERROR)
            {
                ++problems;
                NS_TEST_EXPECT_MSG_EQ(+packet[41], 0, "code 0: erroneous header field");
                uint32_t pointer = (uint32_t(packet[44]) << 24) | (uint32_t(packet[45]) << 16) |
                                   (uint32_t(packet[46]) << 8) | packet[47];
                NS_TEST_EXPECT_MSG_EQ(pointer, 44u, "the limit's octet");
            }
        }
        NS_TEST_EXPECT_MSG_EQ(problems, 1u, "one Parameter Problem to S");
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
        AddTestCase(new EncapsulationLimitTest);
    }
};

TunnelLimitsTestSuite g_tunnelLimitsTestSuite; //!< registers the suite

} // namespace
