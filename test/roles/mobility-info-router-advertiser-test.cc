// SPDX-License-Identifier: GPL-2.0-only
// MobilityInfoRouterAdvertiser (draft 4.1) with real packets on real ns-3 links.
//
//   H --1ms-- R --1ms-- MS
//   (access link: R 2001:a::1/64 on interface 1, H has only its link-local address)
//   (core link 2001:c::/64: R 2001:c::1 on interface 2, MS 2001:c::2)
//
// R runs the advertiser on its access interface. The Router Advertisements are read as
// octets from H's IPv6 "Rx" trace (what crossed the link), and H's own ns-3 stack is left
// to process them (SLAAC). MS sends Mobility Information packets (draft Figure 5) to R.
// ns-3 routers drop 2001:db8::/32, hence these prefixes.
#include "role-test-util.h"

#include "ns3/boolean.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/icmpv6-checksum.h"
#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-table-entry.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-info-router-advertiser.h"
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
#include <string>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

const Ipv6Address R_ACCESS("2001:a::1");
const Ipv6Address ACCESS_PREFIX("2001:a::");
const Ipv6Address R_CORE("2001:c::1");
const Ipv6Address MS_ADDRESS("2001:c::2");
const char* const MS_STRING = "2001:c::2";
const Ipv6Address OTHER_MS("2001:c::3");
const Ipv6Address THIRD_MS("2001:c::4");
const Time LINK_DELAY = MilliSeconds(1);

/// A Router Advertisement as H received it.
struct CapturedRa
{
    Time at;                   //!< arrival at H
    uint8_t hopLimit;          //!< IPv6 hop limit
    Ipv6Address source;        //!< IPv6 source
    Ipv6Address destination;   //!< IPv6 destination
    uint16_t payloadLength;    //!< IPv6 payload length
    std::vector<uint8_t> icmp; //!< the ICMPv6 message
};

/// One option of a captured advertisement.
struct Option
{
    uint8_t type;  //!< option type
    size_t offset; //!< where it starts in the ICMPv6 message
    size_t octets; //!< its size (length field x 8)
};

/// The options of an ICMPv6 Router Advertisement, in order.
std::vector<Option>
Options(const std::vector<uint8_t>& icmp)
{
    std::vector<Option> options;
    for (size_t at = 16; at + 2 <= icmp.size() && icmp[at + 1] != 0; at += icmp[at + 1] * 8u)
    {
        options.push_back({icmp[at], at, icmp[at + 1] * 8u});
    }
    return options;
}

/// The Mobility Information Option (type 253) of an advertisement, empty if none.
std::vector<uint8_t>
Mio(const std::vector<uint8_t>& icmp)
{
    for (const Option& o : Options(icmp))
    {
        if (o.type == 253 && o.offset + o.octets <= icmp.size())
        {
            return std::vector<uint8_t>(icmp.begin() + o.offset,
                                        icmp.begin() + o.offset + o.octets);
        }
    }
    return {};
}

/// The 24 octets of a Mobility Information Option, written by hand (draft Figure 4,
/// RFC 4861 8-octet units).
std::vector<uint8_t>
ExpectedMio(Ipv6Address ms, uint8_t prefixLength)
{
    std::vector<uint8_t> octets = {253, 3, 0, prefixLength};
    uint8_t a[16];
    ms.Serialize(a);
    octets.insert(octets.end(), a, a + 16);
    octets.insert(octets.end(), {0, 0, 0, 0});
    return octets;
}

/// RFC 4443 2.3 checksum check, independent of ns-3 and of the module.
bool
ChecksumValid(const CapturedRa& ra)
{
    std::vector<uint8_t> o(40, 0);
    ra.source.Serialize(&o[0]);
    ra.destination.Serialize(&o[16]);
    uint32_t length = ra.icmp.size();
    o[34] = length >> 8;
    o[35] = length & 0xff;
    o[39] = 58;
    o.insert(o.end(), ra.icmp.begin(), ra.icmp.end());
    if (o.size() % 2)
    {
        o.push_back(0);
    }
    uint32_t sum = 0;
    for (size_t i = 0; i < o.size(); i += 2)
    {
        sum += (o[i] << 8) | o[i + 1];
    }
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return sum == 0xffff;
}

/// Octets as hexadecimal text, for comparisons the test macros can print.
std::string
Hex(const std::vector<uint8_t>& octets)
{
    static const char digits[] = "0123456789abcdef";
    std::string text;
    for (uint8_t o : octets)
    {
        text += digits[o >> 4];
        text += digits[o & 0xf];
    }
    return text;
}

/// A 32-bit field in network byte order.
uint32_t
ReadU32(const std::vector<uint8_t>& o, size_t at)
{
    return (uint32_t(o[at]) << 24) | (uint32_t(o[at + 1]) << 16) | (uint32_t(o[at + 2]) << 8) |
           o[at + 3];
}

/// The topology and the recorders.
class Topology
{
  public:
    NodeContainer nodes;                                 //!< H, R, MS
    Ptr<SimpleNetDevice> hDevice;                        //!< H's access device
    Ptr<SimpleNetDevice> rDevice;                        //!< R's access device
    Ptr<MobilityInfoRouterAdvertiser> app;               //!< the advertiser
    std::vector<CapturedRa> ras;                         //!< RAs received by H
    std::vector<Time> sent;                              //!< "RouterAdvertisementSent" times
    std::vector<bool> sentWithInfo;                      //!< its withMobilityInfo
    std::vector<Time> rsReceived;                        //!< "RouterSolicitationReceived" times
    std::vector<std::pair<Ipv6Address, uint8_t>> learnt; //!< "MobilityInfoLearnt"
    std::vector<std::pair<Ipv6Address, std::string>> withdrawn; //!< "MobilityInfoWithdrawn"
    std::vector<Time> withdrawnAt;                              //!< when
    std::vector<std::string> drops;                             //!< "Drop" reasons
    std::vector<hmipv6::DropReason> reasons;                    //!< their reasons

