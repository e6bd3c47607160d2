// SPDX-License-Identifier: GPL-2.0-only
#include "link-switch-channel.h"

#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/simple-net-device.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6LinkSwitchChannel");
NS_OBJECT_ENSURE_REGISTERED(LinkSwitchChannel);

TypeId
LinkSwitchChannel::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::LinkSwitchChannel")
                            .SetParent<SimpleChannel>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<LinkSwitchChannel>();
    return tid;
}

void
LinkSwitchChannel::SetLink(Ptr<SimpleNetDevice> device, uint32_t link)
{
    NS_LOG_FUNCTION(this << device << link);
    auto it = m_linkOf.find(device);
    if (it != m_linkOf.end())
    {
        std::vector<Ptr<SimpleNetDevice>>& old = m_members[it->second];
        old.erase(std::remove(old.begin(), old.end(), device), old.end());
        m_linkOf.erase(it);
    }
    if (link != NONE)
    {
        m_linkOf[device] = link;
        m_members[link].push_back(device);
    }
}

uint32_t
LinkSwitchChannel::GetLink(Ptr<SimpleNetDevice> device) const
{
    auto it = m_linkOf.find(device);
    return it == m_linkOf.end() ? NONE : it->second;
}

void
LinkSwitchChannel::Send(Ptr<Packet> p,
                        uint16_t protocol,
                        Mac48Address to,
                        Mac48Address from,
                        Ptr<SimpleNetDevice> sender)
{
    NS_LOG_FUNCTION(this << p << protocol << to << from << sender);
    auto it = m_linkOf.find(sender);
    if (it == m_linkOf.end())
    {
        return; // on no link: nobody hears it
    }
    // SimpleChannel keeps its delay private (and ns-3 lets no subclass shadow the
    // attribute): read once per frame, not per receiver.
    TimeValue delay;
    GetAttribute("Delay", delay);
    for (const Ptr<SimpleNetDevice>& device : m_members[it->second])
    {
        if (device == sender)
        {
            continue;
        }
        auto blocked = m_blocked.find(device);
        if (blocked != m_blocked.end() &&
            std::find(blocked->second.begin(), blocked->second.end(), sender) !=
                blocked->second.end())
        {
            continue;
        }
        Simulator::ScheduleWithContext(device->GetNode()->GetId(),
                                       delay.Get(),
                                       &SimpleNetDevice::Receive,
                                       device,
                                       p->Copy(),
                                       protocol,
                                       to,
                                       from);
    }
}

void
LinkSwitchChannel::BlackList(Ptr<SimpleNetDevice> from, Ptr<SimpleNetDevice> to)
{
    std::vector<Ptr<SimpleNetDevice>>& blocked = m_blocked[to];
    if (std::find(blocked.begin(), blocked.end(), from) == blocked.end())
    {
        blocked.push_back(from);
    }
}

void
LinkSwitchChannel::UnBlackList(Ptr<SimpleNetDevice> from, Ptr<SimpleNetDevice> to)
{
    auto it = m_blocked.find(to);
    if (it != m_blocked.end())
    {
        it->second.erase(std::remove(it->second.begin(), it->second.end(), from), it->second.end());
    }
}

void
LinkSwitchChannel::DoDispose()
{
    m_linkOf.clear();
    m_members.clear();
    m_blocked.clear();
    SimpleChannel::DoDispose();
}

} // namespace hmipv6
} // namespace ns3
