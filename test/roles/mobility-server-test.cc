// SPDX-License-Identifier: GPL-2.0-only
// MobilityServer (draft 4.3) against hand-built registration messages sent as real packets.
//
//   [Mobility Network 1, 2001:10::/64: MS1 ::1, X ::50, OWNER ::77:77] --1ms-- R
//   [Mobility Network 2, 2001:30::/64: MS2 ::1]                        --1ms-- R
//   [access link 2001:20::/64: H ::5 (LCoA1) and ::6 (LCoA2)]          --2ms-- R
//
// H plays the mobile host: it sends the registrations from its LCoA and holds its GCoAs
// (/128) on a tunnel interface, as a mobile node holds its home address, so that the
// packets the MS tunnels to it are decapsulated and delivered to its UDP socket (port 9).
// X is a correspondent on Mobility Network 1. ns-3 routers drop 2001:db8::/32, hence
// these prefixes.
#include "role-test-util.h"

#include "ns3/binding-ack-header.h"
#include "ns3/destination-options-reader.h"
#include "ns3/draft-message-authentication.h"
#include "ns3/handoff-request-header.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/mobility-server.h"
#include "ns3/nd-proxy.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-header.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <string>
#include <type_traits>
#include <vector>

using namespace ns3;

/**
 * \brief Assert a container's size and end the test case cleanly if it is wrong: the test
 *        runner goes on after a failed NS_TEST_ASSERT, and the checks that follow index it.
 * \param container the container
 * \param n the expected size
 * \param msg the message
 */
#define MS_TEST_REQUIRE_SIZE(container, n, msg) HMIPV6_REQUIRE_EQ((container).size(), (n), msg)

namespace
{

const Ipv6Address MS1_ADDRESS("2001:10::1");
const Ipv6Address MS2_ADDRESS("2001:30::1");
const Ipv6Address R_MN1("2001:10::ff");
const Ipv6Address X_ADDRESS("2001:10::50");
const Ipv6Address LCOA1("2001:20::5");
const Ipv6Address LCOA2("2001:20::6");
const Ipv6Address HOME("2001:1::1234:5678:9abc:def0");
const Ipv6Address GCOA1("2001:10::1234:5678:9abc:def0"); //!< HOME at MS1, by hand
const Ipv6Address GCOA2("2001:30::1234:5678:9abc:def0"); //!< HOME at MS2, by hand
const Ipv6Address TAKEN_HOME("2001:1::77:77");           //!< its GCoA at MS1 is OWNER's
const Ipv6Address TAKEN_GCOA("2001:10::77:77");
const Ipv6Address TWIN_HOME("2001:2::1234:5678:9abc:def0"); //!< same GCoA as HOME
const Ipv6Address OTHER_HOME("2001:1::99");
const Ipv6Address BAD_HOME("2001:1::bad"); //!< refused by the authorization hook

/// An acknowledgement H received.
struct Ack
{
    Time at;            //!< arrival
    Ipv6Address from;   //!< IPv6 source
    Ipv6Address to;     //!< IPv6 destination
    uint8_t status;     //!< Status
    uint16_t seq;       //!< Sequence Number
    Time lifetime;      //!< Lifetime
    bool routingHeader; //!< whether a routing header preceded the Mobility Header
};

/// An IPv6-in-IPv6 packet H received on its access interface.
struct Tunnelled
{
    Time at;              //!< arrival
    Ipv6Address outerSrc; //!< tunnel header source
    Ipv6Address outerDst; //!< tunnel header destination
    uint8_t hopLimit;     //!< tunnel header Hop Limit
    uint8_t innerNext;    //!< Next Header of the inner packet
};

/// The topology and the recorders.
class MsTopology
{
  public:
    NodeContainer nodes;                     //!< H, R, MS1, X, OWNER, MS2
    Ptr<MobilityServer> ms1;                 //!< MS on Mobility Network 1
    Ptr<MobilityServer> ms2;                 //!< MS on Mobility Network 2
    std::vector<Ack> acks;                   //!< BAs received by H
    std::vector<Tunnelled> tunnelled;        //!< protocol 41 packets received by H
    std::vector<Time> delivered;             //!< UDP packets H's socket received
    std::vector<std::string> ms1Drops;       //!< MS1 drop reasons
    std::vector<hmipv6::DropReason> reasons; //!< their reasons
    std::vector<Ipv6Address> ms1Expired;     //!< MS1 expiries (home addresses)
    Ptr<Socket> sink;                        //!< H's UDP socket

    Ptr<Node> H()
    {
        return nodes.Get(0);
    }

    Ptr<Node> R()
    {
        return nodes.Get(1);
    }

    Ptr<Node> Ms1()
    {
        return nodes.Get(2);
    }

    Ptr<Node> X()
    {
        return nodes.Get(3);
    }

    Ptr<Node> Owner()
    {
        return nodes.Get(4);
    }

    Ptr<Node> Ms2()
    {
        return nodes.Get(5);
    }

