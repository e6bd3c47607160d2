// SPDX-License-Identifier: GPL-2.0-only
// NdProxy (proxy Neighbour Discovery and DAD on behalf of other nodes) against real
// packets on a real ns-3 link: three IPv6 nodes (N the neighbour, P the proxy, O the
// owner of an address) and a sniffer on one SimpleChannel. The sniffer has no IP stack:
// it records every frame on the link (promiscuous) and can inject hand-built frames.
#include "ns3/boolean.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/ipv6-interface-address.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/nd-proxy.h"
#include "ns3/ndisc-cache.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

/// Octets as written by hand in the tests.
using Bytes = std::vector<uint8_t>;

const Ipv6Address TARGET("2001:1::100"); //!< the address nobody owns (proxied)
const uint16_t IPV6_ETHERTYPE = 0x86DD;  //!< IPv6 on the link
const uint8_t ICMPV6 = 58;               //!< ICMPv6 next header
const uint8_t UDP = 17;                  //!< UDP next header

/**
 * \brief Write the ICMPv6 checksum (RFC 4443 2.3) into octets 2-3 of a message.
 * \param src IPv6 source
 * \param dst IPv6 destination
 * \param icmp the message (checksum field overwritten)
 */
void
FillIcmpChecksum(Ipv6Address src, Ipv6Address dst, Bytes& icmp)
{
    if (icmp.size() < 4)
    {
        return;
    }
    icmp[2] = 0;
    icmp[3] = 0;
    Bytes all(40, 0);
    src.Serialize(all.data());
    dst.Serialize(all.data() + 16);
    uint32_t length = static_cast<uint32_t>(icmp.size());
    all[32] = static_cast<uint8_t>(length >> 24);
    all[33] = static_cast<uint8_t>(length >> 16);
    all[34] = static_cast<uint8_t>(length >> 8);
    all[35] = static_cast<uint8_t>(length);
    all[39] = ICMPV6;
    all.insert(all.end(), icmp.begin(), icmp.end());
    uint32_t sum = 0;
    for (size_t i = 0; i < all.size(); i += 2)
    {
        uint32_t word = static_cast<uint32_t>(all[i]) << 8;
        if (i + 1 < all.size())
        {
            word |= all[i + 1];
        }
        sum += word;
        sum = (sum & 0xffff) + (sum >> 16);
    }
    uint16_t checksum = static_cast<uint16_t>(~sum & 0xffff);
    icmp[2] = static_cast<uint8_t>(checksum >> 8);
    icmp[3] = static_cast<uint8_t>(checksum & 0xff);
}

/**
 * \brief A Neighbor Solicitation (RFC 4861 4.3), checksum not yet filled.
 * \param target its target
 * \param options the options that follow
 * \return the octets
 */
Bytes
NsBytes(Ipv6Address target, const Bytes& options = {})
{
    Bytes bytes = {135, 0, 0, 0, 0, 0, 0, 0};
    uint8_t address[16];
    target.Serialize(address);
    bytes.insert(bytes.end(), address, address + 16);
    bytes.insert(bytes.end(), options.begin(), options.end());
    return bytes;
}

/**
 * \brief A link-layer address option.
 * \param type 1 (source) or 2 (target)
 * \param mac the address
 * \param length the Length field to write (1 is right for a MAC-48)
 * \return the 8 octets
 */
Bytes
LinkLayerOption(uint8_t type, Mac48Address mac, uint8_t length = 1)
{
    Bytes bytes = {type, length, 0, 0, 0, 0, 0, 0};
    mac.CopyTo(bytes.data() + 2);
    return bytes;
}

/// One frame seen on the link.
struct Frame
{
    Time time;         //!< when
    Mac48Address from; //!< link-layer source
    Mac48Address to;   //!< link-layer destination
    Ipv6Header ip;     //!< IPv6 header
    Bytes payload;     //!< what follows it (up to the payload length)
    uint64_t uid;      //!< packet UID

    /// \return whether this is an ICMPv6 message of a type
    /// \param type the ICMPv6 type
    bool IsIcmp(uint8_t type) const
    {
        return ip.GetNextHeader() == ICMPV6 && !payload.empty() && payload[0] == type;
    }

    /// \return the NS / NA target (:: if too short)
    Ipv6Address Target() const
    {
        return payload.size() >= 24 ? Ipv6Address::Deserialize(payload.data() + 8)
                                    : Ipv6Address::GetAny();
    }

    /// \return the NA flags octet (0 if too short)
    uint8_t Flags() const
    {
        return payload.size() >= 5 ? payload[4] : 0;
    }

    /**
     * \param type an ND option type
     * \return the octets of the first such option (empty if none)
     */
    Bytes Option(uint8_t type) const
    {
        size_t offset = 24;
        while (offset + 2 <= payload.size())
        {
            size_t length = payload[offset + 1] * 8;
            if (length == 0 || offset + length > payload.size())
            {
                break;
            }
            if (payload[offset] == type)
            {
                return Bytes(payload.begin() + offset, payload.begin() + offset + length);
            }
            offset += length;
        }
        return {};
    }

    /// \return the MAC-48 of the first TLLA option (00:..:00 if none)
    Mac48Address Tlla() const
    {
        Bytes option = Option(2);
        Mac48Address mac;
        if (option.size() >= 8)
        {
            mac.CopyFrom(option.data() + 2);
        }
        return mac;
    }
};

/**
 * \brief N (node 0), P (node 1) and O (node 2) with IPv6 on one SimpleChannel link
 *        (2001:1::/64, own DAD off so that addresses are usable at once), a sniffer
 *        (node 3, no IP stack), and P's NdProxy.
 */
