// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIP_TOPOLOGY_HELPER_H
#define HMIPV6_HMIP_TOPOLOGY_HELPER_H

#include "ns3/ipv6-address.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/nearest-access-point-switch.h"
#include "ns3/net-device-container.h"
#include "ns3/node-container.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"
#include "ns3/simple-net-device.h"
#include "ns3/wifi-roaming-handoff.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Builds the topology of the draft's Figures 1 to 3: nodes, links, addresses and
 *        static routes (no roles).
 *
 * \verbatim
 *   CH1 --edge--+                    Internet router IR (home router of HA)
 *   HA  --edge--IR
 *               |  haDelay (one per domain: BR's device there is the border)
 *              BR_k ---- Mobility Network  2001:d0k::/64     (MS_k = 2001:d0k::2, ::3...)
 *               |   ---- CH2_k link        2001:d0k:20::/64  (CH2_k = 2001:d0k:20::2)
 *        domain |   ---- AR_k,i links      2001:d0k:1i::/64
 *              AR_k,i -- access link       2001:d0k:i::/64   (one shared SimpleChannel)
 *                          MH              (LinkSwitchHandoff)
 * \endverbatim
 *
 * Up to 9 domains, 9 servers a domain and 4,095 access routers a domain; from the tenth
 * router on, access link i is 2001:d0k:(1000 + i)::/64 and its link to BR
 * 2001:d0k:(2000 + i)::/64 (hexadecimal).
 *
 * With several servers per domain, access router i of a domain belongs to the area of
 * server (i - 1) mod n.
 *
 * Domain k (1, 2, ...) owns 2001:d0k::/32, so a correspondent inside it is "local" for a
 * host with HmipMobileNode::LocalPrefixLength 32. The home link is 2001:1::/64 (HA
 * 2001:1::2, IR 2001:1::1), CH1 is 2001:20::2. Every link is a SimpleChannel with a fixed
 * delay: nothing is random, so handoffs compare exactly with the reference model. All
 * access routers and the hosts share one LinkSwitchChannel, each host under its own
 * LinkSwitchHandoff; access point indices count domain by domain. With Wi-Fi, each host
 * is a station with its own WifiRoamingHandoff, all on one channel. Each host's link
 * model is aggregated to its node, so HmipHelper::InstallMobileNode connects it. ns-3 routers drop
 * 2001:db8::/32: these prefixes avoid it.
 *
 * With Wi-Fi, or the link switch with Config::nearestAccessPoint ("placed" access
 * points), the access routers stand on a line (or a grid of apColumns) apSpacing apart,
 * and each host has a ConstantVelocityMobilityModel at (hostX, 0), or none with
 * hostMobility false: give them any MobilityModel (random waypoint, say) before the run.
 * With the switch, a NearestAccessPointSwitch per host (GetNearestSwitch) then attaches
 * it to the nearest access point within wifiRange, so no move is scheduled by hand.
 *
 * With Config::homeAccessPoint (link switch only) the home link is on that channel too,
 * as the last access point: IR's home device (IR's interface 1) is the access point and
 * the home agent a member of its link (LinkSwitchHandoff::AddLinkMember), so the host
 * can return home and leave again. The home link then has the access links' delay. IR
 * needs a router advertiser on interface 1 for the host to see the home prefix.
 */
