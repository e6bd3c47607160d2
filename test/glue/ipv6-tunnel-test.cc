// SPDX-License-Identifier: GPL-2.0-only
// IPv6-in-IPv6 tunnelling (RFC 2473): Ipv6TunnelNetDevice, Ipv6TunnelL4Protocol and
// MobilityRoutingProtocol against real packets on real ns-3 links. Three nodes,
// A - R - B, on two SimpleChannels (2001:1::/64 and 2001:2::/64; ns-3 routers drop
// 2001:db8::/32), R forwarding; B's home address 2001:3::1 sits on B's tunnel interface.
// UDP sockets send and receive; R's Ipv6L3Protocol "Tx" trace shows what crosses it.
#include "ns3/boolean.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-list-routing-helper.h"
#include "ns3/ipv6-list-routing.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/output-stream-wrapper.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <cstdint>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \brief Assert a container's size and leave the test case when it is wrong: indexing
 *        follows, and ns-3's test runner continues after a failure unless told not to.
 */
#define ASSERT_SIZE(container, expected, msg)                                                      \
    do                                                                                             \
    {                                                                                              \
        NS_TEST_ASSERT_MSG_EQ((container).size(), expected, msg);                                  \
        if ((container).size() != (expected))                                                      \
        {                                                                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/**
 * \brief Assert a pointer is not null and leave the test case when it is (it is used next).
 */
#define ASSERT_NOT_NULL(pointer, msg)                                                              \
    do                                                                                             \
    {                                                                                              \
        NS_TEST_ASSERT_MSG_NE(pointer, nullptr, msg);                                              \
        if (!(pointer))                                                                            \
        {                                                                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// Octets as written by hand in the tests.
using Bytes = std::vector<uint8_t>;

const Ipv6Address A_ADDRESS("2001:1::1");     //!< A, on link 1
const Ipv6Address R_ADDRESS_1("2001:1::2");   //!< R, on link 1
const Ipv6Address R_ADDRESS_2("2001:2::1");   //!< R, on link 2
const Ipv6Address B_ADDRESS("2001:2::2");     //!< B, on link 2
const Ipv6Address HOME_ADDRESS("2001:3::1");  //!< B's home address (tunnel interface)
const Ipv6Address UNKNOWN_HOME("2001:3::99"); //!< a home address nobody has
const uint16_t HOME_PORT = 9000;              //!< B's UDP port
const uint16_t A_PORT = 7000;                 //!< A's UDP port
const uint8_t ICMPV6 = 58;                    //!< ICMPv6's next header value

/**
 * \param packet a packet
 * \return its octets
 */
Bytes
ToBytes(Ptr<const Packet> packet)
{
    Bytes bytes(packet->GetSize());
    packet->CopyData(bytes.data(), bytes.size());
    return bytes;
}

/**
 * \param bytes octets
 * \return them in hex, for comparisons that print well
 */
std::string
Hex(const Bytes& bytes)
{
    std::ostringstream os;
    for (uint8_t b : bytes)
    {
        os << std::hex << std::setw(2) << std::setfill('0') << +b;
    }
    return os.str();
}

/**
 * \param bytes octets
 * \return a packet holding them
 */
Ptr<Packet>
MakePacket(const Bytes& bytes)
{
    return bytes.empty() ? Create<Packet>() : Create<Packet>(bytes.data(), bytes.size());
}

/**
 * \param reasons drop reasons
 * \param text what one of them must contain
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

/**
 * \param reasons drop reasons
 * \return them, for messages
 */
std::string
Join(const std::vector<std::string>& reasons)
{
    std::ostringstream os;
    for (const auto& reason : reasons)
    {
        os << " [" << reason << "]";
    }
    return os.str();
}

/**
 * \brief A hand-made inner IPv6 packet: header, then payloadSize octets 0xA5.
 * \param src source
 * \param dst destination
 * \param nextHeader Next Header
 * \param payloadSize octets after the header
 * \return the octets
 */
Bytes
InnerPacket(Ipv6Address src, Ipv6Address dst, uint8_t nextHeader, uint16_t payloadSize)
{
    Bytes bytes = {0x60,
                   0,
                   0,
                   0,
                   static_cast<uint8_t>(payloadSize >> 8),
                   static_cast<uint8_t>(payloadSize & 0xff),
                   nextHeader,
                   64};
    Bytes address(16);
    src.Serialize(address.data());
    bytes.insert(bytes.end(), address.begin(), address.end());
    dst.Serialize(address.data());
    bytes.insert(bytes.end(), address.begin(), address.end());
    bytes.resize(bytes.size() + payloadSize, 0xA5);
    return bytes;
}

/// A tunnel packet seen leaving R.
struct TunnelHop
{
    Ipv6Header outer;   //!< the tunnel header
    Ipv6Header inner;   //!< the inner header
    uint32_t interface; //!< R's interface
};

/// A UDP datagram a socket received.
struct Datagram
{
    Bytes payload;    //!< its octets
    Ipv6Address from; //!< source address
    uint16_t port;    //!< source port
    int32_t hopLimit; //!< the IPv6 Hop Limit it arrived with (-1 if unknown)
};

/**
 * \brief A - R - B with IPv6 (no IPv4), static routes, R forwarding, and recorders.
 *
 * Interfaces: 0 loopback, 1 the link; R has 1 (link 1) and 2 (link 2). A and B route by
 * default through R. Tunnels are added with MobilityGlueHelper::InstallTunnel.
 */
class ThreeNodes
{
  public:
    ThreeNodes()
    {
        m_nodes.Create(3);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(m_nodes);

        Connect(A(), A_ADDRESS, R(), R_ADDRESS_1);
        Connect(R(), R_ADDRESS_2, B(), B_ADDRESS);
        Ipv6(R())->SetForwarding(1, true);
        Ipv6(R())->SetForwarding(2, true);

        Ipv6StaticRoutingHelper routingHelper;
        routingHelper.GetStaticRouting(Ipv6(A()))->SetDefaultRoute(R_ADDRESS_1, 1);
        routingHelper.GetStaticRouting(Ipv6(B()))->SetDefaultRoute(R_ADDRESS_2, 1);

        Ipv6(R())->TraceConnectWithoutContext("Tx", MakeCallback(&ThreeNodes::OnRouterTx, this));
        Ipv6(R())->TraceConnectWithoutContext("Rx", MakeCallback(&ThreeNodes::OnRouterRx, this));
        for (uint32_t i = 0; i < 3; ++i)
        {
            Ipv6(m_nodes.Get(i))
                ->TraceConnectWithoutContext(
                    "SendOutgoing",
                    Callback<void, const Ipv6Header&, Ptr<const Packet>, uint32_t>(
                        [this, i](const Ipv6Header& header, Ptr<const Packet> p, uint32_t) {
                            NodeSends(i, header, p);
                        }));
        }
    }

    /// \return node A
    Ptr<Node> A() const
    {
        return m_nodes.Get(0);
    }

    /// \return node R
    Ptr<Node> R() const
    {
        return m_nodes.Get(1);
    }

    /// \return node B
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
     * \param device a device
     * \return the index of its IPv6 interface
     */
    static uint32_t Interface(Ptr<NetDevice> device)
    {
        return static_cast<uint32_t>(Ipv6(device->GetNode())->GetInterfaceForDevice(device));
    }

    /**
     * \brief Give B its home address on a tunnel interface (/128: a host route only).
     * \param tunnel B's tunnel device
     */
    static void AddHomeAddress(Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel)
    {
        Ipv6(tunnel->GetNode())
            ->AddAddress(Interface(tunnel), Ipv6InterfaceAddress(HOME_ADDRESS, Ipv6Prefix(128)));
    }

    /**
     * \brief A UDP socket that records what it receives (with the Hop Limit).
     * \param node the node
     * \param address local address (:: for any)
     * \param port local port
     * \param received where to record
     * \return the socket
     */
    static Ptr<Socket> Listen(Ptr<Node> node,
                              Ipv6Address address,
                              uint16_t port,
                              std::vector<Datagram>& received)
    {
        Ptr<Socket> socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
        socket->Bind(Inet6SocketAddress(address, port));
        socket->SetIpv6RecvHopLimit(true);
        socket->SetRecvCallback(Callback<void, Ptr<Socket>>([&received](Ptr<Socket> s) {
            Address from;
            while (Ptr<Packet> p = s->RecvFrom(from))
            {
                SocketIpv6HopLimitTag tag;
                int32_t hopLimit = p->PeekPacketTag(tag) ? tag.GetHopLimit() : -1;
                Inet6SocketAddress inet = Inet6SocketAddress::ConvertFrom(from);
                received.push_back({ToBytes(p), inet.GetIpv6(), inet.GetPort(), hopLimit});
            }
        }));
        return socket;
    }

    /**
     * \brief Send a UDP datagram from a socket at a given time.
     * \param at when (after duplicate address detection: from 2 s on)
     * \param socket the socket
     * \param payload the octets
     * \param to destination address
     * \param port destination port
     */
    static void SendAt(Time at, Ptr<Socket> socket, Bytes payload, Ipv6Address to, uint16_t port)
    {
        Simulator::ScheduleWithContext(
            socket->GetNode()->GetId(),
            at,
            [socket, payload, to, port]() {
                socket->SendTo(MakePacket(payload), 0, Inet6SocketAddress(to, port));
            });
    }

    /// Run until 3.5 s, then clean up.
    void Run()
    {
        Simulator::Stop(Seconds(3.5));
        Simulator::Run();
        Simulator::Destroy();
    }

    /// \return the tunnel packets R sent (forwarded or its own)
    const std::vector<TunnelHop>& RouterTunnelPackets() const
    {
        return m_routerTunnel;
    }

    /// \return the headers of every non-ICMPv6 packet R sent, with R's interface
    const std::vector<std::pair<Ipv6Header, uint32_t>>& RouterTx() const
    {
        return m_routerTx;
    }

    /**
     * \param destination a destination
     * \return how many packets to it R received (outer headers only)
     */
    uint32_t RouterRxCount(Ipv6Address destination) const
    {
        uint32_t n = 0;
        for (const auto& header : m_routerRx)
        {
            n += header.GetDestination() == destination ? 1 : 0;
        }
        return n;
    }

    /**
     * \param destination a destination
     * \return how many packets to it R sent (outer headers only, ICMPv6 excepted)
     */
    uint32_t RouterTxCount(Ipv6Address destination) const
    {
        uint32_t n = 0;
        for (const auto& tx : m_routerTx)
        {
            n += tx.first.GetDestination() == destination ? 1 : 0;
        }
        return n;
    }

    /**
     * \param node 0 (A), 1 (R) or 2 (B)
     * \return the ICMPv6 error types that node sent
     */
    const std::vector<uint8_t>& IcmpErrors(uint32_t node) const
    {
        return m_icmpErrors[node];
    }

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
        std::vector<std::pair<Ptr<Node>, Ipv6Address>> ends = {{first, firstAddress},
                                                               {second, secondAddress}};
        for (const auto& end : ends)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            end.first->AddDevice(device);
            Ptr<Ipv6L3Protocol> ipv6 = Ipv6(end.first);
            uint32_t interface = ipv6->AddInterface(device);
            ipv6->AddAddress(interface, Ipv6InterfaceAddress(end.second, Ipv6Prefix(64)));
            ipv6->SetUp(interface);
        }
    }

    /**
     * \brief Record what R sends: every tunnel packet, and the headers of the rest
     *        (except ICMPv6).
     * \param packet the packet, IPv6 header included
     * \param interface R's interface
     */
    void OnRouterTx(Ptr<const Packet> packet, Ptr<ns3::Ipv6>, uint32_t interface)
    {
        Ptr<Packet> copy = packet->Copy();
        Ipv6Header outer;
        copy->RemoveHeader(outer);
        if (outer.GetNextHeader() == ICMPV6)
        {
            return;
        }
        m_routerTx.emplace_back(outer, interface);
        if (outer.GetNextHeader() == hmipv6::Ipv6TunnelNetDevice::PROT_NUMBER &&
            copy->GetSize() >= 40)
        {
            Ipv6Header inner;
            copy->PeekHeader(inner);
            m_routerTunnel.push_back({outer, inner, interface});
        }
    }

    /**
     * \brief Record the headers of the packets R receives.
     * \param packet the packet, IPv6 header included
     */
    void OnRouterRx(Ptr<const Packet> packet, Ptr<ns3::Ipv6>, uint32_t)
    {
        Ipv6Header header;
        packet->PeekHeader(header);
        m_routerRx.push_back(header);
    }

    /**
     * \brief Record the ICMPv6 errors (types below 128) a node sends.
     * \param node its index
     * \param header the IPv6 header
     * \param packet the payload
     */
    void NodeSends(uint32_t node, const Ipv6Header& header, Ptr<const Packet> packet)
    {
        if (header.GetNextHeader() != ICMPV6 || packet->GetSize() < 1)
        {
            return;
        }
        uint8_t type;
        packet->CopyData(&type, 1);
        if (type < 128)
        {
            m_icmpErrors[node].push_back(type);
        }
    }

    NodeContainer m_nodes;                                   //!< A, R, B
    std::vector<TunnelHop> m_routerTunnel;                   //!< tunnel packets R sent
    std::vector<std::pair<Ipv6Header, uint32_t>> m_routerTx; //!< other packets R sent
    std::vector<Ipv6Header> m_routerRx;                      //!< packets R received
    std::vector<uint8_t> m_icmpErrors[3];                    //!< ICMPv6 errors per node
};

/**
 * \brief Record a tunnel device's drop reasons.
 * \param device the device
 * \param reasons where
 */
void
WatchDrops(Ptr<hmipv6::Ipv6TunnelNetDevice> device, std::vector<std::string>& reasons)
{
    device->TraceConnectWithoutContext(
        "Drop",
        Callback<void, Ptr<const Packet>, const std::string&>(
            [&reasons](Ptr<const Packet>, const std::string& reason) {
                reasons.push_back(reason);
            }));
}

/// The same payload everywhere.
const Bytes PAYLOAD = {'t', 'u', 'n', 'n', 'e', 'l', 'l', 'e', 'd', 0, 1, 2, 3, 0xfe, 0xff};

/// 1 and 5: a configured tunnel A <-> B, a destination divert on A.
class ConfiguredTunnelTest : public TestCase
{
  public:
    ConfiguredTunnelTest()
        : TestCase("configured tunnel A-B: divert on A, protocol 41 across R, delivered to "
                   "the home address on B; outer hop limit is the attribute; control without "
                   "the divert")
    {
    }

  private:
    /**
     * \brief One run.
     * \param divert whether A diverts the home address into its tunnel
     */
    void RunOnce(bool divert)
    {
        ThreeNodes net;
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelA = glue.InstallTunnel(net.A());
        tunnelA->SetRemote(B_ADDRESS);
        tunnelA->SetAttribute("HopLimit", UintegerValue(37));
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        tunnelB->SetRemote(A_ADDRESS);
        ThreeNodes::AddHomeAddress(tunnelB);

        Ptr<hmipv6::MobilityRoutingProtocol> routingA =
            MobilityGlueHelper::GetMobilityRouting(net.A());
        ASSERT_NOT_NULL(routingA, "routing hook installed on A");
        if (divert)
        {
            routingA->AddDivert(HOME_ADDRESS, ThreeNodes::Interface(tunnelA));
        }

        std::vector<Bytes> encapsulated;
        std::vector<Ipv6Address> exitPoints;
        tunnelA->TraceConnectWithoutContext("Encapsulate",
                                            Callback<void, Ptr<const Packet>, Ipv6Address>(
                                                [&](Ptr<const Packet> p, Ipv6Address exitPoint) {
                                                    encapsulated.push_back(ToBytes(p));
                                                    exitPoints.push_back(exitPoint);
                                                }));
        std::vector<Ipv6Address> decapsulatedFrom;
        tunnelB->TraceConnectWithoutContext("Decapsulate",
                                            Callback<void, Ptr<const Packet>, Ipv6Address>(
                                                [&](Ptr<const Packet>, Ipv6Address outerSrc) {
                                                    decapsulatedFrom.push_back(outerSrc);
                                                }));
        std::vector<Ipv6Header> outerAtB;
        std::vector<Ipv6Header> innerAtB;
        MobilityGlueHelper::GetTunnelProtocol(net.B())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&>(
                [&](Ptr<const Packet> inner, const Ipv6Header& outer) {
                    outerAtB.push_back(outer);
                    Ipv6Header header;
                    inner->PeekHeader(header);
                    innerAtB.push_back(header);
                }));

        std::vector<Datagram> atB;
        ThreeNodes::Listen(net.B(), HOME_ADDRESS, HOME_PORT, atB);
        Ptr<Socket> sender = Socket::CreateSocket(net.A(), UdpSocketFactory::GetTypeId());
        ThreeNodes::SendAt(Seconds(2), sender, PAYLOAD, HOME_ADDRESS, HOME_PORT);
        net.Run();

        if (!divert)
        {
            // Natively the packet reaches R, which has no route to 2001:3::/64 (ns-3's
            // bare static routing then drops it without a trace or ICMPv6 error).
            NS_TEST_ASSERT_MSG_EQ(atB.size(), 0u, "not delivered without the divert");
            NS_TEST_ASSERT_MSG_EQ(net.RouterTunnelPackets().size(), 0u, "nothing tunnelled");
            NS_TEST_ASSERT_MSG_EQ(encapsulated.size(), 0u, "A's tunnel unused");
            NS_TEST_ASSERT_MSG_EQ(net.RouterRxCount(HOME_ADDRESS), 1u, "R got it natively");
            NS_TEST_ASSERT_MSG_EQ(net.RouterTxCount(HOME_ADDRESS), 0u, "and could not forward it");
            NS_TEST_ASSERT_MSG_EQ(routingA->GetDivertedCount(), 0u, "no divert");
            return;
        }

        // A encapsulated the UDP packet once, to B.
        ASSERT_SIZE(encapsulated, 1u, "one packet into A's tunnel");
        NS_TEST_ASSERT_MSG_EQ(exitPoints[0], B_ADDRESS, "exit point is the fixed remote");
        NS_TEST_ASSERT_MSG_EQ(tunnelA->GetEncapsulatedCount(), 1u, "counted");
        NS_TEST_ASSERT_MSG_GT(routingA->GetDivertedCount(), 0u, "diverted by A's hook");

        // R forwarded it as protocol 41 from A to B, outer hop limit 37 - 1.
        ASSERT_SIZE(net.RouterTunnelPackets(), 1u, "one tunnel packet at R");
        const TunnelHop& hop = net.RouterTunnelPackets()[0];
        NS_TEST_ASSERT_MSG_EQ(hop.outer.GetSource(), A_ADDRESS, "outer source A");
        NS_TEST_ASSERT_MSG_EQ(hop.outer.GetDestination(), B_ADDRESS, "outer destination B");
        NS_TEST_ASSERT_MSG_EQ(+hop.outer.GetHopLimit(), 36, "outer hop limit 37, less R's hop");
        NS_TEST_ASSERT_MSG_EQ(hop.interface, 2u, "towards B");
        NS_TEST_ASSERT_MSG_EQ(hop.inner.GetSource(), A_ADDRESS, "inner source A");
        NS_TEST_ASSERT_MSG_EQ(hop.inner.GetDestination(), HOME_ADDRESS, "inner destination");
        NS_TEST_ASSERT_MSG_EQ(+hop.inner.GetNextHeader(), 17, "inner UDP");
        for (const auto& tx : net.RouterTx())
        {
            NS_TEST_ASSERT_MSG_NE(tx.first.GetDestination(),
                                  HOME_ADDRESS,
                                  "R never sees the home address outside the tunnel");
        }

        // B: the outer header as received (the attribute, less R's hop), decapsulated,
        // delivered to the socket on the home address.
        ASSERT_SIZE(outerAtB, 1u, "B's protocol 41 got it");
        NS_TEST_ASSERT_MSG_EQ(+outerAtB[0].GetHopLimit(), 36, "outer hop limit at B");
        NS_TEST_ASSERT_MSG_EQ(+innerAtB[0].GetHopLimit(),
                              64,
                              "inner hop limit: originated by A, not decremented");
        ASSERT_SIZE(decapsulatedFrom, 1u, "B decapsulated once");
        NS_TEST_ASSERT_MSG_EQ(decapsulatedFrom[0], A_ADDRESS, "from A");
        NS_TEST_ASSERT_MSG_EQ(tunnelB->GetDecapsulatedCount(), 1u, "counted");
        ASSERT_SIZE(atB, 1u, "delivered to the socket on the home address");
        NS_TEST_ASSERT_MSG_EQ(Hex(atB[0].payload), Hex(PAYLOAD), "payload identical");
        NS_TEST_ASSERT_MSG_EQ(atB[0].from, A_ADDRESS, "from A's address");
        NS_TEST_ASSERT_MSG_EQ(atB[0].hopLimit, 64, "hop limit seen by the socket");
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(2).size(), 0u, "no ICMPv6 error from B");
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(1).size(), 0u, "no ICMPv6 error from R");
    }

    void DoRun() override
    {
        RunOnce(true);
        RunOnce(false);
    }
};

