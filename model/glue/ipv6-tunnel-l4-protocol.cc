// SPDX-License-Identifier: GPL-2.0-only
#include "ipv6-tunnel-l4-protocol.h"

#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/tunnel-mtu-cache.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Ipv6TunnelL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(Ipv6TunnelL4Protocol);

TypeId
Ipv6TunnelL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::Ipv6TunnelL4Protocol")
            .SetParent<Ipv6OnlyL4Protocol>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Ipv6TunnelL4Protocol>()
            .AddAttribute("MaxNesting",
                          "Most tunnel headers one received packet sheds at this node: a "
                          "tunnel packet inside that many is dropped (RFC 2473 4.1.1; 4 is "
                          "the default Tunnel Encapsulation Limit of 6.6).",
                          UintegerValue(DEFAULT_MAX_NESTING),
                          MakeUintegerAccessor(&Ipv6TunnelL4Protocol::m_maxNesting),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("Rx",
                            "An inner IPv6 packet was given to a tunnel device",
                            MakeTraceSourceAccessor(&Ipv6TunnelL4Protocol::m_rxTrace),
                            "ns3::hmipv6::Ipv6TunnelL4Protocol::RxCallback")
            .AddTraceSource("PacketTooBigRelayed",
                            "A Packet Too Big for a tunnel packet was relayed to the source "
                            "of the original packet (RFC 2473 8.1)",
                            MakeTraceSourceAccessor(&Ipv6TunnelL4Protocol::m_relayTrace),
                            "ns3::hmipv6::Ipv6TunnelL4Protocol::RelayCallback")
            .AddTraceSource("Drop",
                            "A received tunnel packet was dropped",
                            MakeTraceSourceAccessor(&Ipv6TunnelL4Protocol::m_dropTrace),
                            "ns3::hmipv6::Ipv6TunnelL4Protocol::DropCallback");
    return tid;
}

Ipv6TunnelL4Protocol::Ipv6TunnelL4Protocol()
    : m_maxNesting(DEFAULT_MAX_NESTING),
      m_depth(0),
      m_relayed(0),
      m_received(0),
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
    if (m_icmpSocket)
    {
        m_icmpSocket->Close();
        m_icmpSocket = nullptr;
    }
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
    if (m_depth >= m_maxNesting)
    {
        // Inside m_maxNesting decapsulations of one packet (they run in one call chain).
        std::ostringstream os;
        os << "tunnel packet nested deeper than " << m_maxNesting << " (RFC 2473 4.1.1)";
        Drop(p, header, os.str());
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
    ++m_depth;
    best->Receive(p, header.GetSource(), header.GetDestination());
    --m_depth;
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
    if (!m_icmpSocket && GetNode() && GetNode()->GetObject<Ipv6RawSocketFactory>())
    {
        m_icmpSocket = Socket::CreateSocket(GetNode(), Ipv6RawSocketFactory::GetTypeId());
        m_icmpSocket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
        m_icmpSocket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 0));
        m_icmpSocket->ShutdownSend();
        m_icmpSocket->SetRecvCallback(MakeCallback(&Ipv6TunnelL4Protocol::HandleIcmp, this));
    }
}

void
Ipv6TunnelL4Protocol::HandleIcmp(Ptr<Socket> socket)
{
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    while (Ptr<Packet> packet = socket->Recv())
    {
        Ipv6Header header;
        if (packet->RemoveHeader(header) == 0 ||
            header.GetNextHeader() != Icmpv6L4Protocol::PROT_NUMBER ||
            ipv6->GetInterfaceForAddress(header.GetDestination()) < 0)
        {
            continue; // the raw socket also sees what this node forwards
        }
        std::vector<uint8_t> message(
            std::min(packet->GetSize(), uint32_t(header.GetPayloadLength())));
        packet->CopyData(message.data(), message.size());
        if (message.size() >= 8 && message[0] == Icmpv6Header::ICMPV6_ERROR_PACKET_TOO_BIG &&
            message[1] == 0)
        {
            HandlePacketTooBig(message);
        }
    }
}

void
Ipv6TunnelL4Protocol::HandlePacketTooBig(const std::vector<uint8_t>& message)
{
    // Type, code, checksum, MTU; the invoking tunnel packet: its header (40 octets, Next
    // Header 41, or 60 when a Destination Options header with the Tunnel Encapsulation
    // Limit follows, RFC 2473 5.1), the original header.
    constexpr uint32_t ICMP = 8;
    constexpr uint32_t TUNNEL_HEADER_END = ICMP + Ipv6TunnelNetDevice::HEADER_SIZE;
    if (message.size() < TUNNEL_HEADER_END || message[ICMP] >> 4 != 6)
    {
        return;
    }
    uint32_t start = TUNNEL_HEADER_END; // of the original packet
    if (message[ICMP + 6] == Ipv6Header::IPV6_EXT_DESTINATION && message.size() >= start + 2 &&
        message[start] == PROT_NUMBER)
    {
        start += (message[start + 1] + 1u) * 8;
    }
    else if (message[ICMP + 6] != PROT_NUMBER)
    {
        return; // not about one of this node's tunnel packets
    }
    if (message.size() < start + Ipv6TunnelNetDevice::HEADER_SIZE || message[start] >> 4 != 6)
    {
        return;
    }
    uint32_t mtu = (uint32_t(message[4]) << 24) | (uint32_t(message[5]) << 16) |
                   (uint32_t(message[6]) << 8) | message[7];
    Ipv6Address entry = Ipv6Address::Deserialize(&message[ICMP + 8]);
    Ipv6Address exitPoint = Ipv6Address::Deserialize(&message[ICMP + 24]);
    Ipv6Address source = Ipv6Address::Deserialize(&message[start + 8]);
    uint32_t originalSize = Ipv6TunnelNetDevice::HEADER_SIZE +
                            ((uint32_t(message[start + 4]) << 8) | message[start + 5]);
    if (GetNode()->GetObject<Ipv6L3Protocol>()->GetInterfaceForAddress(entry) < 0)
    {
        return;
    }
    NS_LOG_FUNCTION(this << entry << exitPoint << mtu << source);
    for (const auto& device : m_devices)
    {
        if (device->GetNode() == GetNode() &&
            (device->GetLocal().IsAny() || device->GetLocal() == entry))
        {
            device->NotifyPacketTooBig(exitPoint, mtu);
        }
    }
    uint32_t tunnelMtu = std::max<uint32_t>(
        mtu > Ipv6TunnelNetDevice::HEADER_SIZE ? mtu - Ipv6TunnelNetDevice::HEADER_SIZE : 0,
        TunnelMtuCache::MIN_MTU);
    Ptr<Icmpv6L4Protocol> icmpv6 = GetNode()->GetObject<Icmpv6L4Protocol>();
    // 8.1: relay it to the original source, which can do something about it only if its
    // packet was larger than the minimum MTU (smaller ones are fragmented, 7.1).
    if (originalSize > TunnelMtuCache::MIN_MTU && icmpv6 && !source.IsMulticast() &&
        !source.IsAny())
    {
        Ptr<Packet> original = Create<Packet>(&message[start], message.size() - start);
        ++m_relayed;
        m_relayTrace(exitPoint, source, tunnelMtu);
        icmpv6->SendErrorTooBig(original, source, tunnelMtu);
    }
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
Ipv6TunnelL4Protocol::GetPacketTooBigRelayedCount() const
{
    return m_relayed;
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

} // namespace hmipv6
} // namespace ns3