class NdLink
{
  public:
    NdLink()
    {
        m_nodes.Create(4);
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        for (uint32_t i = 0; i < 4; ++i)
        {
            Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
            device->SetAddress(Mac48Address::Allocate());
            device->SetChannel(channel);
            m_nodes.Get(i)->AddDevice(device);
            m_devices.Add(device);
        }
        NodeContainer hosts(m_nodes.Get(0), m_nodes.Get(1), m_nodes.Get(2));
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(hosts);
        for (uint32_t i = 0; i < 3; ++i)
        {
            // DAD of the nodes' own addresses is not what is tested here.
            m_nodes.Get(i)->GetObject<Icmpv6L4Protocol>()->SetAttribute("DAD", BooleanValue(false));
        }
        NetDeviceContainer hostDevices(m_devices.Get(0), m_devices.Get(1));
        hostDevices.Add(m_devices.Get(2));
        Ipv6AddressHelper addresses;
        addresses.SetBase(Ipv6Address("2001:1::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer interfaces = addresses.Assign(hostDevices);
        for (uint32_t i = 0; i < 3; ++i)
        {
            m_global.push_back(interfaces.GetAddress(i, 1));
        }

        m_nodes.Get(3)->RegisterProtocolHandler(MakeCallback(&NdLink::Sniff, this),
                                                0,
                                                m_devices.Get(3),
                                                true);
        L3(1)->TraceConnectWithoutContext("Rx", MakeCallback(&NdLink::ProxyRx, this));

        m_proxy = hmipv6::NdProxy::Install(m_nodes.Get(1));
        m_proxy->AssignStreams(7);
        m_udp = Socket::CreateSocket(m_nodes.Get(0), UdpSocketFactory::GetTypeId());
    }

    /// \param i node index \return its Ipv6L3Protocol
    Ptr<Ipv6L3Protocol> L3(uint32_t i) const
    {
        return m_nodes.Get(i)->GetObject<Ipv6L3Protocol>();
    }

    /// \param i node index \return its MAC
    Mac48Address Mac(uint32_t i) const
    {
        return Mac48Address::ConvertFrom(m_devices.Get(i)->GetAddress());
    }

    /// \param i node index (0-2) \return its global address
    Ipv6Address Global(uint32_t i) const
    {
        return m_global[i];
    }

    /// \return P's NdProxy
    Ptr<hmipv6::NdProxy> Proxy() const
    {
        return m_proxy;
    }

    /**
     * \brief N sends a UDP datagram.
     * \param at when
     * \param dst to whom
     */
    void SendUdpAt(Time at, Ipv6Address dst)
    {
        Ptr<Socket> socket = m_udp;
        Simulator::Schedule(at, [socket, dst]() {
            socket->SendTo(Create<Packet>(32), 0, Inet6SocketAddress(dst, 9));
        });
    }

    /**
     * \brief The sniffer sends a hand-built IPv6 packet.
     * \param at when
     * \param src IPv6 source
     * \param dst IPv6 destination (its link-layer mapping if multicast, else toMac)
     * \param icmp the ICMPv6 octets (the payload)
     * \param hopLimit the hop limit
     * \param padding octets of link-layer padding after the IPv6 payload
     * \param toMac the link-layer destination for a unicast dst
     */
    void InjectAt(Time at,
                  Ipv6Address src,
                  Ipv6Address dst,
                  const Bytes& icmp,
                  uint8_t hopLimit = 255,
                  uint32_t padding = 0,
                  Mac48Address toMac = Mac48Address())
    {
        Bytes bytes = icmp;
        bytes.insert(bytes.end(), padding, 0xaa);
        Ptr<Packet> packet = Create<Packet>(bytes.data(), bytes.size());
        Ipv6Header header;
        header.SetSource(src);
        header.SetDestination(dst);
        header.SetNextHeader(ICMPV6);
        header.SetPayloadLength(icmp.size());
        header.SetHopLimit(hopLimit);
        packet->AddHeader(header);
        Address to = dst.IsMulticast() ? Address(Mac48Address::GetMulticast(dst)) : Address(toMac);
        Ptr<NetDevice> device = m_devices.Get(3);
        Simulator::Schedule(at,
                            [device, packet, to]() { device->Send(packet, to, IPV6_ETHERTYPE); });
    }

    /**
     * \brief Reflect P's DAD probes for a target back onto the link, 10 ms later, as a
     *        looping link would.
     * \param target the probed address
     * \param samePacket true: the same ns-3 packet (same UID); false: a new packet with
     *        the same octets
     */
    void Reflect(Ipv6Address target, bool samePacket)
    {
        m_reflect[target] = samePacket;
    }

    /// Run until a time, then clean up. \param until when to stop
    void Run(Time until)
    {
        Simulator::Stop(until);
        Simulator::Run();
        m_udp->Close();
        Simulator::Destroy();
    }

    /// \return every IPv6 frame seen on the link
    const std::vector<Frame>& Frames() const
    {
        return m_frames;
    }

    /**
     * \param type ICMPv6 type
     * \param target NS / NA target
     * \param fromMac link-layer source
     * \return the frames of that type and target sent by that MAC
     */
    std::vector<Frame> Icmp(uint8_t type, Ipv6Address target, Mac48Address fromMac) const
    {
        std::vector<Frame> frames;
        for (const auto& frame : m_frames)
        {
            if (frame.IsIcmp(type) && frame.Target() == target && frame.from == fromMac)
            {
                frames.push_back(frame);
            }
        }
        return frames;
    }

    /**
     * \param dst an IPv6 destination
     * \return the UDP frames to it seen on the link
     */
    std::vector<Frame> UdpTo(Ipv6Address dst) const
    {
        std::vector<Frame> frames;
        for (const auto& frame : m_frames)
        {
            if (frame.ip.GetNextHeader() == UDP && frame.ip.GetDestination() == dst)
            {
                frames.push_back(frame);
            }
        }
        return frames;
    }

    /**
     * \param target a target
     * \return how many DAD probes (NS from ::) for it P's IPv6 layer received
     */
    uint32_t ProxyDadRx(Ipv6Address target) const
    {
        return std::count(m_proxyDadRx.begin(), m_proxyDadRx.end(), target);
    }

    /// \return UDP packets to TARGET that P's IPv6 layer received, with their times
    const std::vector<Time>& ProxyUdpRx() const
    {
        return m_proxyUdpRx;
    }

    /**
     * \param i node index (0-2)
     * \param address an address
     * \return the MAC that node's Neighbor Cache holds for it (00:..:00 if none); only
     *         while the simulation runs (the nodes are disposed after)
     */
    Mac48Address CachedMac(uint32_t i, Ipv6Address address) const
    {
        Ptr<NdiscCache> cache = L3(i)->GetInterface(1)->GetNdiscCache();
        NdiscCache::Entry* entry = cache->Lookup(address);
        if (!entry || entry->IsIncomplete())
        {
            return Mac48Address();
        }
        return Mac48Address::ConvertFrom(entry->GetMacAddress());
    }

  private:
    /**
     * \brief Record a frame of the link (and reflect it if asked).
     * \param packet the frame's payload (IPv6 header and what follows)
     * \param protocol its EtherType
     * \param from link-layer source
     * \param to link-layer destination
     */
    void Sniff(Ptr<NetDevice>,
               Ptr<const Packet> packet,
               uint16_t protocol,
               const Address& from,
               const Address& to,
               NetDevice::PacketType)
    {
        if (protocol != IPV6_ETHERTYPE || packet->GetSize() < 40)
        {
            return;
        }
        Frame frame;
        frame.time = Simulator::Now();
        frame.from = Mac48Address::ConvertFrom(from);
        frame.to = Mac48Address::ConvertFrom(to);
        frame.uid = packet->GetUid();
        Ptr<Packet> copy = packet->Copy();
        copy->RemoveHeader(frame.ip);
        uint32_t size = std::min(copy->GetSize(), uint32_t(frame.ip.GetPayloadLength()));
        frame.payload.resize(size);
        copy->CopyData(frame.payload.data(), size);
        m_frames.push_back(frame);

        auto reflect = m_reflect.find(frame.Target());
        if (frame.IsIcmp(135) && frame.ip.GetSource().IsAny() && frame.from == Mac(1) &&
            reflect != m_reflect.end())
        {
            Ptr<Packet> back;
            if (reflect->second)
            {
                back = packet->Copy(); // same UID
            }
            else
            {
                Bytes octets(packet->GetSize());
                packet->CopyData(octets.data(), octets.size());
                back = Create<Packet>(octets.data(), octets.size()); // new UID
            }
            Ptr<NetDevice> device = m_devices.Get(3);
            Address dest = to;
            Simulator::Schedule(MilliSeconds(10), [device, back, dest]() {
                device->Send(back, dest, IPV6_ETHERTYPE);
            });
        }
    }

    /**
     * \brief P's IPv6 "Rx" trace: record UDP packets to TARGET.
     * \param packet the IPv6 packet
     */
    void ProxyRx(Ptr<const Packet> packet, Ptr<Ipv6>, uint32_t)
    {
        Ipv6Header header;
        if (packet->GetSize() >= 40)
        {
            packet->PeekHeader(header);
            if (header.GetNextHeader() == UDP && header.GetDestination() == TARGET)
            {
                m_proxyUdpRx.push_back(Simulator::Now());
            }
            if (header.GetNextHeader() == ICMPV6 && header.GetSource().IsAny() &&
                packet->GetSize() >= 40 + 24)
            {
                uint8_t ns[24];
                Ptr<Packet> copy = packet->Copy();
                copy->RemoveHeader(header);
                copy->CopyData(ns, 24);
                if (ns[0] == 135)
                {
                    m_proxyDadRx.push_back(Ipv6Address::Deserialize(ns + 8));
                }
            }
        }
    }

    NodeContainer m_nodes;                 //!< N, P, O, sniffer
    NetDeviceContainer m_devices;          //!< their devices
    std::vector<Ipv6Address> m_global;     //!< global addresses of N, P, O
    Ptr<hmipv6::NdProxy> m_proxy;          //!< P's NdProxy
    Ptr<Socket> m_udp;                     //!< N's UDP socket
    std::vector<Frame> m_frames;           //!< frames seen
    std::vector<Time> m_proxyUdpRx;        //!< see ProxyUdpRx
    std::vector<Ipv6Address> m_proxyDadRx; //!< see ProxyDadRx
    std::map<Ipv6Address, bool> m_reflect; //!< probes to reflect (same packet?)
};

/// A DAD result with its time.
struct DadResult
{
    Ipv6Address target; //!< the target
    bool unique;        //!< the result
    Time time;          //!< when it was reported
};

/**
 * \brief Collects PerformDad results.
 */
class DadResults
{
  public:
    /// \return a callback for PerformDad
    hmipv6::NdProxy::DadCallback Callback()
    {
        return MakeCallback(&DadResults::Done, this);
    }

    /**
     * \param target a target
     * \return its results
     */
    std::vector<DadResult> For(Ipv6Address target) const
    {
        std::vector<DadResult> results;
        for (const auto& result : m_results)
        {
            if (result.target == target)
            {
                results.push_back(result);
            }
        }
        return results;
    }

  private:
    /**
     * \param target the target
     * \param unique the result
     */
    void Done(Ipv6Address target, bool unique)
    {
        m_results.push_back({target, unique, Simulator::Now()});
    }

    std::vector<DadResult> m_results; //!< in order
};

} // namespace

/**
 * \ingroup hmipv6-tests
 * \brief P proxies an address nobody owns: N's address resolution gets P's MAC and N's
 *        UDP packet reaches P. Without AddProxy, N's packet never goes on the link.
 */
class NdProxyAnswerTest : public TestCase
{
  public:
    NdProxyAnswerTest()
        : TestCase("Proxy answers: resolution of a proxied target gets the proxy's MAC")
    {
    }

