// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-tunnel-l4-protocol.h"

#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Ipv6TunnelL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(Ipv6TunnelL4Protocol);

TypeId
Ipv6TunnelL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Ipv6TunnelL4Protocol")
            .SetParent<Ipv6OnlyL4Protocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Ipv6TunnelL4Protocol>()
            .AddTraceSource("Rx",
                            "An inner IPv6 packet was given to a tunnel device",
                            MakeTraceSourceAccessor(&Ipv6TunnelL4Protocol::m_rxTrace),
                            "ns3::Ipv6TunnelL4Protocol::RxCallback")
            .AddTraceSource("Drop",
                            "A received tunnel packet was dropped",
                            MakeTraceSourceAccessor(&Ipv6TunnelL4Protocol::m_dropTrace),
                            "ns3::Ipv6TunnelL4Protocol::DropCallback");
    return tid;
}

Ipv6TunnelL4Protocol::Ipv6TunnelL4Protocol()
    : m_received(0),
      m_dropped(0),
      m_delivered(0)
{
    NS_LOG_FUNCTION(this);
}

Ipv6TunnelL4Protocol::~Ipv6TunnelL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
Ipv6TunnelL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_devices.clear();
    Ipv6OnlyL4Protocol::DoDispose();
}

int
Ipv6TunnelL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

enum IpL4Protocol::RxStatus
Ipv6TunnelL4Protocol::Receive(Ptr<Packet> p,
                              const Ipv6Header& header,
                              Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header << incomingInterface);
    ++m_received;

    std::string reason;
    if (!Ipv6TunnelNetDevice::CheckInnerPacket(p, reason))
    {
        // RFC 2473 8 asks nothing of the exit-point here: dropped without ICMP.
        Drop(p, header, reason);
        return IpL4Protocol::RX_OK;
    }

    Ipv6Header inner;
    p->PeekHeader(inner);
    Ptr<Ipv6TunnelNetDevice> best;
    int32_t bestScore = -1;
    for (const auto& device : m_devices)
    {
        if (device->GetNode() != GetNode())
        {
            continue; // not (or no longer) one of this node's devices
        }
        int32_t score = device->Accepts(header.GetSource(), header.GetDestination(), inner);
        if (score > bestScore)
        {
            best = device;
            bestScore = score;
        }
    }
    if (!best)
    {
        std::ostringstream os;
        os << "no tunnel device accepts " << header.GetSource() << " -> "
           << header.GetDestination();
        Drop(p, header, os.str());
        return IpL4Protocol::RX_ENDPOINT_CLOSED;
    }

    ++m_delivered;
    m_rxTrace(p, header);
    best->Receive(p, header.GetSource(), header.GetDestination());
    return IpL4Protocol::RX_OK;
}

void
Ipv6TunnelL4Protocol::Drop(Ptr<const Packet> p, const Ipv6Header& header, const std::string& reason)
{
    NS_LOG_FUNCTION(this << p << header << reason);
    NS_LOG_LOGIC("Tunnel packet from " << header.GetSource() << " dropped: " << reason);
    ++m_dropped;
    m_dropTrace(p, header, reason);
}

void
Ipv6TunnelL4Protocol::AddTunnelDevice(Ptr<Ipv6TunnelNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    if (!device || std::find(m_devices.begin(), m_devices.end(), device) != m_devices.end())
    {
        return;
    }
    if (GetNode() && device->GetNode() != GetNode())
    {
        NS_LOG_WARN("Tunnel device is not on node " << GetNode()->GetId()
                                                    << ": it gets no packets until it is");
    }
    m_devices.push_back(device);
}

bool
Ipv6TunnelL4Protocol::RemoveTunnelDevice(Ptr<Ipv6TunnelNetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    auto it = std::find(m_devices.begin(), m_devices.end(), device);
    if (it == m_devices.end())
    {
        return false;
    }
    m_devices.erase(it);
    return true;
}

uint32_t
Ipv6TunnelL4Protocol::GetNTunnelDevices() const
{
    return static_cast<uint32_t>(m_devices.size());
}

Ptr<Ipv6TunnelNetDevice>
Ipv6TunnelL4Protocol::GetTunnelDevice(uint32_t i) const
{
    return i < m_devices.size() ? m_devices[i] : nullptr;
}

uint64_t
Ipv6TunnelL4Protocol::GetReceivedCount() const
{
    return m_received;
}

uint64_t
Ipv6TunnelL4Protocol::GetDroppedCount() const
{
    return m_dropped;
}

uint64_t
Ipv6TunnelL4Protocol::GetDeliveredCount() const
{
    return m_delivered;
}

} // namespace ns3