/// 2 and 5: a home-agent-style tunnel on R, exit-point looked up per packet.
class LookupTunnelTest : public TestCase
{
  public:
    LookupTunnelTest()
        : TestCase("home-agent tunnel on R: exit point looked up per packet, unknown "
                   "destination dropped, inner hop limit decremented once on the way in")
    {
    }

  private:
    void DoRun() override
    {
        ThreeNodes net;
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelR = glue.InstallTunnel(net.R());
        tunnelR->SetAttribute("HopLimit", UintegerValue(17));
        std::vector<Ipv6Address> looked;
        tunnelR->SetExitPointCallback(
            Callback<Ipv6Address, const Ipv6Header&>([&looked](const Ipv6Header& inner) {
                looked.push_back(inner.GetDestination());
                return inner.GetDestination() == HOME_ADDRESS ? B_ADDRESS : Ipv6Address::GetAny();
            }));
        Ptr<hmipv6::MobilityRoutingProtocol> routingR =
            MobilityGlueHelper::GetMobilityRouting(net.R());
        ASSERT_NOT_NULL(routingR, "routing hook installed on R");
        uint32_t tunnelInterface = ThreeNodes::Interface(tunnelR);
        routingR->AddDivert(HOME_ADDRESS, tunnelInterface);
        routingR->AddDivert(UNKNOWN_HOME, tunnelInterface);
        std::vector<std::string> dropsR;
        WatchDrops(tunnelR, dropsR);

        // B takes tunnel packets only from R (the filter a mobile host applies to its
        // home agent).
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        tunnelB->SetAcceptCallback(Callback<bool, Ipv6Address, const Ipv6Header&>(
            [](Ipv6Address outerSrc, const Ipv6Header&) { return outerSrc == R_ADDRESS_2; }));
        ThreeNodes::AddHomeAddress(tunnelB);
        std::vector<Ipv6Header> outerAtB;
        MobilityGlueHelper::GetTunnelProtocol(net.B())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&>(
                [&](Ptr<const Packet>, const Ipv6Header& outer) { outerAtB.push_back(outer); }));

