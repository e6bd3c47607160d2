// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-info-announcer.h"

#include "ns3/draft-message-authentication.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/mobility-info-header.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6MobilityInfoAnnouncer");

void
MobilityInfoAnnouncer::Setup(Ptr<Node> node,
                             const Config& config,
                             std::function<Ipv6Address()> self,
                             SentCallback sent)
{
    m_node = node;
    m_config = config;
    m_self = std::move(self);
    m_sent = std::move(sent);
}

void
MobilityInfoAnnouncer::Dispose()
{
    m_event.Cancel();
    m_running = false;
    m_node = nullptr;
}

void
MobilityInfoAnnouncer::AddRouter(Ipv6Address router)
{
    if (std::find(m_routers.begin(), m_routers.end(), router) != m_routers.end())
    {
        return;
    }
    m_routers.push_back(router);
    if (m_running && !m_withdrawn)
    {
        Send(router, false);
    }
}

const std::vector<Ipv6Address>&
MobilityInfoAnnouncer::GetRouters() const
{
    return m_routers;
}

void
MobilityInfoAnnouncer::Start()
{
    m_running = true;
    m_withdrawn = false;
    Round();
}

void
MobilityInfoAnnouncer::Stop()
{
    m_event.Cancel();
    m_running = false;
}

void
MobilityInfoAnnouncer::Withdraw()
{
    m_event.Cancel();
    m_withdrawn = true;
    if (!m_node || !m_node->GetObject<Ipv6L3Protocol>())
    {
        return;
    }
    for (Ipv6Address router : m_routers)
    {
        Send(router, true);
    }
}

bool
MobilityInfoAnnouncer::IsWithdrawn() const
{
    return m_withdrawn;
}

uint64_t
MobilityInfoAnnouncer::GetSent() const
{
    return m_count;
}

void
MobilityInfoAnnouncer::Send(Ipv6Address router, bool withdrawal)
{
    NS_LOG_FUNCTION(this << router << withdrawal);
    Ipv6Address self = m_self();
    if (self.IsAny())
    {
        NS_LOG_WARN("MobilityServer: no address yet, no Mobility Information sent");
        return;
    }
    MobilityInfoHeader info;
    info.SetOptionType(m_config.optionType);
    info.SetMsAddress(withdrawal ? Ipv6Address::GetAny() : self);
    info.SetPrefixLength(withdrawal ? 0 : m_config.prefixLength);
    Ptr<KeyChain> keys = KeyChain::For(m_node);
    UseSubOptionTypes(info, *keys);
    if (keys->IsRequired())
    {
        // Draft 5.2 (as for the host's messages): only an MS of the area may name the MS
        // hosts register with; the timestamp stops a replayed withdrawal or announcement.
        if (auto association = keys->Find(KeyChain::MS_ROUTER, self, router))
        {
            info.SetTimestamp(TimestampSubOption::FromTime(Simulator::Now()));
            SignDraftMessage(info, *association, self, router);
        }
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(info);
    ++m_count;
    m_sent(router, withdrawal);
    m_node->GetObject<Ipv6L3Protocol>()->Send(packet,
                                              self,
                                              router,
                                              Ipv6Header::IPV6_EXT_DESTINATION,
                                              nullptr);
}

void
MobilityInfoAnnouncer::Round()
{
    NS_LOG_FUNCTION(this);
    for (Ipv6Address router : m_routers)
    {
        Send(router, false);
    }
    if (m_config.interval.IsStrictlyPositive())
    {
        m_event = Simulator::Schedule(m_config.interval, &MobilityInfoAnnouncer::Round, this);
    }
}

} // namespace hmipv6
} // namespace ns3
