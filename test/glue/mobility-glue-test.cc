// SPDX-License-Identifier: GPL-2.0-only
// The node glue (No Next Header and Mobility Header protocols, option handlers, type 2
// routing header) against real packets on a real ns-3 link: two IPv6 nodes on a SimpleChannel,
// hand-built octets sent through the sender's Ipv6L3Protocol, the receiver's traces
// (its own, its ICMPv6 errors, its IPv6 drops) checked afterwards.
#include "../roles/role-test-util.h"

#include "ns3/hmipv6-destination-extension.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/ipv6-extension.h"
#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/message-recorder.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/no-next-header-l4-protocol.h"
#include "ns3/object-vector.h"
#include "ns3/packet-reinjection.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <cstdint>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// Octets as written by hand in the tests.
using Bytes = std::vector<uint8_t>;

/**
 * \param bytes octets
 * \return a packet holding them
 */
Ptr<Packet>
MakePacket(const Bytes& bytes)
{
    return Create<Packet>(bytes.data(), bytes.size());
}

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
 * \return them in hex, for messages
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
 * \param address an address
 * \return its 16 octets
 */
Bytes
AddressBytes(Ipv6Address address)
{
    Bytes bytes(16);
    address.Serialize(bytes.data());
    return bytes;
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
 * \brief A Mobility Header: Payload Proto, Header Len 1, MH type, reserved, checksum 0
 *        and 10 octets of message data (16 octets in all).
 * \param mhType the MH Type
 * \param payloadProto the Payload Proto
 * \return the octets
 */
Bytes
MobilityHeaderBytes(uint8_t mhType, uint8_t payloadProto = 59)
{
    return {payloadProto, 1, mhType, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
}

/**
 * \brief A type 2 routing header (RFC 6275 6.4).
 * \param nextHeader its Next Header
 * \param segmentsLeft Segments Left
 * \param homeAddress the home address
 * \return the 24 octets
 */
Bytes
Type2RoutingBytes(uint8_t nextHeader, uint8_t segmentsLeft, Ipv6Address homeAddress)
{
    Bytes bytes = {nextHeader, 2, 2, segmentsLeft, 0, 0, 0, 0};
    Bytes address = AddressBytes(homeAddress);
    bytes.insert(bytes.end(), address.begin(), address.end());
    return bytes;
}

/// An ICMPv6 error the receiver sent.
struct IcmpError
{
    uint8_t type;     //!< ICMPv6 type
    uint8_t code;     //!< ICMPv6 code
    uint32_t pointer; //!< Parameter Problem pointer (other errors: the unused field)
};

/**
 * \brief Two IPv6 nodes on a shared link (2001:db8::/64): the sender (node 0) and the
 *        receiver (node 1). Records the receiver's ICMPv6 errors and IPv6 drops.
 */
class GlueLink
{
  public:
    /**
     * \param glueOnReceiver whether MobilityGlueHelper is installed on the receiver (it
     *        always is on the sender)
     * \param watchDrops whether to record the receiver's IPv6 drops: not for packets
     *        whose options mark them dropped, as ns-3 3.37 then passes an uninitialized
     *        DropReason to the trace
     */
    explicit GlueLink(bool glueOnReceiver, bool watchDrops = true)
    {
        // ns-3's SimpleChannel: the module's tests link only internet, network and core
        // (no csma); it carries broadcast, multicast and unicast frames like a LAN.
        m_nodes.Create(2);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        NetDeviceContainer devices;
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            m_nodes.Get(i)->AddDevice(device);
            devices.Add(device);
        }
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(m_nodes);
        Ipv6AddressHelper addresses;
        addresses.SetBase(Ipv6Address("2001:db8::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer interfaces = addresses.Assign(devices);
        m_senderAddress = GlobalAddress(Sender());
        m_receiverAddress = GlobalAddress(Receiver());

        MobilityGlueHelper glue;
        glue.Install(Sender());
        if (glueOnReceiver)
        {
            glue.Install(Receiver());
        }

        Ptr<Ipv6L3Protocol> ipv6 = Receiver()->GetObject<Ipv6L3Protocol>();
        ipv6->TraceConnectWithoutContext("SendOutgoing",
                                         MakeCallback(&GlueLink::ReceiverSends, this));
        if (watchDrops)
        {
            ipv6->TraceConnectWithoutContext("Drop", MakeCallback(&GlueLink::ReceiverDrops, this));
        }
    }

    /// \return the sender
    Ptr<Node> Sender() const
    {
        return m_nodes.Get(0);
    }

    /// \return the receiver
    Ptr<Node> Receiver() const
    {
        return m_nodes.Get(1);
    }

    /// \return the sender's global address
    Ipv6Address SenderAddress() const
    {
        return m_senderAddress;
    }

    /// \return the receiver's global address
    Ipv6Address ReceiverAddress() const
    {
        return m_receiverAddress;
    }

    /**
     * \brief Give the receiver a second address (e.g. a home address).
     * \param address the address (a /64 of its own)
     */
    void AddReceiverAddress(Ipv6Address address)
    {
        Ptr<Ipv6L3Protocol> ipv6 = Receiver()->GetObject<Ipv6L3Protocol>();
        ipv6->AddAddress(1, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
    }

    /**
     * \brief Send octets from the sender's IPv6 layer at a given time.
     * \param at when (after duplicate address detection, so from 2 s on)
     * \param packet the IPv6 payload
     * \param nextHeader the IPv6 header's Next Header
     * \param dst the destination (the receiver's address if ::)
     */
    void SendAt(Time at, Ptr<Packet> packet, uint8_t nextHeader, Ipv6Address dst = Ipv6Address())
    {
        Ptr<Ipv6L3Protocol> ipv6 = Sender()->GetObject<Ipv6L3Protocol>();
        Ipv6Address src = m_senderAddress;
        Ipv6Address to = dst.IsAny() ? m_receiverAddress : dst;
        Simulator::Schedule(at, [ipv6, packet, src, to, nextHeader]() {
            ipv6->Send(packet, src, to, nextHeader, nullptr);
        });
    }

    /// Run until 3.5 s (before hosts retransmit their Router Solicitations), then clean up.
    void Run()
    {
        Simulator::Stop(Seconds(3.5));
        Simulator::Run();
        Simulator::Destroy();
    }

    /// \return the ICMPv6 errors the receiver sent
    const std::vector<IcmpError>& ReceiverErrors() const
    {
        return m_errors;
    }

    /**
     * \param reason a drop reason
     * \return how many packets the receiver's IPv6 dropped for it
     */
    uint32_t ReceiverDropCount(Ipv6L3Protocol::DropReason reason) const
    {
        uint32_t n = 0;
        for (auto r : m_drops)
        {
            n += r == reason ? 1 : 0;
        }
        return n;
    }

    /// \return the receiver's ICMPv6 errors, for messages
    std::string DescribeErrors() const
    {
        std::ostringstream os;
        for (const auto& e : m_errors)
        {
            os << " [type " << +e.type << " code " << +e.code << " pointer " << e.pointer << "]";
        }
        return os.str();
    }

  private:
    /**
     * \param node a node
     * \return its first global address
     */
    static Ipv6Address GlobalAddress(Ptr<Node> node)
    {
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        for (uint32_t i = 0; i < ipv6->GetNAddresses(1); ++i)
        {
            Ipv6Address address = ipv6->GetAddress(1, i).GetAddress();
            if (!address.IsLinkLocal())
            {
                return address;
            }
        }
        return Ipv6Address();
    }

    /**
     * \brief Record the receiver's ICMPv6 errors (types below 128).
     * \param header the IPv6 header
     * \param packet its payload
     */
    void ReceiverSends(const Ipv6Header& header, Ptr<const Packet> packet, uint32_t)
    {
        if (header.GetNextHeader() != Icmpv6L4Protocol::PROT_NUMBER || packet->GetSize() < 8)
        {
            return;
        }
        uint8_t icmp[8];
        packet->CopyData(icmp, 8);
        if (icmp[0] < 128)
        {
            uint32_t pointer = (static_cast<uint32_t>(icmp[4]) << 24) |
                               (static_cast<uint32_t>(icmp[5]) << 16) |
                               (static_cast<uint32_t>(icmp[6]) << 8) | icmp[7];
            m_errors.push_back({icmp[0], icmp[1], pointer});
        }
    }

    /**
     * \brief Record the receiver's IPv6 drops.
     * \param reason why
     */
    void ReceiverDrops(const Ipv6Header&,
                       Ptr<const Packet>,
                       Ipv6L3Protocol::DropReason reason,
                       Ptr<Ipv6>,
                       uint32_t)
    {
        m_drops.push_back(reason);
    }

    NodeContainer m_nodes;                           //!< sender, receiver
    Ipv6Address m_senderAddress;                     //!< sender's global address
    Ipv6Address m_receiverAddress;                   //!< receiver's global address
    std::vector<IcmpError> m_errors;                 //!< receiver's ICMPv6 errors
    std::vector<Ipv6L3Protocol::DropReason> m_drops; //!< receiver's IPv6 drops
};

/// Known-answer checksum and FillChecksum, without a network.
class MobilityChecksumTest : public TestCase
{
  public:
    MobilityChecksumTest()
        : TestCase("Mobility Header checksum: known answers, FillChecksum, bad input")
    {
    }

  private:
    void DoRun() override
    {
        // Expected values computed independently (RFC 1071 sum over the RFC 8200 8.1
        // pseudo-header with next header 135, then the Mobility Header).
        Ipv6Address src("2001:db8::1");
        Ipv6Address dst("2001:db8::2");
        Bytes mh = MobilityHeaderBytes(5);
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::MobilityL4Protocol::CalculateChecksum(src, dst, mh.data(), 16),
            0x4ad4,
            "checksum of a 16-octet Mobility Header");
        Bytes small = {59, 0, 6, 0, 0, 0, 0xab, 0xcd};
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityL4Protocol::CalculateChecksum(Ipv6Address("fe80::1"),
                                                                            Ipv6Address("ff02::1"),
                                                                            small.data(),
                                                                            8),
                              0x151d,
                              "checksum of an 8-octet Mobility Header");

        Ptr<Packet> packet = MakePacket(mh);
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityL4Protocol::FillChecksum(packet, src, dst),
                              true,
                              "fill");
        Bytes filled = ToBytes(packet);
        NS_TEST_ASSERT_MSG_EQ(+filled[4], 0x4a, "checksum high octet");
        NS_TEST_ASSERT_MSG_EQ(+filled[5], 0xd4, "checksum low octet");
        filled[4] = 0;
        filled[5] = 0;
        NS_TEST_ASSERT_MSG_EQ(Hex(filled), Hex(mh), "the other octets are unchanged");
        Bytes check = ToBytes(packet);
        NS_TEST_ASSERT_MSG_EQ(
            hmipv6::MobilityL4Protocol::CalculateChecksum(src, dst, check.data(), 16),
            0,
            "a filled header verifies");

        // Refilling an already-filled header gives the same octets.
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityL4Protocol::FillChecksum(packet, src, dst),
                              true,
                              "refill");
        NS_TEST_ASSERT_MSG_EQ(Hex(ToBytes(packet)), Hex(check), "refill is idempotent");

        Ptr<Packet> tooShort = MakePacket({59, 0, 5, 0});
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityL4Protocol::FillChecksum(tooShort, src, dst),
                              false,
                              "4 octets");
        Ptr<Packet> lying = MakePacket({59, 3, 5, 0, 0, 0, 0, 0});
        NS_TEST_ASSERT_MSG_EQ(hmipv6::MobilityL4Protocol::FillChecksum(lying, src, dst),
                              false,
                              "Header Len larger than the packet");
        NS_TEST_ASSERT_MSG_EQ(Hex(ToBytes(lying)), Hex({59, 3, 5, 0, 0, 0, 0, 0}), "left alone");
    }
};