  private:
    /**
     * \brief One run.
     * \param proxy whether P proxies TARGET
     */
    void RunOnce(bool proxy)
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        if (proxy)
        {
            Simulator::Schedule(Seconds(0.5), [p]() { p->AddProxy(TARGET, 1); });
        }
        link.SendUdpAt(Seconds(1), TARGET);
        Mac48Address cached;
        Simulator::Schedule(Seconds(5), [&]() { cached = link.CachedMac(0, TARGET); });
        // O, with ns-3's own DAD on, tries to configure the proxied address at 4.5 s (N has
        // given up or resolved by then): P defends it (RFC 6275 10.4.1) and O's DAD must
        // fail; without the proxy it succeeds.
        Ptr<Ipv6L3Protocol> o = link.L3(2);
        Simulator::Schedule(Seconds(4.5), [o]() {
            o->GetIcmpv6()->SetAttribute("DAD", BooleanValue(true));
            o->AddAddress(1, Ipv6InterfaceAddress(TARGET, Ipv6Prefix(64)));
        });
        int ownerState = -1;
        Simulator::Schedule(Seconds(6.5), [&]() {
            Ptr<Ipv6Interface> interface = o->GetInterface(1);
            for (uint32_t i = 0; i < interface->GetNAddresses(); ++i)
            {
                if (interface->GetAddress(i).GetAddress() == TARGET)
                {
                    ownerState = interface->GetAddress(i).GetState();
                }
            }
        });
        link.Run(Seconds(7));

        std::vector<Frame> solicitations = link.Icmp(135, TARGET, link.Mac(0));
        NS_TEST_ASSERT_MSG_GT(solicitations.size(), 0, "N never solicited the target");
        std::vector<Frame> udp = link.UdpTo(TARGET);
        std::vector<Frame> answers = link.Icmp(136, TARGET, link.Mac(1));
        if (!proxy)
        {
            NS_TEST_ASSERT_MSG_EQ(answers.size(), 0, "P answered without AddProxy");
            NS_TEST_ASSERT_MSG_EQ(udp.size(), 0, "N's packet left without resolution");
            NS_TEST_ASSERT_MSG_EQ(link.ProxyUdpRx().size(), 0, "P got N's packet");
            NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 0, "P sent advertisements");
            NS_TEST_ASSERT_MSG_EQ(ownerState,
                                  Ipv6InterfaceAddress::PREFERRED,
                                  "O's DAD failed although nobody defends the address");
            NS_TEST_ASSERT_MSG_GT_OR_EQ(solicitations.size(),
                                        3,
                                        "N gave up before 3 solicitations");
            return;
        }