        std::vector<Datagram> atB;
        ThreeNodes::Listen(net.B(), HOME_ADDRESS, HOME_PORT, atB);
        Ptr<Socket> sender = Socket::CreateSocket(net.A(), UdpSocketFactory::GetTypeId());
        ThreeNodes::SendAt(Seconds(2), sender, PAYLOAD, HOME_ADDRESS, HOME_PORT);
        ThreeNodes::SendAt(Seconds(2.1), sender, PAYLOAD, UNKNOWN_HOME, HOME_PORT);
        net.Run();

        ASSERT_SIZE(looked, 2u, "one lookup per packet");
        NS_TEST_ASSERT_MSG_EQ(looked[0], HOME_ADDRESS, "looked up by inner destination");
        NS_TEST_ASSERT_MSG_EQ(looked[1], UNKNOWN_HOME, "second lookup");
        NS_TEST_ASSERT_MSG_EQ(routingR->GetDivertedCount(), 2u, "both forwarded into the tunnel");
        NS_TEST_ASSERT_MSG_EQ(tunnelR->GetEncapsulatedCount(), 1u, "only the known one sent");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(dropsR, "no tunnel exit point for 2001:3::99"),
                              1u,
                              "unknown destination dropped:" << Join(dropsR));

        // What left R: the inner packet on the tunnel interface with its hop limit
        // decremented by R's forwarding (64 - 1), then the tunnel packet to B with the
        // attribute's hop limit and R's own address as source.
        uint32_t intoTunnel = 0;
        for (const auto& tx : net.RouterTx())
        {
            if (tx.second == tunnelInterface)
            {
                ++intoTunnel;
                NS_TEST_ASSERT_MSG_EQ(+tx.first.GetHopLimit(), 63, "inner hop limit 64 - 1");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(intoTunnel, 2u, "both went into the tunnel interface");
        ASSERT_SIZE(net.RouterTunnelPackets(), 1u, "one tunnel packet");
        const TunnelHop& hop = net.RouterTunnelPackets()[0];
        NS_TEST_ASSERT_MSG_EQ(hop.outer.GetSource(), R_ADDRESS_2, "source selected by routing");
        NS_TEST_ASSERT_MSG_EQ(hop.outer.GetDestination(), B_ADDRESS, "exit point B");
        NS_TEST_ASSERT_MSG_EQ(+hop.outer.GetHopLimit(), 17, "outer hop limit = HopLimit");
        NS_TEST_ASSERT_MSG_EQ(+hop.inner.GetHopLimit(), 63, "inner hop limit decremented once");
        NS_TEST_ASSERT_MSG_EQ(hop.inner.GetSource(), A_ADDRESS, "inner source unchanged");

        ASSERT_SIZE(outerAtB, 1u, "B got the tunnel packet");
        NS_TEST_ASSERT_MSG_EQ(+outerAtB[0].GetHopLimit(), 17, "one link: outer hop limit intact");
        ASSERT_SIZE(atB, 1u, "delivered on B");
        NS_TEST_ASSERT_MSG_EQ(Hex(atB[0].payload), Hex(PAYLOAD), "payload identical");
        NS_TEST_ASSERT_MSG_EQ(atB[0].hopLimit, 63, "inner hop limit at the socket");
        NS_TEST_ASSERT_MSG_EQ(atB[0].from, A_ADDRESS, "from A");
    }
};