    static Ptr<Ipv6L3Protocol> Ip(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    static void AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address)
    {
        Ptr<SimpleNetDevice> device = CreateObject<SimpleNetDevice>();
        device->SetAddress(Mac48Address::Allocate());
        device->SetChannel(channel);
        node->AddDevice(device);
        uint32_t i = Ip(node)->AddInterface(device);
        Ip(node)->AddAddress(i, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
        Ip(node)->SetUp(i);
    }

    static Ptr<MobilityServer> MakeServer(Ptr<Node> node, std::string mode)
    {
        Ptr<MobilityServer> ms = CreateObject<MobilityServer>();
        ms->SetAttribute("ProxyReplyDelay", StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        ms->SetAttribute("MaxLifetime", TimeValue(Seconds(200)));
        ms->SetAttribute("DeliveryMode", StringValue(mode));
        node->AddApplication(ms);
        ms->SetStartTime(Seconds(0));
        return ms;
    }

    explicit MsTopology(std::string mode = "Encapsulate")
    {
        nodes.Create(6);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(nodes);
        Ptr<SimpleChannel> mn1 = CreateObject<SimpleChannel>();
        mn1->SetAttribute("Delay", TimeValue(MilliSeconds(1)));
        Ptr<SimpleChannel> mn2 = CreateObject<SimpleChannel>();
        mn2->SetAttribute("Delay", TimeValue(MilliSeconds(1)));
        Ptr<SimpleChannel> access = CreateObject<SimpleChannel>();
        access->SetAttribute("Delay", TimeValue(MilliSeconds(2)));
        AddDevice(H(), access, LCOA1);
        Ip(H())->AddAddress(1, Ipv6InterfaceAddress(LCOA2, Ipv6Prefix(64)));
        AddDevice(R(), access, Ipv6Address("2001:20::ff"));
        AddDevice(R(), mn1, R_MN1);
        AddDevice(R(), mn2, Ipv6Address("2001:30::ff"));
        AddDevice(Ms1(), mn1, MS1_ADDRESS);
        AddDevice(X(), mn1, X_ADDRESS);
        AddDevice(Owner(), mn1, TAKEN_GCOA);
        AddDevice(Ms2(), mn2, MS2_ADDRESS);
        for (uint32_t i = 1; i <= 3; ++i)
        {
            Ip(R())->SetForwarding(i, true);
        }
        Ipv6StaticRoutingHelper rh;
        rh.GetStaticRouting(Ip(H()))->SetDefaultRoute(Ipv6Address("2001:20::ff"), 1);
        rh.GetStaticRouting(Ip(Ms1()))->SetDefaultRoute(R_MN1, 1);
        rh.GetStaticRouting(Ip(X()))->SetDefaultRoute(R_MN1, 1);
        rh.GetStaticRouting(Ip(Ms2()))->SetDefaultRoute(Ipv6Address("2001:30::ff"), 1);

        // H: the glue for Binding Acknowledgements, its GCoAs on a tunnel interface.
        MobilityGlueHelper glue;
        glue.Install(H());
        glue.Install(R());
        // The MSs install it themselves at start; done here too so that tests can watch
        // their option handlers before the simulation runs.
        glue.Install(Ms1());
        glue.Install(Ms2());
        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel = glue.InstallTunnel(H());
        uint32_t ti = Ip(H())->GetInterfaceForDevice(tunnel);
        for (Ipv6Address a : {GCOA1, GCOA2})
        {
            Ip(H())->AddAddress(ti, Ipv6InterfaceAddress(a, Ipv6Prefix(128)));
        }
        H()->GetObject<hmipv6::MobilityL4Protocol>()->RegisterHandler(
            hmipv6::MobilityHeader::BINDING_ACK,
            Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                [this](Ptr<Packet> p, const Ipv6Header& h, uint32_t) {
                    hmipv6::BindingAckHeader ack;
                    p->PeekHeader(ack);
                    acks.push_back({Simulator::Now(),
                                    h.GetSource(),
                                    h.GetDestination(),
                                    ack.GetStatus(),
                                    ack.GetSequence(),
                                    ack.GetLifetime(),
                                    h.GetNextHeader() != hmipv6::MobilityL4Protocol::PROT_NUMBER});
                }));
        Ip(H())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv6>, uint32_t>(
                [this](Ptr<const Packet> p, Ptr<Ipv6>, uint32_t interface) {
                    Ptr<Packet> copy = p->Copy();
                    Ipv6Header outer;
                    copy->RemoveHeader(outer);
                    if (interface != 1 || outer.GetNextHeader() != 41)
                    {
                        return;
                    }
                    Ipv6Header inner;
                    copy->PeekHeader(inner);
                    tunnelled.push_back({Simulator::Now(),
                                         outer.GetSource(),
                                         outer.GetDestination(),
                                         outer.GetHopLimit(),
                                         inner.GetNextHeader()});
                }));
        sink = Socket::CreateSocket(H(), UdpSocketFactory::GetTypeId());
        sink->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        sink->SetRecvCallback(Callback<void, Ptr<Socket>>([this](Ptr<Socket> s) {
            while (s->Recv())
            {
                delivered.push_back(Simulator::Now());
            }
        }));

        ms1 = MakeServer(Ms1(), mode);
        ms2 = MakeServer(Ms2(), mode);
        ms1->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, hmipv6::DropReason, const std::string&>(
                [this](Ptr<const Packet>, hmipv6::DropReason why, const std::string& r) {
                    ms1Drops.push_back(r);
                    reasons.push_back(why);
                }));
        ms1->TraceConnectWithoutContext(
            "BindingExpired",
            Callback<void, Ipv6Address, Ipv6Address>(
                [this](Ipv6Address h, Ipv6Address) { ms1Expired.push_back(h); }));
        ms1->SetAuthorizationCallback(Callback<bool, Ipv6Address, Ipv6Address, uint8_t>(
            [](Ipv6Address home, Ipv6Address, uint8_t) { return home != BAD_HOME; }));

        // Neighbour caches warmed up both ways, so that timings show the protocol only.
        Simulator::Schedule(MilliSeconds(500), [this]() {
            for (auto [from, to] : {std::make_pair(H(), MS1_ADDRESS),
                                    std::make_pair(Ms1(), LCOA1),
                                    std::make_pair(H(), MS2_ADDRESS),
                                    std::make_pair(Ms2(), LCOA1),
                                    std::make_pair(X(), LCOA1),
                                    std::make_pair(Ms1(), MS2_ADDRESS)})
            {
                Ptr<Socket> s = Socket::CreateSocket(from, UdpSocketFactory::GetTypeId());
                s->SendTo(Create<Packet>(4), 0, Inet6SocketAddress(to, 7));
            }
        });
    }

    /**
     * \brief Build a registration message.
     * \tparam M the message class
     * \param seq sequence number
     * \param lifetime lifetime (s)
     * \param home home address
     * \param ack the A flag
     * \param malen prefix length
     * \return the message
     */
    template <class M>
    static M Make(uint16_t seq,
                  uint32_t lifetime,
                  Ipv6Address home,
                  bool ack = true,
                  uint8_t malen = 64)
    {
        M m;
        m.SetAcknowledgeRequested(ack);
        m.SetPrefixLength(malen);
        m.SetSequence(seq);
        m.SetLifetime(lifetime);
        m.SetHomeAddress(home);
        return m;
    }

    /**
     * \brief A node sends a header as a whole Destination Options header at a given time,
     *        authenticated as a host (registration messages) or a peer MS (Handoff
     *        Requests) with the default keys would (draft 5.2).
     * \param at when
     * \param from the node
     * \param src IPv6 source
     * \param dst IPv6 destination
     * \param message the header
     * \param sign whether to add the authentication sub-option
     */
    template <class M>
    static void Send(Time at,
                     Ptr<Node> from,
                     Ipv6Address src,
                     Ipv6Address dst,
                     M message,
                     bool sign = true)
    {
        Ptr<hmipv6::KeyChain> keys = CreateObject<hmipv6::KeyChain>();
        if (sign && std::is_same_v<M, HandoffRequestHeader>)
        {
            hmipv6::SignDraftMessage(message,
                                     *keys->Find(hmipv6::KeyChain::MS_MS, src, dst),
                                     src,
                                     dst);
        }
        else if (sign)
        {
            Ipv6Address domain = dst.CombinePrefix(Ipv6Prefix(64));
            auto association =
                keys->Find(hmipv6::KeyChain::MH_MS, message.GetHomeAddress(), domain);
            hmipv6::SignDraftMessage(message, *association, src, dst);
        }
        Simulator::Schedule(at, [from, src, dst, message]() {
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(message);
            Ip(from)->Send(p, src, dst, Ipv6Header::IPV6_EXT_DESTINATION, nullptr);
        });
    }