        NS_TEST_ASSERT_MSG_EQ(answers.size(), 2, "P must answer N once and O's probe once");
        const Frame& na = answers.front();
        // Default ReplyDelay: uniform in [0, MAX_ANYCAST_DELAY_TIME = 1 s] (RFC 4861 7.2.8).
        NS_TEST_ASSERT_MSG_GT_OR_EQ(na.time, Seconds(1), "answer before the solicitation");
        NS_TEST_ASSERT_MSG_LT_OR_EQ(na.time, Seconds(2), "answer later than 1 s");
        m_answerTime = na.time;
        NS_TEST_ASSERT_MSG_EQ(na.to, link.Mac(0), "answer not sent to N's MAC (its SLLA)");
        NS_TEST_ASSERT_MSG_EQ(na.ip.GetDestination(), link.Global(0), "answer not to N");
        NS_TEST_ASSERT_MSG_EQ(na.ip.GetSource(), link.Global(1), "source not P's address");
        NS_TEST_ASSERT_MSG_EQ(+na.ip.GetHopLimit(), 255, "hop limit (RFC 4861 7.1.2)");
        NS_TEST_ASSERT_MSG_EQ(+na.Flags(),
                              +hmipv6::NdProxy::FLAG_S,
                              "flags must be S only (7.2.8)");
        NS_TEST_ASSERT_MSG_EQ(na.Tlla(), link.Mac(1), "TLLA must be P's MAC");

        NS_TEST_ASSERT_MSG_EQ(udp.size(), 1, "N's UDP packet was not sent once");
        NS_TEST_ASSERT_MSG_EQ(udp.front().to, link.Mac(1), "N's packet not sent to P's MAC");
        NS_TEST_ASSERT_MSG_EQ(link.ProxyUdpRx().size(), 1, "P's IPv6 did not receive it");
        NS_TEST_ASSERT_MSG_EQ(cached, link.Mac(1), "N does not cache P's MAC");

        // The defence of O's DAD probe: all-nodes, no Solicited flag (RFC 4861 7.2.4), no
        // Override flag (proxy, 7.2.8), not delayed.
        const Frame& defence = answers.back();
        std::vector<Frame> probes = link.Icmp(135, TARGET, link.Mac(2));
        NS_TEST_ASSERT_MSG_EQ(probes.size(), 1, "O sent no DAD probe");
        NS_TEST_ASSERT_MSG_EQ(probes.front().ip.GetSource(), Ipv6Address::GetAny(), "not DAD");
        NS_TEST_ASSERT_MSG_EQ(defence.time, probes.front().time, "defence delayed");
        NS_TEST_ASSERT_MSG_EQ(defence.ip.GetDestination(),
                              Ipv6Address::GetAllNodesMulticast(),
                              "defence not to all-nodes");
        NS_TEST_ASSERT_MSG_EQ(+defence.Flags(), 0, "defence flags must be clear");
        NS_TEST_ASSERT_MSG_EQ(defence.Tlla(), link.Mac(1), "defence TLLA not P's MAC");
        NS_TEST_ASSERT_MSG_EQ(ownerState,
                              Ipv6InterfaceAddress::INVALID,
                              "O's DAD did not fail against the proxy");
        m_defenceTime = defence.time;

        NS_TEST_ASSERT_MSG_EQ(p->GetNsReceivedCount(), 2, "NsReceived count");
        NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 2, "NaSent count");
        NS_TEST_ASSERT_MSG_EQ(p->GetMalformedCount(), 0, "ns-3's own messages are valid");
    }

    void DoRun() override
    {
        RunOnce(true);
        RunOnce(false);
        std::cout << "  proxy answer at " << m_answerTime.As(Time::S)
                  << " (solicited at 1 s); DAD defence at " << m_defenceTime.As(Time::S)
                  << " (O adds the address at 4.5 s)" << std::endl;
    }

    Time m_answerTime;  //!< when P answered
    Time m_defenceTime; //!< when P defended the address against O's DAD
};

/**
 * \ingroup hmipv6-tests
 * \brief DAD on behalf of others: unique after RetransTimer, duplicate as soon as the
 *        owner answers or another node probes, not fooled by its own probes coming back,
 *        several at once, DupAddrDetectTransmits probes.
 */
class NdProxyDadTest : public TestCase
{
  public:
    NdProxyDadTest()
        : TestCase("DAD for another node: timing, duplicates, own probes, several at once")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        const Ipv6Address unused("2001:1::201");    // nobody
        const Ipv6Address owned("2001:1::202");     // O's
        const Ipv6Address looped("2001:1::203");    // probe reflected as a new packet
        const Ipv6Address sameUid("2001:1::204");   // probe reflected as the same packet
        const Ipv6Address contested("2001:1::205"); // another node probes it too
        const Ipv6Address threeProbes("2001:1::206");
        const Ipv6Address racing("2001:1::207"); // O configures it (ns-3 DAD) meanwhile
        link.L3(2)->AddAddress(1, Ipv6InterfaceAddress(owned, Ipv6Prefix(64)));
        link.Reflect(looped, false);
        link.Reflect(sameUid, true);

        DadResults results;
        p->TraceConnectWithoutContext("DadResult", MakeCallback(&NdProxyDadTest::Traced, this));
        p->TraceConnectWithoutContext("DadStarted", MakeCallback(&NdProxyDadTest::Started, this));

        hmipv6::NdProxy::DadCallback done = results.Callback();
        Simulator::Schedule(Seconds(1), [p, done, unused, owned, looped, sameUid, contested]() {
            p->PerformDad(unused, 1, done);
            p->PerformDad(owned, 1, done);
            p->PerformDad(looped, 1, done);
            p->PerformDad(contested, 1, done);
            p->SetAttribute("DadNonce", BooleanValue(false)); // only the UID can tell
            p->PerformDad(sameUid, 1, done);
            p->SetAttribute("DadNonce", BooleanValue(true));
        });
        // O's own ns-3 DAD for an address P is probing (its probe carries an SLLA option).
        Ptr<Ipv6L3Protocol> o = link.L3(2);
        Simulator::Schedule(Seconds(1), [p, done, racing]() { p->PerformDad(racing, 1, done); });
        Simulator::Schedule(Seconds(1.2), [o, racing]() {
            o->GetIcmpv6()->SetAttribute("DAD", BooleanValue(true));
            o->AddAddress(1, Ipv6InterfaceAddress(racing, Ipv6Prefix(64)));
        });
        // Another node's DAD probe for the same address (RFC 4862 5.4.3): no nonce.
        Bytes probe = NsBytes(contested);
        Ipv6Address contestedGroup = Ipv6Address::MakeSolicitedAddress(contested);
        FillIcmpChecksum(Ipv6Address::GetAny(), contestedGroup, probe);
        link.InjectAt(Seconds(1.5), Ipv6Address::GetAny(), contestedGroup, probe);

        Ptr<Ipv6L3Protocol> ipv6 = link.L3(1);
        Ipv6Address unusedGroup = Ipv6Address::MakeSolicitedAddress(unused);
        bool joinedDuring = false;
        bool joinedAfter = true;
        bool runningDuring = false;
        Simulator::Schedule(Seconds(1.5), [&]() {
            joinedDuring = ipv6->IsRegisteredMulticastAddress(unusedGroup, 1);
            runningDuring = p->IsDadRunning(unused, 1);
        });
        Simulator::Schedule(Seconds(2.5), [&]() {
            joinedAfter = ipv6->IsRegisteredMulticastAddress(unusedGroup, 1);
        });