    Ptr<Node> H()
    {
        return nodes.Get(0);
    }

    Ptr<Node> R()
    {
        return nodes.Get(1);
    }

    Ptr<Node> Ms()
    {
        return nodes.Get(2);
    }

    static Ptr<Ipv6L3Protocol> Ip(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    static Ptr<SimpleNetDevice> AddDevice(Ptr<Node> node,
                                          Ptr<SimpleChannel> channel,
                                          Ipv6Address address)
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

    /// Builds the topology; the advertiser is configured by the caller, then Start().
    Topology()
    {
        nodes.Create(3);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ptr<SimpleChannel> access = CreateObject<SimpleChannel>();
        access->SetAttribute("Delay", TimeValue(LINK_DELAY));
        hDevice = AddDevice(H(), access, Ipv6Address::GetAny());
        rDevice = AddDevice(R(), access, R_ACCESS);
        Ptr<SimpleChannel> core = CreateObject<SimpleChannel>();
        core->SetAttribute("Delay", TimeValue(LINK_DELAY));
        AddDevice(R(), core, R_CORE);
        AddDevice(Ms(), core, MS_ADDRESS);
        // The other servers' addresses, on the same node.
        Ip(Ms())->AddAddress(1, Ipv6InterfaceAddress(OTHER_MS, Ipv6Prefix(64)));
        Ip(Ms())->AddAddress(1, Ipv6InterfaceAddress(THIRD_MS, Ipv6Prefix(64)));
        Ip(R())->SetForwarding(2, true);
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(Ms()))->SetDefaultRoute(R_CORE, 1);

        app = CreateObject<MobilityInfoRouterAdvertiser>();
        app->SetAttribute("Interface", UintegerValue(1));
        app->SetAttribute("TrustedMobilityServers", StringValue(MS_STRING));
        R()->AddApplication(app);
        app->SetStartTime(Seconds(0));
        app->AssignStreams(7);

        Ip(H())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv6>, uint32_t>(
                [this](Ptr<const Packet> p, Ptr<Ipv6>, uint32_t) {
                    Ptr<Packet> copy = p->Copy();
                    Ipv6Header header;
                    copy->RemoveHeader(header);
                    uint8_t type = 0;
                    copy->CopyData(&type, 1);
                    if (header.GetNextHeader() != 58 ||
                        type != Icmpv6Header::ICMPV6_ND_ROUTER_ADVERTISEMENT)
                    {
                        return;
                    }
                    CapturedRa ra;
                    ra.at = Simulator::Now();
                    ra.hopLimit = header.GetHopLimit();
                    ra.source = header.GetSource();
                    ra.destination = header.GetDestination();
                    ra.payloadLength = header.GetPayloadLength();
                    ra.icmp.resize(copy->GetSize());
                    copy->CopyData(ra.icmp.data(), ra.icmp.size());
                    ras.push_back(ra);
                }));
        app->TraceConnectWithoutContext("RouterAdvertisementSent",
                                        Callback<void, Ptr<const Packet>, Ipv6Address, bool>(
                                            [this](Ptr<const Packet>, Ipv6Address, bool withInfo) {
                                                sent.push_back(Simulator::Now());
                                                sentWithInfo.push_back(withInfo);
                                            }));
        app->TraceConnectWithoutContext("RouterSolicitationReceived",
                                        Callback<void, Ipv6Address>([this](Ipv6Address) {
                                            rsReceived.push_back(Simulator::Now());
                                        }));
        app->TraceConnectWithoutContext(
            "MobilityInfoLearnt",
            Callback<void, Ipv6Address, uint8_t>(
                [this](Ipv6Address ms, uint8_t plen) { learnt.emplace_back(ms, plen); }));
        app->TraceConnectWithoutContext(
            "MobilityInfoWithdrawn",
            Callback<void, Ipv6Address, std::string>([this](Ipv6Address ms, std::string why) {
                withdrawn.emplace_back(ms, why);
                withdrawnAt.push_back(Simulator::Now());
            }));
        app->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, hmipv6::DropReason, const std::string&>(
                [this](Ptr<const Packet>, hmipv6::DropReason why, const std::string& r) {
                    drops.push_back(r);
                    reasons.push_back(why);
                }));
    }

    /**
     * \brief MS sends a Mobility Information packet (draft Figure 5) at a given time,
     *        timestamped and authenticated as an MS with the default keys would.
     * \param at when
     * \param ms the MS address it names
     * \param prefixLength the Mobility Network prefix length
     * \param destination the IPv6 destination (R's core address by default)
     * \param from the IPv6 source (MS_ADDRESS by default)
     */
    void SendInfo(Time at,
                  Ipv6Address ms,
                  uint8_t prefixLength,
                  Ipv6Address destination = R_CORE,
                  Ipv6Address from = MS_ADDRESS)
    {
        Simulator::Schedule(at, [this, ms, prefixLength, destination, from]() {
            MobilityInfoHeader info;
            info.SetMsAddress(ms);
            info.SetPrefixLength(prefixLength);
            info.SetTimestamp(hmipv6::TimestampSubOption::FromTime(Simulator::Now()));
            auto association = CreateObject<hmipv6::KeyChain>()->Find(hmipv6::KeyChain::MS_ROUTER,
                                                                      from,
                                                                      destination);
            hmipv6::SignDraftMessage(info, *association, from, destination);
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(info);
            Ip(Ms())->Send(p, from, destination, Ipv6Header::IPV6_EXT_DESTINATION, nullptr);
        });
    }

    /**
     * \brief MS sends a Destination Options header given as octets.
     * \param at when
     * \param octets the whole extension header
     */
    void SendRawInfo(Time at, std::vector<uint8_t> octets)
    {
        Simulator::Schedule(at, [this, octets]() {
            Ptr<Packet> p = Create<Packet>(octets.data(), octets.size());
            Ip(Ms())->Send(p, MS_ADDRESS, R_CORE, Ipv6Header::IPV6_EXT_DESTINATION, nullptr);
        });
    }

    /// Link-local address of R's access interface.
    Ipv6Address RLinkLocal()
    {
        return Ip(R())->GetInterface(1)->GetLinkLocalAddress().GetAddress();
    }

    /// Link-local address of H.
    Ipv6Address HLinkLocal()
    {
        return Ip(H())->GetInterface(1)->GetLinkLocalAddress().GetAddress();
    }

    /// The RAs H received in [from, to).
    std::vector<CapturedRa> RasBetween(Time from, Time to) const
    {
        std::vector<CapturedRa> out;
        for (const CapturedRa& ra : ras)
        {
            if (ra.at >= from && ra.at < to)
            {
                out.push_back(ra);
            }
        }
        return out;
    }
};

