// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROLE_FUZZER_H
#define HMIPV6_ROLE_FUZZER_H

// libFuzzer harness for the roles' whole receive paths. One network (the draft's
// topology, every role installed by the helpers, the host registered with its MS and
// its home agent) is built at the first input and kept: each input is one IPv6 packet
// handed to a node's Ipv6L3Protocol::Receive as if from its link, the simulation runs
// 20 ms, and the roles' state is checked.
//
// Input: octet 0 chooses the source address, octet 1 the destination (both from the
// World's address list), octet 2 the receiving node (high bits), the Next Header (low bits)
// and the Hop Limit (bit 3: 255, else 64); the rest is the IPv6 payload. Targets that
// fuzz some ICMPv6 message types map any other type onto theirs. The seed corpus in
// test/fuzz/corpus is the wire demo's packets in this format (tools/fuzz-seeds.py).
//
// Invariants, after every input:
// - bounded state: the MS's and home agent's bindings and pending DADs, the ND proxies'
//   pending answers, the rate-limit tables and the routers' MS lists within their limits;
// - with authentication on (the default; HMIPV6_FUZZ_AUTH=off turns it off to reach the
//   code behind the checks), nothing the fuzzer sends changes a binding: the MS still
//   maps the home address to the host's LCoA, the home agent to its GCoA, and the host
//   is still registered with its MS (targets whose messages the draft does not protect,
//   Router Advertisements and Neighbour Discovery, check the bounds only).

#include "../roles/hmip-test-network.h"