/// A destination options header with a draft option, then No Next Header.
class DestinationOptionTest : public TestCase
{
  public:
    DestinationOptionTest()
        : TestCase("draft option 0x9E + No Next Header: accepted with the glue, "
                   "Parameter Problem without")
    {
    }

  private:
    /**
     * \return a destination options header (Next Header 59): PadN of 2, then option
     *         0x9E with 8 octets of data; 16 octets
     */
    static Bytes DestinationOptions()
    {
        return {59, 1, 1, 2, 0, 0, 0x9E, 8, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8};
    }

    void DoRun() override
    {
        // With the glue on the receiver, installed twice.
        {
            GlueLink link(true);
            MobilityGlueHelper().Install(link.Receiver());

            Ptr<Object> optionDemux =
                link.Receiver()->GetObject<Object>(TypeId::LookupByName("ns3::Ipv6OptionDemux"));
            ObjectVectorValue options;
            optionDemux->GetAttribute("Options", options);
            NS_TEST_ASSERT_MSG_EQ(options.GetN(),
                                  4u,
                                  "ns-3's demux as built: Pad1, PadN, Jumbogram, Router Alert");
            Ptr<Hmipv6DestinationExtension> destination =
                Hmipv6DestinationExtension::Get(link.Receiver());
            NS_TEST_ASSERT_MSG_NE(destination, nullptr, "in place of ns-3's");
            NS_TEST_ASSERT_MSG_EQ(destination->GetNOptions(), 6u, "no option registered twice");
            ObjectVectorValue routing;
            link.Receiver()->GetObject<Ipv6ExtensionRoutingDemux>()->GetAttribute(
                "RoutingExtensions",
                routing);
            NS_TEST_ASSERT_MSG_EQ(routing.GetN(), 2u, "type 0 + type 2");

            Ptr<Hmipv6OptionHandler> handler =
                MobilityGlueHelper::GetOptionHandler(link.Receiver(), 0x9E);
            NS_TEST_ASSERT_MSG_NE(handler, nullptr, "handler of 0x9E");
            std::vector<Bytes> data;
            std::vector<uint8_t> numbers;
            handler->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, uint8_t, const Bytes&>(
                    [&](Ptr<const Packet>, const Ipv6Header&, uint8_t number, const Bytes& d) {
                        numbers.push_back(number);
                        data.push_back(d);
                    }));
            uint32_t noNextHeader = 0;
            link.Receiver()
                ->GetObject<hmipv6::NoNextHeaderL4Protocol>()
                ->TraceConnectWithoutContext(
                    "Rx",
                    Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                        [&](Ptr<const Packet> p, const Ipv6Header&, uint32_t interface) {
                            ++noNextHeader;
                            NS_TEST_EXPECT_MSG_EQ(p->GetSize(), 0u, "nothing after the header");
                            NS_TEST_EXPECT_MSG_EQ(interface,
                                                  1u,
                                                  "received on the link's interface");
                        }));