    /**
     * \brief A node sends octets as an IPv6 payload at a given time.
     * \param at when
     * \param from the node
     * \param src IPv6 source
     * \param dst IPv6 destination
     * \param octets the payload
     * \param protocol the IPv6 Next Header
     */
    static void SendOctets(Time at,
                           Ptr<Node> from,
                           Ipv6Address src,
                           Ipv6Address dst,
                           std::vector<uint8_t> octets,
                           uint8_t protocol = Ipv6Header::IPV6_EXT_DESTINATION)
    {
        Simulator::Schedule(at, [from, src, dst, octets, protocol]() {
            Ptr<Packet> p = Create<Packet>(octets.data(), octets.size());
            Ip(from)->Send(p, src, dst, protocol, nullptr);
        });
    }

    /**
     * \brief H registers with an MS from one of its LCoAs.
     * \param at when
     * \param message the message
     * \param ms the MS address
     * \param lcoa the source
     */
    template <class M>
    void Register(Time at, M message, Ipv6Address ms = MS1_ADDRESS, Ipv6Address lcoa = LCOA1)
    {
        Send(at, H(), lcoa, ms, message);
    }

    /**
     * \brief X sends a UDP datagram to port 9 of an address.
     *
     * Not at the instants of the MS's takeover announcements (binding time + k s): ns-3
     * 3.37's Icmpv6L4Protocol::HandleNA marks an INCOMPLETE entry STALE on an unsolicited
     * advertisement and never sends the packets queued for it, so X's first packet would
     * be lost if an announcement overtook its solicitation.
     * \param at when
     * \param dst the destination
     */
    void UdpFromX(Time at, Ipv6Address dst)
    {
        Simulator::Schedule(at, [this, dst]() {
            Ptr<Socket> s = Socket::CreateSocket(X(), UdpSocketFactory::GetTypeId());
            s->SendTo(Create<Packet>(20), 0, Inet6SocketAddress(dst, 9));
        });
    }

    /**
     * \brief X sends an IPv6-in-IPv6 packet to an address, whose inner packet is a UDP
     *        datagram (port 9) from X to the same address (as a home agent's tunnel to a
     *        GCoA looks).
     * \param at when
     * \param dst the destination
     */
    void EncapsulatedFromX(Time at, Ipv6Address dst)
    {
        Simulator::Schedule(at, [this, dst]() {
            Ptr<Packet> inner = Create<Packet>(20);
            UdpHeader udp;
            udp.SetSourcePort(4000);
            udp.SetDestinationPort(9);
            inner->AddHeader(udp);
            Ipv6Header ip;
            ip.SetSource(X_ADDRESS);
            ip.SetDestination(dst);
            ip.SetNextHeader(17);
            ip.SetHopLimit(64);
            ip.SetPayloadLength(inner->GetSize());
            inner->AddHeader(ip);
            Ip(X())->Send(inner, X_ADDRESS, dst, 41, nullptr);
        });
    }
};

/// Mobility Information packets at the configured period; Withdraw sends :: / 0.
class MobilityInfoTest : public TestCase
{
  public:
    MobilityInfoTest()
        : TestCase("Mobility Information to the routers every period; Withdraw sends :: and 0")
    {
    }

  private:
    /// One Mobility Information message read at R.
    struct Info
    {
        Time at;         //!< arrival
        Ipv6Address src; //!< IPv6 source
        Ipv6Address ms;  //!< MS address field
        uint8_t plen;    //!< prefix length field
        bool withdrawal; //!< IsWithdrawal
    };

    void DoRun() override
    {
        MsTopology t;
        t.ms1->SetAttribute("MobilityInfoInterval", TimeValue(MilliSeconds(500)));
        t.ms1->SetStartTime(Seconds(1));
        t.ms1->SetStopTime(Seconds(4));
        t.ms1->AddRouter(R_MN1);
        Simulator::Schedule(Seconds(3.2), &MobilityServer::Withdraw, t.ms1);
        std::vector<Info> infos;
        uint32_t sent = 0;
        t.ms1->TraceConnectWithoutContext(
            "MobilityInfoSent",
            Callback<void, Ipv6Address, bool>([&sent](Ipv6Address, bool) { ++sent; }));
        MobilityGlueHelper::GetOptionHandler(t.R(), MobilityInfoHeader::DEFAULT_OPTION_TYPE)
            ->TraceConnectWithoutContext(
                "Rx",
                Callback<void,
                         Ptr<const Packet>,
                         const Ipv6Header&,
                         uint8_t,
                         const std::vector<uint8_t>&>([&infos](Ptr<const Packet> p,
                                                               const Ipv6Header& h,
                                                               uint8_t,
                                                               const std::vector<uint8_t>&) {
                    MobilityInfoHeader m;
                    if (hmipv6::ReadDestinationOptionsMessage(p, h.GetNextHeader(), m))
                    {
                        infos.push_back({Simulator::Now(),
                                         h.GetSource(),
                                         m.GetMsAddress(),
                                         m.GetPrefixLength(),
                                         m.IsWithdrawal()});
                    }
                }));
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        MS_TEST_REQUIRE_SIZE(infos, 6u, "5 periodic messages and one withdrawal");
        for (uint32_t i = 0; i < 5; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ_TOL(infos[i].at,
                                      Seconds(1 + 0.5 * i + 0.001),
                                      MicroSeconds(100),
                                      "period of 500 ms, the first at start");
            NS_TEST_EXPECT_MSG_EQ(infos[i].src, MS1_ADDRESS, "from the MS");
            NS_TEST_EXPECT_MSG_EQ(infos[i].ms, MS1_ADDRESS, "MS address");
            NS_TEST_EXPECT_MSG_EQ(+infos[i].plen, 64, "prefix length");
            NS_TEST_EXPECT_MSG_EQ(infos[i].withdrawal, false, "not a withdrawal");
        }
        NS_TEST_EXPECT_MSG_EQ_TOL(infos[5].at, Seconds(3.201), MicroSeconds(100), "withdrawn");
        NS_TEST_EXPECT_MSG_EQ(infos[5].ms, Ipv6Address::GetAny(), "MS address ::");
        NS_TEST_EXPECT_MSG_EQ(+infos[5].plen, 0, "prefix length 0");
        NS_TEST_EXPECT_MSG_EQ(infos[5].withdrawal, true, "withdrawal");
        NS_TEST_EXPECT_MSG_EQ(sent, 6u, "traced");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetMobilityInfoSent(), 6u, "counted; stop sends no more");
        Simulator::Destroy();
    }
};