/// Test 1: the octets of an advertisement.
class LayoutTest : public TestCase
{
  public:
    LayoutTest()
        : TestCase("RA layout: hop limit 255, fields, options PIO, MTU, SLLA, MIO in that order; "
                   "the MIO's 24 octets")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        t.app->SetAttribute("Prefix", Ipv6AddressValue(ACCESS_PREFIX));
        t.app->SetAttribute("Mtu", UintegerValue(1500));
        t.app->SetAttribute("MobilityServerAddress", Ipv6AddressValue(MS_ADDRESS));
        t.app->SetAttribute("MobilityNetworkPrefixLength", UintegerValue(56));
        // Configured information does not expire, however short the lifetime.
        t.app->SetAttribute("MobilityInfoLifetime", TimeValue(MilliSeconds(100)));
        Simulator::Stop(Seconds(1));
        Simulator::Run();

        HMIPV6_REQUIRE_GT(t.ras.size(), 5u, "H received advertisements");
        NS_TEST_EXPECT_MSG_EQ(t.ras.size(), t.sent.size(), "every RA sent reached H");
        const CapturedRa& ra = t.ras.front();
        NS_TEST_EXPECT_MSG_EQ(+ra.hopLimit, 255, "IPv6 hop limit 255 (RFC 4861 6.1.2)");
        NS_TEST_EXPECT_MSG_EQ(ra.source, t.RLinkLocal(), "from R's link-local address");
        NS_TEST_EXPECT_MSG_EQ(ra.destination, Ipv6Address("ff02::1"), "to all nodes");
        HMIPV6_REQUIRE_EQ(ra.icmp.size(), 88u, "16 + PIO 32 + MTU 8 + SLLA 8 + MIO 24");
        NS_TEST_EXPECT_MSG_EQ(ra.payloadLength, 88, "IPv6 payload length");
        NS_TEST_EXPECT_MSG_EQ(ChecksumValid(ra), true, "ICMPv6 checksum");
        const std::vector<uint8_t>& o = ra.icmp;
        NS_TEST_EXPECT_MSG_EQ(+o[0], 134, "type RA");
        NS_TEST_EXPECT_MSG_EQ(+o[1], 0, "code");
        NS_TEST_EXPECT_MSG_EQ(+o[4], 64, "Cur Hop Limit");
        NS_TEST_EXPECT_MSG_EQ(+o[5], 0, "M, O clear");
        NS_TEST_EXPECT_MSG_EQ(((o[6] << 8) | o[7]), 1800, "Router Lifetime");
        NS_TEST_EXPECT_MSG_EQ(ReadU32(o, 8), 0u, "Reachable Time");
        NS_TEST_EXPECT_MSG_EQ(ReadU32(o, 12), 0u, "Retrans Timer");

