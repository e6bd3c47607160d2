// SPDX-License-Identifier: GPL-2.0-only
#include "access-link.h"

#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6AccessLink");

void
AccessLink::Setup(Ptr<Node> node,
                  uint32_t interface,
                  bool optimisticDad,
                  ReadyCallback ready,
                  FailedCallback failed)
{
    m_node = node;
    m_interface = interface;
    m_optimisticDad = optimisticDad;
    m_ready = std::move(ready);
    m_failed = std::move(failed);
}

void
AccessLink::Stop()
{
    m_dadWatch.Cancel();
}

void
AccessLink::Dispose()
{
    Stop();
    m_node = nullptr;
}

AccessLink::Movement
AccessLink::Detect(const RouterAdvertisementInfo& ra,
                   const std::function<bool(Ipv6Address)>& onHomePrefix,
                   Ipv6Address& prefix) const
{
    bool home = false;
    for (const Ipv6Address& p : ra.GetAutonomousPrefixes())
    {
        home = home || onHomePrefix(p);
        if (!m_prefix.IsAny() && p == m_prefix)
        {
            return NO_MOVEMENT; // the link of the current address
        }
    }
    if (home)
    {
        return HOME_LINK;
    }
    if (ra.GetAutonomousPrefixes().empty() || ra.GetRouterLifetime() == 0 ||
        ra.GetRouter() == m_router)
    {
        return NO_MOVEMENT;
    }
    prefix = ra.GetAutonomousPrefixes().front();
    return NEW_LINK;
}

void
AccessLink::Leave()
{
    if (m_prefix.IsAny())
    {
        return;
    }
    NS_LOG_FUNCTION(this << m_prefix << m_router);
    // Not Ipv6L3Protocol::RemoveAutoconfiguredAddress: in ns-3 3.37 it destroys the
    // prefix's running timers, which aborts. Remove the address and the default route
    // through the old router (the one ns-3 added with the prefix as prefixToUse).
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address old =
        Ipv6Address::MakeAutoconfiguredAddress(iface->GetDevice()->GetAddress(), m_prefix);
    ipv6->RemoveAddress(m_interface, old);
    ipv6->GetRoutingProtocol()->NotifyRemoveRoute(Ipv6Address::GetAny(),
                                                  Ipv6Prefix(uint8_t(0)),
                                                  m_router,
                                                  m_interface,
                                                  m_prefix);
}

void
AccessLink::Join(Ipv6Address router, Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << router << prefix);
    m_router = router;
    m_prefix = prefix;
    m_dadWatch.Cancel();
    // ns-3 forms the address while handling this same RA, after the raw socket's copy.
    Simulator::ScheduleNow(&AccessLink::FindAddress, this, prefix);
}

void
AccessLink::JoinHome(Ipv6Address router)
{
    NS_LOG_FUNCTION(this << router);
    m_router = router;
    m_prefix = Ipv6Address::GetAny();
    m_dadWatch.Cancel();
}

void
AccessLink::FindAddress(Ipv6Address prefix)
{
    NS_LOG_FUNCTION(this << prefix);
    if (!m_node)
    {
        return; // stopped meanwhile
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address address =
        Ipv6Address::MakeAutoconfiguredAddress(iface->GetDevice()->GetAddress(), prefix);
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6InterfaceAddress ifAddress = iface->GetAddress(i);
        if (ifAddress.GetAddress() != address)
        {
            continue;
        }
        if (m_optimisticDad || ifAddress.GetState() == Ipv6InterfaceAddress::PREFERRED)
        {
            m_ready(address);
            return;
        }
        m_dadWatch.Start(m_node, m_interface, address, MakeCallback(&AccessLink::DadDone, this));
        return;
    }
    // ns-3 keeps the autoconfigured prefix of a link left earlier and does not form the
    // address again when it comes back: form it here (DAD runs as for SLAAC).
    NS_LOG_INFO("MN: forming " << address << " again");
    if (ipv6->AddAddress(m_interface, Ipv6InterfaceAddress(address, Ipv6Prefix(64))))
    {
        Simulator::ScheduleNow(&AccessLink::FindAddress, this, prefix);
    }
}

void
AccessLink::DadDone(Ipv6Address address, bool usable)
{
    NS_LOG_FUNCTION(this << address << usable);
    if (usable)
    {
        m_ready(address);
    }
    else
    {
        m_failed();
    }
}

void
AccessLink::SendRouterSolicitation()
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    Ptr<Icmpv6L4Protocol> icmpv6 = m_node->GetObject<Icmpv6L4Protocol>();
    Ptr<Ipv6Interface> iface = ipv6->GetInterface(m_interface);
    Ipv6Address linkLocal = iface->GetLinkLocalAddress().GetAddress();
    if (icmpv6 && !linkLocal.IsAny())
    {
        icmpv6->SendRS(linkLocal,
                       Ipv6Address::GetAllRoutersMulticast(),
                       iface->GetDevice()->GetAddress());
    }
}

Ipv6Address
AccessLink::GetRouter() const
{
    return m_router;
}

Ipv6Address
AccessLink::GetPrefix() const
{
    return m_prefix;
}

} // namespace hmipv6
} // namespace ns3