/// Registration with DAD, the GCoA, tunnelled delivery, deregistration.
class RegistrationTest : public TestCase
{
  public:
    RegistrationTest()
        : TestCase("Request -> DAD -> BA 0; GCoA built; UDP to GCoA tunnelled to LCoA; "
                   "deregistration")
    {
    }

  private:
    void DoRun() override
    {
        // The GCoA of a non-octet prefix length, by hand: 56 bits of prefix, 72 of home.
        Ptr<MobilityServer> odd = CreateObject<MobilityServer>();
        odd->SetAttribute("MobilityNetworkPrefix", Ipv6AddressValue("2001:10:0:ab00::"));
        odd->SetAttribute("MobilityNetworkPrefixLength", UintegerValue(56));
        NS_TEST_EXPECT_MSG_EQ(
            odd->MakeGlobalCareOf(Ipv6Address("2001:1:2:3cd:1234:5678:9abc:def0")),
            Ipv6Address("2001:10:0:abcd:1234:5678:9abc:def0"),
            "GCoA of a /56");
        odd = nullptr;

        MsTopology t;
        std::vector<Ipv6Address> created;
        std::vector<Ipv6Address> removed;
        t.ms1->TraceConnectWithoutContext(
            "BindingCreated",
            Callback<void, Ipv6Address, Ipv6Address, Ipv6Address, Time>(
                [&created](Ipv6Address, Ipv6Address g, Ipv6Address, Time) {
                    created.push_back(g);
                }));
        t.ms1->TraceConnectWithoutContext(
            "BindingRemoved",
            Callback<void, Ipv6Address, Ipv6Address>(
                [&removed](Ipv6Address h, Ipv6Address) { removed.push_back(h); }));
        // Requested 102 s: granted 100 s (4 s units).
        t.Register(Seconds(2), MsTopology::Make<RegistrationRequestHeader>(1, 102, HOME));
        Ipv6Address gcoa;
        Ipv6Address lcoa;
        bool proxy = false;
        bool divert = false;
        Simulator::Schedule(Seconds(3.5), [&]() {
            gcoa = t.ms1->GetGlobalCareOf(HOME);
            lcoa = t.ms1->GetLocalCareOf(HOME);
            proxy = t.Ms1()->GetObject<hmipv6::NdProxy>()->IsProxying(GCOA1, 1);
            divert = hmipv6::MobilityRoutingProtocol::Get(t.Ms1())->HasDivert(GCOA1);
        });
        t.UdpFromX(Seconds(4.25), GCOA1);
        t.EncapsulatedFromX(Seconds(4.5), GCOA1);
        // Deregistration (lifetime 0), then nothing is tunnelled any more.
        t.Register(Seconds(5), MsTopology::Make<RegistrationUpdateHeader>(2, 0, HOME));
        bool proxyAfter = true;
        bool divertAfter = true;
        Simulator::Schedule(Seconds(5.5), [&]() {
            proxyAfter = t.Ms1()->GetObject<hmipv6::NdProxy>()->IsProxying(GCOA1, 1);
            divertAfter = hmipv6::MobilityRoutingProtocol::Get(t.Ms1())->HasDivert(GCOA1);
        });
        t.UdpFromX(Seconds(6), GCOA1);
        Simulator::Stop(Seconds(8));
        Simulator::Run();

        MS_TEST_REQUIRE_SIZE(t.acks, 2u, "two acknowledgements reach H");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].seq, 1, "sequence echoed");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].lifetime, Seconds(100), "lifetime granted in 4 s units");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].from, MS1_ADDRESS, "from the MS address");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].to, LCOA1, "to the LCoA");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].routingHeader, false, "no type 2 routing header");
        // DAD: NdProxy's RetransTimer (1 s) plus H -> MS1 -> H (2 * 3 ms).
        NS_TEST_EXPECT_MSG_EQ_TOL(t.acks[0].at, Seconds(3.006), MilliSeconds(1), "after DAD");
        NS_TEST_EXPECT_MSG_EQ(gcoa, GCOA1, "GCoA: Mobility Network prefix + home IID");
        NS_TEST_EXPECT_MSG_EQ(lcoa, LCOA1, "LCoA: the Request's source");
        NS_TEST_EXPECT_MSG_EQ(proxy, true, "GCoA defended on the Mobility Network");
        NS_TEST_EXPECT_MSG_EQ(divert, true, "GCoA diverted into the tunnel");
        MS_TEST_REQUIRE_SIZE(created, 1u, "BindingCreated");
        NS_TEST_EXPECT_MSG_EQ(created[0], GCOA1, "with the GCoA");

        MS_TEST_REQUIRE_SIZE(t.tunnelled, 2u, "two tunnel packets reached H");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerSrc, MS1_ADDRESS, "tunnel from the MS");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerDst, LCOA1, "tunnel to the LCoA");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[0].innerNext, 17, "UDP inside");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[1].innerNext, 41, "Encapsulate: a second header");
        MS_TEST_REQUIRE_SIZE(t.delivered, 2u, "both UDP datagrams delivered to H");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsEncapsulated(), 2u, "encapsulated");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsRewritten(), 0u, "none rewritten");

        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 0, "deregistration accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[1].lifetime, Seconds(0), "lifetime 0");
        MS_TEST_REQUIRE_SIZE(removed, 1u, "BindingRemoved");
        NS_TEST_EXPECT_MSG_EQ(removed[0], HOME, "for the home address");
        NS_TEST_EXPECT_MSG_EQ(proxyAfter, false, "proxy removed");
        NS_TEST_EXPECT_MSG_EQ(divertAfter, false, "divert removed");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetNBindings(), 0u, "no binding");
        NS_TEST_EXPECT_MSG_EQ(t.delivered.size(), 2u, "nothing delivered after it");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetRequestsReceived(), 1u, "requests counted");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetUpdatesReceived(), 1u, "updates counted");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetAcksSent(), 2u, "acknowledgements counted");
        Simulator::Destroy();
    }
};

