// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIP_TEST_NETWORK_H
#define HMIPV6_HMIP_TEST_NETWORK_H

#include "ns3/binding-cache.h"
#include "ns3/boolean.h"
#include "ns3/correspondent-node.h"
#include "ns3/hmip-helper.h"
#include "ns3/hmip-mobile-node.h"
#include "ns3/hmip-topology-helper.h"
#include "ns3/home-agent.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mobility-info-router-advertiser.h"
#include "ns3/mobility-server.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup hmipv6-test
 * The draft's topology (HmipTopologyHelper) with every role installed by the helpers, the
 * home link as an access link, Mobility Servers that can stop, crash and start again, and
 * two CBR flows to the home address (from CH1 outside every domain, and from CH2 of the
 * first domain), for tests of whole move sequences.
 */

namespace ns3
{
namespace hmipv6test
{

/// One period during which a Mobility Server application runs.
struct ServerLife
{
    Time start;          //!< StartApplication
    Time stop;           //!< StopApplication (zero: runs to the end)
    bool withdraw{true}; //!< a graceful stop withdraws; false models a crash
};

/// What to build.
struct NetConfig
{
    std::vector<uint32_t> accessRouters{2, 1}; //!< access routers per domain
    uint32_t serversPerDomain{1};              //!< MSs per Mobility Network
    bool homeAccessPoint{true};                //!< the host can go home
    bool useMobilityServer{true};              //!< false: plain Mobile IPv6
    bool routeOptimization{false};             //!< CH1 and CH2 are the host's correspondents
    Time lifetime{Seconds(420)};               //!< lifetimes the host asks for
    Time flowInterval{MilliSeconds(20)};       //!< each CBR flow's period
    Time flowStart{Seconds(4)};                //!< both flows start
    Time flowStop{Seconds(1000)};              //!< and stop
    Time haDelay{MilliSeconds(10)};            //!< border links
    uint16_t linkMtu{0};                       //!< MTU of every link (0: SimpleNetDevice's)
    /// Lives of server j of domain k ({k, j}); one life from 0 when absent.
    std::map<std::pair<uint32_t, uint32_t>, std::vector<ServerLife>> lives;
};

/// A CBR flow to the home address, every packet's send and receive time.
struct Flow
{
    uint16_t port{0};                 //!< destination port
    Ptr<Socket> source;               //!< sender
    Ptr<Socket> sink;                 //!< receiver on the host
    std::vector<Time> sent;           //!< send time of sequence number i
    std::map<uint32_t, Time> arrived; //!< first arrival, by sequence number

    /// \return packets sent in [from, to) that never arrived
    uint32_t Lost(Time from, Time to) const
    {
        uint32_t n = 0;
        for (uint32_t i = 0; i < sent.size(); ++i)
        {
            n += sent[i] >= from && sent[i] < to && arrived.count(i) == 0 ? 1 : 0;
        }
        return n;
    }

    /// \return the first arrival, before `before`, of a packet sent at or after `after`
    ///         (it took the path that exists after an event at `after`)
    std::optional<Time> FirstArrival(Time after, Time before) const
    {
        std::optional<Time> first;
        for (const auto& [seq, at] : arrived)
        {
            if (sent[seq] >= after && at < before && (!first || at < *first))
            {
                first = at;
            }
        }
        return first;
    }