            link.SendAt(Seconds(2), MakePacket(DestinationOptions()), 60);
            link.Run();

            NS_TEST_ASSERT_MSG_EQ(data.size(), 1u, "option handler fired once");
            NS_TEST_ASSERT_MSG_EQ(+numbers[0], 0x9E, "option number");
            NS_TEST_ASSERT_MSG_EQ(Hex(data[0]), "a1a2a3a4a5a6a7a8", "option data");
            NS_TEST_ASSERT_MSG_EQ(handler->GetReceivedCount(), 1u, "counted");
            NS_TEST_ASSERT_MSG_EQ(noNextHeader, 1u, "No Next Header fired once");
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                                  0u,
                                  "no ICMPv6 error:" << link.DescribeErrors());
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_UNKNOWN_OPTION),
                                  0u,
                                  "not dropped");
        }

        // An option that overruns its header: marked dropped, traced, no crash.
        {
            GlueLink link(true);
            Ptr<Hmipv6OptionHandler> handler =
                MobilityGlueHelper::GetOptionHandler(link.Receiver(), 0x9E);
            uint32_t rx = 0;
            handler->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, uint8_t, const Bytes&>(
                    [&](Ptr<const Packet>, const Ipv6Header&, uint8_t, const Bytes&) { ++rx; }));
            std::vector<std::string> reasons;
            handler->TraceConnectWithoutContext(
                "Drop",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::string&>(
                    [&](Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::string& r) {
                        reasons.push_back(r);
                    }));
            // An 8-octet header whose option 0x9E claims 10 octets of data (needs 12).
            link.SendAt(Seconds(2), MakePacket({59, 0, 0x9E, 10, 1, 2, 3, 4}), 60);
            link.Run();
            NS_TEST_ASSERT_MSG_EQ(rx, 0u, "not accepted");
            NS_TEST_ASSERT_MSG_EQ(reasons.size(), 1u, "Drop fired once");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(reasons, "overruns its header (ends at 8)"),
                                  1u,
                                  "reason: " << (reasons.empty() ? "" : reasons[0]));
            NS_TEST_ASSERT_MSG_EQ(handler->GetDroppedCount(), 1u, "counted");
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_MALFORMED_HEADER),
                                  1u,
                                  "stopped as malformed");
        }

        // Control: the same packet to a receiver without the glue.
        {
            GlueLink link(false);
            link.SendAt(Seconds(2), MakePacket(DestinationOptions()), 60);
            link.Run();
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                                  1u,
                                  "one ICMPv6 error:" << link.DescribeErrors());
            NS_TEST_ASSERT_MSG_EQ(+link.ReceiverErrors()[0].type,
                                  +Icmpv6Header::ICMPV6_ERROR_PARAMETER_ERROR,
                                  "Parameter Problem");
            NS_TEST_ASSERT_MSG_EQ(+link.ReceiverErrors()[0].code,
                                  +Icmpv6Header::ICMPV6_UNKNOWN_OPTION,
                                  "unrecognized option");
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_UNKNOWN_OPTION),
                                  1u,
                                  "dropped");
        }
    }
};