/// DAD failure and GCoA collisions.
class DadFailureTest : public TestCase
{
  public:
    DadFailureTest()
        : TestCase("GCoA in use on the Mobility Network -> 134, no binding; same GCoA -> 134")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t;
        t.Register(Seconds(2), MsTopology::Make<RegistrationRequestHeader>(7, 40, TAKEN_HOME));
        t.Register(Seconds(4), MsTopology::Make<RegistrationRequestHeader>(1, 40, HOME));
        // Another home address with HOME's interface identifier: its GCoA is taken.
        t.Register(Seconds(6), MsTopology::Make<RegistrationRequestHeader>(1, 40, TWIN_HOME));
        bool proxy = true;
        bool divert = true;
        Simulator::Schedule(Seconds(3.5), [&]() {
            proxy = t.Ms1()->GetObject<hmipv6::NdProxy>()->IsProxying(TAKEN_GCOA, 1);
            divert = hmipv6::MobilityRoutingProtocol::Get(t.Ms1())->HasDivert(TAKEN_GCOA);
        });
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        MS_TEST_REQUIRE_SIZE(t.acks, 3u, "three acknowledgements");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 134, "DAD failed");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].seq, 7, "sequence echoed");
        // OWNER answers the probe at once (RFC 4862 5.4.4): well before RetransTimer.
        NS_TEST_EXPECT_MSG_LT(t.acks[0].at, Seconds(2.1), "as soon as OWNER answers");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetGlobalCareOf(TAKEN_HOME), Ipv6Address::GetAny(), "none");
        NS_TEST_EXPECT_MSG_EQ(proxy, false, "not proxied");
        NS_TEST_EXPECT_MSG_EQ(divert, false, "not diverted");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 0, "HOME accepted");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[2].status, 134, "TWIN_HOME: GCoA bound to HOME");
        NS_TEST_EXPECT_MSG_EQ_TOL(t.acks[2].at, Seconds(6.006), MilliSeconds(1), "no DAD");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetNBindings(), 1u, "HOME's binding only");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetGlobalCareOf(TWIN_HOME), Ipv6Address::GetAny(), "none");
        Simulator::Destroy();
    }
};

/// An MS stopped while the DAD of a first registration runs leaves nothing behind.
class StopDuringDadTest : public TestCase
{
  public:
    StopDuringDadTest()
        : TestCase("stopped during DAD: the DAD ends, no probe, binding or ack afterwards")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t;
        Ptr<hmipv6::NdProxy> proxy;
        uint64_t probesAtStop = 0;
        bool runningAfterStop = true;
        std::vector<Time> results;
        // Three probes a second apart (RFC 4862 5.4): the DAD of the request of 2 s runs
        // from ~2.002 s to ~5.002 s; the MS stops at 2.5 s.
        Simulator::Schedule(Seconds(1.9), [&]() {
            proxy = t.Ms1()->GetObject<hmipv6::NdProxy>();
            proxy->SetAttribute("DupAddrDetectTransmits", UintegerValue(3));
            proxy->TraceConnectWithoutContext(
                "DadResult",
                Callback<void, Ipv6Address, bool>(
                    [&results](Ipv6Address, bool) { results.push_back(Simulator::Now()); }));
        });
        t.Register(Seconds(2), MsTopology::Make<RegistrationRequestHeader>(1, 40, HOME));
        t.ms1->SetStopTime(Seconds(2.5));
        Simulator::Schedule(Seconds(2.5) + MilliSeconds(1), [&]() {
            probesAtStop = proxy->GetNsSentCount();
            runningAfterStop = proxy->IsDadRunning(GCOA1, 1);
        });
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(probesAtStop, 1u, "one probe before the stop");
        NS_TEST_EXPECT_MSG_EQ(runningAfterStop, false, "the DAD ends with the MS");
        NS_TEST_EXPECT_MSG_EQ(proxy->GetNsSentCount(), probesAtStop, "no probe afterwards");
        NS_TEST_EXPECT_MSG_EQ(results.size(), 0u, "no DAD result afterwards");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetNBindings(), 0u, "no binding");
        NS_TEST_EXPECT_MSG_EQ(t.acks.size(), 0u, "no acknowledgement");
        NS_TEST_EXPECT_MSG_EQ(proxy->IsProxying(GCOA1, 1), false, "not defended");
        Simulator::Destroy();
    }
};

/// Sequence numbers, Update, Refresh, status codes, lifetime expiry.
class LifecycleTest : public TestCase
{
  public:
    LifecycleTest()
        : TestCase("stale -> 135; unregistered Update -> 133; auth -> 129; malen -> 128; "
                   "Update moves the exit; Refresh restarts the timer; expiry removes all")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t;
        using Req = RegistrationRequestHeader;
        using Upd = RegistrationUpdateHeader;
        using Ref = RegistrationRefreshHeader;
        t.Register(Seconds(2), MsTopology::Make<Req>(10, 20, HOME));        // 0, at ~3.006
        t.Register(Seconds(4), MsTopology::Make<Req>(5, 20, HOME));         // 135, seq 10
        t.Register(Seconds(4.1), MsTopology::Make<Upd>(1, 20, OTHER_HOME)); // 133
        t.Register(Seconds(4.2), MsTopology::Make<Upd>(11, 20, HOME), MS1_ADDRESS, LCOA2); // 0
        t.Register(Seconds(4.3), MsTopology::Make<Req>(1, 20, BAD_HOME));                  // 129
        t.Register(Seconds(4.4), MsTopology::Make<Req>(1, 20, OTHER_HOME, true, 48));      // 128
        Ipv6Address lcoa;
        Simulator::Schedule(Seconds(4.5), [&]() { lcoa = t.ms1->GetLocalCareOf(HOME); });
        t.UdpFromX(Seconds(5.25), GCOA1);
        // Without refreshes the binding would end at 24.2 s.
        t.Register(Seconds(20), MsTopology::Make<Ref>(12, 20, HOME), MS1_ADDRESS, LCOA2); // 0
        t.Register(Seconds(25), MsTopology::Make<Ref>(13, 20, HOME, false), MS1_ADDRESS, LCOA2);
        t.Register(Seconds(26), MsTopology::Make<Ref>(12, 20, HOME, false), MS1_ADDRESS, LCOA2);
        uint32_t bindingsAt30 = 0;
        Simulator::Schedule(Seconds(30), [&]() { bindingsAt30 = t.ms1->GetNBindings(); });
        t.UdpFromX(Seconds(30.25), GCOA1);
        uint32_t bindingsAt44 = 0;
        Simulator::Schedule(Seconds(44.9), [&]() { bindingsAt44 = t.ms1->GetNBindings(); });
        bool proxyAfter = true;
        bool divertAfter = true;
        Simulator::Schedule(Seconds(45.5), [&]() {
            proxyAfter = t.Ms1()->GetObject<hmipv6::NdProxy>()->IsProxying(GCOA1, 1);
            divertAfter = hmipv6::MobilityRoutingProtocol::Get(t.Ms1())->HasDivert(GCOA1);
        });
        t.UdpFromX(Seconds(46.25), GCOA1);
        Time expiredAt;
        t.ms1->TraceConnectWithoutContext(
            "BindingExpired",
            Callback<void, Ipv6Address, Ipv6Address>(
                [&expiredAt](Ipv6Address, Ipv6Address) { expiredAt = Simulator::Now(); }));
        Simulator::Stop(Seconds(48));
        Simulator::Run();