    /// \return the longest time without an arrival in [from, to)
    Time LongestGap(Time from, Time to) const
    {
        std::vector<Time> times;
        for (const auto& [seq, at] : arrived)
        {
            if (at >= from && at < to)
            {
                times.push_back(at);
            }
        }
        std::sort(times.begin(), times.end());
        Time gap = Seconds(0);
        Time last = from;
        for (Time t : times)
        {
            gap = std::max(gap, t - last);
            last = t;
        }
        return std::max(gap, to - last);
    }
};

/// The network.
class HmipTestNetwork
{
  public:
    /**
     * \brief Build the topology, the roles and the flows (nothing is scheduled but the
     *        servers' lives and the flows).
     * \param config what to build
     */
    explicit HmipTestNetwork(const NetConfig& config)
        : m_config(config)
    {
        HmipTopologyHelper::Config topo;
        topo.accessRouters = config.accessRouters;
        topo.serversPerDomain = config.serversPerDomain;
        topo.homeAccessPoint = config.homeAccessPoint;
        topo.haDelay = config.haDelay;
        topology = std::make_unique<HmipTopologyHelper>(topo);
        const HmipTopologyHelper& t = *topology;
        NodeContainer nodes = t.GetNodes();
        for (uint32_t i = 0; config.linkMtu != 0 && i < nodes.GetN(); ++i)
        {
            for (uint32_t d = 0; d < nodes.Get(i)->GetNDevices(); ++d)
            {
                if (Ptr<SimpleNetDevice> device =
                        DynamicCast<SimpleNetDevice>(nodes.Get(i)->GetDevice(d)))
                {
                    device->SetMtu(config.linkMtu);
                }
            }
        }

        Mipv6Helper mip;
        mip.SetHomeAgentAttribute("ProxyReplyDelay",
                                  StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        mip.SetHomeAgentAttribute("MaxBindingLifetime", TimeValue(config.lifetime));
        ha = DynamicCast<hmipv6::HomeAgent>(
            mip.InstallHomeAgent(t.GetHomeAgent(), 1, HmipTopologyHelper::HOME_PREFIX).Get(0));
        ch1 = hmipv6::CorrespondentNode::InstallOn(t.GetExternalCorrespondent());

        hmip.SetMobilityServerAttribute("ProxyReplyDelay",
                                        StringValue("ns3::ConstantRandomVariable[Constant=0]"));
        hmip.SetMobilityServerAttribute("MaxLifetime", TimeValue(config.lifetime));
        if (config.homeAccessPoint)
        {
            hmip.InstallRouter(t.GetInternetRouter(), 1, HmipTopologyHelper::HOME_PREFIX);
        }
        for (uint32_t k = 0; k < t.GetDomains().size(); ++k)
        {
            const HmipTopologyHelper::Domain& d = t.GetDomains()[k];
            for (uint32_t i = 0; i < d.accessRouters.size(); ++i)
            {
                routers.push_back(DynamicCast<MobilityInfoRouterAdvertiser>(
                    hmip.InstallRouter(d.accessRouters[i], 1, d.accessPrefixes[i]).Get(0)));
            }
            servers.emplace_back(d.servers.size());
            for (uint32_t j = 0; j < d.servers.size(); ++j)
            {
                auto it = config.lives.find({k, j});
                std::vector<ServerLife> lives =
                    it == config.lives.end() ? std::vector<ServerLife>{ServerLife{}} : it->second;
                for (const ServerLife& life : lives)
                {
                    // Every server of a domain serves every router of it (failover).
                    hmip.SetMobilityServerAttribute("WithdrawOnStop", BooleanValue(life.withdraw));
                    Ptr<MobilityServer> ms =
                        DynamicCast<MobilityServer>(hmip.InstallMobilityServer(d.servers[j],
                                                                               1,
                                                                               d.mobilityNetwork,
                                                                               64,
                                                                               d.routerAddresses)
                                                        .Get(0));
                    ms->SetStartTime(life.start);
                    if (life.stop.IsStrictlyPositive())
                    {
                        ms->SetStopTime(life.stop);
                    }
                    servers[k][j].push_back(ms);
                }
            }
            ch2.push_back(hmipv6::CorrespondentNode::InstallOn(d.correspondent));
        }
        hmip.SetMobileNodeAttribute("UseMobilityServer", BooleanValue(config.useMobilityServer));
        hmip.SetMobileNodeAttribute("LocalPrefixLength", UintegerValue(32));
        hmip.SetMobileNodeAttribute("RegistrationLifetime", TimeValue(config.lifetime));
        hmip.SetMobileNodeAttribute("BindingLifetime", TimeValue(config.lifetime));
        hmip.SetMobileNodeAttribute("RouteOptimization", BooleanValue(config.routeOptimization));
        hmip.SetLinkModel(t.GetHandoff());
        mh = DynamicCast<HmipMobileNode>(hmip.InstallMobileNode(t.GetMobileHost(),
                                                                HmipTopologyHelper::HOME_ADDRESS,
                                                                HmipTopologyHelper::HOME_AGENT)
                                             .Get(0));
        if (config.routeOptimization)
        {
            mh->AddCorrespondent(HmipTopologyHelper::CH1_ADDRESS);
            mh->AddCorrespondent(t.GetDomains()[0].correspondentAddress);
        }

        flows.resize(2);
        StartFlow(flows[0], t.GetExternalCorrespondent(), 9001);
        StartFlow(flows[1], t.GetDomains()[0].correspondent, 9002);
    }

    HmipTestNetwork(const HmipTestNetwork&) = delete;
    HmipTestNetwork& operator=(const HmipTestNetwork&) = delete;

    /// \return the link switch
    Ptr<hmipv6::LinkSwitchHandoff> Handoff() const
    {
        return topology->GetHandoff();
    }

    /// \return access point i (counting domain by domain) of the access routers
    uint32_t AccessPoint(uint32_t domain, uint32_t router) const
    {
        return topology->GetDomains().at(domain).accessPoints.at(router);
    }

    /// \return the home link's access point
    uint32_t HomeAccessPoint() const
    {
        return topology->GetHomeAccessPoint();
    }

    /// \return the care-of address a binding cache keeps for the home address (:: none)
    static Ipv6Address CareOf(const hmipv6::BindingCache& cache)
    {
        const hmipv6::BindingCache::Entry* e = cache.Find(HmipTopologyHelper::HOME_ADDRESS);
        return e ? e->careOfAddress : Ipv6Address::GetAny();
    }

    /// \return every address of the host, on every interface
    std::set<Ipv6Address> HostAddresses() const
    {
        std::set<Ipv6Address> addresses;
        Ptr<Ipv6L3Protocol> ipv6 = topology->GetMobileHost()->GetObject<Ipv6L3Protocol>();
        for (uint32_t i = 0; i < ipv6->GetNInterfaces(); ++i)
        {
            for (uint32_t j = 0; j < ipv6->GetNAddresses(i); ++j)
            {
                addresses.insert(ipv6->GetAddress(i, j).GetAddress());
            }
        }
        return addresses;
    }

    /// \return the running application of a server, or null when it is down
    Ptr<MobilityServer> RunningServer(uint32_t domain, uint32_t server) const
    {
        Time now = Simulator::Now();
        auto it = m_config.lives.find({domain, server});
        std::vector<ServerLife> lives =
            it == m_config.lives.end() ? std::vector<ServerLife>{ServerLife{}} : it->second;
        for (uint32_t i = 0; i < lives.size(); ++i)
        {
            if (lives[i].start <= now && (lives[i].stop.IsZero() || now < lives[i].stop))
            {
                return servers.at(domain).at(server).at(i);
            }
        }
        return nullptr;
    }

    std::unique_ptr<HmipTopologyHelper> topology;                       //!< nodes and links
    HmipHelper hmip;                                                    //!< installs the roles
    Ptr<hmipv6::HomeAgent> ha;                                          //!< home agent
    Ptr<hmipv6::CorrespondentNode> ch1;                                 //!< external CH
    std::vector<Ptr<hmipv6::CorrespondentNode>> ch2;                    //!< CH2 of each domain
    std::vector<std::vector<std::vector<Ptr<MobilityServer>>>> servers; //!< [k][j][life]
    std::vector<Ptr<MobilityInfoRouterAdvertiser>> routers;             //!< access routers
    Ptr<HmipMobileNode> mh;                                             //!< the host
    std::vector<Flow> flows;                                            //!< CH1's, CH2's

  private:
    /**
     * \brief Start a CBR flow from a node to the home address.
     * \param flow the flow
     * \param from the sender
     * \param port the destination port
     */
    void StartFlow(Flow& flow, Ptr<Node> from, uint16_t port)
    {
        flow.port = port;
        flow.sink = Socket::CreateSocket(topology->GetMobileHost(), UdpSocketFactory::GetTypeId());
        flow.sink->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), port));
        Flow* f = &flow;
        flow.sink->SetRecvCallback(Callback<void, Ptr<Socket>>([f](Ptr<Socket> s) {
            while (Ptr<Packet> p = s->Recv())
            {
                uint8_t key[4];
                p->CopyData(key, 4);
                uint32_t seq = (uint32_t(key[0]) << 24) | (uint32_t(key[1]) << 16) |
                               (uint32_t(key[2]) << 8) | key[3];
                f->arrived.emplace(seq, Simulator::Now());
            }
        }));
        flow.source = Socket::CreateSocket(from, UdpSocketFactory::GetTypeId());
        flow.source->Bind6();
        Simulator::Schedule(m_config.flowStart, &HmipTestNetwork::SendNext, this, f);
    }