        std::vector<Option> options = Options(o);
        HMIPV6_REQUIRE_EQ(options.size(), 4u, "four options");
        const uint8_t types[] = {3, 5, 1, 253};
        const size_t sizes[] = {32, 8, 8, 24};
        for (size_t i = 0; i < 4; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(+options[i].type, +types[i], "option " << i << " type");
            NS_TEST_EXPECT_MSG_EQ(options[i].octets, sizes[i], "option " << i << " size");
        }
        // Prefix Information (RFC 4861 4.6.2).
        NS_TEST_EXPECT_MSG_EQ(+o[16 + 2], 64, "prefix length");
        NS_TEST_EXPECT_MSG_EQ(+o[16 + 3], 0xc0, "L and A flags");
        NS_TEST_EXPECT_MSG_EQ(ReadU32(o, 16 + 4), 2592000u, "Valid Lifetime");
        NS_TEST_EXPECT_MSG_EQ(ReadU32(o, 16 + 8), 604800u, "Preferred Lifetime");
        NS_TEST_EXPECT_MSG_EQ(Ipv6Address::Deserialize(&o[16 + 16]), ACCESS_PREFIX, "prefix");
        // MTU (4.6.4).
        NS_TEST_EXPECT_MSG_EQ(ReadU32(o, 48 + 4), 1500u, "MTU");
        // Source Link-Layer Address (4.6.1).
        uint8_t mac[6];
        Mac48Address::ConvertFrom(t.rDevice->GetAddress()).CopyTo(mac);
        NS_TEST_EXPECT_MSG_EQ(Hex(std::vector<uint8_t>(o.begin() + 58, o.begin() + 64)),
                              Hex(std::vector<uint8_t>(mac, mac + 6)),
                              "R's MAC address");
        // Mobility Information Option (draft Figure 4, 24 octets).
        std::vector<uint8_t> expected = {253, 3, 0, 56, 0x20, 0x01, 0x00, 0x0c, 0, 0, 0, 0,
                                         0,   0, 0, 0,  0,    0,    0,    0x02, 0, 0, 0, 0};
        NS_TEST_EXPECT_MSG_EQ(Hex(std::vector<uint8_t>(o.begin() + 64, o.end())),
                              Hex(expected),
                              "Mobility Information Option octets");

        NS_TEST_EXPECT_MSG_EQ(Hex(Mio(t.ras.back().icmp)),
                              Hex(expected),
                              "configured information still advertised at the end");
        NS_TEST_EXPECT_MSG_EQ(t.app->IsAdvertisingMobilityInfo(), true, "advertising");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityServer(), MS_ADDRESS, "MS");
        NS_TEST_EXPECT_MSG_EQ(+t.app->GetMobilityNetworkPrefixLength(), 56, "plen");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetRouterAdvertisementsSent(), t.sent.size(), "counter");
        NS_TEST_EXPECT_MSG_EQ(std::count(t.sentWithInfo.begin(), t.sentWithInfo.end(), true),
                              static_cast<long>(t.sent.size()),
                              "traced withMobilityInfo");
        Simulator::Destroy();
    }
};

/// Test 2: H's own ns-3 stack configures itself from the advertisements.
class SlaacTest : public TestCase
{
  public:
    SlaacTest()
        : TestCase("ns-3 SLAAC forms an address from the prefix despite the MIO; SLLA and "
                   "default route taken; H reaches MS through R")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        // "Prefix" :: advertises the prefix of R's global address 2001:a::1/64.
        t.app->SetAttribute("Mtu", UintegerValue(1500));
        t.app->SetAttribute("MobilityServerAddress", Ipv6AddressValue(MS_ADDRESS));
        t.app->SetAttribute("MobilityNetworkPrefixLength", UintegerValue(64));
        Ipv6Address expected = Ipv6Address::MakeAutoconfiguredAddress(
            Mac48Address::ConvertFrom(t.hDevice->GetAddress()),
            ACCESS_PREFIX);

        uint32_t received = 0;
        Ptr<Socket> sink = Socket::CreateSocket(t.Ms(), UdpSocketFactory::GetTypeId());
        sink->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        Ipv6Address from;
        sink->SetRecvCallback(Callback<void, Ptr<Socket>>([&received, &from](Ptr<Socket> s) {
            Address a;
            while (s->RecvFrom(a))
            {
                ++received;
                from = Inet6SocketAddress::ConvertFrom(a).GetIpv6();
            }
        }));
        bool hasAddress = false;
        Simulator::Schedule(Seconds(2.5), [&]() {
            Ptr<Ipv6Interface> iface = t.Ip(t.H())->GetInterface(1);
            for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
            {
                hasAddress = hasAddress || iface->GetAddress(i).GetAddress() == expected;
            }
            Ptr<Socket> s = Socket::CreateSocket(t.H(), UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(10), 0, Inet6SocketAddress(MS_ADDRESS, 9));
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();

        HMIPV6_REQUIRE_GT(t.ras.size(), 0u, "advertisements reached H");
        NS_TEST_EXPECT_MSG_EQ(Mio(t.ras.front().icmp).size(), 24u, "they carry the MIO");
        NS_TEST_EXPECT_MSG_EQ(hasAddress, true, "H formed " << expected << " (SLAAC)");
        NdiscCache::Entry* entry =
            t.Ip(t.H())->GetInterface(1)->GetNdiscCache()->Lookup(t.RLinkLocal());
        HMIPV6_REQUIRE_NE(entry, nullptr, "H's neighbour cache knows R");
        NS_TEST_EXPECT_MSG_EQ(entry->GetMacAddress(),
                              Address(t.rDevice->GetAddress()),
                              "from the Source Link-Layer Address option");
        Ipv6StaticRoutingHelper rh;
        Ipv6RoutingTableEntry route = rh.GetStaticRouting(t.Ip(t.H()))->GetDefaultRoute();
        NS_TEST_EXPECT_MSG_EQ(route.GetGateway(), t.RLinkLocal(), "default router R");
        NS_TEST_EXPECT_MSG_EQ(received, 1u, "H's packet reached MS through R");
        NS_TEST_EXPECT_MSG_EQ(from, expected, "from the autoconfigured address");
        Simulator::Destroy();
    }
};

/// Test 3: unsolicited advertisement intervals.
class IntervalTest : public TestCase
{
  public:
    IntervalTest()
        : TestCase("unsolicited RAs: first within MaxRtrAdvInterval, intervals in [30, 70] ms, "
                   "mean 50 ms; H's RS answered by the next unsolicited RA")
    {
    }

