// SPDX-License-Identifier: GPL-2.0-only
#include "packet-reinjection.h"

#include "ns3/log.h"
#include "ns3/net-device.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6PacketReinjection");

namespace hmipv6
{

NS_OBJECT_ENSURE_REGISTERED(ReinjectedTag);

TypeId
ReinjectedTag::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::ReinjectedTag")
                            .SetParent<Tag>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<ReinjectedTag>();
    return tid;
}

TypeId
ReinjectedTag::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint32_t
ReinjectedTag::GetSerializedSize() const
{
    return 0;
}

void
ReinjectedTag::Serialize(TagBuffer) const
{
}

void
ReinjectedTag::Deserialize(TagBuffer)
{
}

void
ReinjectedTag::Print(std::ostream& os) const
{
    os << "re-injected";
}

Ptr<const Packet>
Reinject(Ptr<Ipv6L3Protocol> ipv6,
         uint32_t interface,
         Ptr<const Packet> received,
         Ptr<const Packet> rewritten)
{
    NS_LOG_FUNCTION(ipv6 << interface << received << rewritten);
    Ptr<Packet> copy = received->Copy(); // same UID, same packet tags
    copy->RemoveAtStart(copy->GetSize());
    copy->AddAtEnd(rewritten);
    ReinjectedTag tag;
    if (!copy->PeekPacketTag(tag))
    {
        copy->AddPacketTag(tag);
    }
    Ptr<NetDevice> device = ipv6->GetNetDevice(interface);
    Simulator::ScheduleNow(&Ipv6L3Protocol::Receive,
                           ipv6,
                           device,
                           ConstCast<const Packet>(copy),
                           Ipv6L3Protocol::PROT_NUMBER,
                           device->GetAddress(),
                           device->GetAddress(),
                           NetDevice::PACKET_HOST);
    return copy;
}

bool
IsReinjected(Ptr<const Packet> packet)
{
    ReinjectedTag tag;
    return packet->PeekPacketTag(tag);
}

} // namespace hmipv6
} // namespace ns3
