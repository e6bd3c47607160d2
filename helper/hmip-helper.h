// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIP_HELPER_H
#define HMIPV6_HMIP_HELPER_H

#include "ns3/application-container.h"
#include "ns3/attribute.h"
#include "ns3/ipv6-address.h"
#include "ns3/node-container.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

class MobilityInfoRouterAdvertiser;

/**
 * \ingroup hmipv6
 * \brief Installs the draft's roles: MobilityInfoRouterAdvertiser on access routers,
 *        MobilityServer on the Mobility Network and HmipMobileNode on mobile hosts.
 *
 * The home agent and the correspondents are Mobile IPv6 roles (draft 4.4, 4.5): install
 * them with Mipv6Helper. Each role installs the glue it needs when it starts, so the
 * nodes only need ns-3's IPv6 stack and their routes.
 *
 * Routers take Mobility Information only from the servers they trust
 * (MobilityInfoRouterAdvertiser "TrustedMobilityServers"). The helper remembers what it
 * installed: a router and a server installed by the same helper trust each other when
 * one of the router's addresses is among the server's routers, in whichever order they
 * are installed. Servers must have their address (the "Address" attribute, or an address
 * on the Mobility Network interface) when they are installed.
 *
 * \code
 *   HmipHelper hmip;
 *   hmip.InstallMobilityServer(ms, 1, Ipv6Address("2001:10::"), 64, {ar1Addr, ar2Addr});
 *   hmip.InstallRouter(ar1, 2, Ipv6Address("2001:11::"));
 *   hmip.InstallRouter(ar2, 2, Ipv6Address("2001:12::"));
 *   ApplicationContainer mh = hmip.InstallMobileNode(host, home, haAddress);
 * \endcode
 */
class HmipHelper
{
  public:
    /// Constructor: factories for the three roles with their defaults.
    HmipHelper();

    /**
     * \brief Set an attribute of the access routers installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetRouterAttribute(const std::string& name, const AttributeValue& value);
    /**
     * \brief Set an attribute of the Mobility Servers installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetMobilityServerAttribute(const std::string& name, const AttributeValue& value);
    /**
     * \brief Set an attribute of the mobile hosts installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetMobileNodeAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Install a MobilityInfoRouterAdvertiser on an access router. It learns its
     *        Mobility Server from the server's Mobility Information packets. The
     *        router's routing gets the module's MobilityRoutingProtocol on top, which
     *        drops packets to forward that have a multicast or unspecified source.
     * \param node the router
     * \param interface the IPv6 interface index of the access link
     * \param prefix the access link's prefix (advertised for SLAAC)
     * \param prefixLength its length
     * \return the application
     */
    ApplicationContainer InstallRouter(Ptr<Node> node,
                                       uint32_t interface,
                                       Ipv6Address prefix,
                                       uint8_t prefixLength = 64);

    /**
     * \brief Install a MobilityInfoRouterAdvertiser on each router, advertising the
     *        prefix of the access interface's address.
     * \param nodes the routers
     * \param interface the IPv6 interface index of their access links
     * \param prefixLength the prefixes' length
     * \return the applications
     */
    ApplicationContainer InstallRouter(NodeContainer nodes,
                                       uint32_t interface,
                                       uint8_t prefixLength = 64);

    /**
     * \brief Install a MobilityServer.
     * \param node the server (a router on the Mobility Network)
     * \param interface the IPv6 interface index of the Mobility Network link
     * \param mobilityNetwork the Mobility Network prefix
     * \param prefixLength its length
     * \param routers the access routers of its area (they receive Mobility Information)
     * \param preference how those routers rank it among several servers (higher first;
     *        equal ones: the lowest address)
     * \return the application
     */
    ApplicationContainer InstallMobilityServer(Ptr<Node> node,
                                               uint32_t interface,
                                               Ipv6Address mobilityNetwork,
                                               uint8_t prefixLength,
                                               const std::vector<Ipv6Address>& routers,
                                               uint8_t preference = 0);

    /**
     * \brief Install a MobilityServer on each node of one Mobility Network, the
     *        network's prefix that of the interface's address; every server informs
     *        every router given (the routers rank them by address).
     * \param nodes the servers
     * \param interface the IPv6 interface index of the Mobility Network link
     * \param prefixLength the Mobility Network prefix's length
     * \param routers the access routers of their area
     * \return the applications
     */
    ApplicationContainer InstallMobilityServer(NodeContainer nodes,
                                               uint32_t interface,
                                               uint8_t prefixLength,
                                               const std::vector<Ipv6Address>& routers);

    /**
     * \brief Give the mobile hosts installed next a link model whose "LinkDown" and
     *        "LinkUp" traces are their link-layer triggers (Mipv6Helper::ConnectLinkModel).
     * \param linkModel the model (e.g. HmipTopologyHelper::GetLinkModel()), or nullptr
     */
    void SetLinkModel(Ptr<Object> linkModel);

    /**
     * \brief Install an HmipMobileNode, its link-layer triggers connected to the link
     *        model (SetLinkModel, else the one aggregated to the node:
     *        Mipv6Helper::FindLinkModel) if there is one.
     * \param node the host (with an IPv6 stack)
     * \param homeAddress its home address
     * \param homeAgent its home agent's address
     * \param accessInterface the IPv6 interface index of its access interface
     * \return the application
     */
    ApplicationContainer InstallMobileNode(Ptr<Node> node,
                                           Ipv6Address homeAddress,
                                           Ipv6Address homeAgent,
                                           uint32_t accessInterface = 1) const;

    /**
     * \brief Install an HmipMobileNode on each node, each with the link model aggregated
     *        to it.
     * \param nodes the hosts
     * \param firstHomeAddress the first host's home address; host i has this one plus i
     *        (Mipv6Helper::OffsetAddress), as HmipTopologyHelper::GetHomeAddress(i)
     * \param homeAgent their home agent's address
     * \param accessInterface the IPv6 interface index of their access interface
     * \return the applications, in the order of the nodes
     */
    ApplicationContainer InstallMobileNode(NodeContainer nodes,
                                           Ipv6Address firstHomeAddress,
                                           Ipv6Address homeAgent,
                                           uint32_t accessInterface = 1) const;

    /**
     * \brief Assign fixed random variable streams to the roles of a container (access
     *        routers, Mobility Servers, mobile hosts).
     * \param apps applications from this helper
     * \param stream the first stream index
     * \return the number of streams used
     */
    static int64_t AssignStreams(const ApplicationContainer& apps, int64_t stream);

  private:
    /// A server installed by this helper.
    struct Server
    {
        Ipv6Address address;              //!< its MS address
        std::vector<Ipv6Address> routers; //!< the routers it informs
        uint8_t preference;               //!< their preference for it
    };

    /**
     * \brief A router trusts a server when one of the router's addresses is the server's.
     * \param router the router
     * \param server the server
     */
    static void Trust(Ptr<MobilityInfoRouterAdvertiser> router, const Server& server);

    std::vector<Ptr<MobilityInfoRouterAdvertiser>> m_routers; //!< routers installed
    std::vector<Server> m_servers;                            //!< servers installed
    ObjectFactory m_routerFactory;     //!< MobilityInfoRouterAdvertiser factory
    ObjectFactory m_serverFactory;     //!< MobilityServer factory
    ObjectFactory m_mobileNodeFactory; //!< HmipMobileNode factory
    Ptr<Object> m_linkModel;           //!< SetLinkModel
};

} // namespace ns3

#endif /* HMIPV6_HMIP_HELPER_H */