/// 3: B answers from its home address through its tunnel (source divert).
class ReverseTunnelTest : public TestCase
{
  public:
    ReverseTunnelTest()
        : TestCase("reverse tunnel: B replies from its home address through its tunnel, "
                   "unbound sockets with DivertUnspecifiedSource; control without the "
                   "source divert goes natively")
    {
    }

  private:
    /**
     * \brief One run.
     * \param sourceDivert whether B has the source divert (and DivertUnspecifiedSource)
     */
    void RunOnce(bool sourceDivert)
    {
        ThreeNodes net;
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelA = glue.InstallTunnel(net.A());
        tunnelA->SetRemote(B_ADDRESS);
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        tunnelB->SetRemote(A_ADDRESS);
        ThreeNodes::AddHomeAddress(tunnelB);
        MobilityGlueHelper::GetMobilityRouting(net.A())->AddDivert(HOME_ADDRESS,
                                                                   ThreeNodes::Interface(tunnelA));
        Ptr<hmipv6::MobilityRoutingProtocol> routingB =
            MobilityGlueHelper::GetMobilityRouting(net.B());
        ASSERT_NOT_NULL(routingB, "routing hook installed on B");
        if (sourceDivert)
        {
            routingB->AddSourceDivert(HOME_ADDRESS, ThreeNodes::Interface(tunnelB));
            routingB->SetAttribute("DivertUnspecifiedSource", BooleanValue(true));
        }

        // B echoes what its home address receives, from its home address.
        std::vector<Datagram> atB;
        Ptr<Socket> home = ThreeNodes::Listen(net.B(), HOME_ADDRESS, HOME_PORT, atB);
        home->SetRecvCallback(Callback<void, Ptr<Socket>>([&atB](Ptr<Socket> s) {
            Address from;
            while (Ptr<Packet> p = s->RecvFrom(from))
            {
                Inet6SocketAddress inet = Inet6SocketAddress::ConvertFrom(from);
                atB.push_back({ToBytes(p), inet.GetIpv6(), inet.GetPort(), -1});
                s->SendTo(MakePacket(ToBytes(p)), 0, from);
            }
        }));
        std::vector<Datagram> atA;
        Ptr<Socket> socketA = ThreeNodes::Listen(net.A(), Ipv6Address::GetAny(), A_PORT, atA);
        std::vector<Ipv6Address> decapsulatedAtA;
        tunnelA->TraceConnectWithoutContext(
            "Decapsulate",
            Callback<void, Ptr<const Packet>, Ipv6Address>(
                [&](Ptr<const Packet> inner, Ipv6Address outerSrc) {
                    Ipv6Header header;
                    inner->PeekHeader(header);
                    decapsulatedAtA.push_back(outerSrc);
                    NS_TEST_EXPECT_MSG_EQ(header.GetSource(), HOME_ADDRESS, "inner source");
                }));

        ThreeNodes::SendAt(Seconds(2), socketA, PAYLOAD, HOME_ADDRESS, HOME_PORT);
        // An unbound socket on B: no source until routing gives one.
        Ptr<Socket> unbound = Socket::CreateSocket(net.B(), UdpSocketFactory::GetTypeId());
        Bytes second = PAYLOAD;
        second[0] = 'U';
        ThreeNodes::SendAt(Seconds(2.5), unbound, second, A_ADDRESS, A_PORT);
        net.Run();

        ASSERT_SIZE(atB, 1u, "B got A's datagram through A's tunnel");
        ASSERT_SIZE(atA, 2u, "A got the echo and the unbound datagram");
        NS_TEST_ASSERT_MSG_EQ(Hex(atA[0].payload), Hex(PAYLOAD), "echo payload identical");
        NS_TEST_ASSERT_MSG_EQ(atA[0].from, HOME_ADDRESS, "echo from the home address");
        NS_TEST_ASSERT_MSG_EQ(atA[0].port, HOME_PORT, "echo from the home port");
        NS_TEST_ASSERT_MSG_EQ(Hex(atA[1].payload), Hex(second), "second payload identical");

        // Tunnel packets from B to A that crossed R.
        uint32_t fromB = 0;
        for (const auto& hop : net.RouterTunnelPackets())
        {
            if (hop.outer.GetSource() == B_ADDRESS)
            {
                ++fromB;
                NS_TEST_ASSERT_MSG_EQ(hop.outer.GetDestination(), A_ADDRESS, "to A");
                NS_TEST_ASSERT_MSG_EQ(hop.inner.GetSource(), HOME_ADDRESS, "inner from home");
                NS_TEST_ASSERT_MSG_EQ(hop.inner.GetDestination(), A_ADDRESS, "inner to A");
            }
        }

        if (sourceDivert)
        {
            NS_TEST_ASSERT_MSG_EQ(atA[1].from,
                                  HOME_ADDRESS,
                                  "unbound socket got the home address as source");
            NS_TEST_ASSERT_MSG_EQ(fromB, 2u, "both crossed R inside protocol 41");
            ASSERT_SIZE(decapsulatedAtA, 2u, "A decapsulated both");
            NS_TEST_ASSERT_MSG_EQ(decapsulatedAtA[0], B_ADDRESS, "from B's address");
            NS_TEST_ASSERT_MSG_EQ(tunnelB->GetEncapsulatedCount(), 2u, "B encapsulated both");
            // A's address is on its link interface, not on the tunnel's: the inner packets
            // are delivered as they come out of the tunnel, not routed out of the link
            // interface and looped back (which would cost a hop), and A's strong end
            // system model is back on afterwards.
            NS_TEST_ASSERT_MSG_EQ(atA[0].hopLimit, 64, "echo: inner hop limit intact");
            NS_TEST_ASSERT_MSG_EQ(atA[1].hopLimit, 64, "unbound: inner hop limit intact");
            BooleanValue strong(false);
            net.A()->GetObject<Ipv6L3Protocol>()->GetAttribute("StrongEndSystemModel", strong);
            NS_TEST_ASSERT_MSG_EQ(strong.Get(), true, "A's StrongEndSystemModel restored");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(atA[1].from, B_ADDRESS, "unbound: B's own address");
            NS_TEST_ASSERT_MSG_EQ(atA[1].hopLimit, 63, "natively through R");
            NS_TEST_ASSERT_MSG_EQ(fromB, 0u, "nothing tunnelled from B");
            NS_TEST_ASSERT_MSG_EQ(decapsulatedAtA.size(), 0u, "A decapsulated nothing");
            NS_TEST_ASSERT_MSG_EQ(tunnelB->GetEncapsulatedCount(), 0u, "B's tunnel unused");
        }
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(0).size(), 0u, "no ICMPv6 error from A");
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(2).size(), 0u, "no ICMPv6 error from B");
    }

    void DoRun() override
    {
        RunOnce(true);
        RunOnce(false);
    }
};