/**
 * \brief Options the glue does not know, on a node with the glue: RFC 8200 4.2 by the
 *        two high-order bits of the type, the Parameter Problem pointing at the option
 *        in the invoking packet (RFC 4443 3.4); and ns-3's PadN or an overrunning
 *        unknown option, never read past the header.
 */
class UnknownOptionTest : public TestCase
{
  public:
    UnknownOptionTest()
        : TestCase("unknown destination options with the glue: skip, discard, Parameter "
                   "Problem, multicast, overrun")
    {
    }

  private:
    /// One packet and what the receiver must do with it.
    struct Case
    {
        Bytes header;            //!< the Destination Options header (Next Header 59)
        bool toMulticast;        //!< sent to all-nodes
        uint32_t errors;         //!< Parameter Problems expected
        uint32_t pointer;        //!< their pointer
        uint32_t unknownDrops;   //!< DROP_UNKNOWN_OPTION expected
        uint32_t malformedDrops; //!< DROP_MALFORMED_HEADER expected
        uint32_t delivered;      //!< No Next Header receptions expected
    };

    void DoRun() override
    {
        // PadN of 2 then an unknown option with 2 octets of data, 8 octets in all; the
        // unknown option is at offset 4 of the header, 44 of the invoking packet.
        auto with = [](uint8_t type) { return Bytes{59, 0, 1, 0, type, 2, 0xAA, 0xBB}; };
        std::vector<Case> cases = {
            {with(0x07), false, 0, 0, 0, 0, 1},  // 00: skipped
            {with(0x47), false, 0, 0, 1, 0, 0},  // 01: discarded, no answer
            {with(0x87), false, 1, 44, 1, 0, 0}, // 10: Parameter Problem
            {with(0xC7), false, 1, 44, 1, 0, 0}, // 11: Parameter Problem
            {with(0xC7), true, 0, 0, 1, 0, 0},   // 11 to multicast: no answer
            {with(0x87), true, 1, 44, 1, 0, 0},  // 10 to multicast: answered
            // an unknown skippable option claiming 200 octets in an 8-octet header
            {{59, 0, 0x07, 200, 0, 0, 0, 0}, false, 0, 0, 0, 1, 0},
            // ns-3's PadN overrunning the header
            {{59, 0, 1, 0, 1, 100, 0, 0}, false, 0, 0, 0, 1, 0},
        };
        for (std::size_t k = 0; k < cases.size(); ++k)
        {
            const Case& c = cases[k];
            GlueLink link(true);
            uint32_t delivered = 0;
            link.Receiver()
                ->GetObject<hmipv6::NoNextHeaderL4Protocol>()
                ->TraceConnectWithoutContext(
                    "Rx",
                    Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                        [&](Ptr<const Packet>, const Ipv6Header&, uint32_t) { ++delivered; }));
            link.SendAt(Seconds(2),
                        MakePacket(c.header),
                        60,
                        c.toMulticast ? Ipv6Address::GetAllNodesMulticast() : Ipv6Address());
            link.Run();
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                                  c.errors,
                                  "case " << k << ":" << link.DescribeErrors());
            for (const auto& e : link.ReceiverErrors())
            {
                NS_TEST_ASSERT_MSG_EQ(+e.type,
                                      +Icmpv6Header::ICMPV6_ERROR_PARAMETER_ERROR,
                                      "case " << k);
                NS_TEST_ASSERT_MSG_EQ(+e.code, +Icmpv6Header::ICMPV6_UNKNOWN_OPTION, "case " << k);
                NS_TEST_ASSERT_MSG_EQ(e.pointer, c.pointer, "case " << k);
            }
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_UNKNOWN_OPTION),
                                  c.unknownDrops,
                                  "case " << k);
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_MALFORMED_HEADER),
                                  c.malformedDrops,
                                  "case " << k);
            NS_TEST_ASSERT_MSG_EQ(delivered, c.delivered, "case " << k);
        }
    }
};

/**
 * \brief A packet re-injected after home address substitution keeps its UID and packet
 *        tags, carries ReinjectedTag, and is recorded once by MessageRecorder; two
 *        distinct messages arriving at the same instant are recorded twice.
 */
class ReinjectionTest : public TestCase
{
  public:
    ReinjectionTest()
        : TestCase("re-injection: same UID, tagged, delivered once with the home address; "
                   "the recorder counts arrivals, not Rx calls")
    {
    }

  private:
    /// One "Rx" of the receiver's IPv6.
    struct Rx
    {
        uint64_t uid;    //!< the packet's UID
        bool reinjected; //!< whether it carries ReinjectedTag
        Ipv6Address src; //!< its source
    };

