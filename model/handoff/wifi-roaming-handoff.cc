// SPDX-License-Identifier: GPL-2.0-only
#include "wifi-roaming-handoff.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/yans-wifi-helper.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("WifiRoamingHandoff");

NS_OBJECT_ENSURE_REGISTERED(WifiRoamingHandoff);

TypeId
WifiRoamingHandoff::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::WifiRoamingHandoff")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<WifiRoamingHandoff>()
            .AddAttribute("Ssid",
                          "SSID of the access points built by Install (one ESS)",
                          StringValue("hmipv6"),
                          MakeStringAccessor(&WifiRoamingHandoff::m_ssid),
                          MakeStringChecker())
            .AddAttribute("BeaconInterval",
                          "ApWifiMac BeaconInterval set by Install (a multiple of 1024 us)",
                          TimeValue(MicroSeconds(102400)),
                          MakeTimeAccessor(&WifiRoamingHandoff::m_beaconInterval),
                          MakeTimeChecker(MicroSeconds(1024)))
            .AddAttribute("MaxMissedBeacons",
                          "StaWifiMac MaxMissedBeacons set by Install: beacon intervals "
                          "without a beacon before the link is declared lost",
                          UintegerValue(3),
                          MakeUintegerAccessor(&WifiRoamingHandoff::m_maxMissedBeacons),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("ActiveProbing",
                          "StaWifiMac ActiveProbing set by Install: scan with Probe Requests "
                          "(else wait for beacons)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&WifiRoamingHandoff::m_activeProbing),
                          MakeBooleanChecker())
            .AddAttribute("ProbeRequestTimeout",
                          "StaWifiMac ProbeRequestTimeout set by Install: listening time "
                          "after a Probe Request",
                          TimeValue(MilliSeconds(50)),
                          MakeTimeAccessor(&WifiRoamingHandoff::m_probeRequestTimeout),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("WaitBeaconTimeout",
                          "StaWifiMac WaitBeaconTimeout set by Install: passive scan time",
                          TimeValue(MilliSeconds(120)),
                          MakeTimeAccessor(&WifiRoamingHandoff::m_waitBeaconTimeout),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("AssocRequestTimeout",
                          "StaWifiMac AssocRequestTimeout set by Install: time before an "
                          "unanswered Association Request is repeated",
                          TimeValue(MilliSeconds(500)),
                          MakeTimeAccessor(&WifiRoamingHandoff::m_assocRequestTimeout),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("Range",
                          "Coverage radius (m) of every device built by Install "
                          "(RangePropagationLossModel); 0: LogDistancePropagationLossModel",
                          DoubleValue(0),
                          MakeDoubleAccessor(&WifiRoamingHandoff::m_range),
                          MakeDoubleChecker<double>(0))
            .AddAttribute("DataMode",
                          "ConstantRateWifiManager DataMode set by Install",
                          StringValue("OfdmRate12Mbps"),
                          MakeStringAccessor(&WifiRoamingHandoff::m_dataMode),
                          MakeStringChecker())
            .AddAttribute("ControlMode",
                          "ConstantRateWifiManager ControlMode set by Install",
                          StringValue("OfdmRate6Mbps"),
                          MakeStringAccessor(&WifiRoamingHandoff::m_controlMode),
                          MakeStringChecker())
            .AddTraceSource("LinkDown",
                            "The station lost its association with an access point",
                            MakeTraceSourceAccessor(&WifiRoamingHandoff::m_linkDownTrace),
                            "ns3::hmipv6::WifiRoamingHandoff::LinkCallback")
            .AddTraceSource("LinkUp",
                            "The station is associated with an access point",
                            MakeTraceSourceAccessor(&WifiRoamingHandoff::m_linkUpTrace),
                            "ns3::hmipv6::WifiRoamingHandoff::LinkCallback");
    return tid;
}

WifiRoamingHandoff::WifiRoamingHandoff()
    : m_current(NONE),
      m_associations(0),
      m_disassociations(0)
{
    NS_LOG_FUNCTION(this);
}

void
WifiRoamingHandoff::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_pendingUp.Cancel();
    m_station = nullptr;
    m_accessPoints.clear();
    m_channel = nullptr;
    Object::DoDispose();
}

void
WifiRoamingHandoff::ConfigureWifi(WifiHelper& wifi, YansWifiPhyHelper& phy) const
{
    phy.SetChannel(m_channel);
    // 802.11a: OFDM only (no DSSS/ERP protection), no aggregation or Block Ack, so
    // frame timing stays simple; a constant rate keeps it deterministic.
    wifi.SetStandard(WIFI_STANDARD_80211a);
    wifi.SetRemoteStationManager("ns3::ConstantRateWifiManager",
                                 "DataMode",
                                 StringValue(m_dataMode),
                                 "ControlMode",
                                 StringValue(m_controlMode));
}

Ptr<WifiNetDevice>
WifiRoamingHandoff::BuildStation(Ptr<Node> staNode) const
{
    WifiHelper wifi;
    YansWifiPhyHelper phy;
    ConfigureWifi(wifi, phy);
    WifiMacHelper mac;
    mac.SetType("ns3::StaWifiMac",
                "Ssid",
                SsidValue(Ssid(m_ssid)),
                "MaxMissedBeacons",
                UintegerValue(m_maxMissedBeacons),
                "ActiveProbing",
                BooleanValue(m_activeProbing),
                "ProbeRequestTimeout",
                TimeValue(m_probeRequestTimeout),
                "WaitBeaconTimeout",
                TimeValue(m_waitBeaconTimeout),
                "AssocRequestTimeout",
                TimeValue(m_assocRequestTimeout));
    return DynamicCast<WifiNetDevice>(wifi.Install(phy, mac, staNode).Get(0));
}

NetDeviceContainer
WifiRoamingHandoff::Install(NodeContainer apNodes, Ptr<Node> staNode)
{
    NS_LOG_FUNCTION(this << apNodes.GetN() << staNode);
    NS_ABORT_MSG_IF(m_station, "WifiRoamingHandoff: the station is already set");

    YansWifiChannelHelper channel;
    channel.SetPropagationDelay("ns3::ConstantSpeedPropagationDelayModel");
    if (m_range > 0)
    {
        // A sharp coverage disk: roaming happens at a known position.
        channel.AddPropagationLoss("ns3::RangePropagationLossModel",
                                   "MaxRange",
                                   DoubleValue(m_range));
    }
    else
    {
        channel.AddPropagationLoss("ns3::LogDistancePropagationLossModel");
    }
    m_channel = channel.Create();

    WifiHelper wifi;
    YansWifiPhyHelper phy;
    ConfigureWifi(wifi, phy);
    WifiMacHelper mac;
    mac.SetType("ns3::ApWifiMac",
                "Ssid",
                SsidValue(Ssid(m_ssid)),
                "BeaconInterval",
                TimeValue(m_beaconInterval));
    NetDeviceContainer devices = wifi.Install(phy, mac, apNodes);
    for (uint32_t i = 0; i < apNodes.GetN(); ++i)
    {
        AddAccessPoint(DynamicCast<WifiNetDevice>(devices.Get(i)));
    }
    Ptr<WifiNetDevice> station = BuildStation(staNode);
    SetStation(station);
    devices.Add(station);
    return devices;
}

Ptr<WifiRoamingHandoff>
WifiRoamingHandoff::InstallStation(Ptr<Node> staNode) const
{
    NS_LOG_FUNCTION(this << staNode);
    NS_ABORT_MSG_IF(!m_channel, "WifiRoamingHandoff::InstallStation: Install first");
    // Not CopyObject: that would copy the trace sources' connections too.
    Ptr<WifiRoamingHandoff> other = CreateObject<WifiRoamingHandoff>();
    other->m_channel = m_channel;
    other->m_accessPoints = m_accessPoints;
    other->m_bssids = m_bssids;
    // Every attribute, so that one added later is not forgotten here.
    TypeId tid = GetInstanceTypeId();
    for (uint32_t i = 0; i < tid.GetAttributeN(); ++i)
    {
        TypeId::AttributeInformation info = tid.GetAttribute(i);
        Ptr<AttributeValue> value = info.checker->Create();
        GetAttribute(info.name, *value);
        other->SetAttribute(info.name, *value);
    }
    other->SetStation(BuildStation(staNode));
    return other;
}

void
WifiRoamingHandoff::SetStation(Ptr<WifiNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    NS_ABORT_MSG_IF(m_station, "WifiRoamingHandoff: the station is already set");
    Ptr<StaWifiMac> mac = DynamicCast<StaWifiMac>(device->GetMac());
    NS_ABORT_MSG_IF(!mac, "WifiRoamingHandoff: the station's MAC is not a StaWifiMac");
    m_station = device;
    mac->TraceConnectWithoutContext("Assoc", MakeCallback(&WifiRoamingHandoff::Associated, this));
    mac->TraceConnectWithoutContext("DeAssoc",
                                    MakeCallback(&WifiRoamingHandoff::Disassociated, this));
    mac->TraceConnectWithoutContext("BeaconArrival",
                                    MakeCallback(&WifiRoamingHandoff::BeaconArrived, this));
}

uint32_t
WifiRoamingHandoff::AddAccessPoint(Ptr<WifiNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    Mac48Address bssid = Mac48Address::ConvertFrom(device->GetAddress());
    NS_ABORT_MSG_IF(IndexOf(bssid) != NONE, "WifiRoamingHandoff: access point added twice");
    m_accessPoints.push_back(device);
    m_bssids.push_back(bssid);
    return m_accessPoints.size() - 1;
}

uint32_t
WifiRoamingHandoff::IndexOf(Mac48Address bssid) const
{
    for (uint32_t i = 0; i < m_bssids.size(); ++i)
    {
        if (m_bssids[i] == bssid)
        {
            return i;
        }
    }
    return NONE;
}

void
WifiRoamingHandoff::Associated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    ++m_associations;
    uint32_t index = IndexOf(bssid);
    if (!m_pendingUp.IsExpired())
    {
        m_pendingUp.Cancel(); // never reported: nothing to take down
        m_current = NONE;
    }
    if (m_current != NONE)
    {
        // Reassociation without a loss: report the old link's end first, so that every
        // LinkUp follows the LinkDown of the previous link.
        uint32_t left = m_current;
        m_current = NONE;
        m_linkDownTrace(left);
    }
    if (index == NONE)
    {
        NS_LOG_WARN("associated with unknown BSSID " << bssid << "; no LinkUp");
        return;
    }
    m_current = index;
    m_lastBeacon = Simulator::Now(); // the Association Response stands for a beacon
    // StaWifiMac fires "Assoc" before it enters its associated state: a frame sent from
    // the LinkUp trace (a Router Solicitation) would be dropped, so report it after.
    m_pendingUp = Simulator::ScheduleNow(&WifiRoamingHandoff::ReportLinkUp, this, index);
}

void
WifiRoamingHandoff::ReportLinkUp(uint32_t accessPoint)
{
    NS_LOG_FUNCTION(this << accessPoint);
    NS_LOG_INFO("LinkUp " << accessPoint << " (" << m_bssids[accessPoint] << ") at "
                          << Simulator::Now().As(Time::MS));
    m_linkUpTrace(accessPoint);
}

void
WifiRoamingHandoff::Disassociated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    ++m_disassociations;
    if (!m_pendingUp.IsExpired())
    {
        m_pendingUp.Cancel(); // up and down in the same instant: report neither
        m_current = NONE;
    }
    if (m_current == NONE)
    {
        return; // an unknown access point, or already reported
    }
    uint32_t left = m_current;
    m_current = NONE;
    NS_LOG_INFO("LinkDown " << left << " (" << bssid << ") at " << Simulator::Now().As(Time::MS)
                            << ", last beacon " << m_lastBeacon.As(Time::MS));
    m_linkDownTrace(left);
}

void
WifiRoamingHandoff::BeaconArrived(Time when)
{
    m_lastBeacon = when;
}

uint32_t
WifiRoamingHandoff::GetCurrentAccessPoint() const
{
    return m_current;
}

uint32_t
WifiRoamingHandoff::GetNAccessPoints() const
{
    return m_accessPoints.size();
}

Ptr<WifiNetDevice>
WifiRoamingHandoff::GetStation() const
{
    return m_station;
}

Ptr<WifiNetDevice>
WifiRoamingHandoff::GetAccessPoint(uint32_t accessPoint) const
{
    return m_accessPoints.at(accessPoint);
}

uint64_t
WifiRoamingHandoff::GetAssociations() const
{
    return m_associations;
}

uint64_t
WifiRoamingHandoff::GetDisassociations() const
{
    return m_disassociations;
}

Time
WifiRoamingHandoff::GetLastBeaconTime() const
{
    return m_lastBeacon;
}

} // namespace hmipv6
} // namespace ns3
