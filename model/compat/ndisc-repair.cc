// SPDX-License-Identifier: GPL-2.0-only
#include "ndisc-repair.h"

#include "ns3/icmpv6-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/ndisc-cache.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("NdiscRepair");

NS_OBJECT_ENSURE_REGISTERED(NdiscRepair);

namespace
{
constexpr uint32_t NA_SIZE = 24; //!< type, code, checksum, flags, target
constexpr uint8_t FLAG_S = 0x40; //!< Solicited (RFC 4861 4.4)
} // namespace

TypeId
NdiscRepair::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::hmipv6::NdiscRepair")
            .SetParent<Object>()
            .SetGroupName("Hmipv6")
            .AddConstructor<NdiscRepair>()
            .AddTraceSource("Repaired",
                            "An entry that an unsolicited advertisement left stuck was made "
                            "STALE and its queued packets sent",
                            MakeTraceSourceAccessor(&NdiscRepair::m_repairedTrace),
                            "ns3::hmipv6::NdiscRepair::RepairedCallback");
    return tid;
}

NdiscRepair::NdiscRepair()
    : m_repaired(0)
{
    NS_LOG_FUNCTION(this);
}

NdiscRepair::~NdiscRepair()
{
    NS_LOG_FUNCTION(this);
}

void
NdiscRepair::DoDispose()
{
    NS_LOG_FUNCTION(this);
    if (m_socket)
    {
        m_socket->Close();
        m_socket = nullptr;
    }
    m_node = nullptr;
    Object::DoDispose();
}

Ptr<NdiscRepair>
NdiscRepair::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(node);
    Ptr<NdiscRepair> repair = node->GetObject<NdiscRepair>();
    if (repair || !node->GetObject<Ipv6RawSocketFactory>())
    {
        return repair;
    }
    repair = CreateObject<NdiscRepair>();
    repair->m_node = node;
    repair->m_socket = Socket::CreateSocket(node, Ipv6RawSocketFactory::GetTypeId());
    repair->m_socket->SetAttribute("Protocol", UintegerValue(Icmpv6L4Protocol::PROT_NUMBER));
    repair->m_socket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 0));
    repair->m_socket->ShutdownSend();
    repair->m_socket->SetRecvCallback(MakeCallback(&NdiscRepair::HandleRead, repair));
    node->AggregateObject(repair);
    return repair;
}

uint64_t
NdiscRepair::GetRepairedCount() const
{
    return m_repaired;
}

void
NdiscRepair::HandleRead(Ptr<Socket> socket)
{
    while (Ptr<Packet> packet = socket->Recv())
    {
        Ipv6Header header;
        uint8_t na[NA_SIZE];
        if (packet->RemoveHeader(header) == 0 ||
            header.GetNextHeader() != Icmpv6L4Protocol::PROT_NUMBER || packet->GetSize() < NA_SIZE)
        {
            continue;
        }
        packet->CopyData(na, NA_SIZE);
        if (na[0] != Icmpv6Header::ICMPV6_ND_NEIGHBOR_ADVERTISEMENT || (na[4] & FLAG_S))
        {
            continue;
        }
        // ns-3 handles it after this copy, in the same event.
        Simulator::ScheduleNow(&NdiscRepair::Repair, this, Ipv6Address::Deserialize(&na[8]));
    }
}

void
NdiscRepair::Repair(Ipv6Address target)
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    for (uint32_t i = 0; ipv6 && i < ipv6->GetNInterfaces(); ++i)
    {
        Ptr<NdiscCache> cache = ipv6->GetInterface(i)->GetNdiscCache();
        NdiscCache::Entry* entry = cache ? cache->Lookup(target) : nullptr;
        if (!entry || !(entry->IsProbe() || entry->IsDelay() || entry->IsStale()))
        {
            continue;
        }
        bool stuck = !entry->IsStale(); // no timer runs for it any more
        std::list<NdiscCache::Ipv6PayloadHeaderPair> waiting =
            entry->MarkStale(entry->GetMacAddress());
        entry->ClearWaitingPacket();
        if (!stuck && waiting.empty())
        {
            continue; // a plain STALE entry: nothing to repair
        }
        for (const auto& [payload, header] : waiting)
        {
            cache->GetInterface()->Send(payload, header, target);
        }
        NS_LOG_LOGIC("Entry of " << target << " on interface " << i << " made STALE, "
                                 << waiting.size() << " queued packets sent");
        ++m_repaired;
        m_repairedTrace(target, static_cast<uint32_t>(waiting.size()));
    }
}

} // namespace hmipv6
} // namespace ns3
