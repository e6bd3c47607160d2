// SPDX-License-Identifier: GPL-2.0-only
#include "link-switch-handoff.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("LinkSwitchHandoff");

NS_OBJECT_ENSURE_REGISTERED(LinkSwitchHandoff);

TypeId
LinkSwitchHandoff::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::LinkSwitchHandoff")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<LinkSwitchHandoff>()
            .AddAttribute("L2Outage",
                          "Time between losing the old link and gaining the new one",
                          TimeValue(MilliSeconds(0)),
                          MakeTimeAccessor(&LinkSwitchHandoff::m_outage),
                          MakeTimeChecker(Time(0)))
            .AddTraceSource("LinkDown",
                            "The mobile host lost its link to an access point",
                            MakeTraceSourceAccessor(&LinkSwitchHandoff::m_linkDownTrace),
                            "ns3::hmipv6::LinkSwitchHandoff::LinkCallback")
            .AddTraceSource("LinkUp",
                            "The mobile host is attached to an access point",
                            MakeTraceSourceAccessor(&LinkSwitchHandoff::m_linkUpTrace),
                            "ns3::hmipv6::LinkSwitchHandoff::LinkCallback");
    return tid;
}

LinkSwitchHandoff::LinkSwitchHandoff()
    : m_current(NONE)
{
    NS_LOG_FUNCTION(this);
}

void
LinkSwitchHandoff::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_pendingUp.Cancel();
    m_channel = nullptr;
    m_switch = nullptr;
    m_mobile = nullptr;
    m_links.clear();
    Object::DoDispose();
}

void
LinkSwitchHandoff::SetMobileDevice(Ptr<SimpleNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    NS_ABORT_MSG_IF(m_mobile, "LinkSwitchHandoff: the mobile device is already set");
    m_mobile = device;
    m_channel = DynamicCast<SimpleChannel>(device->GetChannel());
    NS_ABORT_MSG_IF(!m_channel, "LinkSwitchHandoff: the mobile device has no SimpleChannel");
    m_switch = DynamicCast<LinkSwitchChannel>(m_channel);
    if (m_switch)
    {
        m_switch->SetLink(m_mobile, LinkSwitchChannel::NONE);
    }
    for (uint32_t i = 0; i < m_links.size(); ++i)
    {
        Connect(i, false);
    }
}

uint32_t
LinkSwitchHandoff::AddAccessPoint(Ptr<SimpleNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    m_links.emplace_back();
    uint32_t index = m_links.size() - 1;
    Join(index, device);
    return index;
}

void
LinkSwitchHandoff::AddLinkMember(uint32_t accessPoint, Ptr<SimpleNetDevice> device)
{
    NS_LOG_FUNCTION(this << accessPoint << device);
    NS_ABORT_MSG_IF(accessPoint >= m_links.size(),
                    "LinkSwitchHandoff: no access point " << accessPoint);
    Join(accessPoint, device);
}

void
LinkSwitchHandoff::Join(uint32_t link, Ptr<SimpleNetDevice> device)
{
    Ptr<SimpleChannel> channel = DynamicCast<SimpleChannel>(device->GetChannel());
    NS_ABORT_MSG_IF(!channel || (m_channel && channel != m_channel),
                    "LinkSwitchHandoff: access links must share the mobile host's channel");
    if (Ptr<LinkSwitchChannel> links = DynamicCast<LinkSwitchChannel>(channel))
    {
        // The channel keeps the links apart; the hosts of other models share them.
        uint32_t current = links->GetLink(device);
        NS_ABORT_MSG_IF(current != LinkSwitchChannel::NONE && current != link,
                        "LinkSwitchHandoff: a device is on link "
                            << current << " of the channel, not " << link
                            << " (add the access points to every host's model in one order)");
        links->SetLink(device, link);
        m_links[link].push_back(device);
        return;
    }
    // Each access link is a link of its own: it never hears the others.
    for (uint32_t other = 0; other < m_links.size(); ++other)
    {
        for (Ptr<SimpleNetDevice> d :
             other == link ? std::vector<Ptr<SimpleNetDevice>>() : m_links[other])
        {
            channel->BlackList(device, d);
            channel->BlackList(d, device);
        }
    }
    m_links[link].push_back(device);
    if (m_mobile)
    {
        Connect(link, m_current == link);
    }
}

void
LinkSwitchHandoff::Connect(uint32_t accessPoint, bool connected)
{
    if (m_switch)
    {
        if (connected || m_switch->GetLink(m_mobile) == accessPoint)
        {
            m_switch->SetLink(m_mobile, connected ? accessPoint : LinkSwitchChannel::NONE);
        }
        return;
    }
    for (Ptr<SimpleNetDevice> device : m_links.at(accessPoint))
    {
        if (connected)
        {
            m_channel->UnBlackList(m_mobile, device);
            m_channel->UnBlackList(device, m_mobile);
        }
        else
        {
            m_channel->BlackList(m_mobile, device);
            m_channel->BlackList(device, m_mobile);
        }
    }
}

void
LinkSwitchHandoff::AttachNow(uint32_t accessPoint)
{
    NS_LOG_FUNCTION(this << accessPoint);
    NS_ABORT_MSG_IF(!m_mobile, "LinkSwitchHandoff: SetMobileDevice first");
    NS_ABORT_MSG_IF(accessPoint != NONE && accessPoint >= m_links.size(),
                    "LinkSwitchHandoff: no access point " << accessPoint);
    m_pendingUp.Cancel();
    if (m_current != NONE)
    {
        Connect(m_current, false);
        m_linkDownTrace(m_current);
        m_current = NONE;
    }
    if (accessPoint != NONE)
    {
        DoLinkUp(accessPoint);
    }
}

void
LinkSwitchHandoff::ScheduleSwitch(Time at, uint32_t accessPoint)
{
    NS_LOG_FUNCTION(this << at << accessPoint);
    NS_ABORT_MSG_IF(accessPoint >= m_links.size(),
                    "LinkSwitchHandoff: no access point " << accessPoint);
    NS_ABORT_MSG_IF(at < Simulator::Now(), "LinkSwitchHandoff: switch scheduled in the past");
    Simulator::Schedule(at - Simulator::Now(), &LinkSwitchHandoff::DoLinkDown, this, accessPoint);
}

void
LinkSwitchHandoff::DoLinkDown(uint32_t accessPoint)
{
    NS_LOG_FUNCTION(this << accessPoint);
    m_pendingUp.Cancel();
    if (m_current != NONE)
    {
        uint32_t left = m_current;
        Connect(left, false);
        m_current = NONE;
        m_linkDownTrace(left);
    }
    m_pendingUp = Simulator::Schedule(m_outage, &LinkSwitchHandoff::DoLinkUp, this, accessPoint);
}

void
LinkSwitchHandoff::DoLinkUp(uint32_t accessPoint)
{
    NS_LOG_FUNCTION(this << accessPoint);
    Connect(accessPoint, true);
    m_current = accessPoint;
    m_linkUpTrace(accessPoint);
}

uint32_t
LinkSwitchHandoff::GetCurrentAccessPoint() const
{
    return m_current;
}

uint32_t
LinkSwitchHandoff::GetNAccessPoints() const
{
    return m_links.size();
}

} // namespace hmipv6
} // namespace ns3