class HmipTopologyHelper
{
  public:
    /// What to build.
    struct Config
    {
        std::vector<uint32_t> accessRouters{2}; //!< access routers per domain
        uint32_t serversPerDomain{1};           //!< MSs on each Mobility Network
        bool correspondentInDomain{true};       //!< a CH2 in every domain
        Time haDelay{MilliSeconds(10)};         //!< BR -- IR one-way delay
        Time edgeDelay{MilliSeconds(1)};        //!< IR -- HA, IR -- CH1
        Time domainDelay{MilliSeconds(2)};      //!< BR -- AR, BR -- MS, BR -- CH2
        Time accessDelay{MilliSeconds(1)};      //!< AR -- MH
        Time l2Outage{MilliSeconds(50)};        //!< LinkSwitchHandoff outage
        std::string linkModel{"switch"};        //!< "switch" or "wifi" access links
        bool nearestAccessPoint{false};         //!< switch: moves follow the hosts' positions
        double apSpacing{150};                  //!< placed: metres between access points
        std::vector<double> apX;                //!< placed: x of each access point (optional)
        uint32_t apColumns{0};                  //!< placed: a grid this wide (0: a line)
        double hostX{25};                       //!< placed: the hosts' start x (metres)
        bool hostMobility{true};                //!< placed: hosts get a ConstantVelocity model
        double wifiRange{80};                   //!< placed: coverage radius (metres)
        bool staticBorderNeighbors{true};       //!< BR -- IR: permanent neighbour entries
        bool homeAccessPoint{false};            //!< switch: the home link is an access link
        uint32_t hosts{1};                      //!< mobile hosts (GetHomeAddress)
        uint32_t unresolvedQueueSize{100};      //!< packets a neighbour cache entry queues
        uint32_t deviceQueueSize{100000};       //!< packets a link's device queues
    };

    /// What was built.
    struct Domain
    {
        Ptr<Node> border;                         //!< BR
        Ptr<SimpleNetDevice> borderInternet;      //!< BR's device toward IR (the border)
        Ptr<Node> server;                         //!< MS node (interface 1: Mobility Network)
        Ipv6Address serverAddress;                //!< its address (2001:d0k::2)
        std::vector<Ptr<Node>> servers;           //!< every MS node (server first)
        std::vector<Ipv6Address> serverAddresses; //!< their addresses (::2, ::3, ...)
        Ipv6Address mobilityNetwork;              //!< the Mobility Network prefix (/64)
        Ptr<Node> correspondent;                  //!< CH2 (null without)
        Ipv6Address correspondentAddress;         //!< its address
        std::vector<Ptr<Node>> accessRouters;     //!< AR (interface 1: access link)
        std::vector<Ipv6Address> accessPrefixes;  //!< their access prefixes (/64)
        std::vector<Ipv6Address> routerAddresses; //!< their addresses toward BR
        std::vector<uint32_t> accessPoints;       //!< their LinkSwitchHandoff indices
    };

    /**
     * \brief Build it. The host starts detached: AttachNow or ScheduleSwitch.
     * \param config what to build
     */
    explicit HmipTopologyHelper(const Config& config);

    /// \return the configuration
    const Config& GetConfig() const;
    /// \return the domains
    const std::vector<Domain>& GetDomains() const;
    /// \return the Internet router
    Ptr<Node> GetInternetRouter() const;
    /// \return the home agent's node (interface 1: home link)
    Ptr<Node> GetHomeAgent() const;
    /// \return the external correspondent CH1
    Ptr<Node> GetExternalCorrespondent() const;
    /// \return the number of mobile hosts
    uint32_t GetNHosts() const;
    /**
     * \param i a host's index (0 to GetNHosts() - 1)
     * \return that mobile host (interface 1: access link)
     */
    Ptr<Node> GetMobileHost(uint32_t i = 0) const;
    /**
     * \param i a host's index
     * \return that host's link switch (null with Wi-Fi); every host has its own, on one
     *         LinkSwitchChannel, with the same access point indices
     */
    Ptr<hmipv6::LinkSwitchHandoff> GetHandoff(uint32_t i = 0) const;
    /**
     * \param i a host's index
     * \return its home address: HOME_ADDRESS for host 0, the last 16 bits plus i for the
     *         others
     */
    static Ipv6Address GetHomeAddress(uint32_t i);
    /**
     * \param i a host's index
     * \return that host's Wi-Fi roaming model (null with the link switch); the hosts'
     *         stations share one channel and the access points' indices
     */
    Ptr<hmipv6::WifiRoamingHandoff> GetWifiHandoff(uint32_t i = 0) const;
    /**
     * \param i a host's index
     * \return that host's link model, either of the two; it is also aggregated to the
     *         host's node, where HmipHelper and Mipv6Helper find it
     */
    Ptr<Object> GetLinkModel(uint32_t i = 0) const;
    /**
     * \param i a host's index
     * \return what moves that host's link switch (null without nearestAccessPoint)
     */
    Ptr<hmipv6::NearestAccessPointSwitch> GetNearestSwitch(uint32_t i = 0) const;
    /// \return the home link's access point index (LinkSwitchHandoff::NONE without one)
    uint32_t GetHomeAccessPoint() const;
    /// \return every node
    NodeContainer GetNodes() const;
    /**
     * \brief Assign fixed random variable streams to the Wi-Fi devices (access points
     *        and stations: backoff, PHY, MAC); the link switch draws none.
     * \param stream the first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);
    /// \return the mobile hosts, in order (for HmipHelper::InstallMobileNode)
    NodeContainer GetMobileHosts() const;
    /// \return every domain's access routers, domain by domain
    NodeContainer GetAccessRouters() const;
    /// \return the border devices (one per domain)
    NetDeviceContainer GetBorderDevices() const;
    /**
     * \brief The name a node has in the draft's figures (MH, HA, CH1, CH2, BR, MS, AR1,
     *        ...; with two domains a domain suffix: BR1, MS2, CH2-1, ...). The nodes are
     *        also given these names with ns-3's Names::Add (so pcap files and logs use
     *        them), unless the name or the node already has one.
     * \param node the node
     * \return its name, "" if it is not part of the topology
     */
    std::string GetName(Ptr<const Node> node) const;
    /**
     * \brief The name of the node that owns an address of the topology.
     * \param address the address
     * \return its name, "" if unknown
     */
    std::string GetName(Ipv6Address address) const;

