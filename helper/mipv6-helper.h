// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MIPV6_HELPER_H
#define HMIPV6_MIPV6_HELPER_H

#include "ns3/application-container.h"
#include "ns3/attribute.h"
#include "ns3/ipv6-address.h"
#include "ns3/node-container.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <functional>
#include <string>

namespace ns3
{

class Mipv6MobileNode;

/**
 * \ingroup hmipv6
 * \brief Installs the Mobile IPv6 roles: HomeAgent, Mipv6MobileNode and
 *        CorrespondentNode.
 *
 * Each role installs the glue it needs when it starts (MobilityGlueHelper), so the
 * nodes only need ns-3's IPv6 stack.
 */
class Mipv6Helper
{
  public:
    Mipv6Helper();

    /**
     * \brief Set an attribute of the home agents installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetHomeAgentAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Set an attribute of the mobile nodes installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetMobileNodeAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Install a HomeAgent.
     * \param node the node (with an IPv6 stack)
     * \param homeInterface the IPv6 interface index of the home link
     * \param homePrefix the home prefix
     * \param prefixLength its length
     * \return the application
     */
    ApplicationContainer InstallHomeAgent(Ptr<Node> node,
                                          uint32_t homeInterface,
                                          Ipv6Address homePrefix,
                                          uint8_t prefixLength = 64) const;

    /**
     * \brief Install a HomeAgent on each node, its home prefix that of the home
     *        interface's address.
     * \param nodes the nodes
     * \param homeInterface the IPv6 interface index of the home link
     * \param prefixLength the home prefix's length
     * \return the applications
     */
    ApplicationContainer InstallHomeAgent(NodeContainer nodes,
                                          uint32_t homeInterface,
                                          uint8_t prefixLength = 64) const;

    /**
     * \brief Give the mobile nodes installed next a link model whose "LinkDown" and
     *        "LinkUp" traces (LinkSwitchHandoff, WifiRoamingHandoff: one per host) are
     *        their link-layer triggers.
     * \param linkModel the model, or nullptr for none (the user calls NotifyLinkUp)
     */
    void SetLinkModel(Ptr<Object> linkModel);

    /**
     * \brief The link model of a host: a LinkSwitchHandoff or WifiRoamingHandoff
     *        aggregated to its node (HmipTopologyHelper does that for each host).
     *        InstallMobileNode connects it when SetLinkModel gave none.
     * \param node the host
     * \return the model, or null
     */
    static Ptr<Object> FindLinkModel(Ptr<Node> node);

    /**
     * \brief Connect a link model's "LinkDown" and "LinkUp" traces, with an access point
     *        index or without arguments, to a mobile node's link-layer triggers (aborts
     *        when the model has neither).
     * \param linkModel the model
     * \param mobileNode the mobile node (a Mipv6MobileNode or HmipMobileNode)
     */
    static void ConnectLinkModel(Ptr<Object> linkModel, Ptr<Mipv6MobileNode> mobileNode);

    /**
     * \brief Configure a mobile node (Mipv6MobileNode or HmipMobileNode), add it to its
     *        node and connect its link model: the single-host installs of this helper
     *        and of HmipHelper.
     * \param mobileNode the application, not yet on a node
     * \param node the host
     * \param homeAddress its home address
     * \param homeAgent its home agent's address
     * \param accessInterface the IPv6 interface index of its access interface
     * \param linkModel the link model, or null to look for one on the node (FindLinkModel)
     * \return the application
     */
    static ApplicationContainer SetUpMobileNode(Ptr<Mipv6MobileNode> mobileNode,
                                                Ptr<Node> node,
                                                Ipv6Address homeAddress,
                                                Ipv6Address homeAgent,
                                                uint32_t accessInterface,
                                                Ptr<Object> linkModel);

    /**
     * \brief Run a single-host install for each host, host i with the first home address
     *        plus i (OffsetAddress): the container installs of this helper and of HmipHelper.
     * \param nodes the hosts
     * \param firstHomeAddress the first host's home address
     * \param sharedLinkModel whether SetLinkModel gave one model (aborts for several hosts)
     * \param install installs on one host with its home address
     * \return the applications, in the order of the nodes
     */
    static ApplicationContainer InstallEachMobileNode(
        NodeContainer nodes,
        Ipv6Address firstHomeAddress,
        bool sharedLinkModel,
        const std::function<ApplicationContainer(Ptr<Node>, Ipv6Address)>& install);

    /**
     * \brief Install a Mipv6MobileNode, its link-layer triggers connected to the link
     *        model (SetLinkModel, else FindLinkModel) if there is one.
     * \param node the node (with an IPv6 stack)
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
     * \brief Install a Mipv6MobileNode on each node, each with its own link model
     *        (FindLinkModel; SetLinkModel would give them all one).
     * \param nodes the hosts
     * \param firstHomeAddress the first host's home address; host i has this one plus i
     *        (OffsetAddress), as HmipTopologyHelper::GetHomeAddress(i)
     * \param homeAgent their home agent's address
     * \param accessInterface the IPv6 interface index of their access interface
     * \return the applications, in the order of the nodes
     */
    ApplicationContainer InstallMobileNode(NodeContainer nodes,
                                           Ipv6Address firstHomeAddress,
                                           Ipv6Address homeAgent,
                                           uint32_t accessInterface = 1) const;

    /**
     * \brief An address plus a number, added to its last 16 bits.
     * \param address the address
     * \param i the number (aborts when the sum leaves the last 16 bits)
     * \return the address
     */
    static Ipv6Address OffsetAddress(Ipv6Address address, uint32_t i);

    /**
     * \brief The prefix of an interface: its first global address, cut to a length
     *        (aborts when it has none).
     * \param node the node
     * \param interface the IPv6 interface index
     * \param prefixLength the length
     * \return the prefix
     */
    static Ipv6Address GetInterfacePrefix(Ptr<Node> node, uint32_t interface, uint8_t prefixLength);

    /**
     * \brief Set an attribute of the correspondent nodes installed next.
     * \param name the attribute's name
     * \param value its value
     */
    void SetCorrespondentAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Install a CorrespondentNode (RFC 6275 9).
     * \param node the node (with an IPv6 stack)
     * \return the application
     */
    ApplicationContainer InstallCorrespondent(Ptr<Node> node) const;

    /**
     * \brief Install a CorrespondentNode on each node.
     * \param nodes the nodes
     * \return the applications
     */
    ApplicationContainer InstallCorrespondent(NodeContainer nodes) const;

    /**
     * \brief Make the mobile nodes of a container run route optimisation with a
     *        correspondent (Mipv6MobileNode::AddCorrespondent).
     * \param mobileNodes applications from InstallMobileNode
     * \param correspondent the correspondent's address
     */
    static void AddCorrespondent(const ApplicationContainer& mobileNodes,
                                 Ipv6Address correspondent);

    /**
     * \brief Assign fixed random variable streams to the roles of a container (home
     *        agents, correspondents, mobile nodes: HmipMobileNode included).
     * \param apps applications from this helper or HmipHelper
     * \param stream the first stream index
     * \return the number of streams used
     */
    static int64_t AssignStreams(const ApplicationContainer& apps, int64_t stream);

  private:
    ObjectFactory m_homeAgentFactory;     //!< HomeAgent factory
    ObjectFactory m_correspondentFactory; //!< CorrespondentNode factory
    ObjectFactory m_mobileNodeFactory;    //!< Mipv6MobileNode factory
    Ptr<Object> m_linkModel;              //!< SetLinkModel
};

} // namespace ns3

#endif /* HMIPV6_MIPV6_HELPER_H */