        MS_TEST_REQUIRE_SIZE(t.acks, 8u, "acknowledgements");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "registered");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 135, "stale sequence");
        NS_TEST_EXPECT_MSG_EQ(t.acks[1].seq, 10, "carries the last accepted sequence");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[2].status, 133, "Update from an unregistered host");
        NS_TEST_EXPECT_MSG_EQ(t.acks[2].seq, 1, "its sequence");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[3].status, 0, "Update accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[3].to, LCOA2, "acknowledged at the new LCoA");
        NS_TEST_EXPECT_MSG_EQ(t.acks[3].lifetime, Seconds(20), "lifetime");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[4].status, 129, "authorization refused");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[5].status, 128, "prefix length mismatch");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[6].status, 0, "Refresh accepted");
        NS_TEST_EXPECT_MSG_EQ(t.acks[6].seq, 12, "its sequence");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[7].status, 135, "stale Refresh, A clear, still answered");
        NS_TEST_EXPECT_MSG_EQ(t.acks[7].seq, 13, "the A-clear Refresh was accepted silently");
        NS_TEST_EXPECT_MSG_EQ(lcoa, LCOA2, "the Update moved the tunnel exit");

        MS_TEST_REQUIRE_SIZE(t.tunnelled, 2u, "two tunnel packets");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerDst, LCOA2, "to the new LCoA");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[1].outerDst, LCOA2, "still after the refresh");
        NS_TEST_EXPECT_MSG_EQ(t.delivered.size(), 2u, "delivered, not after expiry");
        NS_TEST_EXPECT_MSG_EQ(bindingsAt30, 1u, "binding survives its first expiry");
        NS_TEST_EXPECT_MSG_EQ(bindingsAt44, 1u, "and the second refresh's 20 s too");
        MS_TEST_REQUIRE_SIZE(t.ms1Expired, 1u, "expired once");
        NS_TEST_EXPECT_MSG_EQ(t.ms1Expired[0], HOME, "HOME");
        // The A-clear Refresh arrived at 25.003 s with 20 s.
        NS_TEST_EXPECT_MSG_EQ_TOL(expiredAt, Seconds(45.003), MilliSeconds(1), "expiry time");
        NS_TEST_EXPECT_MSG_EQ(proxyAfter, false, "proxy removed");
        NS_TEST_EXPECT_MSG_EQ(divertAfter, false, "divert removed");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetNBindings(), 0u, "binding removed");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsEncapsulated(), 2u, "nothing after expiry");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetRefreshesReceived(), 3u, "refreshes counted");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetDroppedCount(), 0u, "no drop");
        Simulator::Destroy();
    }
};

/// Smooth handoff between two Mobility Servers (draft 4.3.6).
class HandoffTest : public TestCase
{
  public:
    HandoffTest()
        : TestCase("Request naming the previous MS -> one Handoff Request -> old GCoA "
                   "forwarded via the new MS; bad Handoff Requests dropped")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t;
        t.ms1->SetPeerAuthorizationCallback(Callback<bool, Ipv6Address, Ipv6Address>(
            [](Ipv6Address peer, Ipv6Address) { return peer == MS2_ADDRESS; }));
        std::vector<std::vector<uint8_t>> handoffs;
        std::vector<Ipv6Header> handoffHeaders;
        MobilityGlueHelper::GetOptionHandler(t.Ms1(), HandoffRequestHeader::DEFAULT_OPTION_TYPE)
            ->TraceConnectWithoutContext(
                "Rx",
                Callback<void,
                         Ptr<const Packet>,
                         const Ipv6Header&,
                         uint8_t,
                         const std::vector<uint8_t>&>([&](Ptr<const Packet> p,
                                                          const Ipv6Header& h,
                                                          uint8_t,
                                                          const std::vector<uint8_t>&) {
                    std::vector<uint8_t> octets(p->GetSize());
                    p->CopyData(octets.data(), octets.size());
                    handoffs.push_back(octets);
                    handoffHeaders.push_back(h);
                }));
        std::vector<bool> verdicts;
        t.ms1->TraceConnectWithoutContext(
            "HandoffRequestReceived",
            Callback<void, Ipv6Address, Ipv6Address, bool>(
                [&verdicts](Ipv6Address, Ipv6Address, bool ok) { verdicts.push_back(ok); }));
        std::vector<Ipv6Address> forwardedTo;
        t.ms1->TraceConnectWithoutContext(
            "ForwardingStarted",
            Callback<void, Ipv6Address, Ipv6Address, Ipv6Address>(
                [&forwardedTo](Ipv6Address, Ipv6Address, Ipv6Address n) {
                    forwardedTo.push_back(n);
                }));

