// SPDX-License-Identifier: GPL-2.0-only
/*
 * Every message of draft-castelluccia-mobileip-hmipv6-00 and of its Mobile IPv6
 * (RFC 6275) base, sent once as a real packet across a small topology and captured in
 * pcap files (one per link; open them with Wireshark).
 *
 *        access link 2001:a::/64        Mobility Network 2001:c::/64
 *   MH ------------------------------ AR ---+------+------+------+
 *   ::10 (LCoA)                      ::1    MS     PMS    HA     CH
 *   home address 2001:b::10                 ::2    ::3    ::4    ::5
 *
 * (ns-3 routers drop packets for the documentation prefix 2001:db8::/32, so the
 * example uses other prefixes.)
 *
 * This is a wire-format demonstration: the protocol roles (home agent, mobility
 * server, mobile host) are not running, so each packet is built and sent by the
 * script at a fixed time, from the node that would send it. Every receiver runs the
 * module's node glue (MobilityGlueHelper), which accepts the packets without ICMPv6
 * errors and reports them; the program exits non-zero if any message was not received.
 */

#include "ns3/binding-ack-header.h"
#include "ns3/binding-error-header.h"
#include "ns3/binding-refresh-request-header.h"
#include "ns3/binding-update-header.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/core-module.h"
#include "ns3/csma-module.h"
#include "ns3/handoff-request-header.h"
#include "ns3/hmipv6-option-handler.h"
#include "ns3/home-address-option.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/icmpv6-checksum.h"
#include "ns3/internet-module.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-info-header.h"
#include "ns3/mobility-info-ra-option.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/network-module.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"
#include "ns3/type2-routing-header.h"

#include <iomanip>
#include <iostream>
#include <map>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("Hmipv6WireDemo");