#include "ns3/config.h"
#include "ns3/hmip-helper.h"
#include "ns3/ipv6-tunnel-l4-protocol.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/nd-proxy.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace ns3
{
namespace hmipv6fuzz
{

/// The nodes an input can be delivered to.
enum class At
{
    HOST,                  //!< the mobile host, on its access link
    MOBILITY_SERVER,       //!< the MS of domain 1, on the Mobility Network
    ACCESS_ROUTER,         //!< AR1 of domain 1, on its access link
    ACCESS_ROUTER_NETWORK, //!< AR1 of domain 1, on the Mobility Network side
    HOME_AGENT,            //!< the home agent, on the home link
    CORRESPONDENT,         //!< CH1, outside every domain
};

/// What a fuzz target sends, to where.
struct Target
{
    /**
     * \param n receiving nodes
     * \param h Next Header values
     * \param t forced ICMPv6 types (none: as fuzzed)
     * \param p whether the messages are authenticated
     */
    Target(std::vector<At> n, std::vector<uint8_t> h, std::vector<uint8_t> t = {}, bool p = true)
        : nodes(std::move(n)),
          nextHeaders(std::move(h)),
          icmpTypes(std::move(t)),
          protectedMessages(p)
    {
    }

    std::vector<At> nodes;            //!< receiving nodes (octet 2, high bits)
    std::vector<uint8_t> nextHeaders; //!< Next Header values (octet 2, low bits)
    std::vector<uint8_t> icmpTypes;   //!< forced ICMPv6 type (Next Header 58), if any
    bool protectedMessages;           //!< the draft or RFC 4285 authenticates them
};

/// The network, built once.
class World
{
  public:
    World()
    {
        const char* auth = std::getenv("HMIPV6_FUZZ_AUTH");
        m_authenticated = !(auth && std::strcmp(auth, "off") == 0);
        Config::SetDefault("ns3::hmipv6::KeyChain::RequireAuthentication",
                           BooleanValue(m_authenticated));
        hmipv6test::NetConfig config;
        config.flowStart = Seconds(1e9); // no data flows: only the fuzzer's packets
        m_net = std::make_unique<hmipv6test::HmipTestNetwork>(config);
        m_net->Handoff()->ScheduleSwitch(Seconds(0.5), m_net->AccessPoint(0, 0));
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        const auto& domain = m_net->topology->GetDomains()[0];
        m_ms = m_net->servers[0][0][0];
        m_gcoa = m_net->mh->GetGlobalCareOfAddress();
        m_lcoa = m_net->mh->GetLocalCareOfAddress();
        if (m_ms->GetLocalCareOf(HmipTopologyHelper::HOME_ADDRESS) != m_lcoa ||
            m_net->ha->GetCareOfAddress(HmipTopologyHelper::HOME_ADDRESS) != m_gcoa)
        {
            Fail("the host did not register before the first input");
        }
        m_nodes[At::HOST] = m_net->topology->GetMobileHost();
        m_nodes[At::MOBILITY_SERVER] = domain.server;
        m_nodes[At::ACCESS_ROUTER] = domain.accessRouters[0];
        m_nodes[At::ACCESS_ROUTER_NETWORK] = domain.accessRouters[0];
        m_nodes[At::HOME_AGENT] = m_net->topology->GetHomeAgent();
        m_nodes[At::CORRESPONDENT] = m_net->topology->GetExternalCorrespondent();
        Ipv6Address arLinkLocal = LinkLocal(domain.accessRouters[0], 1);
        m_addresses = {HmipTopologyHelper::HOME_ADDRESS,
                       m_lcoa,
                       m_gcoa,
                       domain.serverAddress,
                       domain.routerAddresses[0],
                       arLinkLocal,
                       HmipTopologyHelper::HOME_AGENT,
                       HmipTopologyHelper::CH1_ADDRESS,
                       domain.correspondentAddress,
                       LinkLocal(domain.server, 1),
                       LinkLocal(m_nodes[At::HOST], 1),
                       Ipv6Address::GetAllNodesMulticast(),
                       Ipv6Address::MakeSolicitedAddress(m_gcoa),
                       Ipv6Address::MakeSolicitedAddress(HmipTopologyHelper::HOME_ADDRESS),
                       Ipv6Address::GetAllRoutersMulticast(),
                       Ipv6Address::GetAny(),
                       Ipv6Address("2001:db8:bad::1"),
                       Ipv6Address("fe80::bad")};
    }

    /**
     * \brief Deliver one input and check the invariants.
     * \param target what the target sends
     * \param data the input
     * \param size its length
     */
    void Deliver(const Target& target, const uint8_t* data, std::size_t size)
    {
        if (size < 3)
        {
            return;
        }
        Ipv6Address src = m_addresses[data[0] % m_addresses.size()];
        Ipv6Address dst = m_addresses[data[1] % m_addresses.size()];
        At at = target.nodes[(data[2] >> 4) % target.nodes.size()];
        uint8_t nextHeader = target.nextHeaders[(data[2] & 0x07) % target.nextHeaders.size()];
        std::vector<uint8_t> payload(data + 3, data + size);
        const std::vector<uint8_t>& types = target.icmpTypes;
        if (nextHeader == 58 && !types.empty() && !payload.empty() &&
            std::find(types.begin(), types.end(), payload[0]) == types.end())
        {
            payload[0] = types[payload[0] % types.size()];
        }

        if (nextHeader == 58 && HitsNs3LinkLayerOptionBug(payload))
        {
            return;
        }
        Ptr<Node> node = m_nodes[at];
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        int32_t interface =
            dst.IsMulticast() || dst.IsAny() ? -1 : ipv6->GetInterfaceForAddress(dst);
        if (interface <= 0)
        {
            interface = at == At::ACCESS_ROUTER_NETWORK ? 2 : 1;
        }
        if (static_cast<uint32_t>(interface) >= ipv6->GetNInterfaces())
        {
            interface = 1;
        }
        Ptr<NetDevice> device = ipv6->GetNetDevice(interface);

        Ptr<Packet> packet = Create<Packet>(payload.data(), payload.size());
        Ipv6Header header;
        header.SetSource(src);
        header.SetDestination(dst);
        header.SetNextHeader(nextHeader);
        header.SetPayloadLength(payload.size());
        header.SetHopLimit((data[2] & 0x08) ? 255 : 64);
        packet->AddHeader(header);
        ipv6->Receive(device,
                      packet,
                      Ipv6L3Protocol::PROT_NUMBER,
                      Mac48Address("02:00:00:00:0b:ad"),
                      device->GetAddress(),
                      dst.IsMulticast() ? NetDevice::PACKET_MULTICAST : NetDevice::PACKET_HOST);
        Simulator::Stop(MilliSeconds(20));
        Simulator::Run();
        Check(target);
    }

  private:
    /**
     * \brief Whether an ICMPv6 message would reach a known ns-3 bug the module cannot work
     *        around: Icmpv6OptionLinkLayerAddress::Deserialize (3.37 to 3.48) reads
     *        Length * 8 - 2 octets into a 32-octet stack buffer, and past the end of the
     *        message if the option is longer than what is left, so a Neighbour Discovery
     *        message with a link-layer address option of length 0, above 4, or running
     *        past the message corrupts the memory of any ns-3 node; and
     *        Icmpv6L4Protocol::HandleRA loops for ever on a Prefix Information option that
     *        runs past the message (see the doc's fuzzing section).
     * \param icmp the ICMPv6 message
     * \return whether it would
     */
    static bool HitsNs3LinkLayerOptionBug(const std::vector<uint8_t>& icmp)
    {
        static const std::map<uint8_t, std::size_t> fixed = {{133, 8},
                                                             {134, 16},
                                                             {135, 24},
                                                             {136, 24},
                                                             {137, 40}};
        auto it = icmp.empty() ? fixed.end() : fixed.find(icmp[0]);
        if (it == fixed.end())
        {
            return false;
        }
        for (std::size_t i = it->second; i + 1 < icmp.size(); i += icmp[i + 1] * 8)
        {
            bool linkLayer = icmp[i] == 1 || icmp[i] == 2;
            if (icmp[i + 1] == 0 || i + icmp[i + 1] * 8 > icmp.size() ||
                (linkLayer && icmp[i + 1] > 4))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * \param node a node
     * \param interface one of its interfaces
     * \return the link-local address of that interface
     */
    static Ipv6Address LinkLocal(Ptr<Node> node, uint32_t interface)
    {
        Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
        for (uint32_t j = 0; j < ipv6->GetNAddresses(interface); ++j)
        {
            Ipv6Address a = ipv6->GetAddress(interface, j).GetAddress();
            if (a.IsLinkLocal())
            {
                return a;
            }
        }
        return Ipv6Address("fe80::1");
    }

    /**
     * \brief Report a broken invariant the way libFuzzer records a finding.
     * \param what the invariant
     */
    [[noreturn]] static void Fail(const char* what)
    {
        std::fprintf(stderr, "hmipv6 fuzz invariant broken: %s\n", what);
        std::abort();
    }

    /**
     * \brief Check the invariants (see the file's comment).
     * \param target the target that sent the input
     */
    void Check(const Target& target) const
    {
        const Ipv6Address home = HmipTopologyHelper::HOME_ADDRESS;
        UintegerValue limit;
        m_ms->GetAttribute("MaxBindings", limit);
        if (m_ms->GetNBindings() > limit.Get())
        {
            Fail("the MS holds more bindings than MaxBindings");
        }
        m_ms->GetAttribute("MaxPendingDad", limit);
        if (m_ms->GetNPendingDad() > limit.Get())
        {
            Fail("the MS runs more DADs than MaxPendingDad");
        }
        m_net->ha->GetAttribute("MaxBindings", limit);
        if (m_net->ha->GetBindingCache().Size() > limit.Get())
        {
            Fail("the home agent holds more bindings than MaxBindings");
        }
        m_net->ha->GetAttribute("MaxPendingDad", limit);
        if (m_net->ha->GetNPendingDad() > limit.Get())
        {
            Fail("the home agent runs more DADs than MaxPendingDad");
        }
        m_net->ch1->GetAttribute("MaxBindings", limit);
        if (m_net->ch1->GetBindingCache().Size() > limit.Get())
        {
            Fail("the correspondent holds more bindings than MaxBindings");
        }
        for (const auto& [at, node] : m_nodes)
        {
            if (Ptr<hmipv6::NdProxy> proxy = node->GetObject<hmipv6::NdProxy>())
            {
                proxy->GetAttribute("MaxPendingAnswers", limit);
                if (proxy->GetPendingAnswerCount() > limit.Get())
                {
                    Fail("an ND proxy schedules more answers than MaxPendingAnswers");
                }
            }
            if (Ptr<hmipv6::MobilityL4Protocol> mh = node->GetObject<hmipv6::MobilityL4Protocol>())
            {
                mh->GetAttribute("BindingErrorTableSize", limit);
                if (mh->GetBindingErrorTableSize() > limit.Get())
                {
                    Fail("a Binding Error rate-limit table outgrew BindingErrorTableSize");
                }
            }
        }
        for (Ptr<MobilityInfoRouterAdvertiser> router : m_net->routers)
        {
            if (router->GetMobilityServerList().GetN() > kMaxServersPerRouter)
            {
                Fail("a router lists more Mobility Servers than it can advertise");
            }
        }
        if (!m_authenticated || !target.protectedMessages)
        {
            return;
        }
        if (m_ms->GetNBindings() != 1 || m_ms->GetLocalCareOf(home) != m_lcoa)
        {
            Fail("an unauthenticated packet changed the MS's bindings");
        }
        if (m_net->ha->GetBindingCache().Size() != 1 || m_net->ha->GetCareOfAddress(home) != m_gcoa)
        {
            Fail("an unauthenticated packet changed the home agent's bindings");
        }
        if (m_net->mh->GetMobilityServer() != m_ms->GetAddress() ||
            m_net->mh->GetGlobalCareOfAddress() != m_gcoa ||
            m_net->mh->GetLocalCareOfAddress() != m_lcoa)
        {
            Fail("an unauthenticated packet changed the host's registration");
        }
    }

    /// More MSs than one router's advertisement can carry (a forged MI must not add one).
    static constexpr std::size_t kMaxServersPerRouter = 64;

    bool m_authenticated{true};                         //!< RequireAuthentication
    std::unique_ptr<hmipv6test::HmipTestNetwork> m_net; //!< the network
    Ptr<MobilityServer> m_ms;                           //!< the host's MS
    Ipv6Address m_gcoa;                                 //!< the host's GCoA
    Ipv6Address m_lcoa;                                 //!< and LCoA
    std::map<At, Ptr<Node>> m_nodes;                    //!< receiving nodes
    std::vector<Ipv6Address> m_addresses;               //!< sources and destinations
};

/**
 * \brief One fuzzing step.
 * \param target the target
 * \param data the input
 * \param size its length
 */
inline void
FuzzRole(const Target& target, const uint8_t* data, std::size_t size)
{
    static World* world = new World(); // kept for the whole run; never destroyed
    world->Deliver(target, data, size);
}

} // namespace hmipv6fuzz
} // namespace ns3

/// Defines the libFuzzer entry point for a role target.
#define HMIPV6_ROLE_FUZZER(...)                                                                    \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)                   \
    {                                                                                              \
        static const ns3::hmipv6fuzz::Target target{__VA_ARGS__};                                  \
        ns3::hmipv6fuzz::FuzzRole(target, data, size);                                             \
        return 0;                                                                                  \
    }

#endif /* HMIPV6_ROLE_FUZZER_H */
