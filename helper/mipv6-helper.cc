// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-helper.h"

#include "ns3/abort.h"
#include "ns3/correspondent-node.h"
#include "ns3/home-agent.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/log.h"
#include "ns3/mipv6-mobile-node.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-roaming-handoff.h"

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

ApplicationContainer
Mipv6Helper::InstallCorrespondent(NodeContainer nodes) const
{
    ApplicationContainer apps;
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        apps.Add(InstallCorrespondent(nodes.Get(i)));
    }
    return apps;
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
Mipv6Helper::InstallHomeAgent(NodeContainer nodes,
                              uint32_t homeInterface,
                              uint8_t prefixLength) const
{
    ApplicationContainer apps;
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        apps.Add(InstallHomeAgent(nodes.Get(i),
                                  homeInterface,
                                  GetInterfacePrefix(nodes.Get(i), homeInterface, prefixLength),
                                  prefixLength));
    }
    return apps;
}

ApplicationContainer
Mipv6Helper::InstallMobileNode(Ptr<Node> node,
                               Ipv6Address homeAddress,
                               Ipv6Address homeAgent,
                               uint32_t accessInterface) const
{
    NS_LOG_FUNCTION(this << node << homeAddress << homeAgent << accessInterface);
    return SetUpMobileNode(m_mobileNodeFactory.Create<Mipv6MobileNode>(),
                           node,
                           homeAddress,
                           homeAgent,
                           accessInterface,
                           m_linkModel);
}

ApplicationContainer
Mipv6Helper::InstallMobileNode(NodeContainer nodes,
                               Ipv6Address firstHomeAddress,
                               Ipv6Address homeAgent,
                               uint32_t accessInterface) const
{
    return InstallEachMobileNode(
        nodes,
        firstHomeAddress,
        static_cast<bool>(m_linkModel),
        [&](Ptr<Node> node, Ipv6Address homeAddress) {
            return InstallMobileNode(node, homeAddress, homeAgent, accessInterface);
        });
}

ApplicationContainer
Mipv6Helper::SetUpMobileNode(Ptr<Mipv6MobileNode> mobileNode,
                             Ptr<Node> node,
                             Ipv6Address homeAddress,
                             Ipv6Address homeAgent,
                             uint32_t accessInterface,
                             Ptr<Object> linkModel)
{
    mobileNode->SetAttribute("HomeAddress", Ipv6AddressValue(homeAddress));
    mobileNode->SetAttribute("HomeAgentAddress", Ipv6AddressValue(homeAgent));
    mobileNode->SetAttribute("Interface", UintegerValue(accessInterface));
    node->AddApplication(mobileNode);
    if (Ptr<Object> model = linkModel ? linkModel : FindLinkModel(node))
    {
        ConnectLinkModel(model, mobileNode);
    }
    return ApplicationContainer(mobileNode);
}

ApplicationContainer
Mipv6Helper::InstallEachMobileNode(
    NodeContainer nodes,
    Ipv6Address firstHomeAddress,
    bool sharedLinkModel,
    const std::function<ApplicationContainer(Ptr<Node>, Ipv6Address)>& install)
{
    NS_ABORT_MSG_IF(sharedLinkModel && nodes.GetN() > 1,
                    "InstallMobileNode: one link model (SetLinkModel) for "
                        << nodes.GetN() << " hosts; aggregate one to each host instead");
    ApplicationContainer apps;
    for (uint32_t i = 0; i < nodes.GetN(); ++i)
    {
        apps.Add(install(nodes.Get(i), OffsetAddress(firstHomeAddress, i)));
    }
    return apps;
}

Ptr<Object>
Mipv6Helper::FindLinkModel(Ptr<Node> node)
{
    if (Ptr<hmipv6::LinkSwitchHandoff> handoff = node->GetObject<hmipv6::LinkSwitchHandoff>())
    {
        return handoff;
    }
    return node->GetObject<hmipv6::WifiRoamingHandoff>();
}

Ipv6Address
Mipv6Helper::OffsetAddress(Ipv6Address address, uint32_t i)
{
    uint8_t octets[16];
    address.GetBytes(octets);
    uint32_t last = ((uint32_t(octets[14]) << 8) | octets[15]) + i;
    NS_ABORT_MSG_IF(last > 0xffff, "Mipv6Helper: " << address << " plus " << i << " overflows");
    octets[14] = static_cast<uint8_t>(last >> 8);
    octets[15] = static_cast<uint8_t>(last);
    return Ipv6Address(octets);
}

Ipv6Address
Mipv6Helper::GetInterfacePrefix(Ptr<Node> node, uint32_t interface, uint8_t prefixLength)
{
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6 || interface >= ipv6->GetNInterfaces(),
                    "Mipv6Helper: node " << node->GetId() << " has no IPv6 interface "
                                         << interface);
    for (uint32_t i = 0; i < ipv6->GetNAddresses(interface); ++i)
    {
        Ipv6InterfaceAddress address = ipv6->GetAddress(interface, i);
        if (address.GetScope() == Ipv6InterfaceAddress::GLOBAL)
        {
            return address.GetAddress().CombinePrefix(Ipv6Prefix(prefixLength));
        }
    }
    NS_ABORT_MSG("Mipv6Helper: node " << node->GetId() << " has no global address on interface "
                                      << interface << " (assign addresses first)");
    return Ipv6Address();
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
