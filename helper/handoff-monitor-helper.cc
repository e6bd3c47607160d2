// SPDX-License-Identifier: GPL-2.0-only
#include "handoff-monitor-helper.h"

#include "ns3/abort.h"
#include "ns3/address.h"
#include "ns3/application.h"
#include "ns3/boolean.h"
#include "ns3/ipv6-address.h"
#include "ns3/log.h"
#include "ns3/names.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/string.h"
#include "ns3/type-id.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoffMonitorHelper");

namespace
{

/**
 * \brief The callback signature name of a trace source.
 * \param object the object
 * \param name the trace source
 * \return its callback name, or empty if the object has no such trace source
 */
std::string
TraceSignature(Ptr<Object> object, const std::string& name)
{
    TypeId::TraceSourceInformation info;
    if (!object->GetInstanceTypeId().LookupTraceSourceByName(name, &info))
    {
        return "";
    }
    return info.callback;
}

/**
 * \brief Connect a packet trace, whichever of the usual packet signatures it has.
 * \param object the object
 * \param name the trace source
 * \param notify what to call with the packet
 */
void
ConnectPacketTrace(Ptr<Object> object,
                   const std::string& name,
                   const std::function<void(Ptr<const Packet>)>& notify)
{
    std::string signature = TraceSignature(object, name);
    NS_ABORT_MSG_IF(signature.empty(),
                    "HandoffMonitorHelper: " << object->GetInstanceTypeId().GetName()
                                             << " has no trace source \"" << name << "\"");
    bool ok = false;
    if (signature == "ns3::Packet::TracedCallback")
    {
        ok = object->TraceConnectWithoutContext(
            name,
            Callback<void, Ptr<const Packet>>([notify](Ptr<const Packet> p) { notify(p); }));
    }
    else if (signature == "ns3::Packet::AddressTracedCallback")
    {
        ok = object->TraceConnectWithoutContext(
            name,
            Callback<void, Ptr<const Packet>, const Address&>(
                [notify](Ptr<const Packet> p, const Address&) { notify(p); }));
    }
    else if (signature == "ns3::Packet::TwoAddressTracedCallback")
    {
        ok = object->TraceConnectWithoutContext(
            name,
            Callback<void, Ptr<const Packet>, const Address&, const Address&>(
                [notify](Ptr<const Packet> p, const Address&, const Address&) { notify(p); }));
    }
    NS_ABORT_MSG_IF(!ok,
                    "HandoffMonitorHelper: cannot connect \"" << name << "\" of signature "
                                                              << signature);
}

} // namespace

HandoffMonitorHelper::HandoffMonitorHelper()
{
    m_factory.SetTypeId(hmipv6::HandoffMonitor::GetTypeId());
}

void
HandoffMonitorHelper::SetMonitorAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

