// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-helper.h"

#include "ns3/abort.h"
#include "ns3/hmip-mobile-node.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/mipv6-helper.h"
#include "ns3/mobility-info-router-advertiser.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/mobility-server.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HmipHelper");

HmipHelper::HmipHelper()
{
    m_routerFactory.SetTypeId(MobilityInfoRouterAdvertiser::GetTypeId());
    m_serverFactory.SetTypeId(MobilityServer::GetTypeId());
    m_mobileNodeFactory.SetTypeId(HmipMobileNode::GetTypeId());
}

void
HmipHelper::SetRouterAttribute(const std::string& name, const AttributeValue& value)
{
    m_routerFactory.Set(name, value);
}

void
HmipHelper::SetMobilityServerAttribute(const std::string& name, const AttributeValue& value)
{
    m_serverFactory.Set(name, value);
}

void
HmipHelper::SetMobileNodeAttribute(const std::string& name, const AttributeValue& value)
{
    m_mobileNodeFactory.Set(name, value);
}

void
HmipHelper::Trust(Ptr<MobilityInfoRouterAdvertiser> router, const Server& server)
{
    Ptr<Ipv6L3Protocol> ipv6 = router->GetNode()->GetObject<Ipv6L3Protocol>();
    for (Ipv6Address address : server.routers)
    {
        if (ipv6 && ipv6->GetInterfaceForAddress(address) >= 0)
        {
            router->AddTrustedMobilityServer(server.address, server.preference);
            return;
        }
    }
}

ApplicationContainer
HmipHelper::InstallRouter(Ptr<Node> node,
                          uint32_t interface,
                          Ipv6Address prefix,
                          uint8_t prefixLength)
{
    NS_LOG_FUNCTION(this << node << interface << prefix << +prefixLength);
    Ptr<MobilityInfoRouterAdvertiser> router =
        m_routerFactory.Create<MobilityInfoRouterAdvertiser>();
    router->SetAttribute("Interface", UintegerValue(interface));
    router->SetAttribute("Prefix", Ipv6AddressValue(prefix));
    router->SetAttribute("PrefixLength", UintegerValue(prefixLength));
    node->AddApplication(router);
    // Its routing drops packets to forward with a multicast source (ns-3 would send a
    // Redirect to that group, which crashes the link's other ns-3 nodes).
    hmipv6::MobilityRoutingProtocol::Install(node);
    for (const Server& server : m_servers)
    {
        Trust(router, server);
    }
    m_routers.push_back(router);
    return ApplicationContainer(router);
}

ApplicationContainer
HmipHelper::InstallMobilityServer(Ptr<Node> node,
                                  uint32_t interface,
                                  Ipv6Address mobilityNetwork,
                                  uint8_t prefixLength,
                                  const std::vector<Ipv6Address>& routers,
                                  uint8_t preference)
{
    NS_LOG_FUNCTION(this << node << interface << mobilityNetwork << +prefixLength);
    Ptr<MobilityServer> ms = m_serverFactory.Create<MobilityServer>();
    ms->SetAttribute("MobilityNetworkInterface", UintegerValue(interface));
    ms->SetAttribute("MobilityNetworkPrefix", Ipv6AddressValue(mobilityNetwork));
    ms->SetAttribute("MobilityNetworkPrefixLength", UintegerValue(prefixLength));
    for (const Ipv6Address& router : routers)
    {
        ms->AddRouter(router);
    }
    node->AddApplication(ms);
    Server server{ms->GetAddress(), routers, preference};
    NS_ABORT_MSG_IF(server.address.IsAny(),
                    "HmipHelper::InstallMobilityServer: the server has no address yet on "
                    "interface "
                        << interface << " (build the topology first, or set \"Address\")");
    for (Ptr<MobilityInfoRouterAdvertiser> router : m_routers)
    {
        Trust(router, server);
    }
    m_servers.push_back(server);
    return ApplicationContainer(ms);
}

ApplicationContainer
HmipHelper::InstallMobileNode(Ptr<Node> node,
                              Ipv6Address homeAddress,
                              Ipv6Address homeAgent,
                              uint32_t accessInterface) const
{
    NS_LOG_FUNCTION(this << node << homeAddress << homeAgent << accessInterface);
    return Mipv6Helper::SetUpMobileNode(m_mobileNodeFactory.Create<HmipMobileNode>(),
                                        node,
                                        homeAddress,
                                        homeAgent,
                                        accessInterface,
                                        m_linkModel);
}

ApplicationContainer
HmipHelper::InstallMobileNode(NodeContainer nodes,
                              Ipv6Address firstHomeAddress,
                              Ipv6Address homeAgent,
                              uint32_t accessInterface) const
{
    return Mipv6Helper::InstallEachMobileNode(
        nodes,
        firstHomeAddress,
        static_cast<bool>(m_linkModel),
        [&](Ptr<Node> node, Ipv6Address homeAddress) {
            return InstallMobileNode(node, homeAddress, homeAgent, accessInterface);
        });
}

ApplicationContainer
HmipHelper::InstallRouter(NodeContainer nodes, uint32_t interface, uint8_t prefixLength)
{
    ApplicationContainer apps;
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        Ptr<Node> node = nodes.Get(i);
        apps.Add(InstallRouter(node,
                               interface,
                               Mipv6Helper::GetInterfacePrefix(node, interface, prefixLength),
                               prefixLength));
    }
    return apps;
}

ApplicationContainer
HmipHelper::InstallMobilityServer(NodeContainer nodes,
                                  uint32_t interface,
                                  uint8_t prefixLength,
                                  const std::vector<Ipv6Address>& routers)
{
    ApplicationContainer apps;
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        Ptr<Node> node = nodes.Get(i);
        apps.Add(
            InstallMobilityServer(node,
                                  interface,
                                  Mipv6Helper::GetInterfacePrefix(node, interface, prefixLength),
                                  prefixLength,
                                  routers));
    }
    return apps;
}

void
HmipHelper::SetLinkModel(Ptr<Object> linkModel)
{
    m_linkModel = linkModel;
}

int64_t
HmipHelper::AssignStreams(const ApplicationContainer& apps, int64_t stream)
{
    int64_t current = stream;
    for (auto it = apps.Begin(); it != apps.End(); ++it)
    {
        if (Ptr<MobilityInfoRouterAdvertiser> router =
                DynamicCast<MobilityInfoRouterAdvertiser>(*it))
        {
            current += router->AssignStreams(current);
        }
        else if (Ptr<MobilityServer> ms = DynamicCast<MobilityServer>(*it))
        {
            current += ms->AssignStreams(current);
        }
        else if (Ptr<HmipMobileNode> mh = DynamicCast<HmipMobileNode>(*it))
        {
            current += mh->AssignStreams(current);
        }
    }
    return current - stream;
}

} // namespace ns3