    void DoRun() override
    {
        const Ipv6Address home("2001:db8:99::7");
        GlueLink link(true);
        Ptr<Hmipv6OptionHandler> handler =
            MobilityGlueHelper::GetOptionHandler(link.Receiver(),
                                                 Hmipv6OptionHandler::HOME_ADDRESS_OPTION);
        handler->SetHomeAddressCheck(Hmipv6OptionHandler::HomeAddressCheckCallback(
                                         [](Ipv6Address, const Ipv6Header&) { return true; }),
                                     link.Receiver());
        std::vector<Rx> rx;
        link.Receiver()->GetObject<Ipv6L3Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv6>, uint32_t>(
                [&](Ptr<const Packet> p, Ptr<Ipv6>, uint32_t) {
                    Ipv6Header h;
                    p->PeekHeader(h);
                    if (h.GetNextHeader() == Ipv6Header::IPV6_EXT_DESTINATION ||
                        h.GetNextHeader() == 59)
                    {
                        rx.push_back({p->GetUid(), hmipv6::IsReinjected(p), h.GetSource()});
                    }
                }));
        std::vector<Ipv6Address> delivered;
        link.Receiver()->GetObject<hmipv6::NoNextHeaderL4Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                [&](Ptr<const Packet>, const Ipv6Header& h, uint32_t) {
                    delivered.push_back(h.GetSource());
                }));
        Ptr<hmipv6::MessageRecorder> recorder = CreateObject<hmipv6::MessageRecorder>();
        recorder->Watch(link.Sender(), "S");
        recorder->Watch(link.Receiver(), "R");

        // Destination options: PadN of 2, Home Address option (at 8n+6), No Next Header.
        Bytes options = {59, 2, 1, 2, 0, 0, 201, 16};
        Bytes address = AddressBytes(home);
        options.insert(options.end(), address.begin(), address.end());
        Ptr<Packet> packet = MakePacket(options);
        uint64_t sentUid = packet->GetUid();
        link.SendAt(Seconds(2), packet, Ipv6Header::IPV6_EXT_DESTINATION);
        // Two Binding Refresh Requests sent at the same instant: two messages.
        for (int k = 0; k < 2; ++k)
        {
            Ptr<Packet> brr = MakePacket({59, 0, 0, 0, 0, 0, 0, 0});
            hmipv6::MobilityL4Protocol::FillChecksum(brr,
                                                     link.SenderAddress(),
                                                     link.ReceiverAddress());
            link.SendAt(Seconds(2.5), brr, hmipv6::MobilityL4Protocol::PROT_NUMBER);
        }
        link.Run();

        NS_TEST_ASSERT_MSG_EQ(rx.size(), 2u, "Rx: the arrival and the copy");
        NS_TEST_ASSERT_MSG_EQ(rx[0].uid, sentUid, "the arrival");
        NS_TEST_ASSERT_MSG_EQ(rx[0].reinjected, false, "the arrival is not tagged");
        NS_TEST_ASSERT_MSG_EQ(rx[0].src, link.SenderAddress(), "from the care-of address");
        NS_TEST_ASSERT_MSG_EQ(rx[1].uid, sentUid, "the copy keeps the UID");
        NS_TEST_ASSERT_MSG_EQ(rx[1].reinjected, true, "the copy is tagged");
        NS_TEST_ASSERT_MSG_EQ(rx[1].src, home, "from the home address");
        NS_TEST_ASSERT_MSG_EQ(delivered.size(), 1u, "delivered once");
        NS_TEST_ASSERT_MSG_EQ(delivered[0], home, "with the home address as source");
        NS_TEST_ASSERT_MSG_EQ(handler->GetReinjectedCount(), 1u, "counted");
        uint32_t brrs = 0;
        for (const auto& record : recorder->GetRecords())
        {
            brrs += record.receiver == "R" && record.message == "BindingRefreshRequest" ? 1 : 0;
        }
        NS_TEST_ASSERT_MSG_EQ(brrs, 2u, "two messages at the same instant, both recorded");
        recorder->Dispose();
    }
};

/// Mobility Headers: delivery, checksum, malformed, unknown type, Home Address option.
class MobilityHeaderTest : public TestCase
{
  public:
    MobilityHeaderTest()
        : TestCase("Mobility Header: handler, bad checksum, short, no handler, payload proto, "
                   "Home Address option")
    {
    }

