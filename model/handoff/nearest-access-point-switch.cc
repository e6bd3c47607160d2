// SPDX-License-Identifier: GPL-2.0-only
#include "nearest-access-point-switch.h"

#include "ns3/abort.h"
#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

#include <limits>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("NearestAccessPointSwitch");

NS_OBJECT_ENSURE_REGISTERED(NearestAccessPointSwitch);

TypeId
NearestAccessPointSwitch::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::NearestAccessPointSwitch")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<NearestAccessPointSwitch>()
            .AddAttribute("CheckInterval",
                          "How often the host's position is read (about a Wi-Fi beacon "
                          "interval)",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&NearestAccessPointSwitch::m_interval),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddAttribute("Range",
                          "Coverage radius of an access point (m); 0: unlimited",
                          DoubleValue(0),
                          MakeDoubleAccessor(&NearestAccessPointSwitch::m_range),
                          MakeDoubleChecker<double>(0))
            .AddAttribute("Hysteresis",
                          "How much nearer (m) another access point must be for a switch "
                          "while the current one is in range",
                          DoubleValue(5),
                          MakeDoubleAccessor(&NearestAccessPointSwitch::m_hysteresis),
                          MakeDoubleChecker<double>(0));
    return tid;
}

NearestAccessPointSwitch::NearestAccessPointSwitch()
    : m_target(LinkSwitchHandoff::NONE),
      m_switches(0)
{
}

void
NearestAccessPointSwitch::DoDispose()
{
    m_check.Cancel();
    m_handoff = nullptr;
    m_mobility = nullptr;
    Object::DoDispose();
}

void
NearestAccessPointSwitch::AddAccessPoint(uint32_t accessPoint, const Vector& position)
{
    NS_LOG_FUNCTION(this << accessPoint << position);
    m_places.push_back({accessPoint, position});
}

void
NearestAccessPointSwitch::Start(Ptr<LinkSwitchHandoff> handoff, Ptr<MobilityModel> mobility)
{
    NS_LOG_FUNCTION(this << handoff << mobility);
    NS_ABORT_MSG_IF(!handoff || !mobility, "NearestAccessPointSwitch: null argument");
    for (const Place& place : m_places)
    {
        NS_ABORT_MSG_IF(place.accessPoint >= handoff->GetNAccessPoints(),
                        "NearestAccessPointSwitch: the link switch has no access point "
                            << place.accessPoint);
    }
    m_handoff = handoff;
    m_mobility = mobility;
    m_check.Cancel();
    m_check = Simulator::ScheduleNow(&NearestAccessPointSwitch::Check, this);
}

uint64_t
NearestAccessPointSwitch::GetNSwitches() const
{
    return m_switches;
}

void
NearestAccessPointSwitch::Check()
{
    m_check = Simulator::Schedule(m_interval, &NearestAccessPointSwitch::Check, this);
    uint32_t current = m_handoff->GetCurrentAccessPoint();
    if (m_target != LinkSwitchHandoff::NONE && current != m_target)
    {
        return; // the switch's outage is not over
    }
    Vector here = m_mobility->GetPosition();
    uint32_t nearest = LinkSwitchHandoff::NONE;
    double best = std::numeric_limits<double>::infinity();
    double currentDistance = std::numeric_limits<double>::infinity();
    for (const Place& place : m_places)
    {
        double d = CalculateDistance(here, place.position);
        if (place.accessPoint == current)
        {
            currentDistance = d;
        }
        if ((m_range == 0 || d <= m_range) && d < best)
        {
            best = d;
            nearest = place.accessPoint;
        }
    }
    bool currentInRange =
        current != LinkSwitchHandoff::NONE && (m_range == 0 || currentDistance <= m_range);
    if (nearest == LinkSwitchHandoff::NONE)
    {
        if (current != LinkSwitchHandoff::NONE)
        {
            NS_LOG_INFO("out of every access point's range at " << here);
            m_target = LinkSwitchHandoff::NONE;
            m_handoff->AttachNow(LinkSwitchHandoff::NONE);
        }
        return;
    }
    if (nearest == current || (currentInRange && currentDistance - best <= m_hysteresis))
    {
        return;
    }
    NS_LOG_INFO("to access point " << nearest << " at " << here);
    m_target = nearest;
    ++m_switches;
    if (current == LinkSwitchHandoff::NONE)
    {
        m_handoff->AttachNow(nearest);
    }
    else
    {
        m_handoff->ScheduleSwitch(Simulator::Now(), nearest);
    }
}

} // namespace hmipv6
} // namespace ns3