        t.Register(Seconds(2), MsTopology::Make<RegistrationRequestHeader>(1, 100, HOME));
        RegistrationRequestHeader second =
            MsTopology::Make<RegistrationRequestHeader>(2, 100, HOME);
        second.SetPreviousMs(MS1_ADDRESS);
        t.Register(Seconds(4), second, MS2_ADDRESS);
        bool forwarding = false;
        Ipv6Address exit;
        Simulator::Schedule(Seconds(6), [&]() {
            forwarding = t.ms1->IsForwarding(HOME);
            exit = t.ms1->GetLocalCareOf(HOME);
        });
        t.UdpFromX(Seconds(7.25), GCOA1);
        // Forged Handoff Requests: stale sequence, unknown home (from MS2), and one from a
        // peer the hook refuses.
        HandoffRequestHeader stale = MsTopology::Make<HandoffRequestHeader>(2, 100, HOME, false);
        stale.SetGlobalCoa(Ipv6Address("2001:30::42"));
        MsTopology::Send(Seconds(8), t.Ms2(), MS2_ADDRESS, MS1_ADDRESS, stale);
        HandoffRequestHeader unknown =
            MsTopology::Make<HandoffRequestHeader>(9, 100, OTHER_HOME, false);
        unknown.SetGlobalCoa(Ipv6Address("2001:30::42"));
        MsTopology::Send(Seconds(8.1), t.Ms2(), MS2_ADDRESS, MS1_ADDRESS, unknown);
        HandoffRequestHeader forged = MsTopology::Make<HandoffRequestHeader>(9, 100, HOME, false);
        forged.SetGlobalCoa(Ipv6Address("2001:10::42"));
        MsTopology::Send(Seconds(8.2), t.X(), X_ADDRESS, MS1_ADDRESS, forged);
        Ipv6Address exitAfter;
        Simulator::Schedule(Seconds(9), [&]() { exitAfter = t.ms1->GetLocalCareOf(HOME); });
        Simulator::Stop(Seconds(10));
        Simulator::Run();

        MS_TEST_REQUIRE_SIZE(t.acks, 2u, "two acknowledgements");
        NS_TEST_EXPECT_MSG_EQ(t.acks[0].from, MS1_ADDRESS, "from MS1");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "registered at MS1");
        NS_TEST_EXPECT_MSG_EQ(t.acks[1].from, MS2_ADDRESS, "from MS2");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[1].status, 0, "registered at MS2");
        NS_TEST_EXPECT_MSG_EQ(t.ms2->GetGlobalCareOf(HOME), GCOA2, "GCoA at MS2");

        MS_TEST_REQUIRE_SIZE(handoffs, 4u, "one real and three forged at MS1");
        NS_TEST_EXPECT_MSG_EQ(t.ms2->GetHandoffRequestsSent(), 1u, "exactly one sent");
        NS_TEST_EXPECT_MSG_EQ(handoffHeaders[0].GetSource(), MS2_ADDRESS, "from MS2");
        NS_TEST_EXPECT_MSG_EQ(handoffHeaders[0].GetDestination(), MS1_ADDRESS, "to MS1");
        NS_TEST_EXPECT_MSG_EQ(+handoffHeaders[0].GetNextHeader(), 60, "Destination Options");
        // clang-format off
        std::vector<uint8_t> expected = {
            59, 9, 0xfe, 52,      // No Next Header, 80 octets, Handoff Request, olen 52
            0x00, 64, 0x00, 0x02, // A clear (no answer), malen 64, sequence of the Request
            0, 0, 0, 100,         // lifetime granted by MS2
            103, 18, 0, 0,        // GCoA sub-option
        };
        // clang-format on
        uint8_t g[16];
        GCOA2.GetBytes(g);
        expected.insert(expected.end(), g, g + 16);
        // The authentication sub-option (draft 5.2.2): SPI and authenticator checked below.
        for (uint8_t b : {104, 22, 0, 0})
        {
            expected.push_back(b);
        }
        expected.insert(expected.end(), 20, 0);
        for (uint8_t b : {1, 4, 0, 0, 0, 0, 201, 16})
        {
            expected.push_back(b);
        }
        uint8_t h[16];
        HOME.GetBytes(h);
        expected.insert(expected.end(), h, h + 16);
        MS_TEST_REQUIRE_SIZE(handoffs[0], expected.size(), "80 octets");
        for (uint32_t i = 0; i < expected.size(); ++i)
        {
            if (i < 36 || i >= 56)
            {
                NS_TEST_EXPECT_MSG_EQ(+handoffs[0][i], +expected[i], "octet " << i);
            }
        }
        HandoffRequestHeader sent;
        Ptr<Packet> sentPacket = Create<Packet>(handoffs[0].data(), handoffs[0].size());
        sentPacket->RemoveHeader(sent);
        auto pair = CreateObject<hmipv6::KeyChain>()->Find(hmipv6::KeyChain::MS_MS,
                                                           MS1_ADDRESS,
                                                           MS2_ADDRESS);
        NS_TEST_EXPECT_MSG_EQ(
            hmipv6::CheckDraftMessage(sent, handoffs[0], pair, MS2_ADDRESS, MS1_ADDRESS)
                .has_value(),
            false,
            "authenticated with the MS pair's key");
        NS_TEST_EXPECT_MSG_EQ(forwarding, true, "MS1 forwards");
        NS_TEST_EXPECT_MSG_EQ(exit, GCOA2, "to the new GCoA");
        MS_TEST_REQUIRE_SIZE(forwardedTo, 1u, "ForwardingStarted once");
        NS_TEST_EXPECT_MSG_EQ(forwardedTo[0], GCOA2, "new GCoA");

        MS_TEST_REQUIRE_SIZE(t.delivered, 1u, "packet to the old GCoA delivered");
        MS_TEST_REQUIRE_SIZE(t.tunnelled, 1u, "one tunnel packet at H");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerSrc, MS2_ADDRESS, "via MS2");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerDst, LCOA1, "to the LCoA");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[0].innerNext, 41, "MS1's tunnel packet inside");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsEncapsulated(), 1u, "MS1 tunnelled it");
        NS_TEST_EXPECT_MSG_EQ(t.ms2->GetPacketsEncapsulated(), 1u, "MS2 tunnelled it");

        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetHandoffRequestsReceived(), 4u, "received");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetHandoffRequestsAccepted(), 1u, "accepted");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetDroppedCount(), 3u, "three dropped");
        MS_TEST_REQUIRE_SIZE(t.ms1Drops, 3u, "traced");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[0].find("sequence"), std::string::npos, "stale");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[1].find("not registered"), std::string::npos, "home");
        NS_TEST_EXPECT_MSG_EQ(t.reasons[0], hmipv6::DropReason::STALE, "stale: its reason");
        NS_TEST_EXPECT_MSG_EQ(t.reasons[1], hmipv6::DropReason::UNEXPECTED, "unknown home");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[2].find("authorized"), std::string::npos, "peer");
        MS_TEST_REQUIRE_SIZE(verdicts, 4u, "HandoffRequestReceived");
        NS_TEST_EXPECT_MSG_EQ(verdicts[0], true, "accepted");
        NS_TEST_EXPECT_MSG_EQ(verdicts[1] || verdicts[2] || verdicts[3], false, "refused");
        NS_TEST_EXPECT_MSG_EQ(exitAfter, GCOA2, "binding unchanged by the refused ones");
        Simulator::Destroy();
    }
};

