// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MOBILITY_GLUE_HELPER_H
#define HMIPV6_MOBILITY_GLUE_HELPER_H

#include "ns3/hmipv6-option-handler.h"
#include "ns3/ipv6-extension-type2-routing.h"
#include "ns3/ipv6-tunnel-l4-protocol.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/no-next-header-l4-protocol.h"
#include "ns3/node-container.h"
#include "ns3/node.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Makes ns-3 IPv6 nodes accept the packets of Mobile IPv6 and of the draft.
 *
 * On a node that already has ns-3's IPv6 stack (InternetStackHelper), Install:
 * - aggregates a NoNextHeaderL4Protocol (59) and a MobilityL4Protocol (135) to the
 *   node; as for ns-3's own L4 protocols, their NotifyNewAggregate inserts them into
 *   Ipv6L3Protocol and sets their down target to Ipv6L3Protocol::Send;
 * - puts an Hmipv6DestinationExtension in place of ns-3's Destination Options
 *   processing and adds to it an Hmipv6OptionHandler for each configured option type;
 * - inserts an Ipv6ExtensionType2Routing into the node's Ipv6ExtensionRoutingDemux;
 * - installs an NdiscRepair (ns-3's handling of unsolicited Neighbor Advertisements).
 * Each piece is added only if the node lacks it, so installing twice changes nothing.
 * A protocol number or option type that something else already took is left to it
 * (logged).
 */
class MobilityGlueHelper
{
  public:
    /**
     * \brief Option types installed by default: the draft's options (0x1E, 0x9E,
     *        0xDE, 0xBE, 0xFE) and the Home Address option (201).
     * \return the list
     */
    static std::vector<uint8_t> DefaultOptionNumbers();

    MobilityGlueHelper();

    /**
     * \brief Set the option types that get an Hmipv6OptionHandler.
     * \param optionNumbers the option types
     */
    void SetOptionNumbers(std::vector<uint8_t> optionNumbers);

    /**
     * \brief Add option types that get an Hmipv6OptionHandler (those not yet listed).
     * \param optionNumbers the option types
     */
    void AddOptionNumbers(const std::vector<uint8_t>& optionNumbers);

    /**
     * \brief Get the option types that get an Hmipv6OptionHandler.
     * \return the option types
     */
    std::vector<uint8_t> GetOptionNumbers() const;

    /**
     * \brief Install the glue on a node that has ns-3's IPv6 stack (aborts otherwise).
     * \param node the node
     */
    void Install(Ptr<Node> node) const;

    /**
     * \brief Install the glue on each node of a container.
     * \param nodes the nodes
     */
    void Install(NodeContainer nodes) const;

    /**
     * \brief The handler of an option type on a node (held by its
     *        Hmipv6DestinationExtension).
     * \param node the node
     * \param optionNumber the option type
     * \return the handler, or null if that option type has no Hmipv6OptionHandler
     */
    static Ptr<Hmipv6OptionHandler> GetOptionHandler(Ptr<Node> node, uint8_t optionNumber);

    /**
     * \brief The type 2 routing header processing of a node.
     * \param node the node
     * \return it, or null if not installed
     */
    static Ptr<hmipv6::Ipv6ExtensionType2Routing> GetType2Routing(Ptr<Node> node);

    /**
     * \brief Give a node an IPv6-in-IPv6 tunnel (RFC 2473) device, ready to use.
     *
     * On a node that has ns-3's IPv6 stack (aborts otherwise):
     * - creates an Ipv6TunnelNetDevice and adds it to the node;
     * - adds an IPv6 interface for it (Ipv6::AddInterface), with forwarding on, so that
     *   packets decapsulated from it can be forwarded (a home agent or mobility server
     *   forwards reverse-tunnelled packets; a mobile host may turn it off with
     *   Ipv6::SetForwarding), and sets it up: the interface gets a link-local address
     *   derived from the device's placeholder Mac48Address;
     * - aggregates an Ipv6TunnelL4Protocol (41) to the node if it has none (left alone,
     *   and logged, if something else took protocol 41) and registers the device with
     *   it;
     * - installs a MobilityRoutingProtocol if the node has none
     *   (MobilityRoutingProtocol::Install: wraps a routing protocol that is not a list).
     * The caller then configures the device (SetLocal, SetRemote or
     * SetExitPointCallback), addresses on its interface (a home address, /128 so that
     * static routing adds only a host route), and the diverts of the node's
     * MobilityRoutingProtocol. Each call adds one more device; Install is not needed.
     * \param node the node
     * \return the device; its interface index is Ipv6::GetInterfaceForDevice(device)
     */
    Ptr<hmipv6::Ipv6TunnelNetDevice> InstallTunnel(Ptr<Node> node) const;

    /**
     * \brief The IPv6-in-IPv6 protocol of a node.
     * \param node the node
     * \return it, or null if not installed
     */
    static Ptr<hmipv6::Ipv6TunnelL4Protocol> GetTunnelProtocol(Ptr<Node> node);

    /**
     * \brief The mobility routing hook of a node.
     * \param node the node
     * \return it, or null if not installed
     */
    static Ptr<hmipv6::MobilityRoutingProtocol> GetMobilityRouting(Ptr<Node> node);

  private:
    std::vector<uint8_t> m_optionNumbers; //!< option types to accept
};

} // namespace ns3

#endif /* HMIPV6_MOBILITY_GLUE_HELPER_H */