namespace
{

const Ipv6Address kMhLcoa("2001:a::10");
const Ipv6Address kMhHome("2001:b::10");
const Ipv6Address kMhGcoa("2001:c::10"); // Mobility Network prefix + home interface ID
const Ipv6Address kAr("2001:c::1");
const Ipv6Address kArAccess("2001:a::1");
const Ipv6Address kMs("2001:c::2");
const Ipv6Address kPms("2001:c::3");
const Ipv6Address kHa("2001:c::4");
const Ipv6Address kCh("2001:c::5");

std::map<std::string, uint32_t> g_received; //!< message name -> times received

/// Counts what the receivers' glue reports, by message name.
void
Received(std::string name)
{
    NS_LOG_INFO(Simulator::Now().As(Time::S) << " received " << name);
    ++g_received[name];
}

/// Sends a packet whose first header has protocol number `protocol`.
void
SendIp(Ptr<Node> node, Ptr<Packet> packet, Ipv6Address src, Ipv6Address dst, uint8_t protocol)
{
    node->GetObject<Ipv6L3Protocol>()->Send(packet, src, dst, protocol, nullptr);
}

/// Sends a Mobility Header message (protocol 135) with its checksum.
void
SendMh(Ptr<Node> node, hmipv6::MobilityHeader& header, Ipv6Address src, Ipv6Address dst)
{
    header.InitializeChecksum(src, dst);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(header);
    SendIp(node, packet, src, dst, hmipv6::MobilityL4Protocol::PROT_NUMBER);
}

/// Sends one of the draft's messages: a Destination Options header, nothing after it.
void
SendDestinationOptions(Ptr<Node> node, const Header& message, Ipv6Address src, Ipv6Address dst)
{
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    SendIp(node, packet, src, dst, Ipv6Header::IPV6_EXT_DESTINATION);
}

/// Sends a Mobility Header behind a Home Address option; the checksum's pseudo-header
/// holds the home address as source (RFC 6275 6.1.1, 6.3).
void
SendWithHomeAddressOption(Ptr<Node> node,
                          hmipv6::MobilityHeader& message,
                          Ipv6Address src,
                          Ipv6Address dst)
{
    message.InitializeChecksum(kMhHome, dst);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    Ipv6ExtensionDestinationHeader destination;
    destination.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
    destination.AddOption(hmipv6::HomeAddressOption(kMhHome));
    packet->AddHeader(destination);
    SendIp(node, packet, src, dst, Ipv6Header::IPV6_EXT_DESTINATION);
}

/// Sends a Mobility Header to a care-of address through a type 2 routing header; the
/// pseudo-header holds the home address as destination (RFC 6275 6.1.1, 6.4).
void
SendWithType2Routing(Ptr<Node> node,
                     hmipv6::MobilityHeader& message,
                     Ipv6Address src,
                     Ipv6Address dst)
{
    message.InitializeChecksum(src, kMhHome);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    hmipv6::Type2RoutingHeader routing;
    routing.SetNextHeader(hmipv6::MobilityL4Protocol::PROT_NUMBER);
    routing.SetHomeAddress(kMhHome);
    packet->AddHeader(routing);
    SendIp(node, packet, src, dst, Ipv6Header::IPV6_EXT_ROUTING);
}

/// Whether an ICMPv6 packet is a Router Advertisement with a valid Mobility Information
/// Option among its options.
bool
FindMobilityInfoOption(Ptr<Packet> p)
{
    Icmpv6RA ra;
    if (p->GetSize() < ra.GetSerializedSize())
    {
        return false;
    }
    uint8_t type = 0;
    p->CopyData(&type, 1);
    if (type != Icmpv6Header::ICMPV6_ND_ROUTER_ADVERTISEMENT)
    {
        return false;
    }
    p->RemoveHeader(ra);
    while (p->GetSize() >= 2)
    {
        uint8_t option[2];
        p->CopyData(option, 2);
        if (option[1] == 0 || p->GetSize() < option[1] * 8u)
        {
            return false;
        }
        if (option[0] == MobilityInfoRaOption::DEFAULT_TYPE)
        {
            MobilityInfoRaOption info;
            return p->PeekHeader(info) != 0 && info.GetMsAddress() == kMs;
        }
        p->RemoveAtStart(option[1] * 8);
    }
    return false;
}

/// A Router Advertisement with the draft's Mobility Information Option after the
/// standard options (ns-3's RA parser stops at the first option it does not know).
void
SendRouterAdvertisement(Ptr<Node> router, uint32_t interface)
{
    Ptr<Ipv6L3Protocol> ipv6 = router->GetObject<Ipv6L3Protocol>();
    Ipv6Address linkLocal = ipv6->GetInterface(interface)->GetLinkLocalAddress().GetAddress();
    Ptr<Packet> p = Create<Packet>();
    MobilityInfoRaOption mobilityInfo;
    mobilityInfo.SetMsAddress(kMs);
    mobilityInfo.SetPrefixLength(64);
    p->AddHeader(mobilityInfo); // headers are prepended: the first added ends up last
    Icmpv6OptionPrefixInformation prefix(Ipv6Address("2001:a::"), 64);
    prefix.SetFlags(Icmpv6OptionPrefixInformation::ONLINK |
                    Icmpv6OptionPrefixInformation::AUTADDRCONF);
    prefix.SetValidTime(7200);
    prefix.SetPreferredTime(1800);
    p->AddHeader(prefix);
    p->AddHeader(Icmpv6OptionLinkLayerAddress(true, ipv6->GetNetDevice(interface)->GetAddress()));
    Icmpv6RA ra;
    ra.SetCurHopLimit(64);
    ra.SetLifeTime(1800);
    hmipv6::SetIcmpv6Checksum(ra,
                              linkLocal,
                              Ipv6Address::GetAllNodesMulticast(),
                              p->GetSize() + ra.GetSerializedSize());
    p->AddHeader(ra);
    SocketIpv6HopLimitTag hopLimit; // RFC 4861 6.1.2: receivers want 255
    hopLimit.SetHopLimit(255);
    p->AddPacketTag(hopLimit);

    Ptr<Socket> socket = Socket::CreateSocket(router, Ipv6RawSocketFactory::GetTypeId());
    socket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
    socket->Bind(Inet6SocketAddress(linkLocal, 0));
    socket->SendTo(p, 0, Inet6SocketAddress(Ipv6Address::GetAllNodesMulticast(), 0));
    socket->Close();
}

/// Puts one IPv6 address on a device and sets it up.
void
AddAddress(Ptr<Node> node, Ptr<NetDevice> device, Ipv6Address address)
{
    Ptr<Ipv6> ipv6 = node->GetObject<Ipv6>();
    int32_t interface = ipv6->GetInterfaceForDevice(device);
    if (interface < 0)
    {
        interface = ipv6->AddInterface(device);
    }
    ipv6->AddAddress(interface, Ipv6InterfaceAddress(address, Ipv6Prefix(64)));
    ipv6->SetUp(interface);
}

} // namespace