  private:
    void DoRun() override
    {
        GlueLink link(true);
        Ipv6Address src = link.SenderAddress();
        Ipv6Address dst = link.ReceiverAddress();
        Ipv6Address homeAddress("2001:db8:1::10");

        Ptr<hmipv6::MobilityL4Protocol> mobility =
            link.Receiver()->GetObject<hmipv6::MobilityL4Protocol>();
        NS_TEST_ASSERT_MSG_NE(mobility, nullptr, "MobilityL4Protocol installed");
        NS_TEST_ASSERT_MSG_EQ(link.Receiver()->GetObject<Ipv6L3Protocol>()->GetProtocol(135),
                              mobility,
                              "inserted in IPv6 as protocol 135");

        std::vector<Bytes> handled;
        std::vector<uint32_t> interfaces;
        std::vector<bool> taggedWithHome;
        mobility->RegisterHandler(5,
                                  Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                                      [&](Ptr<Packet> p, const Ipv6Header&, uint32_t interface) {
                                          handled.push_back(ToBytes(p));
                                          interfaces.push_back(interface);
                                          hmipv6::ReceivedHomeAddressTag tag;
                                          taggedWithHome.push_back(p->PeekPacketTag(tag) &&
                                                                   tag.HasHomeAddressOption());
                                      }));
        NS_TEST_ASSERT_MSG_EQ(mobility->HasHandler(5), true, "registered");
        std::vector<std::string> drops;
        mobility->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                [&](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                    drops.push_back(reason);
                }));
        uint32_t rx = 0;
        mobility->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, const Ipv6Header&>(
                [&](Ptr<const Packet>, const Ipv6Header&) { ++rx; }));

        Time at = Seconds(2);
        Time step = MilliSeconds(100);

        // 1. Valid, type 5, checksum written by FillChecksum.
        Ptr<Packet> valid = MakePacket(MobilityHeaderBytes(5));
        hmipv6::MobilityL4Protocol::FillChecksum(valid, src, dst);
        Bytes validBytes = ToBytes(valid);
        link.SendAt(at, valid->Copy(), 135);

        // 2. Corrupted checksum.
        Bytes corrupted = validBytes;
        corrupted[5] ^= 0x01;
        link.SendAt(at + step, MakePacket(corrupted), 135);

        // 3. Four octets.
        link.SendAt(at + 2 * step, MakePacket({59, 0, 5, 0}), 135);

        // 4. MH type with no handler (valid checksum).
        Ptr<Packet> unknown = MakePacket(MobilityHeaderBytes(7));
        hmipv6::MobilityL4Protocol::FillChecksum(unknown, src, dst);
        link.SendAt(at + 3 * step, unknown, 135);

        // 5. Header Len (32 octets) larger than the packet (16).
        Bytes lying = MobilityHeaderBytes(5);
        lying[1] = 3;
        link.SendAt(at + 4 * step, MakePacket(lying), 135);

        // 6. Payload Proto 6 instead of 59 (valid checksum): RFC 6275 9.2.
        Ptr<Packet> tcpProto = MakePacket(MobilityHeaderBytes(5, 6));
        hmipv6::MobilityL4Protocol::FillChecksum(tcpProto, src, dst);
        link.SendAt(at + 5 * step, tcpProto, 135);

        // 7. Through the sender's MobilityL4Protocol::Send (checksum left 0).
        Ptr<hmipv6::MobilityL4Protocol> senderMobility =
            link.Sender()->GetObject<hmipv6::MobilityL4Protocol>();
        Simulator::Schedule(at + 6 * step, [senderMobility, src, dst]() {
            senderMobility->Send(MakePacket(MobilityHeaderBytes(5)), src, dst);
        });

        // 8. With a Home Address option: the checksum uses the home address as source
        //    (RFC 6275 6.1.1). Destination options: PadN of 2, option 201 at 8n+6.
        Bytes homeOption = {135, 2, 1, 2, 0, 0, 201, 16};
        Bytes home = AddressBytes(homeAddress);
        homeOption.insert(homeOption.end(), home.begin(), home.end());
        Ptr<Packet> homeMh = MakePacket(MobilityHeaderBytes(5));
        hmipv6::MobilityL4Protocol::FillChecksum(homeMh, homeAddress, dst);
        Bytes withHomeMh = ToBytes(homeMh);
        Ptr<Packet> withHome = MakePacket(homeOption);
        withHome->AddAtEnd(homeMh);
        link.SendAt(at + 7 * step, withHome, 60);

        // 9. The same, with the checksum computed over the care-of (IPv6 source) address.
        Ptr<Packet> wrongSource = MakePacket(MobilityHeaderBytes(5));
        hmipv6::MobilityL4Protocol::FillChecksum(wrongSource, src, dst);
        Ptr<Packet> withHome2 = MakePacket(homeOption);
        withHome2->AddAtEnd(wrongSource);
        link.SendAt(at + 8 * step, withHome2, 60);

        link.Run();

        NS_TEST_ASSERT_MSG_EQ(handled.size(), 3u, "handler called for 1, 7 and 8 only");
        NS_TEST_ASSERT_MSG_EQ(Hex(handled[0]), Hex(validBytes), "identical octets (1)");
        NS_TEST_ASSERT_MSG_EQ(Hex(handled[1]), Hex(validBytes), "Send wrote the checksum (7)");
        NS_TEST_ASSERT_MSG_EQ(Hex(handled[2]), Hex(withHomeMh), "identical octets (8)");
        NS_TEST_ASSERT_MSG_EQ(interfaces[0], 1u, "receiving interface index");
        NS_TEST_ASSERT_MSG_EQ(taggedWithHome[0], false, "no Home Address option in 1");
        NS_TEST_ASSERT_MSG_EQ(taggedWithHome[2], true, "Home Address option recorded in 8");
        NS_TEST_ASSERT_MSG_EQ(rx, 3u, "Rx for each handled packet");

        NS_TEST_ASSERT_MSG_EQ(drops.size(), 6u, "dropped 2, 3, 4, 5, 6 and 9");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "bad checksum"), 2u, "2 and 9");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "shorter than 6"), 1u, "3");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "no handler for MH type 7"), 1u, "4");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "Header Len"), 1u, "5");
        NS_TEST_ASSERT_MSG_EQ(CountContaining(drops, "payload proto 6"), 1u, "6");
        NS_TEST_ASSERT_MSG_EQ(mobility->GetReceivedCount(), 9u, "received");
        NS_TEST_ASSERT_MSG_EQ(mobility->GetDroppedCount(), 6u, "dropped");
        NS_TEST_ASSERT_MSG_EQ(mobility->GetDeliveredCount(), 3u, "delivered");

        // Only 6 is answered (Parameter Problem, code 0, pointing at Payload Proto);
        // bad checksums are silently discarded, unknown types are the roles' business.
        NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                              1u,
                              "one ICMPv6 error:" << link.DescribeErrors());
        NS_TEST_ASSERT_MSG_EQ(+link.ReceiverErrors()[0].type,
                              +Icmpv6Header::ICMPV6_ERROR_PARAMETER_ERROR,
                              "Parameter Problem");
        NS_TEST_ASSERT_MSG_EQ(+link.ReceiverErrors()[0].code,
                              +Icmpv6Header::ICMPV6_MALFORMED_HEADER,
                              "erroneous header field");
        NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors()[0].pointer, 40u, "Payload Proto octet");
    }
};

/// Type 2 routing headers.
class Type2RoutingTest : public TestCase
{
  public:
    Type2RoutingTest()
        : TestCase("type 2 routing header: own home address accepted, others dropped, "
                   "Segments Left 0 skipped, malformed dropped")
    {
    }