  private:
    void DoRun() override
    {
        Topology t; // defaults: 30 ms / 70 ms, MinDelayBetweenRas 3 s
        Simulator::Stop(Seconds(10));
        Simulator::Run();

        HMIPV6_REQUIRE_GT(t.sent.size(), 100u, "advertisements sent");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(t.sent.front(), MilliSeconds(70), "first within Max");
        Time total = t.sent.back() - t.sent.front();
        size_t n = t.sent.size() - 1;
        Time shortest = Seconds(1);
        Time longest = Seconds(0);
        for (size_t i = 1; i < t.sent.size(); ++i)
        {
            shortest = std::min(shortest, t.sent[i] - t.sent[i - 1]);
            longest = std::max(longest, t.sent[i] - t.sent[i - 1]);
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(shortest, MilliSeconds(30), "MinRtrAdvInterval");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(longest, MilliSeconds(70), "MaxRtrAdvInterval");
        // Uniform on [30, 70] ms: mean 50 ms, standard deviation 40/sqrt(12) = 11.5 ms;
        // with about 200 intervals the mean's standard error is 0.8 ms, so 4 ms is about
        // five standard errors (the streams are fixed, so the run is reproducible anyway).
        double mean = total.GetSeconds() / n;
        NS_TEST_EXPECT_MSG_EQ_TOL(mean, 0.050, 0.004, "mean interval");
        // ns-3 sends an RS when H's link-local address is ready (after DAD, ~1 s); the next
        // unsolicited RA, at most 70 ms later, comes before any solicited one could
        // (MinDelayBetweenRas 3 s), so none is scheduled (RFC 4861 6.2.6).
        NS_TEST_EXPECT_MSG_GT_OR_EQ(t.app->GetRouterSolicitationsReceived(), 1u, "RS received");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetSolicitedRouterAdvertisementsSent(), 0u, "no solicited RA");
        NS_TEST_EXPECT_MSG_EQ(t.ras.size(), t.sent.size(), "all reached H");
        Simulator::Destroy();
    }
};

/// Test 4: solicited advertisements.
class SolicitationTest : public TestCase
{
  public:
    SolicitationTest()
        : TestCase("RS answered within SolicitedRaDelay, rate-limited by MinDelayBetweenRas; "
                   "invalid RSs dropped")
    {
    }

  private:
    /// The first RA H received at or after a time.
    static const CapturedRa* FirstAfter(const Topology& t, Time from)
    {
        for (const CapturedRa& ra : t.ras)
        {
            if (ra.at >= from)
            {
                return &ra;
            }
        }
        return nullptr;
    }

    void DoRun() override
    {
        Topology t;
        // RFC 4861's intervals, so that answers are the solicited advertisements.
        t.app->SetAttribute("MinRtrAdvInterval", TimeValue(Seconds(200)));
        t.app->SetAttribute("MaxRtrAdvInterval", TimeValue(Seconds(600)));
        Ptr<Icmpv6L4Protocol> icmp = t.H()->GetObject<Icmpv6L4Protocol>();
        auto sendRs = [&t, icmp]() {
            icmp->SendRS(t.HLinkLocal(),
                         Ipv6Address::GetAllRoutersMulticast(),
                         t.hDevice->GetAddress());
        };
        // H's stack sends its own RS at about 1 s (link-local DAD over); then more.
        Simulator::Schedule(Seconds(5), sendRs);
        Simulator::Schedule(Seconds(6), sendRs); // within MinDelayBetweenRas of the answer
        // Invalid solicitations: hop limit 64 (Ipv6L3Protocol's default), bad checksum.
        auto sendBad = [&t](bool badChecksum) {
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(Icmpv6OptionLinkLayerAddress(true, t.hDevice->GetAddress()));
            Icmpv6RS rs;
            Ipv6Address src = t.HLinkLocal();
            Ipv6Address dst = Ipv6Address::GetAllRoutersMulticast();
            hmipv6::SetIcmpv6Checksum(rs,
                                      badChecksum ? Ipv6Address("fe80::1") : src,
                                      dst,
                                      p->GetSize() + rs.GetSerializedSize());
            p->AddHeader(rs);
            if (badChecksum)
            {
                SocketIpv6HopLimitTag tag;
                tag.SetHopLimit(255);
                p->AddPacketTag(tag);
            }
            t.Ip(t.H())->Send(p, src, dst, 58, nullptr);
        };
        Simulator::Schedule(Seconds(12), [sendBad]() { sendBad(false); });
        Simulator::Schedule(Seconds(12.5), [sendBad]() { sendBad(true); });
        Simulator::Stop(Seconds(14));
        Simulator::Run();

        HMIPV6_REQUIRE_EQ(t.rsReceived.size(), 3u, "three valid RSs at R");
        NS_TEST_EXPECT_MSG_LT(t.rsReceived[0], Seconds(2), "ns-3's own RS");
        // First answers: within SolicitedRaDelay (0.5 s) plus the link delay.
        for (size_t i = 0; i < 2; ++i)
        {
            const CapturedRa* ra = FirstAfter(t, t.rsReceived[i]);
            HMIPV6_REQUIRE_NE(ra, nullptr, "RS " << i << " answered");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(ra->at - t.rsReceived[i],
                                        MilliSeconds(500) + LINK_DELAY,
                                        "RS " << i << " answered within MAX_RA_DELAY_TIME");
            NS_TEST_EXPECT_MSG_EQ(ra->destination, Ipv6Address("ff02::1"), "multicast answer");
            NS_TEST_EXPECT_MSG_EQ(+ra->hopLimit, 255, "hop limit 255");
        }
        // Third: MinDelayBetweenRas (3 s) plus the random delay after the previous RA.
        const CapturedRa* previous = FirstAfter(t, t.rsReceived[1]);
        const CapturedRa* third = FirstAfter(t, t.rsReceived[2]);
        HMIPV6_REQUIRE_NE(third, nullptr, "RS 2 answered");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(third->at - previous->at, Seconds(3), "rate limited");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(third->at - previous->at,
                                    MilliSeconds(3500),
                                    "3 s + at most MAX_RA_DELAY_TIME");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetSolicitedRouterAdvertisementsSent(), 3u, "three answers");
        NS_TEST_EXPECT_MSG_EQ(t.ras.size(), 3u, "no unsolicited RA: the first is far away");
        HMIPV6_REQUIRE_EQ(t.drops.size(), 2u, "two invalid RSs dropped");
        NS_TEST_EXPECT_MSG_EQ(t.drops[0], "Router Solicitation hop limit is not 255", "reason");
        NS_TEST_EXPECT_MSG_EQ(t.drops[1], "Router Solicitation checksum", "reason");
        NS_TEST_EXPECT_MSG_EQ(t.reasons[0], hmipv6::DropReason::MALFORMED, "hop limit: malformed");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetDroppedCount(), 2u, "counted");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetRouterSolicitationsReceived(), 3u, "valid ones counted");
        Simulator::Destroy();
    }
};