/// 4: protocol 41 packets whose payload is not a valid IPv6 packet, or not accepted.
class MalformedTunnelPacketTest : public TestCase
{
  public:
    MalformedTunnelPacketTest()
        : TestCase("malformed inner packets and refused tunnel sources: dropped with a "
                   "reason, counted, no ICMPv6, no crash")
    {
    }

  private:
    void DoRun() override
    {
        ThreeNodes net;
        MobilityGlueHelper glue;
        glue.Install(net.B()); // No Next Header (59) for the valid inner packet
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        tunnelB->SetRemote(Ipv6Address("2001:1::99")); // not A, at first
        ThreeNodes::AddHomeAddress(tunnelB);
        Ptr<hmipv6::Ipv6TunnelL4Protocol> l4 = MobilityGlueHelper::GetTunnelProtocol(net.B());
        ASSERT_NOT_NULL(l4, "protocol 41 installed on B");
        NS_TEST_ASSERT_MSG_EQ(ThreeNodes::Ipv6(net.B())->GetProtocol(41), l4, "inserted as 41");
        std::vector<std::string> l4Drops;
        l4->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                [&](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                    l4Drops.push_back(reason);
                }));
        std::vector<std::string> deviceDrops;
        WatchDrops(tunnelB, deviceDrops);
        std::vector<Ipv6Header> noNextHeader;
        net.B()->GetObject<hmipv6::NoNextHeaderL4Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                [&](Ptr<const Packet>, const Ipv6Header& header, uint32_t) {
                    noNextHeader.push_back(header);
                }));

        Ptr<Ipv6L3Protocol> ipv6A = ThreeNodes::Ipv6(net.A());
        uint32_t contextA = net.A()->GetId();
        auto sendAt = [ipv6A, contextA](Time at, Bytes bytes) {
            Simulator::ScheduleWithContext(contextA, at, [ipv6A, bytes]() {
                ipv6A->Send(MakePacket(bytes), A_ADDRESS, B_ADDRESS, 41, nullptr);
            });
        };
        Bytes valid = InnerPacket(A_ADDRESS, HOME_ADDRESS, 59, 8);
        // 1. Twenty octets.
        sendAt(Seconds(2), Bytes(valid.begin(), valid.begin() + 20));
        // 2. Version 4.
        Bytes version4 = valid;
        version4[0] = 0x45;
        sendAt(Seconds(2.1), version4);
        // 3. Payload Length 100, 8 octets follow.
        Bytes tooLong = valid;
        tooLong[5] = 100;
        sendAt(Seconds(2.2), tooLong);
        // 4. Valid, but the device takes tunnel packets from 2001:1::99 only.
        sendAt(Seconds(2.3), valid);
        // 5. Valid, after the device's remote endpoint became A.
        Simulator::Schedule(Seconds(2.35), [tunnelB]() { tunnelB->SetRemote(A_ADDRESS); });
        sendAt(Seconds(2.4), valid);
        // 6. Straight into the device, inside and outside the node's context.
        Simulator::ScheduleWithContext(net.B()->GetId(), Seconds(2.5), [tunnelB]() {
            tunnelB->Receive(MakePacket({0x60, 0, 0}), A_ADDRESS, B_ADDRESS);
        });
        tunnelB->Receive(MakePacket({}), A_ADDRESS, B_ADDRESS);
        // 7. A valid one straight into the device before the simulation runs: delivered
        //    in B's context at time 0.
        tunnelB->Receive(MakePacket(valid), A_ADDRESS, B_ADDRESS);
        net.Run();

        NS_TEST_ASSERT_MSG_EQ(l4->GetReceivedCount(), 5u, "five tunnel packets reached B");
        NS_TEST_ASSERT_MSG_EQ(l4->GetDroppedCount(), 4u, "four dropped");
        NS_TEST_ASSERT_MSG_EQ(l4->GetDeliveredCount(), 1u, "one delivered");
        NS_TEST_ASSERT_MSG_EQ(l4Drops.size(), 4u, "Drop fired for each:" << Join(l4Drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(l4Drops, "shorter than 40 octets (20)"),
                              1u,
                              "1:" << Join(l4Drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(l4Drops, "version 4 is not 6"),
                              1u,
                              "2:" << Join(l4Drops));
        NS_TEST_ASSERT_MSG_EQ(
            CountContaining(l4Drops, "payload length 100 larger than the 8 octets"),
            1u,
            "3:" << Join(l4Drops));
        NS_TEST_ASSERT_MSG_EQ(
            CountContaining(l4Drops, "no tunnel device accepts 2001:1::1 -> 2001:2::2"),
            1u,
            "4:" << Join(l4Drops));

        NS_TEST_ASSERT_MSG_EQ(tunnelB->GetDecapsulatedCount(), 2u, "7 and 5 decapsulated");
        ASSERT_SIZE(noNextHeader, 2u, "7 and 5 delivered locally");
        NS_TEST_ASSERT_MSG_EQ(noNextHeader[0].GetDestination(), HOME_ADDRESS, "7 to home");
        NS_TEST_ASSERT_MSG_EQ(noNextHeader[1].GetDestination(), HOME_ADDRESS, "5 to home");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(deviceDrops, "shorter than 40 octets (3)"),
                              1u,
                              "6, in context:" << Join(deviceDrops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(deviceDrops, "shorter than 40 octets (0)"),
                              1u,
                              "6, outside:" << Join(deviceDrops));
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(2).size(), 0u, "no ICMPv6 error from B");
    }
};

/**
 * \brief Set the MTU of both devices of R's link to B.
 * \param net the nodes
 * \param mtu the MTU
 */
void
SetLinkToBMtu(ThreeNodes& net, uint16_t mtu)
{
    for (Ptr<Node> node : {net.R(), net.B()})
    {
        Ptr<Ipv6L3Protocol> ipv6 = ThreeNodes::Ipv6(node);
        int32_t i = ipv6->GetInterfaceForAddress(node == net.R() ? R_ADDRESS_2 : B_ADDRESS);
        ipv6->GetNetDevice(i)->SetMtu(mtu);
    }
}

