// SPDX-License-Identifier: GPL-2.0-only
#include "mipv6-home-address-device.h"

#include "ns3/binding-ack-header.h"
#include "ns3/binding-auth-data-option.h"
#include "ns3/binding-update-header.h"
#include "ns3/boolean.h"
#include "ns3/care-of-test-header.h"
#include "ns3/care-of-test-init-header.h"
#include "ns3/double.h"
#include "ns3/home-address-option.h"
#include "ns3/home-test-header.h"
#include "ns3/home-test-init-header.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/ipv6-extension-type2-routing.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6-static-routing.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-glue-helper.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-l4-protocol.h"
#include "ns3/mobility-options.h"
#include "ns3/mobility-routing-protocol.h"
#include "ns3/nonce-indices-option.h"
#include "ns3/received-home-address-tag.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Mipv6HomeAddressDevice");

NS_OBJECT_ENSURE_REGISTERED(Mipv6HomeAddressDevice);

Ptr<Ipv6Route>
Mipv6HomeAddressDevice::StaticRoute(Ptr<Node> node,
                                    Ipv6Address source,
                                    Ipv6Address destination,
                                    uint8_t protocol)
{
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6StaticRouting> routing = Ipv6StaticRoutingHelper().GetStaticRouting(ipv6);
    if (!routing)
    {
        return nullptr;
    }
    Ipv6Header header;
    header.SetSource(source);
    header.SetDestination(destination);
    header.SetNextHeader(protocol);
    Socket::SocketErrno err;
    return routing->RouteOutput(Create<Packet>(), header, nullptr, err);
}

TypeId
Mipv6HomeAddressDevice::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Mipv6HomeAddressDevice")
                            .SetParent<hmipv6::RouteOptimizationNetDevice>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<Mipv6HomeAddressDevice>();
    return tid;
}

Mipv6HomeAddressDevice::Mipv6HomeAddressDevice()
    : m_inSend(false),
      m_haoSent(0),
      m_passed(0),
      m_dropCount(0)
{
    NS_LOG_FUNCTION(this);
}

Mipv6HomeAddressDevice::~Mipv6HomeAddressDevice()
{
    NS_LOG_FUNCTION(this);
}

void
Mipv6HomeAddressDevice::DoDispose()
{
    m_binding = CareOfCallback();
    hmipv6::RouteOptimizationNetDevice::DoDispose();
}

void
Mipv6HomeAddressDevice::SetHomeAddress(Ipv6Address home)
{
    m_home = home;
}

void
Mipv6HomeAddressDevice::SetBindingCallback(CareOfCallback cb)
{
    m_binding = cb;
}

uint64_t
Mipv6HomeAddressDevice::GetHomeAddressOptionCount() const
{
    return m_haoSent;
}

uint64_t
Mipv6HomeAddressDevice::GetPassedCount() const
{
    return m_passed;
}

uint64_t
Mipv6HomeAddressDevice::GetDropCount() const
{
    return m_dropCount;
}

bool
Mipv6HomeAddressDevice::SendFrom(Ptr<Packet> packet,
                                 const Address&,
                                 const Address& dest,
                                 uint16_t protocolNumber)
{
    return Send(packet, dest, protocolNumber);
}

bool
Mipv6HomeAddressDevice::Send(Ptr<Packet> packet, const Address&, uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << protocolNumber);
    Ptr<Node> node = GetNode();
    Ptr<Ipv6L3Protocol> ipv6 = node ? node->GetObject<Ipv6L3Protocol>() : nullptr;
    Ptr<Packet> payload = packet->Copy();
    Ipv6Header header;
    if (!ipv6 || protocolNumber != ETHERTYPE_IPV6 || payload->RemoveHeader(header) == 0 || m_inSend)
    {
        NS_LOG_LOGIC("dropped: not IPv6, no stack, or a loop");
        ++m_dropCount;
        return false;
    }
    Ipv6Address source = header.GetSource();
    Ipv6Address destination = header.GetDestination();
    uint8_t protocol = header.GetNextHeader();
    // Only what the divert of a bound correspondent brings: the interface's own Neighbor
    // Discovery and MLD traffic (link-local, multicast) has nowhere to go.
    Ipv6Address careOf = m_binding.IsNull() || destination.IsMulticast() ||
                                 destination.IsLinkLocal() || source.IsLinkLocal() || source.IsAny()
                             ? Ipv6Address::GetAny()
                             : m_binding(destination);
    if (careOf.IsAny())
    {
        NS_LOG_LOGIC("dropped: no binding with " << destination);
        ++m_dropCount;
        return false;
    }
    if (source == m_home)
    {
        // RFC 6275 6.3, 11.3.1: from the care-of address, home address in the option.
        Ipv6ExtensionDestinationHeader options;
        options.SetNextHeader(protocol);
        options.AddOption(hmipv6::HomeAddressOption(m_home));
        payload->AddHeader(options);
        source = careOf;
        protocol = Ipv6Header::IPV6_EXT_DESTINATION;
        ++m_haoSent;
    }
    else
    {
        ++m_passed;
    }
    Ptr<Ipv6Route> route = StaticRoute(node, source, destination, protocol);
    if (!route || route->GetOutputDevice() == this)
    {
        NS_LOG_LOGIC("dropped: no route to " << destination);
        ++m_dropCount;
        return false;
    }
    SocketIpv6HopLimitTag hopLimit;
    payload->RemovePacketTag(hopLimit);
    hopLimit.SetHopLimit(header.GetHopLimit());
    payload->AddPacketTag(hopLimit);
    m_inSend = true;
    ipv6->Send(payload, source, destination, protocol, route);
    m_inSend = false;
    return true;
}

} // namespace ns3