        // DupAddrDetectTransmits = 3: probes at 5, 6, 7 s, result at 8 s.
        Simulator::Schedule(Seconds(5), [p, done, threeProbes]() {
            p->SetAttribute("DupAddrDetectTransmits", UintegerValue(3));
            p->PerformDad(threeProbes, 1, done);
            p->SetAttribute("DupAddrDetectTransmits", UintegerValue(1));
        });
        link.Run(Seconds(10));

        // Unused: unique exactly RetransTimer (1 s) after the start.
        std::vector<DadResult> r = results.For(unused);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the unused address");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, true, "unused address found duplicate");
        NS_TEST_ASSERT_MSG_EQ(r[0].time, Seconds(2), "unique not at start + RetransTimer");
        m_times << " unused=" << r[0].time.As(Time::S);

        std::vector<Frame> probes = link.Icmp(135, unused, link.Mac(1));
        NS_TEST_ASSERT_MSG_EQ(probes.size(), 1, "one probe (DupAddrDetectTransmits 1)");
        const Frame& ns = probes.front();
        NS_TEST_ASSERT_MSG_EQ(ns.time, Seconds(1), "probe not sent at the start");
        NS_TEST_ASSERT_MSG_EQ(ns.ip.GetSource(), Ipv6Address::GetAny(), "probe source not ::");
        NS_TEST_ASSERT_MSG_EQ(ns.ip.GetDestination(), unusedGroup, "not to solicited-node");
        NS_TEST_ASSERT_MSG_EQ(ns.to, Mac48Address::GetMulticast(unusedGroup), "link dest");
        NS_TEST_ASSERT_MSG_EQ(+ns.ip.GetHopLimit(), 255, "hop limit (RFC 4861 7.1.1)");
        NS_TEST_ASSERT_MSG_EQ(ns.Option(1).size(), 0, "SLLA in a DAD probe (RFC 4861 7.1.1)");
        NS_TEST_ASSERT_MSG_EQ(ns.Option(14).size(), 8, "no nonce option (RFC 7527)");
        NS_TEST_ASSERT_MSG_EQ(joinedDuring, true, "group not joined while probing");
        NS_TEST_ASSERT_MSG_EQ(runningDuring, true, "IsDadRunning false while probing");
        NS_TEST_ASSERT_MSG_EQ(joinedAfter, false, "group not left after the DAD");

        // Owned by O: duplicate as soon as O's advertisement arrives (before the timeout).
        r = results.For(owned);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for O's address");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, false, "O's address found unique");
        NS_TEST_ASSERT_MSG_LT(r[0].time, Seconds(2), "duplicate not reported before timeout");
        NS_TEST_ASSERT_MSG_GT(link.Icmp(136, owned, link.Mac(2)).size(), 0, "O did not answer");
        m_times << " owned=" << r[0].time.As(Time::S);

        // Own probes reflected by the link (10 ms later) do not make it fail.
        r = results.For(looped);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the looped probe");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, true, "own probe (same nonce) counted as another's");
        NS_TEST_ASSERT_MSG_EQ(r[0].time, Seconds(2), "looped: not at start + RetransTimer");
        r = results.For(sameUid);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the same-packet probe");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, true, "own probe (same packet) counted as another's");
        NS_TEST_ASSERT_MSG_EQ(link.ProxyDadRx(looped), 1, "P did not get its probe back");
        NS_TEST_ASSERT_MSG_EQ(link.ProxyDadRx(sameUid), 1, "P did not get its probe back");
        NS_TEST_ASSERT_MSG_EQ(link.Icmp(135, sameUid, link.Mac(1))[0].Option(14).size(),
                              0,
                              "nonce sent although DadNonce was off");

        // Another node probing the same address: duplicate when its probe arrives.
        r = results.For(contested);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the contested address");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, false, "another node's probe ignored");
        NS_TEST_ASSERT_MSG_EQ(r[0].time, Seconds(1.5), "not reported when the probe came");
        m_times << " contested=" << r[0].time.As(Time::S);

        // An ns-3 node's DAD probe for the same address: duplicate when it arrives.
        r = results.For(racing);
        std::vector<Frame> racingProbes = link.Icmp(135, racing, link.Mac(2));
        NS_TEST_ASSERT_MSG_EQ(racingProbes.size(), 1, "O sent no DAD probe");
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the racing address");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, false, "O's DAD probe ignored");
        NS_TEST_ASSERT_MSG_EQ(r[0].time, racingProbes[0].time, "not when O's probe came");
        m_times << " racing=" << r[0].time.As(Time::S);

        // Three probes, RetransTimer apart, result RetransTimer after the last.
        r = results.For(threeProbes);
        NS_TEST_ASSERT_MSG_EQ(r.size(), 1, "one result for the 3-probe DAD");
        NS_TEST_ASSERT_MSG_EQ(r[0].unique, true, "3-probe DAD failed");
        NS_TEST_ASSERT_MSG_EQ(r[0].time, Seconds(8), "3 probes: result not at 5 + 3 s");
        probes = link.Icmp(135, threeProbes, link.Mac(1));
        NS_TEST_ASSERT_MSG_EQ(probes.size(), 3, "not 3 probes");
        for (uint32_t i = 0; i < probes.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ(probes[i].time, Seconds(5 + i), "probe " << i << " time");
        }
        m_times << " three-probes=" << r[0].time.As(Time::S);

        NS_TEST_ASSERT_MSG_EQ(m_started, 7, "DadStarted fired " << m_started << " times");
        NS_TEST_ASSERT_MSG_EQ(m_traced.size(), 7, "DadResult fired " << m_traced.size());
        NS_TEST_ASSERT_MSG_EQ(p->GetDadSucceededCount(), 4, "succeeded count");
        NS_TEST_ASSERT_MSG_EQ(p->GetDadFailedCount(), 3, "failed count");
        NS_TEST_ASSERT_MSG_EQ(p->GetNsSentCount(), 9, "probes sent");
        NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 0, "P advertised during DAD");
        std::cout << "  DAD results:" << m_times.str() << std::endl;
    }

    /// "DadStarted" sink
    void Started(Ipv6Address)
    {
        ++m_started;
    }

    /// "DadResult" sink \param target the target \param unique the result
    void Traced(Ipv6Address target, bool unique)
    {
        m_traced.emplace_back(target, unique);
    }

    uint32_t m_started{0};                              //!< DadStarted count
    std::vector<std::pair<Ipv6Address, bool>> m_traced; //!< DadResult
    std::ostringstream m_times;                         //!< for the log
};