/// DeliveryMode Rewrite (draft 4.3.5).
class RewriteTest : public TestCase
{
  public:
    RewriteTest()
        : TestCase("Rewrite: an IPv6-in-IPv6 packet keeps one header (MS -> LCoA); a plain "
                   "one is still encapsulated")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t("Rewrite");
        t.Register(Seconds(2), MsTopology::Make<RegistrationRequestHeader>(1, 100, HOME));
        t.EncapsulatedFromX(Seconds(4.25), GCOA1);
        t.UdpFromX(Seconds(5.25), GCOA1);
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        MS_TEST_REQUIRE_SIZE(t.acks, 1u, "registered");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "accepted");
        MS_TEST_REQUIRE_SIZE(t.tunnelled, 2u, "two tunnel packets at H");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerSrc, MS1_ADDRESS, "outer source: the MS");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[0].outerDst, LCOA1, "outer destination: the LCoA");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[0].innerNext, 17, "one IPv6-in-IPv6 header only");
        // X sent hop limit 64; MS1 and R decremented it: the header was rewritten, not
        // added (an added one starts at 64 and only R decrements it).
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[0].hopLimit, 62, "the original header's hop limit");
        NS_TEST_EXPECT_MSG_EQ(t.tunnelled[1].outerSrc, MS1_ADDRESS, "plain: from the MS");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[1].innerNext, 17, "plain: UDP inside");
        NS_TEST_EXPECT_MSG_EQ(+t.tunnelled[1].hopLimit, 63, "plain: a new header");
        NS_TEST_EXPECT_MSG_EQ(t.delivered.size(), 2u, "both delivered to H");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsRewritten(), 1u, "one rewritten");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsEncapsulated(), 1u, "one encapsulated");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetPacketsTunnelled(), 2u, "both tunnelled");
        Simulator::Destroy();
    }
};

/// Malformed and invalid registrations change nothing and get no answer.
class MalformedTest : public TestCase
{
  public:
    MalformedTest()
        : TestCase("overrunning option, wrong olen, wrong sub-option, multicast home, "
                   "link-local source -> counted drops, no answer")
    {
    }

  private:
    void DoRun() override
    {
        MsTopology t;
        // The format checks come first; the hand-made octets (the control included) carry
        // no authentication, which the attack suite covers.
        hmipv6::KeyChain::For(t.Ms1())->SetRequired(false);
        // Figure 7 layout, sequence 1, lifetime 100, home address HOME.
        std::vector<uint8_t> good = {59, 3, 0x9e, 8, 0x80, 64, 0, 1, 0, 0, 0, 100, 1, 0, 201, 16};
        uint8_t h[16];
        HOME.GetBytes(h);
        good.insert(good.end(), h, h + 16);
        std::vector<uint8_t> overrun = good;
        overrun[3] = 40; // olen runs past the 32-octet header
        MsTopology::SendOctets(Seconds(2), t.H(), LCOA1, MS1_ADDRESS, overrun);
        std::vector<uint8_t> wrongLength = good;
        wrongLength[3] = 9; // olen 9 ends inside the PadN that follows the fixed octets
        MsTopology::SendOctets(Seconds(2.1), t.H(), LCOA1, MS1_ADDRESS, wrongLength);
        // A Request carrying the GCoA sub-option (103) instead of the previous MS (102).
        HandoffRequestHeader wrongSub = MsTopology::Make<HandoffRequestHeader>(1, 100, HOME);
        wrongSub.SetOptionType(RegistrationRequestHeader::DEFAULT_OPTION_TYPE);
        wrongSub.SetGlobalCoa(GCOA1);
        MsTopology::Send(Seconds(2.2), t.H(), LCOA1, MS1_ADDRESS, wrongSub);
        MsTopology::Send(
            Seconds(2.3),
            t.H(),
            LCOA1,
            MS1_ADDRESS,
            MsTopology::Make<RegistrationRequestHeader>(1, 100, Ipv6Address("ff0e::1")));
        // From X's link-local address, on the Mobility Network.
        Ipv6Address xLinkLocal;
        for (uint32_t i = 0; i < t.Ip(t.X())->GetNAddresses(1); ++i)
        {
            Ipv6Address a = t.Ip(t.X())->GetAddress(1, i).GetAddress();
            xLinkLocal = a.IsLinkLocal() ? a : xLinkLocal;
        }
        MsTopology::Send(Seconds(2.4),
                         t.X(),
                         xLinkLocal,
                         MS1_ADDRESS,
                         MsTopology::Make<RegistrationRequestHeader>(1, 100, HOME));
        // The well-formed message is taken (control): accepted after DAD.
        MsTopology::SendOctets(Seconds(4), t.H(), LCOA1, MS1_ADDRESS, good);
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(xLinkLocal.IsLinkLocal(), true, "X's link-local address");
        MS_TEST_REQUIRE_SIZE(t.ms1Drops, 5u, "five drops traced");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[0].find("overruns"), std::string::npos, "overrun");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[1].find("malformed"), std::string::npos, "olen");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[2].find("malformed"), std::string::npos, "sub-option");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[3].find("home"), std::string::npos, "multicast home");
        NS_TEST_EXPECT_MSG_NE(t.ms1Drops[4].find("source"), std::string::npos, "link-local");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetDroppedCount(), 5u, "counted");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetRequestsReceived(), 3u, "two valid ones + the control");
        MS_TEST_REQUIRE_SIZE(t.acks, 1u, "only the control is answered");
        NS_TEST_EXPECT_MSG_EQ(+t.acks[0].status, 0, "control accepted");
        NS_TEST_EXPECT_MSG_EQ_TOL(t.acks[0].at, Seconds(5.006), MilliSeconds(1), "control");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetAcksSent(), 1u, "no other answer");
        NS_TEST_EXPECT_MSG_EQ(t.ms1->GetNBindings(), 1u, "the control's binding only");
        Simulator::Destroy();
    }
};

/// The suite.
class MobilityServerTestSuite : public TestSuite
{
  public:
    MobilityServerTestSuite()
        : TestSuite("hmipv6-mobility-server")
    {
        AddTestCase(new MobilityInfoTest);
        AddTestCase(new RegistrationTest);
        AddTestCase(new DadFailureTest);
        AddTestCase(new StopDuringDadTest);
        AddTestCase(new LifecycleTest);
        AddTestCase(new HandoffTest);
        AddTestCase(new RewriteTest);
        AddTestCase(new MalformedTest);
    }
};

MobilityServerTestSuite g_mobilityServerTestSuite; //!< static instance

} // namespace