    static const Ipv6Address HOME_PREFIX;  //!< 2001:1::
    static const Ipv6Address HOME_AGENT;   //!< 2001:1::2
    static const Ipv6Address HOME_ADDRESS; //!< 2001:1::a:b:c:d
    static const Ipv6Address CH1_ADDRESS;  //!< 2001:20::2

  private:
    /**
     * \brief Add an access point to every host's link switch.
     * \param device the access point's device on the access channel
     * \return its index (the same for every host)
     */
    uint32_t AddAccessPoint(Ptr<SimpleNetDevice> device);

    /**
     * \brief Give each access router its place and each host its mobility model.
     * \return the access routers, in access point order
     */
    NodeContainer PlaceAccessPoints();

    /**
     * \brief Add a SimpleNetDevice on a channel, with an IPv6 interface and address.
     * \param node the node
     * \param channel the channel
     * \param address the address (:: for none but the link-local one)
     * \return the device
     */
    Ptr<SimpleNetDevice> AddDevice(Ptr<Node> node, Ptr<SimpleChannel> channel, Ipv6Address address);
    /**
     * \brief Give a device of a node an IPv6 interface, up, with an address.
     * \param device the device (on its node)
     * \param address the address (:: for none but the link-local one)
     */
    static void AddInterface(Ptr<NetDevice> device, Ipv6Address address);
    /**
     * \brief A point-to-point link of two SimpleNetDevices.
     * \param delay its delay
     * \return the channel
     */
    static Ptr<SimpleChannel> MakeChannel(Time delay);
    /**
     * \brief Remember a node's name.
     * \param node the node
     * \param name its name
     */
    void Name(Ptr<Node> node, const std::string& name);

    Config m_config;                                              //!< the configuration
    std::vector<Domain> m_domains;                                //!< the domains
    Ptr<Node> m_ir;                                               //!< IR
    Ptr<Node> m_ha;                                               //!< HA
    Ptr<Node> m_ch1;                                              //!< CH1
    std::vector<Ptr<Node>> m_hosts;                               //!< MH (MH-1, ...)
    std::vector<Ptr<hmipv6::LinkSwitchHandoff>> m_handoffs;       //!< a link switch per host
    std::vector<Ptr<hmipv6::WifiRoamingHandoff>> m_wifis;         //!< or Wi-Fi, per host
    std::vector<Ptr<hmipv6::NearestAccessPointSwitch>> m_nearest; //!< placed switch moves
    uint32_t m_homeAccessPoint;                                   //!< home link's index
    NodeContainer m_nodes;                                        //!< every node
    std::vector<std::pair<Ptr<const Node>, std::string>> m_names; //!< node names
};

} // namespace ns3

#endif /* HMIPV6_HMIP_TOPOLOGY_HELPER_H */