/// RFC 2473 6.7, 7.1, 8.1: the tunnel MTU to an exit-point, Packet Too Big both ways.
class TunnelMtuTest : public TestCase
{
  public:
    TunnelMtuTest()
        : TestCase("tunnel MTU = path MTU - 40: larger originals get a Packet Too Big, one "
                   "from inside the tunnel is relayed, small ones are fragmented")
    {
    }

  private:
    /// A's configured tunnel to B; R's link to B has MTU 1400.
    void RelayedFromInside()
    {
        ThreeNodes net;
        SetLinkToBMtu(net, 1400);
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelA = glue.InstallTunnel(net.A());
        tunnelA->SetRemote(B_ADDRESS);
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        tunnelB->SetRemote(A_ADDRESS);
        ThreeNodes::AddHomeAddress(tunnelB);
        MobilityGlueHelper::GetMobilityRouting(net.A())->AddDivert(HOME_ADDRESS,
                                                                   ThreeNodes::Interface(tunnelA));
        std::vector<uint32_t> learnt;
        tunnelA->TraceConnectWithoutContext(
            "PathMtuChanged",
            Callback<void, Ipv6Address, uint32_t>(
                [&learnt](Ipv6Address, uint32_t mtu) { learnt.push_back(mtu); }));
        std::vector<Datagram> atB;
        ThreeNodes::Listen(net.B(), HOME_ADDRESS, HOME_PORT, atB);
        Ptr<Socket> sender = Socket::CreateSocket(net.A(), UdpSocketFactory::GetTypeId());
        Bytes big(1412, 0x5A); // a 1460-octet IPv6 packet: 1500 with the tunnel header
        for (double t : {2.0, 2.1, 2.2})
        {
            ThreeNodes::SendAt(Seconds(t), sender, big, HOME_ADDRESS, HOME_PORT);
        }
        ThreeNodes::SendAt(Seconds(2.3), sender, PAYLOAD, HOME_ADDRESS, HOME_PORT);
        Ptr<hmipv6::Ipv6TunnelL4Protocol> protocolA =
            MobilityGlueHelper::GetTunnelProtocol(net.A());
        net.Run();

        // R cannot forward the first tunnel packet (1500 > 1400) and says so to A; A's
        // tunnel learns 1400 and relays 1360 to the source, itself, whose next datagrams
        // are fragmented to fit the tunnel.
        NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(1).size(), 1u, "R: one ICMPv6 error");
        NS_TEST_ASSERT_MSG_EQ(+net.IcmpErrors(1)[0], 2, "a Packet Too Big");
        ASSERT_SIZE(learnt, 1u, "A's tunnel learnt the path MTU once");
        NS_TEST_ASSERT_MSG_EQ(learnt[0], 1400u, "1400");
        NS_TEST_ASSERT_MSG_EQ(protocolA->GetPacketTooBigRelayedCount(), 1u, "relayed (8.1)");
        ASSERT_SIZE(atB, 3u, "all but the first delivered");
        NS_TEST_ASSERT_MSG_EQ(atB[0].payload.size(), big.size(), "whole, reassembled");
        NS_TEST_ASSERT_MSG_EQ(Hex(atB[2].payload), Hex(PAYLOAD), "the small one");
        NS_TEST_ASSERT_MSG_EQ(tunnelA->GetPacketTooBigCount(), 0u, "A never had to refuse one");
    }

    /**
     * \brief A Packet Too Big about one of A's tunnel packets that carries a Tunnel
     *        Encapsulation Limit (RFC 2473 5.1: a Destination Options header between the
     *        tunnel header and the original packet): the tunnel learns the path MTU and
     *        relays it to the original source (8.1), as for one without the option.
     */
    void RelayedWithLimit()
    {
        ThreeNodes net;
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelA = glue.InstallTunnel(net.A());
        tunnelA->SetRemote(B_ADDRESS);
        std::vector<uint32_t> learnt;
        tunnelA->TraceConnectWithoutContext(
            "PathMtuChanged",
            Callback<void, Ipv6Address, uint32_t>(
                [&learnt](Ipv6Address, uint32_t mtu) { learnt.push_back(mtu); }));
        auto address = [](Bytes& out, Ipv6Address a) {
            uint8_t octets[16];
            a.Serialize(octets);
            out.insert(out.end(), octets, octets + 16);
        };
        // Type 2, code 0, MTU 1400; the tunnel header (Next Header 60, 8 + 1460 octets of
        // payload), the limit option (2) with a PadN, the original header (1460 octets).
        Bytes message{2, 0, 0, 0, 0, 0, 0x05, 0x78, 0x60, 0, 0, 0, 0x05, 0xBC, 60, 64};
        address(message, A_ADDRESS);
        address(message, B_ADDRESS);
        message.insert(message.end(), {41, 0, 4, 1, 2, 1, 1, 0});
        message.insert(message.end(), {0x60, 0, 0, 0, 0x05, 0x8C, 17, 64});
        address(message, A_ADDRESS);
        address(message, HOME_ADDRESS);
        message.insert(message.end(), 8, 0);
        Simulator::Schedule(Seconds(2), [&net, message]() {
            Ptr<Packet> p = MakePacket(message);
            Ipv6Header h;
            h.SetSource(R_ADDRESS_1);
            h.SetDestination(A_ADDRESS);
            h.SetNextHeader(58); // ICMPv6
            h.SetHopLimit(64);
            h.SetPayloadLength(p->GetSize());
            p->AddHeader(h);
            Ptr<Ipv6L3Protocol> ipv6 = ThreeNodes::Ipv6(net.A());
            Ptr<NetDevice> device = ipv6->GetNetDevice(ipv6->GetInterfaceForAddress(A_ADDRESS));
            ipv6->Receive(device,
                          p,
                          Ipv6L3Protocol::PROT_NUMBER,
                          device->GetBroadcast(),
                          device->GetAddress(),
                          NetDevice::PACKET_HOST);
        });
        net.Run();
        ASSERT_SIZE(learnt, 1u, "A's tunnel learnt the path MTU");
        NS_TEST_ASSERT_MSG_EQ(learnt[0], 1400u, "1400");
        NS_TEST_ASSERT_MSG_EQ(
            MobilityGlueHelper::GetTunnelProtocol(net.A())->GetPacketTooBigRelayedCount(),
            1u,
            "relayed (8.1)");
    }

    /**
     * \brief R tunnels to B as a home agent does, over a link to B of a given MTU.
     * \param mtu the link's MTU
     * \param payload UDP payload of each of two datagrams from A
     * \param tooBig whether the first is refused with a Packet Too Big
     */
    void AtTheEntry(uint16_t mtu, uint32_t payload, bool tooBig)
    {
        ThreeNodes net;
        SetLinkToBMtu(net, mtu);
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelR = glue.InstallTunnel(net.R());
        tunnelR->SetRemote(B_ADDRESS);
        MobilityGlueHelper::GetMobilityRouting(net.R())->AddDivert(HOME_ADDRESS,
                                                                   ThreeNodes::Interface(tunnelR));
        std::vector<std::string> dropsR;
        WatchDrops(tunnelR, dropsR);
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnelB = glue.InstallTunnel(net.B());
        ThreeNodes::AddHomeAddress(tunnelB);
        std::vector<Datagram> atB;
        ThreeNodes::Listen(net.B(), HOME_ADDRESS, HOME_PORT, atB);
        Ptr<Socket> sender = Socket::CreateSocket(net.A(), UdpSocketFactory::GetTypeId());
        Bytes data(payload, 0x3C);
        ThreeNodes::SendAt(Seconds(2), sender, data, HOME_ADDRESS, HOME_PORT);
        ThreeNodes::SendAt(Seconds(2.1), sender, data, HOME_ADDRESS, HOME_PORT);
        net.Run();

        uint32_t original = payload + 48;
        if (tooBig)
        {
            // 7.1: larger than the tunnel MTU (mtu - 40) and than 1280: refused, and the
            // source told; it fragments the next one itself.
            NS_TEST_ASSERT_MSG_EQ(tunnelR->GetPacketTooBigCount(), 1u, "one Packet Too Big");
            NS_TEST_ASSERT_MSG_EQ(
                CountContaining(dropsR, "larger than the tunnel MTU " + std::to_string(mtu - 40)),
                1u,
                "drop traced:" << Join(dropsR));
            ASSERT_SIZE(atB, 1u, "the second arrives");
        }
        else
        {
            // 7.1: at most 1280 octets: encapsulated, the tunnel packet fragmented.
            NS_TEST_ASSERT_MSG_LT_OR_EQ(original, 1280u, "a small original");
            NS_TEST_ASSERT_MSG_EQ(tunnelR->GetPacketTooBigCount(), 0u, "never refused");
            NS_TEST_ASSERT_MSG_EQ(net.IcmpErrors(1).size(), 0u, "no ICMPv6 error from R");
            ASSERT_SIZE(atB, 2u, "both arrive");
        }
        NS_TEST_ASSERT_MSG_EQ(atB.back().payload.size(), payload, "whole");
    }

    void DoRun() override
    {
        RelayedFromInside();
        RelayedWithLimit();
        AtTheEntry(1400, 1412, true);  // 1460-octet originals, tunnel MTU 1360
        AtTheEntry(1300, 1232, false); // 1280-octet originals, tunnel MTU 1260
    }
};