    /**
     * \brief Send one packet of a flow and schedule the next.
     * \param flow the flow
     */
    void SendNext(Flow* flow)
    {
        if (Simulator::Now() >= m_config.flowStop)
        {
            return;
        }
        uint32_t seq = flow->sent.size();
        uint8_t payload[100] = {};
        for (uint32_t i = 0; i < 4; ++i)
        {
            payload[i] = static_cast<uint8_t>(seq >> (24 - 8 * i));
        }
        flow->sent.push_back(Simulator::Now());
        flow->source->SendTo(Create<Packet>(payload, sizeof(payload)),
                             0,
                             Inet6SocketAddress(HmipTopologyHelper::HOME_ADDRESS, flow->port));
        Simulator::Schedule(m_config.flowInterval, &HmipTestNetwork::SendNext, this, flow);
    }

    NetConfig m_config; //!< the configuration
};

/**
 * \brief TestCase's EXTENSIVE duration, however the release spells its type (ns-3.37:
 *        TestCase::TestDuration, 3.42 to 3.45 both, 3.46 and later TestCase::Duration).
 * \tparam Duration deduced from AddTestCase
 * \return the duration
 */
template <typename Duration>
constexpr Duration
Extensive(void (TestCase::*)(TestCase*, Duration))
{
    return static_cast<Duration>(2);
}