/**
 * \ingroup hmipv6-tests
 * \brief Takeover: N has O's MAC for an address; O gives it up, P proxies it and
 *        announces the takeover; N's next packet goes to P.
 */
class NdProxyTakeoverTest : public TestCase
{
  public:
    NdProxyTakeoverTest()
        : TestCase("Takeover: 3 unsolicited Override advertisements move N's traffic to P")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        p->SetAttribute("ReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        Ptr<Ipv6L3Protocol> o = link.L3(2);
        o->AddAddress(1, Ipv6InterfaceAddress(TARGET, Ipv6Prefix(64)));

        link.SendUdpAt(Seconds(1), TARGET); // resolved to O
        Mac48Address before;
        Mac48Address after;
        Simulator::Schedule(Seconds(1.5), [&]() { before = link.CachedMac(0, TARGET); });
        Simulator::Schedule(Seconds(2), [o, p]() {
            o->RemoveAddress(1, TARGET); // O leaves
            p->AddProxy(TARGET, 1);
            p->AnnounceTakeover(TARGET, 1);
        });
        Simulator::Schedule(Seconds(2.5), [&]() { after = link.CachedMac(0, TARGET); });
        link.SendUdpAt(Seconds(2.5), TARGET);
        link.Run(Seconds(6));

        NS_TEST_ASSERT_MSG_EQ(before, link.Mac(2), "N had not resolved the address to O");
        NS_TEST_ASSERT_MSG_EQ(after, link.Mac(1), "N's cache not switched to P's MAC");
        std::vector<Frame> udp = link.UdpTo(TARGET);
        NS_TEST_ASSERT_MSG_EQ(udp.size(), 2, "N's two packets");
        NS_TEST_ASSERT_MSG_EQ(udp[0].to, link.Mac(2), "first packet not to O");
        NS_TEST_ASSERT_MSG_EQ(udp[1].to, link.Mac(1), "packet after the takeover not to P");
        NS_TEST_ASSERT_MSG_EQ(udp[1].time, Seconds(2.5), "packet after takeover delayed");
        NS_TEST_ASSERT_MSG_EQ(link.ProxyUdpRx().size(), 1, "P's IPv6 did not receive it");

        std::vector<Frame> nas = link.Icmp(136, TARGET, link.Mac(1));
        NS_TEST_ASSERT_MSG_EQ(nas.size(), 3, "not MAX_NEIGHBOR_ADVERTISEMENT (3) announcements");
        std::ostringstream times;
        for (uint32_t i = 0; i < nas.size(); ++i)
        {
            const Frame& na = nas[i];
            times << " " << na.time.As(Time::S);
            NS_TEST_ASSERT_MSG_EQ(na.time, Seconds(2 + i), "announcement " << i << " time");
            NS_TEST_ASSERT_MSG_EQ(+na.Flags(), +hmipv6::NdProxy::FLAG_O, "flags must be O only");
            NS_TEST_ASSERT_MSG_EQ(na.ip.GetDestination(),
                                  Ipv6Address::GetAllNodesMulticast(),
                                  "not to all-nodes");
            NS_TEST_ASSERT_MSG_EQ(na.to,
                                  Mac48Address::GetMulticast(Ipv6Address::GetAllNodesMulticast()),
                                  "link destination");
            NS_TEST_ASSERT_MSG_EQ(na.ip.GetSource(), link.Global(1), "source not P's");
            NS_TEST_ASSERT_MSG_EQ(+na.ip.GetHopLimit(), 255, "hop limit");
            NS_TEST_ASSERT_MSG_EQ(na.Tlla(), link.Mac(1), "TLLA not P's MAC");
        }
        NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 3, "NaSent count");
        std::cout << "  takeover announcements at" << times.str() << std::endl;
    }
};

/**
 * \ingroup hmipv6-tests
 * \brief RemoveProxy: P stops answering and leaves the group.
 */
class NdProxyRemoveTest : public TestCase
{
  public:
    NdProxyRemoveTest()
        : TestCase("RemoveProxy: no more answers, group left")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        p->SetAttribute("ReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        const Ipv6Address other("2001:1::101");
        Ipv6Address group = Ipv6Address::MakeSolicitedAddress(TARGET);
        Ptr<Ipv6L3Protocol> ipv6 = link.L3(1);

        Simulator::Schedule(Seconds(0.5), [p, other]() {
            p->AddProxy(TARGET, 1);
            p->AddProxy(TARGET, 1); // twice: no effect
            p->AddProxy(other, 1);
        });
        link.SendUdpAt(Seconds(1), TARGET); // answered
        bool proxyingAfter = true;
        bool joinedAfter = true;
        bool joinedBefore = false;
        Simulator::Schedule(Seconds(1.9),
                            [&]() { joinedBefore = ipv6->IsRegisteredMulticastAddress(group, 1); });
        Simulator::Schedule(Seconds(2), [&, p, other]() {
            p->RemoveProxy(TARGET, 1);
            p->RemoveProxy(other, 1);
            proxyingAfter = p->IsProxying(TARGET, 1) || p->IsProxying(other, 1);
            joinedAfter = ipv6->IsRegisteredMulticastAddress(group, 1);
        });
        link.SendUdpAt(Seconds(3), other); // never answered now
        // A well-formed solicitation for TARGET from the sniffer: no answer either.
        Ipv6Address sniffer("2001:1::99");
        Bytes ns = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3)));
        FillIcmpChecksum(sniffer, group, ns);
        link.InjectAt(Seconds(3.5), sniffer, group, ns);
        link.Run(Seconds(8));

        NS_TEST_ASSERT_MSG_EQ(joinedBefore, true, "group not joined while proxying");
        NS_TEST_ASSERT_MSG_EQ(proxyingAfter, false, "still proxying after RemoveProxy");
        NS_TEST_ASSERT_MSG_EQ(joinedAfter, false, "group not left after RemoveProxy");
        NS_TEST_ASSERT_MSG_EQ(link.Icmp(136, TARGET, link.Mac(1)).size(), 1, "answers for target");
        NS_TEST_ASSERT_MSG_EQ(link.Icmp(136, other, link.Mac(1)).size(), 0, "answer after removal");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(link.Icmp(135, other, link.Mac(0)).size(),
                                    3,
                                    "N did not retry");
        NS_TEST_ASSERT_MSG_EQ(link.UdpTo(other).size(), 0, "N's packet left unresolved");
        NS_TEST_ASSERT_MSG_EQ(link.UdpTo(TARGET).size(), 1, "first packet not delivered");
        NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 1, "NaSent count");
        NS_TEST_ASSERT_MSG_EQ(p->GetNsReceivedCount(), 1, "NsReceived after removal");
    }
};

/**
 * \ingroup hmipv6-tests
 * \brief Invalid Neighbor Solicitations (RFC 4861 7.1.1) sent to P for a proxied target:
 *        no crash, no answer; a valid one afterwards is answered.
 */
