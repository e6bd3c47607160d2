// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-glue-helper.h"

#include "ns3/abort.h"
#include "ns3/hmipv6-destination-extension.h"
#include "ns3/hmipv6-hop-by-hop-extension.h"
#include "ns3/hmipv6-routing-extension.h"
#include "ns3/icmpv6-send-guard.h"
#include "ns3/ipv6-extension.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/ndisc-repair.h"

#include <algorithm>
#include <list>
#include <utility>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityGlueHelper");

std::vector<uint8_t>
MobilityGlueHelper::DefaultOptionNumbers()
{
    return {0x1E, 0x9E, 0xDE, 0xBE, 0xFE, Hmipv6OptionHandler::HOME_ADDRESS_OPTION};
}

MobilityGlueHelper::MobilityGlueHelper()
    : m_optionNumbers(DefaultOptionNumbers())
{
}

void
MobilityGlueHelper::SetOptionNumbers(std::vector<uint8_t> optionNumbers)
{
    m_optionNumbers = std::move(optionNumbers);
}

void
MobilityGlueHelper::AddOptionNumbers(const std::vector<uint8_t>& optionNumbers)
{
    for (uint8_t number : optionNumbers)
    {
        if (std::find(m_optionNumbers.begin(), m_optionNumbers.end(), number) ==
            m_optionNumbers.end())
        {
            m_optionNumbers.push_back(number);
        }
    }
}

std::vector<uint8_t>
MobilityGlueHelper::GetOptionNumbers() const
{
    return m_optionNumbers;
}

void
MobilityGlueHelper::Install(Ptr<Node> node) const
{
    NS_LOG_FUNCTION(this << node);
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6,
                    "MobilityGlueHelper: node " << node->GetId()
                                                << " has no IPv6 stack (InternetStackHelper)");

    // L4 protocols: aggregated like ns-3's own, so NotifyNewAggregate wires them.
    if (!node->GetObject<hmipv6::NoNextHeaderL4Protocol>())
    {
        if (ipv6->GetProtocol(hmipv6::NoNextHeaderL4Protocol::PROT_NUMBER))
        {
            NS_LOG_WARN("Node " << node->GetId() << " already has a protocol 59");
        }
        else
        {
            node->AggregateObject(CreateObject<hmipv6::NoNextHeaderL4Protocol>());
        }
    }
    if (!node->GetObject<hmipv6::MobilityL4Protocol>())
    {
        if (ipv6->GetProtocol(hmipv6::MobilityL4Protocol::PROT_NUMBER))
        {
            NS_LOG_WARN("Node " << node->GetId() << " already has a protocol 135");
        }
        else
        {
            node->AggregateObject(CreateObject<hmipv6::MobilityL4Protocol>());
        }
    }

    Ptr<Hmipv6DestinationExtension> destination = Hmipv6DestinationExtension::Install(node);
    NS_ABORT_MSG_IF(!destination, "MobilityGlueHelper: no Ipv6ExtensionDemux on the node");
    Hmipv6RoutingExtension::Install(node);
    Hmipv6HopByHopExtension::Install(node);
    for (uint8_t number : m_optionNumbers)
    {
        if (destination->GetOption(number))
        {
            // Ours from an earlier Install, or an option ns-3 or a role handles.
            NS_LOG_LOGIC("Option " << +number << " already handled on node " << node->GetId());
            continue;
        }
        Ptr<Hmipv6OptionHandler> handler = CreateObject<Hmipv6OptionHandler>(number);
        handler->SetNode(node);
        destination->AddOption(handler);
    }

    Ptr<Ipv6ExtensionRoutingDemux> routingDemux = node->GetObject<Ipv6ExtensionRoutingDemux>();
    NS_ABORT_MSG_IF(!routingDemux, "MobilityGlueHelper: no Ipv6ExtensionRoutingDemux on the node");
    if (!routingDemux->GetExtensionRouting(hmipv6::Ipv6ExtensionType2Routing::TYPE_ROUTING))
    {
        Ptr<hmipv6::Ipv6ExtensionType2Routing> type2 =
            CreateObject<hmipv6::Ipv6ExtensionType2Routing>();
        type2->SetNode(node);
        routingDemux->Insert(type2);
    }
    hmipv6::NdiscRepair::Install(node);
    hmipv6::Icmpv6SendGuard::Install(node);
}

void
MobilityGlueHelper::Install(NodeContainer nodes) const
{
    NS_LOG_FUNCTION(this);
    for (auto it = nodes.Begin(); it != nodes.End(); ++it)
    {
        Install(*it);
    }
}

Ptr<Hmipv6OptionHandler>
MobilityGlueHelper::GetOptionHandler(Ptr<Node> node, uint8_t optionNumber)
{
    Ptr<Hmipv6DestinationExtension> destination = Hmipv6DestinationExtension::Get(node);
    return destination ? DynamicCast<Hmipv6OptionHandler>(destination->GetOption(optionNumber))
                       : nullptr;
}

Ptr<hmipv6::Ipv6ExtensionType2Routing>
MobilityGlueHelper::GetType2Routing(Ptr<Node> node)
{
    Ptr<Ipv6ExtensionRoutingDemux> routingDemux = node->GetObject<Ipv6ExtensionRoutingDemux>();
    if (!routingDemux)
    {
        return nullptr;
    }
    return DynamicCast<hmipv6::Ipv6ExtensionType2Routing>(
        routingDemux->GetExtensionRouting(hmipv6::Ipv6ExtensionType2Routing::TYPE_ROUTING));
}

Ptr<hmipv6::Ipv6TunnelNetDevice>
MobilityGlueHelper::InstallTunnel(Ptr<Node> node) const
{
    NS_LOG_FUNCTION(this << node);
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6,
                    "MobilityGlueHelper: node " << node->GetId()
                                                << " has no IPv6 stack (InternetStackHelper)");

    Ptr<hmipv6::Ipv6TunnelNetDevice> device = CreateObject<hmipv6::Ipv6TunnelNetDevice>();
    node->AddDevice(device);
    uint32_t interface = ipv6->AddInterface(device);
    ipv6->SetForwarding(interface, true);
    ipv6->SetUp(interface);

    Ptr<hmipv6::Ipv6TunnelL4Protocol> tunnel = node->GetObject<hmipv6::Ipv6TunnelL4Protocol>();
    if (!tunnel)
    {
        if (ipv6->GetProtocol(hmipv6::Ipv6TunnelL4Protocol::PROT_NUMBER))
        {
            NS_LOG_WARN("Node " << node->GetId()
                                << " already has a protocol 41: tunnel packets not received");
        }
        else
        {
            tunnel = CreateObject<hmipv6::Ipv6TunnelL4Protocol>();
            node->AggregateObject(tunnel);
        }
    }
    if (tunnel)
    {
        tunnel->AddTunnelDevice(device);
    }

    hmipv6::MobilityRoutingProtocol::Install(node);
    return device;
}

Ptr<hmipv6::Ipv6TunnelL4Protocol>
MobilityGlueHelper::GetTunnelProtocol(Ptr<Node> node)
{
    return node->GetObject<hmipv6::Ipv6TunnelL4Protocol>();
}

Ptr<hmipv6::MobilityRoutingProtocol>
MobilityGlueHelper::GetMobilityRouting(Ptr<Node> node)
{
    return hmipv6::MobilityRoutingProtocol::Get(node);
}

} // namespace ns3
