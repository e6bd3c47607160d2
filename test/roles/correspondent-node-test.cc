// SPDX-License-Identifier: GPL-2.0-only
// CorrespondentNode (RFC 6275 9) against real packets: a scripted mobile node M (care-of
// address on link A, home address /128 on a link of its own) reaches the correspondent CN
// through a router R (link C). M's messages are built octet by octet from the RFC and sent
// through M's Ipv6L3Protocol; what CN answers is checked on M's side.
#include "ns3/binding-ack-header.h"
#include "ns3/binding-error-header.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/correspondent-node.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/return-routability.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/type2-routing-header.h"
#include "ns3/udp-header.h"
#include "ns3/udp-socket-factory.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;

const Ipv6Address CARE_OF("2001:1::10");    //!< M on link A
const Ipv6Address R_A("2001:1::1");         //!< R on link A
const Ipv6Address R_C("2001:2::1");         //!< R on link C
const Ipv6Address CN_ADDRESS("2001:2::20"); //!< CN on link C
const Ipv6Address HOME("2001:5::1");        //!< M's home address
const uint16_t CN_PORT = 9000;              //!< CN's UDP socket
const uint16_t MN_PORT = 9001;              //!< M's UDP socket (bound to HOME)

/// A Mobility Header message M received.
struct Message
{
    Ptr<Packet> packet; //!< the Mobility Header
    Ipv6Header header;  //!< as delivered
};

/// A packet seen arriving at M (before any processing).
struct Arrival
{
    Ipv6Header header;                  //!< the IPv6 header
    std::optional<Ipv6Address> rh2Home; //!< the type 2 routing header's home address
    uint8_t rh2NextHeader{0};           //!< its Next Header
};

/// A datagram a socket received.
struct Datagram
{
    Ipv6Address from; //!< its source
    uint32_t size;    //!< its size
};

/**
 * \brief M - R - CN, M's home address on a link of its own, CN running CorrespondentNode.
 */
class Net
{
  public:
    Net(std::function<void(Ptr<hmipv6::CorrespondentNode>)> configure = nullptr)
    {
        m_nodes.Create(3);
        InternetStackHelper stack;
        stack.SetIpv4StackInstall(false);
        stack.Install(m_nodes);
        Connect(M(), CARE_OF, R(), R_A);
        Connect(R(), R_C, Cn(), CN_ADDRESS);
        Ipv6(R())->SetForwarding(1, true);
        Ipv6(R())->SetForwarding(2, true);

        // The home address: /128 on an interface of its own (a stand-in for a tunnel).
        Ptr<SimpleNetDevice> homeDevice = CreateObject<SimpleNetDevice>();
        homeDevice->SetAddress(Mac48Address::Allocate());
        homeDevice->SetChannel(CreateObject<SimpleChannel>());
        M()->AddDevice(homeDevice);
        uint32_t homeIf = Ipv6(M())->AddInterface(homeDevice);
        Ipv6(M())->AddAddress(homeIf, Ipv6InterfaceAddress(HOME, Ipv6Prefix(128)));
        Ipv6(M())->SetUp(homeIf);
        // Packets to the home address without route optimisation come straight to M
        // (there is no home agent here): M takes them on its care-of interface.
        Ipv6(M())->SetAttribute("StrongEndSystemModel", BooleanValue(false));

        Ipv6StaticRoutingHelper routing;
        routing.GetStaticRouting(Ipv6(M()))->SetDefaultRoute(R_A, 1);
        routing.GetStaticRouting(Ipv6(Cn()))->SetDefaultRoute(R_C, 1);
        routing.GetStaticRouting(Ipv6(R()))->AddNetworkRouteTo(Ipv6Address("2001:5::"),
                                                               Ipv6Prefix(64),
                                                               CARE_OF,
                                                               1);

        MobilityGlueHelper().Install(M());
        MobilityGlueHelper::GetType2Routing(M())->SetAttribute("ReinjectToHomeAddress",
                                                               BooleanValue(true));
        Ptr<hmipv6::MobilityL4Protocol> mobility = M()->GetObject<hmipv6::MobilityL4Protocol>();
        for (uint8_t type : {3, 4, 6, 7})
        {
            mobility->RegisterHandler(
                type,
                Callback<void, Ptr<Packet>, const Ipv6Header&, uint32_t>(
                    [this, type](Ptr<Packet> p, const Ipv6Header& h, uint32_t) {
                        m_messages[type].push_back({p->Copy(), h});
                    }));
        }
        Ipv6(M())->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<ns3::Ipv6>, uint32_t>(
                [this](Ptr<const Packet> p, Ptr<ns3::Ipv6>, uint32_t interface) {
                    if (interface == 1)
                    {
                        OnArrival(p);
                    }
                }));

