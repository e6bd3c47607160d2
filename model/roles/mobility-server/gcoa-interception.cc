// SPDX-License-Identifier: GPL-2.0-only
#include "gcoa-interception.h"

#include "ns3/mobility-routing-protocol.h"
#include "ns3/nd-proxy.h"

namespace ns3
{
namespace hmipv6
{

void
GcoaInterception::Setup(Ptr<hmipv6::NdProxy> proxy,
                        Ptr<hmipv6::MobilityRoutingProtocol> routing,
                        Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel,
                        uint32_t interface,
                        uint32_t tunnelInterface,
                        const hmipv6::BindingCache* cache)
{
    m_proxy = proxy;
    m_routing = routing;
    m_tunnel = tunnel;
    m_interface = interface;
    m_tunnelInterface = tunnelInterface;
    m_cache = cache;
    m_tunnel->SetExitPointCallback(MakeCallback(&GcoaInterception::ExitPoint, this));
    m_tunnel->SetAcceptCallback(MakeCallback(&GcoaInterception::AcceptReverse, this));
}

void
GcoaInterception::Dispose()
{
    if (m_tunnel)
    {
        m_tunnel->SetExitPointCallback(MakeNullCallback<Ipv6Address, const Ipv6Header&>());
        m_tunnel->SetAcceptCallback(MakeNullCallback<bool, Ipv6Address, const Ipv6Header&>());
    }
    m_tunnel = nullptr;
    m_proxy = nullptr;
    m_routing = nullptr;
    m_cache = nullptr;
    m_bindings.clear();
}

const GcoaInterception::Binding&
GcoaInterception::Bind(Ipv6Address gcoa,
                       Ipv6Address home,
                       Ipv6Address lcoa,
                       bool created,
                       bool refresh)
{
    if (created || !refresh)
    {
        // 4.3.4: a refresh keeps the LCoA (or the forwarding); the others set it.
        m_bindings[gcoa] = Binding{home, lcoa, false};
    }
    if (created)
    {
        m_proxy->AddProxy(gcoa, m_interface);
        // Neighbours of the Mobility Network that cached the GCoA now reach this MS.
        m_proxy->AnnounceTakeover(gcoa, m_interface);
        m_routing->AddDivert(gcoa, m_tunnelInterface);
    }
    return m_bindings[gcoa];
}

Ipv6Address
GcoaInterception::Unbind(Ipv6Address gcoa)
{
    auto it = m_bindings.find(gcoa);
    Ipv6Address home = it != m_bindings.end() ? it->second.home : Ipv6Address::GetAny();
    m_bindings.erase(gcoa);
    if (m_proxy)
    {
        m_proxy->RemoveProxy(gcoa, m_interface);
    }
    if (m_routing)
    {
        m_routing->RemoveDivert(gcoa);
    }
    return home;
}

void
GcoaInterception::SetForwarding(Ipv6Address gcoa)
{
    m_bindings[gcoa].forwarding = true;
}

const GcoaInterception::Binding*
GcoaInterception::Find(Ipv6Address gcoa) const
{
    auto it = m_bindings.find(gcoa);
    return it == m_bindings.end() ? nullptr : &it->second;
}

std::vector<Ipv6Address>
GcoaInterception::GetGcoas() const
{
    std::vector<Ipv6Address> gcoas;
    for (const auto& [gcoa, binding] : m_bindings)
    {
        gcoas.push_back(gcoa);
    }
    return gcoas;
}

Ipv6Address
GcoaInterception::ExitPoint(const Ipv6Header& inner) const
{
    const hmipv6::BindingCache::Entry* entry =
        m_cache ? m_cache->Find(inner.GetDestination()) : nullptr;
    return entry ? entry->careOfAddress : Ipv6Address::GetAny();
}

bool
GcoaInterception::AcceptReverse(Ipv6Address outerSrc, const Ipv6Header& inner) const
{
    auto it = m_bindings.find(inner.GetSource());
    return it != m_bindings.end() && !it->second.forwarding && it->second.lcoa == outerSrc;
}

} // namespace hmipv6
} // namespace ns3