  private:
    void DoRun() override
    {
        Ipv6Address homeAddress("2001:db8:1::1");
        Ipv6Address foreign("2001:db8:99::1");
        {
            GlueLink link(true);
            link.AddReceiverAddress(homeAddress);
            Ipv6Address careOf = link.ReceiverAddress();
            Ipv6Address src = link.SenderAddress();

            Ptr<hmipv6::Ipv6ExtensionType2Routing> type2 =
                MobilityGlueHelper::GetType2Routing(link.Receiver());
            NS_TEST_ASSERT_MSG_NE(type2, nullptr, "installed");
            std::vector<Ipv6Address> accepted;
            type2->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, Ipv6Address>(
                    [&](Ptr<const Packet>, const Ipv6Header&, Ipv6Address home) {
                        accepted.push_back(home);
                    }));
            std::vector<std::string> type2Drops;
            type2->TraceConnectWithoutContext(
                "Drop",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                    [&](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                        type2Drops.push_back(reason);
                    }));
            uint32_t noNextHeader = 0;
            link.Receiver()
                ->GetObject<hmipv6::NoNextHeaderL4Protocol>()
                ->TraceConnectWithoutContext(
                    "Rx",
                    Callback<void, Ptr<const Packet>, const Ipv6Header&, uint32_t>(
                        [&](Ptr<const Packet>, const Ipv6Header&, uint32_t) { ++noNextHeader; }));
            Ptr<hmipv6::MobilityL4Protocol> mobility =
                link.Receiver()->GetObject<hmipv6::MobilityL4Protocol>();
            uint32_t handled = 0;
            mobility->RegisterHandler(
                6,
                Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                    [&](Ptr<Packet>, const Ipv6Header&, uint32_t) { ++handled; }));
            std::vector<std::string> mobilityDrops;
            mobility->TraceConnectWithoutContext(
                "Drop",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, const std::string&>(
                    [&](Ptr<const Packet>, const Ipv6Header&, const std::string& reason) {
                        mobilityDrops.push_back(reason);
                    }));

            Time at = Seconds(2);
            Time step = MilliSeconds(100);
            // 1. Home address = the address the packet is sent to.
            link.SendAt(at, MakePacket(Type2RoutingBytes(59, 1, careOf)), 43);
            // 2. Home address = another address of the receiver.
            link.SendAt(at + step, MakePacket(Type2RoutingBytes(59, 1, homeAddress)), 43);
            // 3. Home address that is not the receiver's.
            link.SendAt(at + 2 * step, MakePacket(Type2RoutingBytes(59, 1, foreign)), 43);
            // 4. Segments Left 0: skipped, whatever the address.
            link.SendAt(at + 3 * step, MakePacket(Type2RoutingBytes(59, 0, foreign)), 43);
            // 5. Segments Left 2.
            link.SendAt(at + 4 * step, MakePacket(Type2RoutingBytes(59, 2, homeAddress)), 43);
            // 6. Hdr Ext Len 4 (40 octets).
            Bytes longer = Type2RoutingBytes(59, 1, homeAddress);
            longer[1] = 4;
            longer.resize(40, 0);
            link.SendAt(at + 5 * step, MakePacket(longer), 43);
            // 7. Truncated: 8 of 24 octets.
            Bytes truncated = Type2RoutingBytes(59, 1, homeAddress);
            truncated.resize(8);
            link.SendAt(at + 6 * step, MakePacket(truncated), 43);
            // 8. A Binding Acknowledgement-like Mobility Header routed to the home address:
            //    its checksum uses the home address as destination (RFC 8200 8.1).
            Ptr<Packet> mh = MakePacket(MobilityHeaderBytes(6));
            hmipv6::MobilityL4Protocol::FillChecksum(mh, src, homeAddress);
            Ptr<Packet> routed = MakePacket(Type2RoutingBytes(135, 1, homeAddress));
            routed->AddAtEnd(mh);
            link.SendAt(at + 7 * step, routed, 43);
            // 9. The same with the checksum over the care-of address: dropped.
            Ptr<Packet> mh2 = MakePacket(MobilityHeaderBytes(6));
            hmipv6::MobilityL4Protocol::FillChecksum(mh2, src, careOf);
            Ptr<Packet> routed2 = MakePacket(Type2RoutingBytes(135, 1, homeAddress));
            routed2->AddAtEnd(mh2);
            link.SendAt(at + 8 * step, routed2, 43);

            link.Run();

            NS_TEST_ASSERT_MSG_EQ(accepted.size(), 4u, "accepted 1, 2, 8 and 9");
            NS_TEST_ASSERT_MSG_EQ(accepted[0], careOf, "home address of 1");
            NS_TEST_ASSERT_MSG_EQ(accepted[1], homeAddress, "home address of 2");
            NS_TEST_ASSERT_MSG_EQ(noNextHeader, 3u, "No Next Header after 1, 2 and 4");
            NS_TEST_ASSERT_MSG_EQ(type2->GetSkippedCount(), 1u, "4 skipped");
            NS_TEST_ASSERT_MSG_EQ(type2Drops.size(), 4u, "dropped 3, 5, 6, 7");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(type2Drops, "not an address of this node"),
                                  1u,
                                  "3");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(type2Drops, "Segments Left 2"), 1u, "5");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(type2Drops, "Hdr Ext Len 4"), 1u, "6");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(type2Drops, "truncated"), 1u, "7");
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_MALFORMED_HEADER),
                                  4u,
                                  "Ipv6L3Protocol Drop trace for 3, 5, 6, 7");
            NS_TEST_ASSERT_MSG_EQ(handled, 1u, "Mobility Header 8 handled");
            NS_TEST_ASSERT_MSG_EQ(mobilityDrops.size(), 1u, "Mobility Header 9 dropped");
            NS_TEST_ASSERT_MSG_EQ(CountContaining(mobilityDrops, "bad checksum"), 1u, "9");
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                                  0u,
                                  "no ICMPv6 error:" << link.DescribeErrors());
        }

        // Control: a receiver without the glue answers a type 2 routing header with a
        // Parameter Problem (ns-3 knows only type 0).
        {
            GlueLink link(false);
            link.SendAt(Seconds(2),
                        MakePacket(Type2RoutingBytes(59, 1, link.ReceiverAddress())),
                        43);
            link.Run();
            NS_TEST_ASSERT_MSG_EQ(link.ReceiverErrors().size(),
                                  1u,
                                  "one ICMPv6 error:" << link.DescribeErrors());
            NS_TEST_ASSERT_MSG_EQ(+link.ReceiverErrors()[0].type,
                                  +Icmpv6Header::ICMPV6_ERROR_PARAMETER_ERROR,
                                  "Parameter Problem");
        }
    }
};