/// Test 5: learning the MS from a Mobility Information packet.
class LearningTest : public TestCase
{
  public:
    LearningTest()
        : TestCase("Mobility Information packet -> subsequent RAs carry the MIO with that MS")
    {
    }

  private:
    void DoRun() override
    {
        Topology t; // no configured MS
        t.SendInfo(Seconds(1), MS_ADDRESS, 48);
        Simulator::Stop(Seconds(2));
        Simulator::Run();

        Time learntAt = Seconds(1) + LINK_DELAY;
        std::vector<CapturedRa> before = t.RasBetween(Seconds(0), learntAt);
        std::vector<CapturedRa> after = t.RasBetween(learntAt, Seconds(2));
        HMIPV6_REQUIRE_GT(before.size(), 5u, "RAs before");
        HMIPV6_REQUIRE_GT(after.size(), 5u, "RAs after");
        bool anyBefore = false;
        for (const CapturedRa& ra : before)
        {
            anyBefore = anyBefore || !Mio(ra.icmp).empty();
        }
        NS_TEST_EXPECT_MSG_EQ(anyBefore, false, "no MIO before anything was learnt");
        for (const CapturedRa& ra : after)
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)), Hex(ExpectedMio(MS_ADDRESS, 48)), "MIO after");
        }
        // AdvertiseOnChange: the next RA at most MinRtrAdvInterval after the change.
        NS_TEST_EXPECT_MSG_LT_OR_EQ(after.front().at - learntAt,
                                    MilliSeconds(30) + LINK_DELAY,
                                    "advertised without waiting for the interval");
        // Only the RAs sent early enough to arrive before the run stops were captured.
        size_t withInfo = 0;
        for (size_t i = 0; i < t.sent.size(); ++i)
        {
            withInfo += t.sentWithInfo[i] && t.sent[i] + LINK_DELAY < Seconds(2) ? 1 : 0;
        }
        NS_TEST_EXPECT_MSG_EQ(withInfo, after.size(), "traced withMobilityInfo after learning");
        HMIPV6_REQUIRE_EQ(t.learnt.size(), 1u, "MobilityInfoLearnt");
        NS_TEST_EXPECT_MSG_EQ(t.learnt[0].first, MS_ADDRESS, "MS");
        NS_TEST_EXPECT_MSG_EQ(+t.learnt[0].second, 48, "plen");
        NS_TEST_EXPECT_MSG_EQ(t.app->IsAdvertisingMobilityInfo(), true, "advertising");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityServer(), MS_ADDRESS, "GetMobilityServer");
        NS_TEST_EXPECT_MSG_EQ(+t.app->GetMobilityNetworkPrefixLength(), 48, "prefix length");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityInfoReceived(), 1u, "counted");
        NS_TEST_EXPECT_MSG_EQ(t.drops.size(), 0u, "no drop");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn.size(), 0u, "nothing withdrawn");
        Simulator::Destroy();
    }
};

/// Test 6: withdrawal (draft 4.1) and resumption.
class WithdrawalTest : public TestCase
{
  public:
    WithdrawalTest()
        : TestCase("MS :: or plen 0 stops the MIO (MobilityInfoWithdrawn); a valid packet "
                   "resumes it; another MS replaces it")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        t.SendInfo(Seconds(1), MS_ADDRESS, 48);
        t.SendInfo(Seconds(2), Ipv6Address::GetAny(), 48); // withdraws
        t.SendInfo(Seconds(3), OTHER_MS, 40);              // resumes
        t.SendInfo(Seconds(3.5), THIRD_MS, 40);            // replaces
        t.SendInfo(Seconds(4), THIRD_MS, 0);               // withdraws
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        // Windows start 32 ms after each change: the packet's 1 ms, then at most
        // MinRtrAdvInterval (AdvertiseOnChange) and the RA's 1 ms.
        struct Window
        {
            Time from;
            Time to;
            std::vector<uint8_t> mio;
        };