class NdProxyGarbageTest : public TestCase
{
  public:
    NdProxyGarbageTest()
        : TestCase("Malformed or irrelevant ICMPv6: ignored safely, never answered")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        p->SetAttribute("ReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        p->SetAttribute("RejectDadProbeSlla", BooleanValue(true)); // RFC 4861 7.1.1, strictly
        p->TraceConnectWithoutContext("Drop", MakeCallback(&NdProxyGarbageTest::Dropped, this));
        Simulator::Schedule(Seconds(0.5), [p]() { p->AddProxy(TARGET, 1); });

        const Ipv6Address src("2001:1::99");
        const Ipv6Address group = Ipv6Address::MakeSolicitedAddress(TARGET);
        const Bytes slla = LinkLayerOption(1, link.Mac(3));
        Time at = Seconds(1);
        const Time step = MilliSeconds(100);
        // Solicitations shorter than 24 octets must not reach P's own Icmpv6L4Protocol:
        // HandleNS reads the 24-octet header without checking the length, past the end
        // of the packet (NS_ASSERT in debug builds; unchecked reads in optimized ones).
        // Ipv6L3Protocol trims anything after the IPv6 payload before that, so link
        // padding cannot keep the read in bounds. They go to a solicited-node group P has
        // not joined instead: ns-3's IPv6 drops them before ICMPv6, while NdProxy, which
        // reads every packet the node receives, still validates them (and counts them
        // before asking whether the target is its business). The padding stays: NdProxy
        // must ignore it as Ipv6L3Protocol does, or these would not look short.
        const Ipv6Address unjoined = Ipv6Address::MakeSolicitedAddress(Ipv6Address("2001:1::777"));
        const uint32_t padding = 32;

        // 1. Truncated: 16 octets (RFC 4861 7.1.1: ICMP length must be 24 or more).
        Bytes truncated = NsBytes(TARGET);
        truncated.resize(16);
        FillIcmpChecksum(src, unjoined, truncated);
        link.InjectAt(at, src, unjoined, truncated, 255, padding);
        // 2. One octet of ICMPv6.
        link.InjectAt(at += step, src, unjoined, Bytes{135}, 255, padding);
        // 3. An option of length 0.
        Bytes zero = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3), 0));
        FillIcmpChecksum(src, group, zero);
        link.InjectAt(at += step, src, group, zero);
        // 4. An option longer than the message (16 octets claimed, 8 present).
        Bytes longer = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3), 2));
        FillIcmpChecksum(src, group, longer);
        link.InjectAt(at += step, src, group, longer);
        // 5. A lone option type octet at the end.
        Bytes lone = NsBytes(TARGET, slla);
        lone.push_back(1);
        FillIcmpChecksum(src, group, lone);
        link.InjectAt(at += step, src, group, lone);
        // 6. Hop limit 64 (RFC 4861 7.1.1: must be 255).
        Bytes valid = NsBytes(TARGET, slla);
        FillIcmpChecksum(src, group, valid);
        link.InjectAt(at += step, src, group, valid, 64);
        // 7. Wrong checksum.
        Bytes badSum = valid;
        badSum[3] ^= 0x55;
        link.InjectAt(at += step, src, group, badSum);
        // 8. Code 1.
        Bytes code = NsBytes(TARGET, slla);
        code[1] = 1;
        FillIcmpChecksum(src, group, code);
        link.InjectAt(at += step, src, group, code);
        // 9. DAD probe (source ::) with an SLLA option.
        Bytes dadSlla = NsBytes(TARGET, slla);
        FillIcmpChecksum(Ipv6Address::GetAny(), group, dadSlla);
        link.InjectAt(at += step, Ipv6Address::GetAny(), group, dadSlla);
        // 10. DAD probe (source ::) not sent to a solicited-node group.
        Bytes dadAll = NsBytes(TARGET);
        FillIcmpChecksum(Ipv6Address::GetAny(), Ipv6Address::GetAllNodesMulticast(), dadAll);
        link.InjectAt(at += step,
                      Ipv6Address::GetAny(),
                      Ipv6Address::GetAllNodesMulticast(),
                      dadAll);
        // 11. Multicast target.
        Ipv6Address multicast("ff02::1");
        Bytes mcast = NsBytes(multicast, slla);
        FillIcmpChecksum(src, group, mcast);
        link.InjectAt(at += step, src, group, mcast);
        const uint32_t malformed = 11;

        // Valid but irrelevant: a target P does not proxy, an echo request, and a
        // multicast advertisement for the proxied target.
        Ipv6Address elsewhere("2001:1::555");
        Bytes otherNs = NsBytes(elsewhere, slla);
        Ipv6Address otherGroup = Ipv6Address::MakeSolicitedAddress(elsewhere);
        FillIcmpChecksum(src, otherGroup, otherNs);
        link.InjectAt(at += step, src, otherGroup, otherNs);
        Bytes echo = {128, 0, 0, 0, 0, 1, 0, 1};
        FillIcmpChecksum(src, link.Global(1), echo);
        link.InjectAt(at += step, src, link.Global(1), echo, 64, 0, link.Mac(1));
        Bytes na = NsBytes(TARGET, LinkLayerOption(2, link.Mac(3)));
        na[0] = 136;
        na[4] = hmipv6::NdProxy::FLAG_O;
        FillIcmpChecksum(src, Ipv6Address::GetAllNodesMulticast(), na);
        link.InjectAt(at += step, src, Ipv6Address::GetAllNodesMulticast(), na);

        // Control: the same solicitation, well formed, at 3 s: answered.
        link.InjectAt(Seconds(3), src, group, valid);
        link.Run(Seconds(4));

        std::ostringstream reasons;
        for (const auto& reason : m_reasons)
        {
            reasons << " [" << reason << "]";
        }
        NS_TEST_ASSERT_MSG_EQ(p->GetMalformedCount(), malformed, "malformed:" << reasons.str());
        NS_TEST_ASSERT_MSG_EQ(m_reasons.size(), malformed, "Drop trace:" << reasons.str());
        std::vector<Frame> answers = link.Icmp(136, TARGET, link.Mac(1));
        NS_TEST_ASSERT_MSG_EQ(answers.size(), 1, "P answered garbage (or not the control)");
        NS_TEST_ASSERT_MSG_EQ(answers.front().time, Seconds(3), "answer not to the control");
        NS_TEST_ASSERT_MSG_EQ(answers.front().to, link.Mac(3), "answer not to the SLLA");
        NS_TEST_ASSERT_MSG_EQ(answers.front().ip.GetDestination(), src, "answer not to src");
        NS_TEST_ASSERT_MSG_EQ(link.Icmp(136, elsewhere, link.Mac(1)).size(), 0, "other target");
        NS_TEST_ASSERT_MSG_EQ(p->GetNaSentCount(), 1, "NaSent count");
        NS_TEST_ASSERT_MSG_EQ(p->GetNsReceivedCount(), 1, "NsReceived: only the control");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(p->GetIgnoredCount(), 3, "irrelevant messages not counted");
        std::cout << "  dropped:" << reasons.str() << std::endl;
    }

    /// "Drop" sink \param reason why
    void Dropped(Ptr<const Packet>, const std::string& reason)
    {
        m_reasons.push_back(reason);
    }

    std::vector<std::string> m_reasons; //!< Drop reasons
};