        m_cn = CreateObject<hmipv6::CorrespondentNode>();
        m_cn->AssignStreams(7);
        if (configure)
        {
            configure(m_cn);
        }
        Cn()->AddApplication(m_cn);
        m_cn->SetStartTime(Seconds(1));

        m_cnSocket = Listen(Cn(), Ipv6Address::GetAny(), CN_PORT, m_cnReceived);
        m_mnSocket = Listen(M(), HOME, MN_PORT, m_mnReceived);
    }

    Ptr<Node> M() const
    {
        return m_nodes.Get(0);
    }

    Ptr<Node> R() const
    {
        return m_nodes.Get(1);
    }

    Ptr<Node> Cn() const
    {
        return m_nodes.Get(2);
    }

    static Ptr<Ipv6L3Protocol> Ipv6(Ptr<Node> node)
    {
        return node->GetObject<Ipv6L3Protocol>();
    }

    Ptr<hmipv6::CorrespondentNode> App() const
    {
        return m_cn;
    }

    /// Run until a time, then clean up.
    void Run(Time until)
    {
        Simulator::Stop(until);
        Simulator::Run();
        m_cnSocket->Close();
        m_mnSocket->Close();
        Simulator::Destroy();
    }

    /// Send a Mobility Header from M (checksum filled for src, dst).
    void SendMobility(Ptr<Packet> mh, Ipv6Address src)
    {
        hmipv6::MobilityL4Protocol::FillChecksum(mh, src, CN_ADDRESS);
        Ipv6(M())->Send(mh, src, CN_ADDRESS, 135, nullptr);
    }

    /// Send a Home Test Init from the home address and a Care-of Test Init from the CoA.
    void SendTestInits()
    {
        hmipv6::HomeTestInitHeader hoti;
        hoti.SetHomeInitCookie({1, 2, 3, 4, 5, 6, 7, 8});
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(hoti);
        SendMobility(p, HOME);
        hmipv6::CareOfTestInitHeader coti;
        coti.SetCareOfInitCookie({9, 10, 11, 12, 13, 14, 15, 16});
        Ptr<Packet> q = Create<Packet>();
        q->AddHeader(coti);
        SendMobility(q, CARE_OF);
    }

    /// \return the last Home Test received
    hmipv6::HomeTestHeader LastHot() const
    {
        hmipv6::HomeTestHeader hot;
        m_messages.at(3).back().packet->Copy()->RemoveHeader(hot);
        return hot;
    }

    /// \return the last Care-of Test received
    hmipv6::CareOfTestHeader LastCot() const
    {
        hmipv6::CareOfTestHeader cot;
        m_messages.at(4).back().packet->Copy()->RemoveHeader(cot);
        return cot;
    }

    /// \return Kbm from the last tokens (deregistration: home token only)
    hmipv6::ReturnRoutability::Key Kbm(bool deregistration) const
    {
        return deregistration ? hmipv6::ReturnRoutability::Kbm(LastHot().GetHomeKeygenToken())
                              : hmipv6::ReturnRoutability::Kbm(LastHot().GetHomeKeygenToken(),
                                                               LastCot().GetCareOfKeygenToken());
    }

    /**
     * \brief Send a Binding Update from the care-of address with a Home Address option.
     * \param sequence the sequence number
     * \param lifetime the lifetime
     * \param indices the Nonce Indices option, if any
     * \param kbm the key for the Binding Authorization Data option, if any
     * \param flipBit flip one bit of the authenticator
     * \param raw if not empty, the Mobility Header octets to send instead
     */
    void SendBindingUpdate(uint16_t sequence,
                           Time lifetime,
                           std::optional<hmipv6::NonceIndicesOption> indices,
                           std::optional<hmipv6::ReturnRoutability::Key> kbm,
                           bool flipBit = false,
                           Bytes raw = {})
    {
        Ptr<Packet> mh;
        if (raw.empty())
        {
            hmipv6::BindingUpdateHeader bu;
            bu.SetSequence(sequence);
            bu.SetAcknowledge(true);
            bu.SetLifetime(lifetime);
            hmipv6::MobilityOptions options;
            if (indices)
            {
                options.SetNonceIndices(*indices);
            }
            if (kbm)
            {
                options.SetBindingAuthData(hmipv6::BindingAuthDataOption(Bytes(12, 0)));
                bu.SetOptions(options);
                Ptr<Packet> draft = Create<Packet>();
                draft->AddHeader(bu);
                Bytes octets(draft->GetSize());
                draft->CopyData(octets.data(), octets.size());
                Bytes auth = hmipv6::ReturnRoutability::Authenticator(
                    *kbm,
                    CARE_OF,
                    CN_ADDRESS,
                    hmipv6::ReturnRoutability::MhDataForAuthenticator(octets));
                if (flipBit)
                {
                    auth[5] ^= 0x10;
                }
                options.SetBindingAuthData(hmipv6::BindingAuthDataOption(auth));
            }
            bu.SetOptions(options);
            mh = Create<Packet>();
            mh->AddHeader(bu);
        }
        else
        {
            mh = Create<Packet>(raw.data(), raw.size());
        }
        // The checksum covers the home address as source (RFC 6275 6.1.1, 6.3).
        hmipv6::MobilityL4Protocol::FillChecksum(mh, HOME, CN_ADDRESS);
        Ptr<Packet> full = HomeAddressOptionBytes(135);
        full->AddAtEnd(mh);
        Ipv6(M())->Send(full, CARE_OF, CN_ADDRESS, 60, nullptr);
    }

    /**
     * \brief Send a UDP datagram with a Home Address option to CN's socket.
     * \param source its source (the CoA, or a forged one)
     */
    void SendUdpWithHomeAddress(Ipv6Address source = CARE_OF)
    {
        Ptr<Packet> p = Create<Packet>(100);
        UdpHeader udp;
        udp.SetSourcePort(MN_PORT);
        udp.SetDestinationPort(CN_PORT);
        p->AddHeader(udp);
        Ptr<Packet> full = HomeAddressOptionBytes(17);
        full->AddAtEnd(p);
        Ipv6(M())->Send(full, source, CN_ADDRESS, 60, nullptr);
    }

    /// Send a UDP datagram from CN's socket to the home address.
    void SendUdpToHome()
    {
        m_cnSocket->SendTo(Create<Packet>(50), 0, Inet6SocketAddress(HOME, MN_PORT));
    }

    /**
     * \param nextHeader the Next Header after it
     * \return a Packet holding a Destination Options header with the Home Address option
     */
    static Ptr<Packet> HomeAddressOptionBytes(uint8_t nextHeader)
    {
        // 8n+6 alignment (RFC 6275 6.3): PadN of 4 octets, then the option; 24 octets.
        Bytes bytes = {nextHeader, 2, 1, 2, 0, 0, 201, 16};
        Bytes address(16);
        HOME.Serialize(address.data());
        bytes.insert(bytes.end(), address.begin(), address.end());
        return Create<Packet>(bytes.data(), bytes.size());
    }

    std::map<uint8_t, std::vector<Message>> m_messages; //!< by MH Type, at M
    std::vector<Arrival> m_arrivals;                    //!< packets arriving at M
    std::vector<Datagram> m_cnReceived;                 //!< CN's socket
    std::vector<Datagram> m_mnReceived;                 //!< M's socket bound to HOME

  private:
    static void Connect(Ptr<Node> a, Ipv6Address aAddress, Ptr<Node> b, Ipv6Address bAddress)
    {
        Ptr<SimpleChannel> channel = CreateObject<SimpleChannel>();
        for (auto end : {std::make_pair(a, aAddress), std::make_pair(b, bAddress)})
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

    static Ptr<Socket> Listen(Ptr<Node> node,
                              Ipv6Address address,
                              uint16_t port,
                              std::vector<Datagram>& received)
    {
        Ptr<Socket> socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
        socket->Bind(Inet6SocketAddress(address, port));
        socket->SetRecvCallback(Callback<void, Ptr<Socket>>([&received](Ptr<Socket> s) {
            Address from;
            while (Ptr<Packet> p = s->RecvFrom(from))
            {
                received.push_back({Inet6SocketAddress::ConvertFrom(from).GetIpv6(), p->GetSize()});
            }
        }));
        return socket;
    }

    void OnArrival(Ptr<const Packet> packet)
    {
        Ptr<Packet> copy = packet->Copy();
        Arrival arrival;
        copy->RemoveHeader(arrival.header);
        if (arrival.header.GetNextHeader() == 43 && copy->GetSize() >= 24)
        {
            hmipv6::Type2RoutingHeader rh2;
            copy->RemoveHeader(rh2);
            arrival.rh2Home = rh2.GetHomeAddress();
            arrival.rh2NextHeader = rh2.GetNextHeader();
        }
        if (arrival.header.GetNextHeader() != 58) // not ICMPv6 (ND)
        {
            m_arrivals.push_back(arrival);
        }
    }

    NodeContainer m_nodes;               //!< M, R, CN
    Ptr<hmipv6::CorrespondentNode> m_cn; //!< the application
    Ptr<Socket> m_cnSocket;              //!< CN's UDP socket (any address)
    Ptr<Socket> m_mnSocket;              //!< M's UDP socket (HOME)
};

