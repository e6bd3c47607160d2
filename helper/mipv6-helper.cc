// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-helper.h"

#include "ns3/abort.h"
#include "ns3/correspondent-node.h"
#include "ns3/home-agent.h"
#include "ns3/log.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Mipv6Helper");

Mipv6Helper::Mipv6Helper()
{
    m_homeAgentFactory.SetTypeId(hmipv6::HomeAgent::GetTypeId());
    m_mobileNodeFactory.SetTypeId(Mipv6MobileNode::GetTypeId());
    m_correspondentFactory.SetTypeId(hmipv6::CorrespondentNode::GetTypeId());
}

void
Mipv6Helper::SetCorrespondentAttribute(const std::string& name, const AttributeValue& value)
{
    m_correspondentFactory.Set(name, value);
}

ApplicationContainer
Mipv6Helper::InstallCorrespondent(Ptr<Node> node) const
{
    NS_LOG_FUNCTION(this << node);
    Ptr<hmipv6::CorrespondentNode> cn = m_correspondentFactory.Create<hmipv6::CorrespondentNode>();
    node->AddApplication(cn);
    return ApplicationContainer(cn);
}

void
Mipv6Helper::AddCorrespondent(const ApplicationContainer& mobileNodes, Ipv6Address correspondent)
{
    for (auto it = mobileNodes.Begin(); it != mobileNodes.End(); ++it)
    {
        Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(*it);
        if (mn)
        {
            mn->AddCorrespondent(correspondent);
        }
    }
}

void
Mipv6Helper::SetHomeAgentAttribute(const std::string& name, const AttributeValue& value)
{
    m_homeAgentFactory.Set(name, value);
}

void
Mipv6Helper::SetMobileNodeAttribute(const std::string& name, const AttributeValue& value)
{
    m_mobileNodeFactory.Set(name, value);
}

ApplicationContainer
Mipv6Helper::InstallHomeAgent(Ptr<Node> node,
                              uint32_t homeInterface,
                              Ipv6Address homePrefix,
                              uint8_t prefixLength) const
{
    NS_LOG_FUNCTION(this << node << homeInterface << homePrefix << +prefixLength);
    Ptr<hmipv6::HomeAgent> ha = m_homeAgentFactory.Create<hmipv6::HomeAgent>();
    ha->SetAttribute("HomeInterface", UintegerValue(homeInterface));
    ha->SetAttribute("HomePrefix", Ipv6AddressValue(homePrefix));
    ha->SetAttribute("HomePrefixLength", UintegerValue(prefixLength));
    node->AddApplication(ha);
    return ApplicationContainer(ha);
}

ApplicationContainer
Mipv6Helper::InstallMobileNode(Ptr<Node> node,
                               Ipv6Address homeAddress,
                               Ipv6Address homeAgent,
                               uint32_t accessInterface) const
{
    NS_LOG_FUNCTION(this << node << homeAddress << homeAgent << accessInterface);
    Ptr<Mipv6MobileNode> mn = m_mobileNodeFactory.Create<Mipv6MobileNode>();
    mn->SetAttribute("HomeAddress", Ipv6AddressValue(homeAddress));
    mn->SetAttribute("HomeAgentAddress", Ipv6AddressValue(homeAgent));
    mn->SetAttribute("Interface", UintegerValue(accessInterface));
    node->AddApplication(mn);
    if (m_linkModel)
    {
        ConnectLinkModel(m_linkModel, mn);
    }
    return ApplicationContainer(mn);
}

void
Mipv6Helper::SetLinkModel(Ptr<Object> linkModel)
{
    m_linkModel = linkModel;
}

void
Mipv6Helper::ConnectLinkModel(Ptr<Object> linkModel, Ptr<Mipv6MobileNode> mobileNode)
{
    NS_LOG_FUNCTION(linkModel << mobileNode);
    NS_ABORT_MSG_IF(!linkModel || !mobileNode, "Mipv6Helper::ConnectLinkModel: null argument");
    // With an access point index (LinkSwitchHandoff, WifiRoamingHandoff) or without.
    auto connect = [&](const std::string& name,
                       void (Mipv6MobileNode::*withoutIndex)(),
                       void (Mipv6MobileNode::*withIndex)(uint32_t)) {
        TypeId::TraceSourceInformation info;
        NS_ABORT_MSG_IF(!linkModel->GetInstanceTypeId().LookupTraceSourceByName(name, &info),
                        "Mipv6Helper::ConnectLinkModel: "
                            << linkModel->GetInstanceTypeId().GetName() << " has no \"" << name
                            << "\" trace");
        if (info.callback == "ns3::TracedCallback::Void")
        {
            linkModel->TraceConnectWithoutContext(name, MakeCallback(withoutIndex, mobileNode));
        }
        else
        {
            linkModel->TraceConnectWithoutContext(name, MakeCallback(withIndex, mobileNode));
        }
    };
    connect("LinkDown", &Mipv6MobileNode::NotifyLinkDown, &Mipv6MobileNode::NotifyLinkDownAp);
    connect("LinkUp", &Mipv6MobileNode::NotifyLinkUp, &Mipv6MobileNode::NotifyLinkUpAp);
}

int64_t
Mipv6Helper::AssignStreams(const ApplicationContainer& apps, int64_t stream)
{
    int64_t current = stream;
    for (auto it = apps.Begin(); it != apps.End(); ++it)
    {
        if (Ptr<hmipv6::HomeAgent> ha = DynamicCast<hmipv6::HomeAgent>(*it))
        {
            current += ha->AssignStreams(current);
        }
        else if (Ptr<hmipv6::CorrespondentNode> cn = DynamicCast<hmipv6::CorrespondentNode>(*it))
        {
            current += cn->AssignStreams(current);
        }
        else if (Ptr<Mipv6MobileNode> mn = DynamicCast<Mipv6MobileNode>(*it))
        {
            current += mn->AssignStreams(current);
        }
    }
    return current - stream;
}

} // namespace ns3