/**
 * \ingroup hmipv6-tests
 * \brief A unicast solicitation for a proxied target (a neighbour's Neighbor
 *        Unreachability Detection probe, RFC 4861 7.3.3, sent to the target's address and
 *        to the link-layer address it cached for it, the proxy's) is answered too.
 *
 * P's IPv6 does not deliver that packet locally (the target is not P's address): NdProxy
 * must read what the node receives, not only what it delivers (ns-3 releases after 3.37
 * give raw sockets only the latter).
 */
class NdProxyUnicastSolicitationTest : public TestCase
{
  public:
    NdProxyUnicastSolicitationTest()
        : TestCase("Unicast (NUD) solicitation to a proxied target's address: answered")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        p->SetAttribute("ReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        Simulator::Schedule(Seconds(0.5), [p]() { p->AddProxy(TARGET, 1); });

        const Ipv6Address src("2001:1::99");
        Bytes ns = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3)));
        FillIcmpChecksum(src, TARGET, ns);
        link.InjectAt(Seconds(1), src, TARGET, ns, 255, 0, link.Mac(1));
        link.Run(Seconds(2));

        std::vector<Frame> answers = link.Icmp(136, TARGET, link.Mac(1));
        NS_TEST_ASSERT_MSG_EQ(answers.size(), 1, "P did not answer the unicast solicitation");
        if (answers.size() != 1)
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(answers.front().time, Seconds(1), "answer not at once");
        NS_TEST_ASSERT_MSG_EQ(answers.front().to, link.Mac(3), "answer not to the SLLA");
        NS_TEST_ASSERT_MSG_EQ(answers.front().ip.GetDestination(), src, "answer not to src");
        NS_TEST_ASSERT_MSG_EQ(+answers.front().Flags(),
                              +hmipv6::NdProxy::FLAG_S,
                              "flags must be S only (7.2.8)");
        NS_TEST_ASSERT_MSG_EQ(answers.front().Tlla(), link.Mac(1), "TLLA must be P's MAC");
        NS_TEST_ASSERT_MSG_EQ(p->GetNsReceivedCount(), 1, "NsReceived");
        NS_TEST_ASSERT_MSG_EQ(p->GetMalformedCount(), 0, "nothing malformed");
    }
};

/// A flood of solicitations for a proxied target leaves a bounded number of answers pending.
class NdProxySolicitationFloodTest : public TestCase
{
  public:
    NdProxySolicitationFloodTest()
        : TestCase("10,000 solicitations for one target from forged sources: at most "
                   "MaxPendingAnswers answers pending, the rest counted; a later one answered")
    {
    }

  private:
    void DoRun() override
    {
        NdLink link;
        Ptr<hmipv6::NdProxy> p = link.Proxy();
        p->SetAttribute("ReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0.5]"));
        std::vector<std::string> drops;
        p->TraceConnectWithoutContext("Drop",
                                      Callback<void, Ptr<const Packet>, const std::string&>(
                                          [&drops](Ptr<const Packet>, const std::string& reason) {
                                              drops.push_back(reason);
                                          }));
        Simulator::Schedule(Seconds(0.5), [p]() { p->AddProxy(TARGET, 1); });
        const Ipv6Address group = Ipv6Address::MakeSolicitedAddress(TARGET);
        const uint32_t flood = 10000;
        for (uint32_t i = 0; i < flood; ++i)
        {
            // Multicast solicitations from forged sources, within 0.1 s.
            uint8_t octets[16] = {0x20, 0x01, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9};
            octets[14] = static_cast<uint8_t>(i >> 8);
            octets[15] = static_cast<uint8_t>(i);
            Ipv6Address source(octets);
            Bytes ns = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3)));
            FillIcmpChecksum(source, group, ns);
            link.InjectAt(Seconds(1) + MicroSeconds(10 * i), source, group, ns);
        }
        uint32_t pending = 0;
        Simulator::Schedule(Seconds(1.2), [&]() { pending = p->GetPendingAnswerCount(); });
        // A neighbour resolving the target once the flood is over.
        const Ipv6Address neighbour("2001:1::99");
        Bytes ns = NsBytes(TARGET, LinkLayerOption(1, link.Mac(3)));
        FillIcmpChecksum(neighbour, group, ns);
        link.InjectAt(Seconds(2), neighbour, group, ns);
        link.Run(Seconds(3));

        NS_TEST_EXPECT_MSG_EQ(p->GetNsReceivedCount(), flood + 1, "every solicitation read");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(pending, 64u, "at most MaxPendingAnswers pending");
        uint32_t refused = 0;
        for (const auto& reason : drops)
        {
            refused += reason.find("answers pending") != std::string::npos ? 1 : 0;
        }
        std::vector<Frame> answers = link.Icmp(136, TARGET, link.Mac(1));
        NS_TEST_EXPECT_MSG_EQ(answers.size() + refused, flood + 1, "answered or counted");
        NS_TEST_EXPECT_MSG_EQ(p->GetRefusedAnswerCount(), refused, "traced and counted");
        NS_TEST_EXPECT_MSG_EQ(answers.size(), 64u + 1, "the first 64, then the neighbour");
        NS_TEST_ASSERT_MSG_EQ(answers.empty(), false, "answers");
        NS_TEST_EXPECT_MSG_EQ(answers.back().ip.GetDestination(), neighbour, "the neighbour");
        NS_TEST_EXPECT_MSG_EQ(answers.back().time, Seconds(2.5), "after the reply delay");
        NS_TEST_EXPECT_MSG_EQ(p->GetPendingAnswerCount(), 0u, "none left");
    }
};

/**
 * \ingroup hmipv6-tests
 * \brief The suite.
 */
class NdProxyTestSuite : public TestSuite
{
  public:
    NdProxyTestSuite()
        : TestSuite("hmipv6-nd-proxy")
    {
        AddTestCase(new NdProxyAnswerTest);
        AddTestCase(new NdProxyDadTest);
        AddTestCase(new NdProxyTakeoverTest);
        AddTestCase(new NdProxyRemoveTest);
        AddTestCase(new NdProxyGarbageTest);
        AddTestCase(new NdProxyUnicastSolicitationTest);
        AddTestCase(new NdProxySolicitationFloodTest);
    }
};

static NdProxyTestSuite g_ndProxyTestSuite; //!< registers the suite