/**
 * \param net the network
 * \param sequence a sequence number
 * \return the Binding Acknowledgements M received with that sequence number
 */
std::vector<hmipv6::BindingAckHeader>
Acks(const Net& net)
{
    std::vector<hmipv6::BindingAckHeader> acks;
    auto it = net.m_messages.find(6);
    if (it == net.m_messages.end())
    {
        return acks;
    }
    for (const auto& m : it->second)
    {
        hmipv6::BindingAckHeader ba;
        m.packet->Copy()->RemoveHeader(ba);
        acks.push_back(ba);
    }
    return acks;
}

/// Return routability, registration, route optimisation both ways, deregistration.
class CorrespondentRegistrationTest : public TestCase
{
  public:
    CorrespondentRegistrationTest()
        : TestCase("correspondent: HoT and CoT tokens, BU -> BA 0, RH2 sending, home address "
                   "substitution, bad authenticator, stale sequence, deregistration")
    {
    }

  private:
    void DoRun() override
    {
        Net net;
        Ptr<hmipv6::CorrespondentNode> cn = net.App();
        bool bindingAfterBu = false;
        Ipv6Address boundCareOf;
        size_t arrivalsBeforeRo = 0;
        size_t arrivalsBeforePlain = 0;
        uint64_t authFailuresAfterFlip = 0;
        size_t acksAfterFlip = 0;
        bool bindingAfterDereg = true;
        size_t cnReceivedBeforeNoBinding = 0;
        bool tokensOk = false;

        Simulator::Schedule(Seconds(2), [&]() { net.SendTestInits(); });
        Simulator::Schedule(Seconds(2.1), [&]() {
            // Tokens equal RFC 6275 5.2.5's formulas from CN's Kcn and nonces.
            if (net.m_messages[3].size() == 1 && net.m_messages[4].size() == 1)
            {
                hmipv6::HomeTestHeader hot = net.LastHot();
                hmipv6::CareOfTestHeader cot = net.LastCot();
                const hmipv6::CorrespondentSecrets* secrets = cn->GetSecrets();
                auto homeNonce = secrets->GetNonce(hot.GetHomeNonceIndex(), Simulator::Now());
                auto careOfNonce = secrets->GetNonce(cot.GetCareOfNonceIndex(), Simulator::Now());
                tokensOk =
                    homeNonce && careOfNonce &&
                    hot.GetHomeKeygenToken() ==
                        hmipv6::ReturnRoutability::HomeKeygenToken(cn->GetKcn(),
                                                                   HOME,
                                                                   *homeNonce) &&
                    cot.GetCareOfKeygenToken() ==
                        hmipv6::ReturnRoutability::CareOfKeygenToken(cn->GetKcn(),
                                                                     CARE_OF,
                                                                     *careOfNonce) &&
                    hot.GetHomeInitCookie() == hmipv6::MobilityCookie{1, 2, 3, 4, 5, 6, 7, 8} &&
                    cot.GetCareOfInitCookie() ==
                        hmipv6::MobilityCookie{9, 10, 11, 12, 13, 14, 15, 16} &&
                    net.m_messages[3].back().header.GetDestination() == HOME &&
                    net.m_messages[4].back().header.GetDestination() == CARE_OF;
                net.SendBindingUpdate(
                    1,
                    Seconds(100),
                    hmipv6::NonceIndicesOption(hot.GetHomeNonceIndex(), cot.GetCareOfNonceIndex()),
                    net.Kbm(false));
            }
        });
        Simulator::Schedule(Seconds(2.2), [&]() {
            const hmipv6::BindingCache::Entry* e = cn->GetBindingCache().Find(HOME);
            bindingAfterBu = e != nullptr;
            boundCareOf = e ? e->careOfAddress : Ipv6Address();
            arrivalsBeforeRo = net.m_arrivals.size();
            net.SendUdpToHome();
        });
        Simulator::Schedule(Seconds(2.3), [&]() { net.SendUdpWithHomeAddress(); });
        Simulator::Schedule(Seconds(2.4), [&]() {
            // One bit of the authenticator flipped: silently discarded.
            acksAfterFlip = Acks(net).size();
            net.SendBindingUpdate(2,
                                  Seconds(100),
                                  hmipv6::NonceIndicesOption(net.LastHot().GetHomeNonceIndex(),
                                                             net.LastCot().GetCareOfNonceIndex()),
                                  net.Kbm(false),
                                  true);
        });
        Simulator::Schedule(Seconds(2.5), [&]() {
            authFailuresAfterFlip = cn->GetAuthenticationFailureCount();
            acksAfterFlip = Acks(net).size() - acksAfterFlip;
            // Stale sequence number, valid authenticator: status 135.
            net.SendBindingUpdate(1,
                                  Seconds(100),
                                  hmipv6::NonceIndicesOption(net.LastHot().GetHomeNonceIndex(),
                                                             net.LastCot().GetCareOfNonceIndex()),
                                  net.Kbm(false));
        });
        Simulator::Schedule(Seconds(2.6), [&]() {
            // Deregistration: lifetime 0, Kbm from the home keygen token only.
            net.SendBindingUpdate(3,
                                  Seconds(0),
                                  hmipv6::NonceIndicesOption(net.LastHot().GetHomeNonceIndex(),
                                                             net.LastCot().GetCareOfNonceIndex()),
                                  net.Kbm(true));
        });
        Simulator::Schedule(Seconds(2.7), [&]() {
            bindingAfterDereg = cn->GetBindingCache().Find(HOME) != nullptr;
            arrivalsBeforePlain = net.m_arrivals.size();
            net.SendUdpToHome();
        });
        Simulator::Schedule(Seconds(2.8), [&]() {
            cnReceivedBeforeNoBinding = net.m_cnReceived.size();
            net.SendUdpWithHomeAddress();
            net.SendUdpWithHomeAddress(); // rate-limited: one Binding Error
        });
        net.Run(Seconds(3));

        NS_TEST_ASSERT_MSG_EQ(tokensOk, true, "HoT/CoT with RFC 6275 5.2.5 tokens and cookies");
        NS_TEST_ASSERT_MSG_EQ(bindingAfterBu, true, "binding created");
        NS_TEST_ASSERT_MSG_EQ(boundCareOf, CARE_OF, "bound to the care-of address");
        std::vector<hmipv6::BindingAckHeader> acks = Acks(net);
        NS_TEST_ASSERT_MSG_EQ(acks.size(), 3u, "BA for BU 1, stale BU, deregistration");
        if (acks.size() == 3)
        {
            NS_TEST_ASSERT_MSG_EQ(+acks[0].GetStatus(), 0, "accepted");
            NS_TEST_ASSERT_MSG_EQ(acks[0].GetSequence(), 1, "sequence");
            NS_TEST_ASSERT_MSG_EQ(acks[0].GetLifetime(), Seconds(100), "lifetime");
            // The BA's own authenticator (RFC 6275 6.1.8) verifies with Kbm.
            Ptr<Packet> raw = net.m_messages[6][0].packet->Copy();
            Bytes octets(raw->GetSize());
            raw->CopyData(octets.data(), octets.size());
            octets.resize((octets[1] + 1) * 8);
            NS_TEST_ASSERT_MSG_EQ(acks[0].GetOptions().GetBindingAuthData().has_value(),
                                  true,
                                  "BA has Binding Authorization Data");
            NS_TEST_ASSERT_MSG_EQ(
                hmipv6::ReturnRoutability::CheckAuthenticator(
                    net.Kbm(false),
                    CARE_OF,
                    CN_ADDRESS,
                    hmipv6::ReturnRoutability::MhDataForAuthenticator(octets),
                    acks[0].GetOptions().GetBindingAuthData()->GetAuthenticator()),
                true,
                "BA authenticator");
            NS_TEST_ASSERT_MSG_EQ(+acks[1].GetStatus(), 135, "stale sequence");
            NS_TEST_ASSERT_MSG_EQ(acks[1].GetSequence(), 1, "last accepted sequence");
            NS_TEST_ASSERT_MSG_EQ(+acks[2].GetStatus(), 0, "deregistration accepted");
        }
        NS_TEST_ASSERT_MSG_EQ(authFailuresAfterFlip, 1u, "flipped bit counted");
        NS_TEST_ASSERT_MSG_EQ(acksAfterFlip, 0u, "flipped bit: no BA");

        // Route optimisation on the wire: to the CoA with a type 2 routing header.
        bool sawRo = false;
        for (size_t i = arrivalsBeforeRo; i < net.m_arrivals.size(); ++i)
        {
            const Arrival& a = net.m_arrivals[i];
            if (a.header.GetSource() == CN_ADDRESS && a.rh2Home && a.rh2NextHeader == 17)
            {
                sawRo = a.header.GetDestination() == CARE_OF && a.header.GetNextHeader() == 43 &&
                        *a.rh2Home == HOME;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_EQ(sawRo, true, "UDP to HOME sent to the CoA with RH2(HOME)");
        NS_TEST_ASSERT_MSG_EQ(net.m_mnReceived.size(), 2u, "M's HOME socket: RO + plain");
        if (!net.m_mnReceived.empty())
        {
            NS_TEST_ASSERT_MSG_EQ(net.m_mnReceived[0].from, CN_ADDRESS, "source CN");
        }
        // Home address substitution at CN.
        NS_TEST_ASSERT_MSG_EQ(cnReceivedBeforeNoBinding, 1u, "CN socket got the datagram");
        if (!net.m_cnReceived.empty())
        {
            NS_TEST_ASSERT_MSG_EQ(net.m_cnReceived[0].from, HOME, "source = home address");
        }
        // Deregistration: binding gone, plain routing.
        NS_TEST_ASSERT_MSG_EQ(bindingAfterDereg, false, "binding removed");
        bool sawPlain = false;
        for (size_t i = arrivalsBeforePlain; i < net.m_arrivals.size(); ++i)
        {
            const Arrival& a = net.m_arrivals[i];
            if (a.header.GetSource() == CN_ADDRESS && a.header.GetNextHeader() == 17)
            {
                sawPlain = a.header.GetDestination() == HOME;
            }
            NS_TEST_ASSERT_MSG_EQ(a.rh2Home.has_value() && a.rh2NextHeader == 17,
                                  false,
                                  "no RH2 after deregistration");
        }
        NS_TEST_ASSERT_MSG_EQ(sawPlain, true, "UDP to HOME sent to HOME");
        // No binding: Binding Error status 1, nothing delivered.
        NS_TEST_ASSERT_MSG_EQ(net.m_cnReceived.size(), 1u, "no delivery without binding");
        NS_TEST_ASSERT_MSG_EQ(net.m_messages[7].size(), 1u, "one Binding Error (rate-limited)");
        if (!net.m_messages[7].empty())
        {
            hmipv6::BindingErrorHeader be;
            net.m_messages[7][0].packet->Copy()->RemoveHeader(be);
            NS_TEST_ASSERT_MSG_EQ(+be.GetStatus(), 1, "status 1");
            NS_TEST_ASSERT_MSG_EQ(be.GetHomeAddress(), HOME, "home address");
            NS_TEST_ASSERT_MSG_EQ(net.m_messages[7][0].header.GetDestination(),
                                  CARE_OF,
                                  "to the source");
        }
    }
};

/// RFC 6275 9.3.1's rate limit cannot be grown without bound by forged sources.
class CorrespondentForgedSourcesTest : public TestCase
{
  public:
    CorrespondentForgedSourcesTest()
        : TestCase("correspondent: Home Address options from 20,000 forged sources, no "
                   "binding: at most BindingErrorTableSize remembered, a real peer answered")
    {
    }

  private:
    void DoRun() override
    {
        Net net;
        Ptr<hmipv6::CorrespondentNode> cn = net.App();
        const uint32_t forged = 20000;
        std::size_t duringFlood = 0;
        uint64_t errorsInFlood = 0;
        std::size_t afterwards = 0;
        // M as itself at 1.5 s (also resolving R's link-layer address), then 20,000
        // forged care-of addresses (off every route) within 0.1 s, then M again at 3.5 s.
        Simulator::Schedule(Seconds(1.5), [&net]() { net.SendUdpWithHomeAddress(); });
        for (uint32_t i = 0; i < forged; ++i)
        {
            Simulator::Schedule(Seconds(2) + MicroSeconds(5 * i), [&net, i]() {
                uint8_t octets[16] = {0x20, 0x01, 0, 0x77};
                octets[14] = static_cast<uint8_t>(i >> 8);
                octets[15] = static_cast<uint8_t>(i);
                net.SendUdpWithHomeAddress(Ipv6Address(octets));
            });
        }
        Simulator::Schedule(Seconds(2.5), [&]() {
            duringFlood = cn->GetBindingErrorTableSize();
            errorsInFlood = cn->GetBindingErrorCount() - 1;
        });
        Simulator::Schedule(Seconds(3.5), [&net]() { net.SendUdpWithHomeAddress(); });
        Simulator::Schedule(Seconds(3.6), [&]() { afterwards = cn->GetBindingErrorTableSize(); });
        net.Run(Seconds(4));

        NS_TEST_EXPECT_MSG_EQ(cn->GetDropCount(hmipv6::DropReason::UNEXPECTED),
                              forged + 2,
                              "every packet dropped: no binding");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(duringFlood, 1024u, "at most BindingErrorTableSize");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(errorsInFlood, 1024u, "at most that many answers");
        NS_TEST_EXPECT_MSG_EQ(afterwards, 1u, "the flood's entries aged out");
        NS_TEST_EXPECT_MSG_EQ(net.m_messages[7].size(), 2u, "M answered both times");
        NS_TEST_EXPECT_MSG_EQ(net.m_cnReceived.size(), 0u, "nothing delivered");
    }
};

/// Lifetime capped by MaxBindingLifetime, then expiry.
class CorrespondentExpiryTest : public TestCase
{
  public:
    CorrespondentExpiryTest()
        : TestCase("correspondent: lifetime capped, binding expires, packets routed normally")
    {
    }

  private:
    void DoRun() override
    {
        Net net([](Ptr<hmipv6::CorrespondentNode> cn) {
            cn->SetAttribute("MaxBindingLifetime", TimeValue(Seconds(4)));
        });
        Ptr<hmipv6::CorrespondentNode> cn = net.App();
        uint32_t expired = 0;
        cn->TraceConnectWithoutContext(
            "BindingExpired",
            Callback<void, Ipv6Address, Ipv6Address>([&](Ipv6Address, Ipv6Address) { ++expired; }));
        bool boundAt3 = false;
        bool boundAt7 = true;
        size_t arrivalsBefore = 0;
        Simulator::Schedule(Seconds(2), [&]() { net.SendTestInits(); });
        Simulator::Schedule(Seconds(2.1), [&]() {
            net.SendBindingUpdate(1,
                                  Seconds(400),
                                  hmipv6::NonceIndicesOption(net.LastHot().GetHomeNonceIndex(),
                                                             net.LastCot().GetCareOfNonceIndex()),
                                  net.Kbm(false));
        });
        Simulator::Schedule(Seconds(3),
                            [&]() { boundAt3 = cn->GetBindingCache().Find(HOME) != nullptr; });
        Simulator::Schedule(Seconds(7), [&]() {
            boundAt7 = cn->GetBindingCache().Find(HOME) != nullptr;
            arrivalsBefore = net.m_arrivals.size();
            net.SendUdpToHome();
        });
        net.Run(Seconds(7.5));
        std::vector<hmipv6::BindingAckHeader> acks = Acks(net);
        NS_TEST_ASSERT_MSG_EQ(acks.size(), 1u, "one BA");
        if (!acks.empty())
        {
            NS_TEST_ASSERT_MSG_EQ(acks[0].GetLifetime(), Seconds(4), "capped lifetime");
        }
        NS_TEST_ASSERT_MSG_EQ(boundAt3, true, "bound");
        NS_TEST_ASSERT_MSG_EQ(boundAt7, false, "expired");
        NS_TEST_ASSERT_MSG_EQ(expired, 1u, "BindingExpired fired");
        bool plain = false;
        for (size_t i = arrivalsBefore; i < net.m_arrivals.size(); ++i)
        {
            const Arrival& a = net.m_arrivals[i];
            plain = plain || (a.header.GetDestination() == HOME && !a.rh2Home);
        }
        NS_TEST_ASSERT_MSG_EQ(plain, true, "sent to HOME without RH2");
        NS_TEST_ASSERT_MSG_EQ(net.m_mnReceived.size(), 1u, "delivered");
    }
};

/// Expired nonce indices: 136, 137, 138.
class CorrespondentNonceTest : public TestCase
{
  public:
    CorrespondentNonceTest()
        : TestCase("correspondent: expired nonce indices answered with 136, 137, 138")
    {
    }

  private:
    void DoRun() override
    {
        Net net([](Ptr<hmipv6::CorrespondentNode> cn) {
            cn->SetAttribute("NonceInterval", TimeValue(MilliSeconds(200)));
            cn->SetAttribute("MaxNonceLifetime", TimeValue(Seconds(1)));
        });
        uint16_t homeIndex = 0;
        uint16_t careOfIndex = 0;
        Simulator::Schedule(Seconds(2), [&]() { net.SendTestInits(); });
        Simulator::Schedule(Seconds(2.1), [&]() {
            homeIndex = net.LastHot().GetHomeNonceIndex();
            careOfIndex = net.LastCot().GetCareOfNonceIndex();
        });
        // Both expired.
        Simulator::Schedule(Seconds(3.5), [&]() {
            net.SendBindingUpdate(1,
                                  Seconds(100),
                                  hmipv6::NonceIndicesOption(homeIndex, careOfIndex),
                                  hmipv6::ReturnRoutability::Key{});
        });
        // Fresh care-of index, old home index (expired): 136; and the reverse: 137.
        Simulator::Schedule(Seconds(3.6), [&]() { net.SendTestInits(); });
        Simulator::Schedule(Seconds(3.7), [&]() {
            net.SendBindingUpdate(
                2,
                Seconds(100),
                hmipv6::NonceIndicesOption(homeIndex, net.LastCot().GetCareOfNonceIndex()),
                hmipv6::ReturnRoutability::Key{});
            net.SendBindingUpdate(
                3,
                Seconds(100),
                hmipv6::NonceIndicesOption(net.LastHot().GetHomeNonceIndex(), careOfIndex),
                hmipv6::ReturnRoutability::Key{});
        });
        net.Run(Seconds(4));
        std::vector<hmipv6::BindingAckHeader> acks = Acks(net);
        NS_TEST_ASSERT_MSG_EQ(acks.size(), 3u, "three BAs");
        if (acks.size() == 3)
        {
            NS_TEST_ASSERT_MSG_EQ(+acks[0].GetStatus(), 138, "both expired");
            NS_TEST_ASSERT_MSG_EQ(+acks[1].GetStatus(), 136, "home expired");
            NS_TEST_ASSERT_MSG_EQ(+acks[2].GetStatus(), 137, "care-of expired");
        }
        NS_TEST_ASSERT_MSG_EQ(net.App()->GetBindingCache().Size(), 0u, "no binding");
    }
};

/// Binding Updates without the options, or with broken ones.
class CorrespondentMalformedTest : public TestCase
{
  public:
    CorrespondentMalformedTest()
        : TestCase("correspondent: BU without Nonce Indices or BAD, truncated options dropped")
    {
    }

  private:
    void DoRun() override
    {
        Net net;
        Ptr<hmipv6::CorrespondentNode> cn = net.App();
        uint64_t dropsBefore = 0;
        Simulator::Schedule(Seconds(2), [&]() { net.SendTestInits(); });
        Simulator::Schedule(Seconds(2.1), [&]() {
            dropsBefore = cn->GetDropCount();
            hmipv6::NonceIndicesOption indices(net.LastHot().GetHomeNonceIndex(),
                                               net.LastCot().GetCareOfNonceIndex());
            net.SendBindingUpdate(1, Seconds(100), std::nullopt, net.Kbm(false));
            net.SendBindingUpdate(2, Seconds(100), indices, std::nullopt);
            net.SendBindingUpdate(3, Seconds(100), std::nullopt, std::nullopt);
            // Header Len 2 (24 octets): message data, then an option whose length runs
            // past the end of the header.
            Bytes truncated = {59, 2, 5, 0, 0, 0, 0, 4, 0x80, 0, 0, 25, 5, 40};
            truncated.resize(24, 0);
            net.SendBindingUpdate(4, Seconds(100), std::nullopt, std::nullopt, false, truncated);
            // Nonce Indices option with length 2 instead of 4.
            Bytes badIndices = {59, 1, 5, 0, 0, 0, 0, 5, 0x80, 0, 0, 25, 4, 2, 0, 0};
            net.SendBindingUpdate(5, Seconds(100), std::nullopt, std::nullopt, false, badIndices);
        });
        net.Run(Seconds(2.5));
        NS_TEST_ASSERT_MSG_EQ(cn->GetBindingUpdateCount(), 5u, "five BUs reached CN");
        NS_TEST_ASSERT_MSG_EQ(cn->GetDropCount() - dropsBefore, 5u, "five drops");
        NS_TEST_ASSERT_MSG_EQ(cn->GetBindingCache().Size(), 0u, "no binding");
        NS_TEST_ASSERT_MSG_EQ(Acks(net).size(), 0u, "no BA");
    }
};

} // namespace

/// The correspondent node's test suite.
class CorrespondentNodeTestSuite : public TestSuite
{
  public:
    CorrespondentNodeTestSuite()
        : TestSuite("hmipv6-correspondent")
    {
        AddTestCase(new CorrespondentRegistrationTest);
        AddTestCase(new CorrespondentExpiryTest);
        AddTestCase(new CorrespondentNonceTest);
        AddTestCase(new CorrespondentMalformedTest);
        AddTestCase(new CorrespondentForgedSourcesTest);
    }
};

/// The suite's instance.
static CorrespondentNodeTestSuite g_correspondentNodeTestSuite;