/// A test case with the checks that sequence tests share.
class NetworkTestCase : public TestCase
{
  protected:
    /**
     * \param name the test's name
     */
    explicit NetworkTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  public:
    /**
     * \brief Check that every flow resumes within a bound of an event and then runs
     *        without a gap of more than `maxGap` until the next one.
     * \param net the network after the run
     * \param what the event, for messages
     * \param at when it happened
     * \param bound the time the flows may take to resume
     * \param until the next event
     * \param maxGap the longest silence allowed once resumed
     * \return the longest time a flow took to resume, negative if one never did
     */
    Time CheckResumed(const HmipTestNetwork& net,
                      const std::string& what,
                      Time at,
                      Time bound,
                      Time until,
                      Time maxGap = MilliSeconds(200))
    {
        Time worst = Seconds(0);
        for (const Flow& flow : net.flows)
        {
            std::optional<Time> first = flow.FirstArrival(at, until);
            std::ostringstream os;
            os << what << " at " << at.As(Time::S) << ", flow to port " << flow.port;
            Time resumed = first ? *first - at : Seconds(-1);
            NS_TEST_EXPECT_MSG_EQ(first.has_value(), true, os.str() << ": never resumed");
            if (!first)
            {
                worst = Seconds(-1);
                continue;
            }
            NS_TEST_EXPECT_MSG_LT_OR_EQ(resumed, bound, os.str() << ": resumed late");
            Time gap = flow.LongestGap(std::max(*first, at + bound), until);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(gap, maxGap, os.str() << ": a gap after resuming");
            worst = worst.IsStrictlyNegative() ? worst : std::max(worst, resumed);
        }
        return worst;
    }
};

} // namespace hmipv6test
} // namespace ns3

#endif /* HMIPV6_HMIP_TEST_NETWORK_H */