        const Time settle = MilliSeconds(32);
        std::vector<Window> windows = {
            {Seconds(1) + settle, Seconds(2), ExpectedMio(MS_ADDRESS, 48)},
            {Seconds(2) + settle, Seconds(3), {}},
            {Seconds(3) + settle, Seconds(3.5), ExpectedMio(OTHER_MS, 40)},
            {Seconds(3.5) + settle, Seconds(4), ExpectedMio(THIRD_MS, 40)},
            {Seconds(4) + settle, Seconds(5), {}},
        };
        for (size_t w = 0; w < windows.size(); ++w)
        {
            std::vector<CapturedRa> ras = t.RasBetween(windows[w].from, windows[w].to);
            HMIPV6_REQUIRE_GT(ras.size(), 3u, "RAs in window " << w);
            for (const CapturedRa& ra : ras)
            {
                NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)), Hex(windows[w].mio), "window " << w);
                NS_TEST_EXPECT_MSG_EQ(+Options(ra.icmp).front().type, 3, "prefix still there");
            }
        }
        HMIPV6_REQUIRE_EQ(t.withdrawn.size(), 3u, "MobilityInfoWithdrawn");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].first, MS_ADDRESS, "first MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].second, "withdrawn", "by MS ::");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[1].first, OTHER_MS, "second MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[1].second, "replaced", "by a third MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[2].first, THIRD_MS, "third MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[2].second, "withdrawn", "by plen 0");
        NS_TEST_EXPECT_MSG_EQ(t.learnt.size(), 3u, "three MSs learnt");
        NS_TEST_EXPECT_MSG_EQ(t.app->IsAdvertisingMobilityInfo(), false, "stopped");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityServer(), Ipv6Address::GetAny(), "no MS");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityInfoReceived(), 5u, "all accepted");
        Simulator::Destroy();
    }
};

/// Test 7: expiry of learnt information.
class ExpiryTest : public TestCase
{
  public:
    ExpiryTest()
        : TestCase("learnt information expires MobilityInfoLifetime after the last packet")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        t.app->SetAttribute("MobilityInfoLifetime", TimeValue(Seconds(2)));
        t.SendInfo(Seconds(1), MS_ADDRESS, 48);
        t.SendInfo(Seconds(2.5), MS_ADDRESS, 48); // refresh: expiry at 4.5 s (+1 ms)
        Simulator::Stop(Seconds(6));
        Simulator::Run();

        HMIPV6_REQUIRE_EQ(t.withdrawn.size(), 1u, "expired once");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].first, MS_ADDRESS, "MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].second, "expired", "reason");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawnAt[0], Seconds(4.5) + LINK_DELAY, "2 s after refresh");
        for (const CapturedRa& ra : t.RasBetween(Seconds(1.1), Seconds(4.5)))
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)),
                                  Hex(ExpectedMio(MS_ADDRESS, 48)),
                                  "advertised");
        }
        std::vector<CapturedRa> late = t.RasBetween(Seconds(4.55), Seconds(6));
        HMIPV6_REQUIRE_GT(late.size(), 10u, "RAs continue");
        for (const CapturedRa& ra : late)
        {
            NS_TEST_EXPECT_MSG_EQ(Mio(ra.icmp).size(), 0u, "no MIO after expiry");
        }
        NS_TEST_EXPECT_MSG_EQ(t.app->IsAdvertisingMobilityInfo(), false, "stopped");
        NS_TEST_EXPECT_MSG_EQ(t.learnt.size(), 2u, "learnt twice (refresh)");
        Simulator::Destroy();
    }
};

/// Test 8: malformed or misaddressed Mobility Information.
class MalformedTest : public TestCase
{
  public:
    MalformedTest()
        : TestCase("malformed Mobility Information (olen 18, plen 129) and multicast ones are "
                   "counted, traced, and change nothing")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        t.SendInfo(Seconds(1), MS_ADDRESS, 48);
        uint8_t other[16];
        OTHER_MS.Serialize(other);
        // olen 18: 18 octets of option data, then a PadN of 2 octets; 24 octets in all.
        std::vector<uint8_t> shortOption = {59, 2, 0x1E, 18, 0, 0, 0, 40};
        shortOption.insert(shortOption.end(), other, other + 14);
        shortOption.insert(shortOption.end(), {1, 0});
        t.SendRawInfo(Seconds(2), shortOption);
        // plen 129.
        std::vector<uint8_t> badPlen = {59, 2, 0x1E, 20, 0, 0, 0, 129};
        badPlen.insert(badPlen.end(), other, other + 16);
        t.SendRawInfo(Seconds(2.5), badPlen);
        // Well formed, but to all nodes of the core link.
        t.SendInfo(Seconds(3), OTHER_MS, 40, Ipv6Address::GetAllNodesMulticast());
        Simulator::Stop(Seconds(4));
        Simulator::Run();

        HMIPV6_REQUIRE_EQ(t.drops.size(), 3u, "three drops");
        NS_TEST_EXPECT_MSG_EQ(t.drops[0].rfind("malformed Mobility Information", 0),
                              0u,
                              "olen 18: " << t.drops[0]);
        NS_TEST_EXPECT_MSG_EQ(t.drops[1].rfind("malformed Mobility Information", 0),
                              0u,
                              "plen 129: " << t.drops[1]);
        NS_TEST_EXPECT_MSG_EQ(t.drops[2],
                              "Mobility Information not addressed to this router",
                              "multicast");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetDroppedCount(), 3u, "counted");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityInfoReceived(), 1u, "only the valid one");
        NS_TEST_EXPECT_MSG_EQ(t.learnt.size(), 1u, "learnt once");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn.size(), 0u, "nothing withdrawn");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityServer(), MS_ADDRESS, "state unchanged");
        NS_TEST_EXPECT_MSG_EQ(+t.app->GetMobilityNetworkPrefixLength(), 48, "plen unchanged");
        std::vector<CapturedRa> late = t.RasBetween(Seconds(2), Seconds(4));
        HMIPV6_REQUIRE_GT(late.size(), 10u, "RAs continue");
        for (const CapturedRa& ra : late)
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)), Hex(ExpectedMio(MS_ADDRESS, 48)), "same MIO");
        }
        Simulator::Destroy();
    }
};