Ptr<hmipv6::HandoffMonitor>
HandoffMonitorHelper::Install(Ptr<Object> mobileNode, Ptr<Object> linkModel) const
{
    NS_LOG_FUNCTION(this << mobileNode << linkModel);
    NS_ABORT_MSG_IF(!mobileNode, "HandoffMonitorHelper: no mobile node");
    Ptr<hmipv6::HandoffMonitor> m = m_factory.Create<hmipv6::HandoffMonitor>();

    // Layer 2: the link model's own traces when there is one, else the node's triggers.
    Ptr<Object> l2 = linkModel ? linkModel : mobileNode;
    for (const std::string name : {"LinkDown", "LinkUp"})
    {
        std::string signature = TraceSignature(l2, name);
        NS_ABORT_MSG_IF(signature.empty(),
                        "HandoffMonitorHelper: " << l2->GetInstanceTypeId().GetName()
                                                 << " has no trace source \"" << name << "\"");
        bool down = name == "LinkDown";
        if (signature == "ns3::TracedCallback::Void")
        {
            l2->TraceConnectWithoutContext(name, Callback<void>([m, down]() {
                                               down ? m->NotifyLinkDown() : m->NotifyLinkUp();
                                           }));
        }
        else
        {
            l2->TraceConnectWithoutContext(name, Callback<void, uint32_t>([m, down](uint32_t) {
                                               down ? m->NotifyLinkDown() : m->NotifyLinkUp();
                                           }));
        }
    }

    if (!TraceSignature(mobileNode, "MovementDetected").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "MovementDetected",
            Callback<void, Ipv6Address, Ipv6Address>(
                [m](Ipv6Address, Ipv6Address) { m->NotifyMovementDetected(); }));
    }
    // What the user left empty comes from the mobile node.
    StringValue host;
    m->GetAttribute("Host", host);
    Ptr<Application> app = DynamicCast<Application>(mobileNode);
    if (host.Get().empty() && app && app->GetNode())
    {
        std::string name = Names::FindName(app->GetNode());
        m->SetAttribute(
            "Host",
            StringValue(name.empty() ? "node-" + std::to_string(app->GetNode()->GetId()) : name));
    }
    Ipv6AddressValue homeAgent;
    m->GetAttribute("HomeAgent", homeAgent);
    if (homeAgent.Get().IsAny())
    {
        mobileNode->GetAttributeFailSafe("HomeAgentAddress", homeAgent);
        m->SetAttribute("HomeAgent", homeAgent);
    }
    StringValue protocol;
    m->GetAttribute("Protocol", protocol);
    if (protocol.Get().empty())
    {
        BooleanValue hierarchical(false);
        mobileNode->GetAttributeFailSafe("UseMobilityServer", hierarchical);
        m->SetAttribute("Protocol", StringValue(hierarchical.Get() ? "hmipv6" : "mipv6"));
    }
    if (!TraceSignature(mobileNode, "IntraDomainMove").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "IntraDomainMove",
            Callback<void, Ipv6Address>([m](Ipv6Address) { m->NotifyMove("intra"); }));
    }
    if (!TraceSignature(mobileNode, "RegistrationSent").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "RegistrationSent",
            Callback<void, const std::string&, Ipv6Address, uint16_t>(
                [m](const std::string&, Ipv6Address ms, uint16_t) {
                    m->NotifyMobilityServerRegistration(ms);
                }));
    }
    if (!TraceSignature(mobileNode, "DomainEntered").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "DomainEntered",
            Callback<void, Ipv6Address, Ipv6Address, uint8_t>(
                [m](Ipv6Address, Ipv6Address, uint8_t) { m->NotifyMove("inter"); }));
    }
    if (!TraceSignature(mobileNode, "CareOfAddressReady").empty())
    {
        mobileNode->TraceConnectWithoutContext("CareOfAddressReady",
                                               Callback<void, Ipv6Address>([m](Ipv6Address coa) {
                                                   m->NotifyCareOfAddressReady(coa);
                                               }));
    }
    if (!TraceSignature(mobileNode, "BindingUpdateSent").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "BindingUpdateSent",
            Callback<void, Ipv6Address, uint16_t>([m](Ipv6Address destination, uint16_t seq) {
                m->NotifyRegistrationSent(destination, seq);
            }));
    }
    if (!TraceSignature(mobileNode, "BindingAckReceived").empty())
    {
        mobileNode->TraceConnectWithoutContext(
            "BindingAckReceived",
            Callback<void, Ipv6Address, uint16_t, uint8_t>(
                [m](Ipv6Address source, uint16_t seq, uint8_t status) {
                    m->NotifyRegistrationAcked(source, seq, status);
                }));
    }
    return m;
}

Ptr<hmipv6::HandoffMonitor>
HandoffMonitorHelper::Install(Ptr<Object> mobileNode,
                              Ptr<Object> linkModel,
                              Ptr<Object> source,
                              Ptr<Object> sink) const
{
    Ptr<hmipv6::HandoffMonitor> m = Install(mobileNode, linkModel);
    MonitorFlow(m, source, sink);
    return m;
}

void
HandoffMonitorHelper::MonitorFlow(Ptr<hmipv6::HandoffMonitor> monitor,
                                  Ptr<Object> source,
                                  Ptr<Object> sink,
                                  const std::string& txTrace,
                                  const std::string& rxTrace) const
{
    NS_LOG_FUNCTION(this << monitor << source << sink << txTrace << rxTrace);
    NS_ABORT_MSG_IF(!monitor || !source || !sink, "HandoffMonitorHelper: null argument");
    ConnectPacketTrace(source, txTrace, [monitor](Ptr<const Packet> p) {
        monitor->NotifyFlowTx(p);
    });
    ConnectPacketTrace(sink, rxTrace, [monitor](Ptr<const Packet> p) { monitor->NotifyFlowRx(p); });
}

void
HandoffMonitorHelper::WatchDevices(Ptr<hmipv6::HandoffMonitor> monitor,
                                   const NetDeviceContainer& devices) const
{
    for (auto it = devices.Begin(); it != devices.End(); ++it)
    {
        monitor->WatchDevice(*it);
    }
}

} // namespace ns3