int
main(int argc, char* argv[])
{
    bool pcap = true;
    std::string outDir = "results/demo";
    bool verbose = false;

    CommandLine cmd(__FILE__);
    cmd.AddValue("pcap", "Write one pcap file per link", pcap);
    cmd.AddValue("outDir", "Folder for the output files", outDir);
    cmd.AddValue("verbose", "Log every message received", verbose);
    cmd.Parse(argc, argv);
    if (verbose)
    {
        LogComponentEnable("Hmipv6WireDemo", LOG_LEVEL_INFO);
    }
    // Fixed addresses, so no Duplicate Address Detection delay is needed.
    Config::SetDefault("ns3::Icmpv6L4Protocol::DAD", BooleanValue(false));

    NodeContainer nodes;
    nodes.Create(6);
    const char* names[] = {"MH", "AR", "MS", "PMS", "HA", "CH"};
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        Names::Add(names[i], nodes.Get(i));
    }
    Ptr<Node> mh = nodes.Get(0);
    Ptr<Node> ar = nodes.Get(1);
    Ptr<Node> ms = nodes.Get(2);
    Ptr<Node> pms = nodes.Get(3);
    Ptr<Node> ha = nodes.Get(4);
    Ptr<Node> ch = nodes.Get(5);

    CsmaHelper csma;
    csma.SetChannelAttribute("DataRate", StringValue("100Mbps"));
    csma.SetChannelAttribute("Delay", TimeValue(MicroSeconds(50)));
    NetDeviceContainer access = csma.Install(NodeContainer(mh, ar));
    NetDeviceContainer core = csma.Install(NodeContainer(ar, ms, pms, ha, ch));

    InternetStackHelper internet;
    internet.SetIpv4StackInstall(false);
    internet.Install(nodes);
    MobilityGlueHelper glue;
    glue.Install(nodes);

    AddAddress(mh, access.Get(0), kMhLcoa);
    AddAddress(ar, access.Get(1), kArAccess);
    const Ipv6Address coreAddresses[] = {kAr, kMs, kPms, kHa, kCh};
    for (uint32_t i = 0; i < core.GetN(); ++i)
    {
        AddAddress(core.Get(i)->GetNode(), core.Get(i), coreAddresses[i]);
    }
    // The home address lives on the mobile host's loopback, as on a host away from home.
    mh->GetObject<Ipv6>()->AddAddress(0, Ipv6InterfaceAddress(kMhHome, Ipv6Prefix(128)));
    ar->GetObject<Ipv6>()->SetForwarding(1, true);
    ar->GetObject<Ipv6>()->SetForwarding(2, true);

    Ipv6StaticRoutingHelper routing;
    routing.GetStaticRouting(mh->GetObject<Ipv6>())->SetDefaultRoute(kArAccess, 1);
    for (Ptr<Node> node : {ms, pms, ha, ch})
    {
        routing.GetStaticRouting(node->GetObject<Ipv6>())->SetDefaultRoute(kAr, 1);
    }

    // What the receivers accept, by message name.
    const std::map<uint8_t, std::string> optionNames = {
        {MobilityInfoHeader::DEFAULT_OPTION_TYPE, "MobilityInformation"},
        {RegistrationRequestHeader::DEFAULT_OPTION_TYPE, "RegistrationRequest"},
        {RegistrationUpdateHeader::DEFAULT_OPTION_TYPE, "RegistrationUpdate"},
        {RegistrationRefreshHeader::DEFAULT_OPTION_TYPE, "RegistrationRefresh"},
        {HandoffRequestHeader::DEFAULT_OPTION_TYPE, "HandoffRequest"},
        {hmipv6::HomeAddressOption::TYPE, "HomeAddressOption"},
    };
    const std::map<uint8_t, std::string> mhNames = {
        {hmipv6::MobilityHeader::BINDING_REFRESH_REQUEST, "BindingRefreshRequest"},
        {hmipv6::MobilityHeader::HOME_TEST_INIT, "HoTI"},
        {hmipv6::MobilityHeader::CARE_OF_TEST_INIT, "CoTI"},
        {hmipv6::MobilityHeader::HOME_TEST, "HoT"},
        {hmipv6::MobilityHeader::CARE_OF_TEST, "CoT"},
        {hmipv6::MobilityHeader::BINDING_UPDATE, "BindingUpdate"},
        {hmipv6::MobilityHeader::BINDING_ACK, "BindingAcknowledgement"},
        {hmipv6::MobilityHeader::BINDING_ERROR, "BindingError"},
    };
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        Ptr<Node> node = nodes.Get(i);
        for (const auto& [number, name] : optionNames)
        {
            MobilityGlueHelper::GetOptionHandler(node, number)
                ->TraceConnectWithoutContext(
                    "Rx",
                    MakeBoundCallback(
                        +[](std::string name,
                            Ptr<const Packet>,
                            const Ipv6Header&,
                            uint8_t,
                            const std::vector<uint8_t>&) { Received(name); },
                        name));
        }
        Ptr<hmipv6::MobilityL4Protocol> mobility = node->GetObject<hmipv6::MobilityL4Protocol>();
        for (const auto& [type, name] : mhNames)
        {
            mobility->RegisterHandler(
                type,
                MakeBoundCallback(
                    +[](std::string name, Ptr<Packet>, const Ipv6Header&, uint32_t) {
                        Received(name);
                    },
                    name));
        }
        MobilityGlueHelper::GetType2Routing(node)->TraceConnectWithoutContext(
            "Rx",
            MakeCallback(+[](Ptr<const Packet>, const Ipv6Header&, Ipv6Address) {
                Received("Type2RoutingHeader");
            }));
    }
    // The mobile host reads Router Advertisements on a raw ICMPv6 socket, besides ns-3's
    // own processing of them, to see the Mobility Information Option.
    Ptr<Socket> raSocket = Socket::CreateSocket(mh, Ipv6RawSocketFactory::GetTypeId());
    raSocket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
    raSocket->SetRecvCallback(MakeCallback(+[](Ptr<Socket> socket) {
        while (Ptr<Packet> p = socket->Recv())
        {
            Ipv6Header ip;
            p->RemoveHeader(ip);
            if (FindMobilityInfoOption(p))
            {
                Received("RouterAdvertisement+MobilityInfoOption");
            }
        }
    }));

    // The messages, one every 100 ms, each from the node that would send it.
    Time t = Seconds(1);
    const Time step = MilliSeconds(100);
    auto at = [&t, step](auto&& f) {
        Simulator::Schedule(t, f);
        t += step;
    };

    at([ar]() { SendRouterAdvertisement(ar, 1); });
    at([ms]() {
        MobilityInfoHeader info; // MS -> routers of its area (draft 4.3.1)
        info.SetMsAddress(kMs);
        info.SetPrefixLength(64);
        SendDestinationOptions(ms, info, kMs, kAr);
    });
    at([mh]() {
        RegistrationRequestHeader request; // inter-domain move (draft 4.2.1, Figure 6)
        request.SetAcknowledgeRequested(true);
        request.SetPrefixLength(64);
        request.SetSequence(1);
        request.SetLifetime(600);
        request.SetPreviousMs(kPms);
        request.SetHomeAddress(kMhHome);
        SendDestinationOptions(mh, request, kMhLcoa, kMs);
    });
    at([ms]() {
        HandoffRequestHeader handoff; // new MS -> previous MS (draft 4.3.6, Figure 8)
        handoff.SetAcknowledgeRequested(true);
        handoff.SetPrefixLength(64);
        handoff.SetSequence(1);
        handoff.SetLifetime(600);
        handoff.SetGlobalCoa(kMhGcoa);
        handoff.SetHomeAddress(kMhHome);
        SendDestinationOptions(ms, handoff, kMs, kPms);
    });
    at([ms]() {
        hmipv6::BindingAckHeader ack; // the MS acknowledges "in the MIP format" (draft 4.3.2)
        ack.SetStatus(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED);
        ack.SetSequence(1);
        ack.SetLifetimeUnits(150);
        SendMh(ms, ack, kMs, kMhLcoa);
    });
    at([mh]() {
        RegistrationUpdateHeader update; // intra-domain move (draft 4.2.1, Figure 7)
        update.SetAcknowledgeRequested(true);
        update.SetPrefixLength(64);
        update.SetSequence(2);
        update.SetLifetime(600);
        update.SetHomeAddress(kMhHome);
        SendDestinationOptions(mh, update, kMhLcoa, kMs);
    });
    at([mh]() {
        RegistrationRefreshHeader refresh; // draft 4.2.2
        refresh.SetAcknowledgeRequested(true);
        refresh.SetPrefixLength(64);
        refresh.SetSequence(3);
        refresh.SetLifetime(600);
        refresh.SetHomeAddress(kMhHome);
        SendDestinationOptions(mh, refresh, kMhLcoa, kMs);
    });
    at([mh]() {
        // Binding Update to the home agent with the GCoA as care-of address, from the
        // LCoA here (the roles will send it from the GCoA, through the MS); the home
        // address travels in a Home Address option (RFC 6275 6.1.7, 6.3).
        hmipv6::BindingUpdateHeader bu;
        bu.SetSequence(1);
        bu.SetAcknowledge(true);
        bu.SetHomeRegistration(true);
        bu.SetLifetimeUnits(150);
        hmipv6::MobilityOptions options;
        options.SetAlternateCoa(hmipv6::AlternateCoaOption(kMhGcoa));
        bu.SetOptions(options);
        SendWithHomeAddressOption(mh, bu, kMhLcoa, kHa);
    });
    at([ha]() {
        hmipv6::BindingAckHeader ack; // to the care-of address, with a type 2 routing header
        ack.SetStatus(hmipv6::BindingAckHeader::BINDING_UPDATE_ACCEPTED);
        ack.SetSequence(1);
        ack.SetLifetimeUnits(150);
        SendWithType2Routing(ha, ack, kHa, kMhLcoa);
    });
    at([ha]() {
        hmipv6::BindingRefreshRequestHeader brr;
        SendMh(ha, brr, kHa, kMhLcoa);
    });
    at([ha]() {
        hmipv6::BindingErrorHeader error;
        error.SetStatus(hmipv6::BindingErrorHeader::UNKNOWN_BINDING_FOR_HOME_ADDRESS_OPTION);
        error.SetHomeAddress(kMhHome);
        SendMh(ha, error, kHa, kMhLcoa);
    });
    at([mh]() {
        hmipv6::HomeTestInitHeader hoti; // return routability (RFC 6275 5.2.5)
        hoti.SetHomeInitCookie({1, 2, 3, 4, 5, 6, 7, 8});
        SendMh(mh, hoti, kMhLcoa, kCh);
    });
    at([mh]() {
        hmipv6::CareOfTestInitHeader coti;
        coti.SetCareOfInitCookie({8, 7, 6, 5, 4, 3, 2, 1});
        SendMh(mh, coti, kMhLcoa, kCh);
    });
    at([ch]() {
        hmipv6::HomeTestHeader hot;
        hot.SetHomeNonceIndex(1);
        hot.SetHomeInitCookie({1, 2, 3, 4, 5, 6, 7, 8});
        hot.SetHomeKeygenToken({0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8});
        SendMh(ch, hot, kCh, kMhLcoa);
    });
    at([ch]() {
        hmipv6::CareOfTestHeader cot;
        cot.SetCareOfNonceIndex(2);
        cot.SetCareOfInitCookie({8, 7, 6, 5, 4, 3, 2, 1});
        cot.SetCareOfKeygenToken({0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8});
        SendMh(ch, cot, kCh, kMhLcoa);
    });

    if (pcap)
    {
        SystemPath::MakeDirectories(outDir);
        csma.EnablePcap(outDir + "/access", access.Get(1), true);
        csma.EnablePcap(outDir + "/mobility-network", core.Get(0), true);
    }

    Simulator::Stop(t + Seconds(1));
    Simulator::Run();
    Simulator::Destroy();

    const char* expected[] = {"RouterAdvertisement+MobilityInfoOption",
                              "MobilityInformation",
                              "RegistrationRequest",
                              "RegistrationUpdate",
                              "RegistrationRefresh",
                              "HandoffRequest",
                              "HomeAddressOption",
                              "Type2RoutingHeader",
                              "BindingUpdate",
                              "BindingAcknowledgement",
                              "BindingRefreshRequest",
                              "BindingError",
                              "HoTI",
                              "CoTI",
                              "HoT",
                              "CoT"};
    int missing = 0;
    std::cout << "message                                  received\n";
    for (const char* name : expected)
    {
        std::cout << std::left << std::setw(41) << name << g_received[name] << "\n";
        missing += g_received[name] == 0 ? 1 : 0;
    }
    if (pcap)
    {
        std::cout << "pcap files: " << outDir << "/access-AR-0.pcap, " << outDir
                  << "/mobility-network-AR-1.pcap\n";
    }
    if (missing > 0)
    {
        std::cerr << missing << " message(s) were not received\n";
        return 1;
    }
    return 0;
}