/// The pieces without a network: checks, matching, lookups, routes, the helper.
class TunnelPiecesTest : public TestCase
{
  public:
    TunnelPiecesTest()
        : TestCase("tunnel pieces: inner packet check, device matching and exit point, "
                   "routing hook lookups and table, helper wiring")
    {
    }

  private:
    void DoRun() override
    {
        std::string reason;
        Bytes valid = InnerPacket(A_ADDRESS, HOME_ADDRESS, 59, 8);
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::Ipv6TunnelNetDevice::CheckInnerPacket(MakePacket(valid), reason),
            true,
            "valid");
        Bytes padded = valid;
        padded.resize(valid.size() + 5, 0);
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::Ipv6TunnelNetDevice::CheckInnerPacket(MakePacket(padded), reason),
            true,
            "trailing octets are padding");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::Ipv6TunnelNetDevice::CheckInnerPacket(MakePacket({}), reason),
                              false,
                              "empty");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::Ipv6TunnelNetDevice::CheckInnerPacket(nullptr, reason),
                              false,
                              "null");

        // A device alone.
        Ptr<hmipv6::Ipv6TunnelNetDevice> device = CreateObject<hmipv6::Ipv6TunnelNetDevice>();
        NS_TEST_ASSERT_MSG_EQ(device->NeedsArp(), false, "no Neighbor Discovery");
        NS_TEST_ASSERT_MSG_EQ(device->IsPointToPoint(), false, "point-to-multipoint");
        NS_TEST_ASSERT_MSG_EQ(device->GetMtu(), 1460, "1500 - 40");
        NS_TEST_ASSERT_MSG_EQ(device->SetMtu(1279), false, "below the IPv6 minimum");
        UintegerValue hopLimit;
        device->GetAttribute("HopLimit", hopLimit);
        NS_TEST_ASSERT_MSG_EQ(hopLimit.Get(), 64u, "default tunnel hop limit");
        NS_TEST_ASSERT_MSG_EQ(Mac48Address::IsMatchingType(device->GetAddress()),
                              true,
                              "a Mac48Address placeholder");

        Ipv6Header inner;
        inner.SetSource(A_ADDRESS);
        inner.SetDestination(HOME_ADDRESS);
        NS_TEST_ASSERT_MSG_EQ(device->GetExitPoint(inner), Ipv6Address::GetAny(), "none yet");
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(A_ADDRESS, B_ADDRESS, inner), 0, "takes any");
        device->SetRemote(A_ADDRESS);
        NS_TEST_ASSERT_MSG_EQ(device->GetExitPoint(inner), A_ADDRESS, "fixed remote");
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(A_ADDRESS, B_ADDRESS, inner), 1, "remote matches");
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(R_ADDRESS_2, B_ADDRESS, inner), -1, "not remote");
        device->SetLocal(B_ADDRESS);
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(A_ADDRESS, B_ADDRESS, inner), 3, "both match");
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(A_ADDRESS, HOME_ADDRESS, inner), -1, "not local");
        device->SetAcceptCallback(Callback<bool, Ipv6Address, const Ipv6Header&>(
            [](Ipv6Address, const Ipv6Header& h) { return h.GetSource() != A_ADDRESS; }));
        NS_TEST_ASSERT_MSG_EQ(device->Accepts(A_ADDRESS, B_ADDRESS, inner), -1, "filtered");
        device->SetExitPointCallback(Callback<Ipv6Address, const Ipv6Header&>(
            [](const Ipv6Header&) { return R_ADDRESS_2; }));
        NS_TEST_ASSERT_MSG_EQ(device->GetExitPoint(inner), R_ADDRESS_2, "lookup wins");

        std::vector<std::string> drops;
        WatchDrops(device, drops);
        NS_TEST_ASSERT_MSG_EQ(device->Send(MakePacket(valid), Address(), 0x86DD),
                              false,
                              "not on a node");
        NS_TEST_ASSERT_MSG_EQ(device->Send(MakePacket(valid), Address(), 0x0800),
                              false,
                              "not IPv6");
        NS_TEST_ASSERT_MSG_EQ(device->Send(MakePacket({1, 2}), Address(), 0x86DD),
                              false,
                              "too short");
        device->Receive(MakePacket(valid), A_ADDRESS, B_ADDRESS);
        NS_TEST_ASSERT_MSG_EQ(drops.size(), 4u, "four drops:" << Join(drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "no IPv6 stack"), 1u, Join(drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "is not IPv6"), 1u, Join(drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "shorter than 40"), 1u, Join(drops));
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "not attached"), 1u, Join(drops));
        NS_TEST_ASSERT_MSG_EQ(device->GetDroppedCount(), 4u, "counted");

        // The helper on a node with one link (2001:1::1/64), no IPv4, and a bare
        // Ipv6StaticRouting as its IPv6 routing protocol. That was InternetStackHelper's
        // default until IPv6 global routing came (ns-3.47); since then the default is an
        // Ipv6ListRouting (static and global routing), which Install uses as it is (the
        // end of this test), so the bare one is asked for explicitly.
        NodeContainer nodes;
        nodes.Create(1);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.SetRoutingHelper(Ipv6StaticRoutingHelper());
        stack.Install(nodes);
        Ptr<Node> node = nodes.Get(0);
        Ptr<SimpleNetDevice> link = CreateObject<SimpleNetDevice>();
        link->SetAddress(Mac48Address::Allocate());
        link->SetChannel(CreateObject<SimpleChannel>());
        node->AddDevice(link);
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        uint32_t linkInterface = ipv6->AddInterface(link);
        ipv6->AddAddress(linkInterface, Ipv6InterfaceAddress(A_ADDRESS, Ipv6Prefix(64)));
        ipv6->SetUp(linkInterface);

        Ptr<Ipv6StaticRouting> staticRouting = Ipv6StaticRoutingHelper().GetStaticRouting(ipv6);
        ASSERT_NOT_NULL(staticRouting, "InternetStackHelper's bare static routing");
        MobilityGlueHelper glue;
        Ptr<hmipv6::Ipv6TunnelNetDevice> first = glue.InstallTunnel(node);
        Ptr<hmipv6::Ipv6TunnelNetDevice> second = glue.InstallTunnel(node);
        uint32_t tunnel = ThreeNodes::Interface(first);
        NS_TEST_ASSERT_MSG_EQ(ThreeNodes::Interface(second), tunnel + 1, "one interface each");
        NS_TEST_ASSERT_MSG_EQ(ipv6->IsUp(tunnel), true, "up");
        NS_TEST_ASSERT_MSG_EQ(ipv6->IsForwarding(tunnel), true, "forwarding");
        Ptr<hmipv6::Ipv6TunnelL4Protocol> l4 = MobilityGlueHelper::GetTunnelProtocol(node);
        ASSERT_NOT_NULL(l4, "protocol 41");
        NS_TEST_ASSERT_MSG_EQ(l4->GetNTunnelDevices(), 2u, "both registered");
        NS_TEST_ASSERT_MSG_EQ(l4->GetTunnelDevice(0), first, "in order");
        Ptr<Ipv6ListRouting> list = DynamicCast<Ipv6ListRouting>(ipv6->GetRoutingProtocol());
        ASSERT_NOT_NULL(list, "a list around static routing");
        NS_TEST_ASSERT_MSG_EQ(Ipv6StaticRoutingHelper().GetStaticRouting(ipv6),
                              staticRouting,
                              "the same static routing, still found by its helper");
        NS_TEST_ASSERT_MSG_EQ(list->GetNRoutingProtocols(), 2u, "static + one hook");
        int16_t priority = 0;
        NS_TEST_ASSERT_MSG_NE(
            DynamicCast<hmipv6::MobilityRoutingProtocol>(list->GetRoutingProtocol(0, priority)),
            nullptr,
            "asked first");
        NS_TEST_ASSERT_MSG_EQ(priority, 10, "default priority");
        Ptr<hmipv6::MobilityRoutingProtocol> routing = MobilityGlueHelper::GetMobilityRouting(node);
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityRoutingProtocol::Install(node),
                              routing,
                              "idempotent");

        // Lookups.
        auto lookup = [routing](Ipv6Address src, Ipv6Address dst, Ptr<NetDevice> oif) {
            Ipv6Header header;
            header.SetSource(src);
            header.SetDestination(dst);
            header.SetNextHeader(17);
            Socket::SocketErrno err;
            return routing->RouteOutput(Create<Packet>(), header, oif, err);
        };
        NS_TEST_ASSERT_MSG_EQ(lookup(Ipv6Address::GetAny(), HOME_ADDRESS, nullptr),
                              nullptr,
                              "nothing diverted yet");
        routing->AddDivert(HOME_ADDRESS, tunnel);
        Ptr<Ipv6Route> route = lookup(Ipv6Address::GetAny(), HOME_ADDRESS, nullptr);
        ASSERT_NOT_NULL(route, "diverted");
        NS_TEST_ASSERT_MSG_EQ(route->GetOutputDevice(), first, "into the tunnel");
        NS_TEST_ASSERT_MSG_EQ(route->GetSource(), A_ADDRESS, "the link's global address");
        NS_TEST_ASSERT_MSG_EQ(route->GetGateway(), Ipv6Address::GetAny(), "no gateway");
        NS_TEST_ASSERT_MSG_EQ(lookup(Ipv6Address::GetAny(), HOME_ADDRESS, link),
                              nullptr,
                              "another output device asked for");
        NS_TEST_ASSERT_MSG_EQ(lookup(Ipv6Address::GetAny(), Ipv6Address("ff02::1"), nullptr),
                              nullptr,
                              "multicast never");
        NS_TEST_ASSERT_MSG_EQ(routing->RemoveDivert(HOME_ADDRESS), true, "removed");
        NS_TEST_ASSERT_MSG_EQ(routing->RemoveDivert(HOME_ADDRESS), false, "once");

        routing->AddSourceDivert(HOME_ADDRESS, tunnel + 1, B_ADDRESS);
        route = lookup(HOME_ADDRESS, R_ADDRESS_2, nullptr);
        ASSERT_NOT_NULL(route, "from the home address: diverted");
        NS_TEST_ASSERT_MSG_EQ(route->GetOutputDevice(), second, "into the second tunnel");
        NS_TEST_ASSERT_MSG_EQ(route->GetSource(), HOME_ADDRESS, "source kept");
        NS_TEST_ASSERT_MSG_EQ(lookup(HOME_ADDRESS, B_ADDRESS, nullptr),
                              nullptr,
                              "except destination");
        NS_TEST_ASSERT_MSG_EQ(lookup(Ipv6Address::GetAny(), R_ADDRESS_2, nullptr),
                              nullptr,
                              "unspecified source: not by default");
        routing->SetAttribute("DivertUnspecifiedSource", BooleanValue(true));
        route = lookup(Ipv6Address::GetAny(), R_ADDRESS_2, nullptr);
        ASSERT_NOT_NULL(route, "unspecified source diverted");
        NS_TEST_ASSERT_MSG_EQ(route->GetSource(), HOME_ADDRESS, "gets the home address");
        ipv6->SetDown(tunnel + 1);
        NS_TEST_ASSERT_MSG_EQ(lookup(HOME_ADDRESS, R_ADDRESS_2, nullptr),
                              nullptr,
                              "tunnel interface down: not diverted");
        ipv6->SetUp(tunnel + 1);

        routing->AddDivert(UNKNOWN_HOME, tunnel);
        std::ostringstream table;
        routing->PrintRoutingTable(Create<OutputStreamWrapper>(&table));
        NS_TEST_ASSERT_MSG_NE(table.str().find("2001:3::99 -> interface " + std::to_string(tunnel)),
                              std::string::npos,
                              "destination divert printed: " << table.str());
        NS_TEST_ASSERT_MSG_NE(table.str().find("except to 2001:2::2"),
                              std::string::npos,
                              "source divert printed: " << table.str());

        // A node whose routing protocol is already an Ipv6ListRouting (one static routing
        // here): the hook joins that list, nothing is wrapped.
        NodeContainer listed;
        listed.Create(1);
        Ipv6ListRoutingHelper listHelper;
        listHelper.Add(Ipv6StaticRoutingHelper(), 0);
        InternetStackHelper listStack;
        listStack.SetIpv4StackInstall(false);
        listStack.SetRoutingHelper(listHelper);
        listStack.Install(listed);
        Ptr<Ipv6L3Protocol> listedIpv6 = listed.Get(0)->GetObject<Ipv6L3Protocol>();
        Ptr<Ipv6RoutingProtocol> before = listedIpv6->GetRoutingProtocol();
        Ptr<hmipv6::MobilityRoutingProtocol> joined =
            hmipv6::MobilityRoutingProtocol::Install(listed.Get(0));
        ASSERT_NOT_NULL(joined, "installed into the list");
        NS_TEST_ASSERT_MSG_EQ(listedIpv6->GetRoutingProtocol(), before, "the same list");
        Ptr<Ipv6ListRouting> existing = DynamicCast<Ipv6ListRouting>(before);
        ASSERT_NOT_NULL(existing, "the list routing");
        NS_TEST_ASSERT_MSG_EQ(existing->GetNRoutingProtocols(), 2u, "static + the hook");
        NS_TEST_ASSERT_MSG_EQ(existing->GetRoutingProtocol(0, priority),
                              Ptr<Ipv6RoutingProtocol>(joined),
                              "the hook asked first");
        NS_TEST_ASSERT_MSG_EQ(priority, 10, "default priority");
    }

    void DoTeardown() override
    {
        // Also after an assertion left DoRun early: no events for the next test.
        Simulator::Destroy();
    }
};

/// The tunnel's test suite.
class Ipv6TunnelTestSuite : public TestSuite
{
  public:
    Ipv6TunnelTestSuite()
        : TestSuite("hmipv6-tunnel")
    {
        AddTestCase(new ConfiguredTunnelTest);
        AddTestCase(new LookupTunnelTest);
        AddTestCase(new ReverseTunnelTest);
        AddTestCase(new MalformedTunnelPacketTest);
        AddTestCase(new TunnelMtuTest);
        AddTestCase(new TunnelPiecesTest);
    }
};

/// Static instance: registers the suite.
Ipv6TunnelTestSuite g_ipv6TunnelTestSuite;

} // namespace
