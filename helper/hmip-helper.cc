// SPDX-License-Identifier: GPL-2.0-only
#include "hmip-helper.h"

#include "ns3/hmip-mobile-node.h"
#include "ns3/log.h"
#include "ns3/mobility-info-router-advertiser.h"
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

ApplicationContainer
HmipHelper::InstallRouter(Ptr<Node> node,
                          uint32_t interface,
                          Ipv6Address prefix,
                          uint8_t prefixLength) const
{
    NS_LOG_FUNCTION(this << node << interface << prefix << +prefixLength);
    Ptr<MobilityInfoRouterAdvertiser> router =
        m_routerFactory.Create<MobilityInfoRouterAdvertiser>();
    router->SetAttribute("Interface", UintegerValue(interface));
    router->SetAttribute("Prefix", Ipv6AddressValue(prefix));
    router->SetAttribute("PrefixLength", UintegerValue(prefixLength));
    node->AddApplication(router);
    return ApplicationContainer(router);
}

ApplicationContainer
HmipHelper::InstallMobilityServer(Ptr<Node> node,
                                  uint32_t interface,
                                  Ipv6Address mobilityNetwork,
                                  uint8_t prefixLength,
                                  const std::vector<Ipv6Address>& routers) const
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
    return ApplicationContainer(ms);
}

ApplicationContainer
HmipHelper::InstallMobileNode(Ptr<Node> node,
                              Ipv6Address homeAddress,
                              Ipv6Address homeAgent,
                              uint32_t accessInterface) const
{
    NS_LOG_FUNCTION(this << node << homeAddress << homeAgent << accessInterface);
    Ptr<HmipMobileNode> mh = m_mobileNodeFactory.Create<HmipMobileNode>();
    mh->SetAttribute("HomeAddress", Ipv6AddressValue(homeAddress));
    mh->SetAttribute("HomeAgentAddress", Ipv6AddressValue(homeAgent));
    mh->SetAttribute("Interface", UintegerValue(accessInterface));
    node->AddApplication(mh);
    return ApplicationContainer(mh);
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
    }
    return current - stream;
}

} // namespace ns3