/// Test 9: several servers speak to one router; only trusted ones are heard.
class SeveralServersTest : public TestCase
{
  public:
    SeveralServersTest()
        : TestCase("several trusted servers: the choice is stable (preference, then lowest "
                   "address) and changes only with the set; untrusted senders are dropped")
    {
    }

  private:
    void DoRun() override
    {
        Topology t;
        t.app->AddTrustedMobilityServer(OTHER_MS); // MS_ADDRESS comes from the attribute
        // MS_ADDRESS (2001:c::2) and OTHER_MS (::3) alternate every 250 ms for 6 s.
        for (int i = 0; i < 24; ++i)
        {
            Time at = Seconds(1) + MilliSeconds(250 * i);
            t.SendInfo(at,
                       i % 2 ? MS_ADDRESS : OTHER_MS,
                       64,
                       R_CORE,
                       i % 2 ? MS_ADDRESS : OTHER_MS);
        }
        // An untrusted sender (THIRD_MS, ::4) names itself with a lower address's rank.
        t.SendInfo(Seconds(3), THIRD_MS, 64, R_CORE, THIRD_MS);
        // MS_ADDRESS withdraws at 8 s: OTHER_MS (its 6.5 s information lasts to 9.5 s).
        t.SendInfo(Seconds(8), Ipv6Address::GetAny(), 0, R_CORE, MS_ADDRESS);
        t.SendInfo(Seconds(9), OTHER_MS, 64, R_CORE, OTHER_MS);
        // MS_ADDRESS back at 10 s: it is chosen again.
        t.SendInfo(Seconds(10), MS_ADDRESS, 64, R_CORE, MS_ADDRESS);
        // OTHER_MS is preferred from 11 s.
        Simulator::Schedule(Seconds(11), [&t]() { t.app->AddTrustedMobilityServer(OTHER_MS, 1); });
        Simulator::Stop(Seconds(12));
        Simulator::Run();

        const Time settle = MilliSeconds(32);
        for (const CapturedRa& ra : t.RasBetween(Seconds(1.25) + settle, Seconds(8)))
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)),
                                  Hex(ExpectedMio(MS_ADDRESS, 64)),
                                  "the lower address, whoever spoke last");
        }
        for (const CapturedRa& ra : t.RasBetween(Seconds(8) + settle, Seconds(10)))
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)), Hex(ExpectedMio(OTHER_MS, 64)), "failover");
        }
        for (const CapturedRa& ra : t.RasBetween(Seconds(10) + settle, Seconds(11)))
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)), Hex(ExpectedMio(MS_ADDRESS, 64)), "back");
        }
        for (const CapturedRa& ra : t.RasBetween(Seconds(11) + settle, Seconds(12)))
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(Mio(ra.icmp)),
                                  Hex(ExpectedMio(OTHER_MS, 64)),
                                  "the preferred one");
        }
        // MS_ADDRESS (from 1.25 s, once OTHER_MS spoke first), OTHER_MS at 8 s, MS_ADDRESS
        // at 10 s, OTHER_MS at 11 s: four changes, no flip-flop.
        HMIPV6_REQUIRE_EQ(t.withdrawn.size(), 4u, "changes of the advertised MS");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].first, OTHER_MS, "the first speaker");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[0].second, "replaced", "by a lower address");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[1].first, MS_ADDRESS, "withdrawn");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[1].second, "withdrawn", "reason");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[2].first, OTHER_MS, "replaced again");
        NS_TEST_EXPECT_MSG_EQ(t.withdrawn[3].first, MS_ADDRESS, "by preference");
        HMIPV6_REQUIRE_EQ(t.drops.size(), 1u, "the untrusted one");
        NS_TEST_EXPECT_MSG_EQ(t.drops[0], "Mobility Information from an untrusted sender", "why");
        NS_TEST_EXPECT_MSG_EQ(t.reasons[0], hmipv6::DropReason::UNAUTHENTICATED, "reason");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetMobilityServerList().GetN(), 2u, "one entry per MS");
        NS_TEST_EXPECT_MSG_EQ(t.app->GetTrustedMobilityServers().size(), 2u, "trusted");
        Simulator::Destroy();
    }
};

/// The suite.
class MobilityInfoRouterAdvertiserTestSuite : public TestSuite
{
  public:
    MobilityInfoRouterAdvertiserTestSuite()
        : TestSuite("hmipv6-router-advertiser")
    {
        AddTestCase(new LayoutTest);
        AddTestCase(new SlaacTest);
        AddTestCase(new IntervalTest);
        AddTestCase(new SolicitationTest);
        AddTestCase(new LearningTest);
        AddTestCase(new WithdrawalTest);
        AddTestCase(new ExpiryTest);
        AddTestCase(new MalformedTest);
        AddTestCase(new SeveralServersTest);
    }
};

MobilityInfoRouterAdvertiserTestSuite g_mobilityInfoRouterAdvertiserTestSuite; //!< instance

} // namespace