/// The glue's test suite.
/**
 * \brief Extension headers ns-3 mishandles (Hmipv6RoutingExtension, ExtensionHeaderFits):
 *        truncated Destination Options and Routing headers, type 0 routing headers, and a
 *        type 2 routing header after another extension header.
 */
class ExtensionHeaderEdgesTest : public TestCase
{
  public:
    ExtensionHeaderEdgesTest()
        : TestCase("truncated extension headers dropped; type 0 unrecognized (RFC 5095); "
                   "type 2 found after a Destination Options header")
    {
    }

  private:
    void DoRun() override
    {
        Ipv6Address homeAddress("2001:db8:1::1");
        GlueLink link(true);
        link.AddReceiverAddress(homeAddress);
        uint32_t accepted = 0;
        MobilityGlueHelper::GetType2Routing(link.Receiver())
            ->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>, const Ipv6Header&, Ipv6Address>(
                    [&accepted](Ptr<const Packet>, const Ipv6Header&, Ipv6Address) {
                        ++accepted;
                    }));
        auto octets = [](std::vector<uint8_t> v) { return Create<Packet>(v.data(), v.size()); };
        std::vector<uint8_t> home(16);
        homeAddress.Serialize(home.data());
        std::vector<uint8_t> rh0 = {59, 2, 0, 1, 0, 0, 0, 0};
        rh0.insert(rh0.end(), home.begin(), home.end());
        std::vector<uint8_t> rh0Done = rh0;
        rh0Done[3] = 0;
        std::vector<uint8_t> afterOptions = {43, 0, 1, 4, 0, 0, 0, 0, 59, 2, 2, 1, 0, 0, 0, 0};
        afterOptions.insert(afterOptions.end(), home.begin(), home.end());

        link.SendAt(Seconds(1), octets({59}), 60);                        // 1 of 2 octets
        link.SendAt(Seconds(1.1), octets({59, 3, 1, 4, 0, 0, 0, 0}), 60); // 8 of 32
        link.SendAt(Seconds(1.2), octets({59, 0, 2, 1}), 43);             // 4 of 8
        link.SendAt(Seconds(1.3), octets(rh0), 43);                       // segments left
        link.SendAt(Seconds(1.4), octets(rh0Done), 43);                   // ignored
        link.SendAt(Seconds(1.5), octets(afterOptions), 60);              // processed
        link.Run();
        NS_TEST_EXPECT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_MALFORMED_HEADER),
                              4u,
                              "three truncated headers, one type 0 with segments left");
        HMIPV6_REQUIRE_EQ(link.ReceiverErrors().size(), 1u, link.DescribeErrors());
        NS_TEST_EXPECT_MSG_EQ(+link.ReceiverErrors()[0].code, 0, "erroneous header field");
        NS_TEST_EXPECT_MSG_EQ(link.ReceiverErrors()[0].pointer, 42u, "at the Routing Type");
        NS_TEST_EXPECT_MSG_EQ(accepted, 1u, "the type 2 header after the options");
    }
};

/**
 * \brief Hop-by-Hop Options headers: only right after the IPv6 header (RFC 8200 4.1),
 *        whole (fuzzing found ns-3's reader running past a truncated one that followed
 *        a Destination Options header).
 */
class HopByHopTest : public TestCase
{
  public:
    HopByHopTest()
        : TestCase("Hop-by-Hop Options: dropped when truncated or not first; a whole first one "
                   "is processed")
    {
    }

  private:
    void DoRun() override
    {
        GlueLink link(true);
        auto octets = [](std::vector<uint8_t> v) { return Create<Packet>(v.data(), v.size()); };
        link.SendAt(Seconds(1), octets({0, 0, 1, 4, 0, 0, 0, 0, 59, 0, 1, 4, 0, 0, 0, 0}), 60);
        link.SendAt(Seconds(1.1), octets({59, 3, 1, 4, 0, 0, 0, 0}), 0); // 8 of 32 octets
        link.SendAt(Seconds(1.2), octets({59, 0, 1, 4, 0, 0, 0, 0}), 0); // whole, first
        link.Run();
        NS_TEST_EXPECT_MSG_EQ(link.ReceiverDropCount(Ipv6L3Protocol::DROP_MALFORMED_HEADER),
                              2u,
                              "the one after Destination Options and the truncated one");
        NS_TEST_EXPECT_MSG_EQ(link.ReceiverErrors().size(), 0u, link.DescribeErrors());
    }
};

class MobilityGlueTestSuite : public TestSuite
{
  public:
    MobilityGlueTestSuite()
        : TestSuite("hmipv6-glue")
    {
        AddTestCase(new MobilityChecksumTest);
        AddTestCase(new DestinationOptionTest);
        AddTestCase(new UnknownOptionTest);
        AddTestCase(new ReinjectionTest);
        AddTestCase(new MobilityHeaderTest);
        AddTestCase(new Type2RoutingTest);
        AddTestCase(new ExtensionHeaderEdgesTest);
        AddTestCase(new HopByHopTest);
    }
};

/// Static instance: registers the suite.
MobilityGlueTestSuite g_mobilityGlueTestSuite;

} // namespace
