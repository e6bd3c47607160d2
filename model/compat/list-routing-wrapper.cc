// SPDX-License-Identifier: GPL-2.0-only
#include "list-routing-wrapper.h"

#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/route-input-adapter.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"

#include <ostream>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("Hmipv6ListRoutingWrapper");

/**
 * \ingroup hmipv6
 * \brief The Ipv6ListRouting that MobilityRoutingProtocol::Install puts around a node's
 *        routing protocol when that is not a list (InternetStackHelper's default for
 *        IPv6 is a bare Ipv6StaticRouting).
 *
 * Ipv6ListRouting::SetIpv6 hands the IPv6 stack to every member, and Ipv6StaticRouting
 * asserts it gets it only once; the wrapped protocol already has it. This list therefore
 * keeps its own pointer to the stack, hands it only to members added by others, and
 * reimplements the two functions of Ipv6ListRouting that use the stack (RouteInput and
 * PrintRoutingTable) with the same behaviour. Being an Ipv6ListRouting, it still lets
 * Ipv6StaticRoutingHelper::GetStaticRouting find the wrapped static routing.
 *
 * RouteOutput keeps one question from Ipv6StaticRouting: a link-local multicast
 * destination without an output device. ns-3 (3.37 to 3.48) answers a packet whose
 * header chain ends in an unknown Next Header with a Parameter Problem addressed to the
 * packet's destination, not its source (Ipv6L3Protocol::LocalDeliver); for a packet to
 * ff02::1 that asks Ipv6StaticRouting for such a route, and it selects a source on
 * interface -1: an assertion in debug builds, a null dereference in optimised ones. One
 * packet from anyone on the link would end the simulation. RFC 4443 2.4 (e.3) sends no
 * error for a multicast destination anyway, so this list gives no route.
 *
 * NotifyAddRoute refuses a route on an interface the node does not have. ns-3 (3.37 to
 * 3.48, Icmpv6L4Protocol::HandleRedirection) adds a Redirect's route on the interface of
 * the Redirect's IPv6 destination: -1 when that is a multicast group, and the first
 * packet routed with it dereferences a null device. A single forged Redirect to ff02::1
 * would crash every ns-3 node of the link.
 */
class MobilityListRouting : public Hmipv6RouteInputAdapter<Ipv6ListRouting>
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::MobilityListRouting")
                                .SetParent<Ipv6ListRouting>()
                                .SetGroupName("Hmipv6")
                                .AddConstructor<MobilityListRouting>();
        return tid;
    }

    /**
     * \brief Take a protocol that already has its IPv6 stack, at priority 0.
     * \param attached the protocol
     */
    void Wrap(Ptr<Ipv6RoutingProtocol> attached)
    {
        m_attached = attached;
        Ipv6ListRouting::AddRoutingProtocol(attached, 0);
    }

    void AddRoutingProtocol(Ptr<Ipv6RoutingProtocol> routingProtocol, int16_t priority) override
    {
        Ipv6ListRouting::AddRoutingProtocol(routingProtocol, priority); // no stack: no SetIpv6
        if (m_ipv6 && routingProtocol != m_attached)
        {
            routingProtocol->SetIpv6(m_ipv6);
        }
    }

    void SetIpv6(Ptr<Ipv6> ipv6) override
    {
        NS_ASSERT(!m_ipv6 && ipv6);
        m_ipv6 = ipv6;
        int16_t priority;
        for (uint32_t i = 0; i < GetNRoutingProtocols(); ++i)
        {
            Ptr<Ipv6RoutingProtocol> member = GetRoutingProtocol(i, priority);
            if (member != m_attached)
            {
                member->SetIpv6(ipv6);
            }
        }
    }

    void PrintRoutingTable(Ptr<OutputStreamWrapper> stream, Time::Unit unit) const override
    {
        Ptr<Node> node = m_ipv6 ? m_ipv6->GetObject<Node>() : nullptr;
        *stream->GetStream() << "Node: " << (node ? node->GetId() : 0)
                             << ", Time: " << Now().As(unit) << ", Local time: "
                             << (node ? node->GetLocalTime().As(unit) : Now().As(unit))
                             << ", Ipv6ListRouting table" << std::endl;
        int16_t priority;
        for (uint32_t i = 0; i < GetNRoutingProtocols(); ++i)
        {
            Ptr<Ipv6RoutingProtocol> member = GetRoutingProtocol(i, priority);
            *stream->GetStream() << "  Priority: " << priority
                                 << " Protocol: " << member->GetInstanceTypeId() << std::endl;
            member->PrintRoutingTable(stream, unit);
        }
    }

    Ptr<Ipv6Route> RouteOutput(Ptr<Packet> p,
                               const Ipv6Header& header,
                               Ptr<NetDevice> oif,
                               Socket::SocketErrno& sockerr) override
    {
        if (!oif && header.GetDestination().IsLinkLocalMulticast())
        {
            NS_LOG_LOGIC("no route to " << header.GetDestination() << " without a device");
            sockerr = Socket::ERROR_NOROUTETOHOST;
            return nullptr;
        }
        return Ipv6ListRouting::RouteOutput(p, header, oif, sockerr);
    }

    void NotifyAddRoute(Ipv6Address dst,
                        Ipv6Prefix mask,
                        Ipv6Address nextHop,
                        uint32_t interface,
                        Ipv6Address prefixToUse) override
    {
        if (!m_ipv6 || interface >= m_ipv6->GetNInterfaces())
        {
            NS_LOG_WARN("refusing a route to " << dst << " on interface "
                                               << interface << ", which the node does not have");
            return;
        }
        Ipv6ListRouting::NotifyAddRoute(dst, mask, nextHop, interface, prefixToUse);
    }

  protected:
    bool DoRouteInput(Ptr<const Packet> p,
                      const Ipv6Header& header,
                      Ptr<const NetDevice> idev,
                      const UnicastForwardCallback& ucb,
                      const MulticastForwardCallback& mcb,
                      const LocalDeliverCallback& lcb,
                      const ErrorCallback& ecb) override
    {
        // As Ipv6ListRouting::RouteInput.
        if (!m_ipv6)
        {
            return false;
        }
        int32_t iif = m_ipv6->GetInterfaceForDevice(idev);
        if (iif < 0 || !m_ipv6->IsForwarding(static_cast<uint32_t>(iif)))
        {
            if (!ecb.IsNull())
            {
                ecb(p, header, Socket::ERROR_NOROUTETOHOST);
            }
            return true;
        }
        ErrorCallback nullEcb =
            MakeNullCallback<void, Ptr<const Packet>, const Ipv6Header&, Socket::SocketErrno>();
        int16_t priority;
        for (uint32_t i = 0; i < GetNRoutingProtocols(); ++i)
        {
            if (GetRoutingProtocol(i, priority)
                    ->RouteInput(p, header, idev, ucb, mcb, lcb, nullEcb))
            {
                return true;
            }
        }
        if (!ecb.IsNull())
        {
            ecb(p, header, Socket::ERROR_NOROUTETOHOST);
        }
        return false;
    }

    void DoDispose() override
    {
        m_ipv6 = nullptr;
        m_attached = nullptr;
        Ipv6ListRouting::DoDispose();
    }

  private:
    Ptr<Ipv6> m_ipv6;                    //!< the node's IPv6 (the base's stays null)
    Ptr<Ipv6RoutingProtocol> m_attached; //!< the wrapped protocol
};

NS_OBJECT_ENSURE_REGISTERED(MobilityListRouting);

Ptr<Ipv6ListRouting>
EnsureListRouting(Ptr<Ipv6> ipv6)
{
    Ptr<Ipv6RoutingProtocol> current = ipv6->GetRoutingProtocol();
    Ptr<Ipv6ListRouting> list = DynamicCast<Ipv6ListRouting>(current);
    if (list)
    {
        return list;
    }
    NS_LOG_LOGIC("putting a list around " << current->GetInstanceTypeId());
    Ptr<MobilityListRouting> wrapper = CreateObject<MobilityListRouting>();
    wrapper->Wrap(current);
    ipv6->SetRoutingProtocol(wrapper);
    return wrapper;
}

} // namespace hmipv6
} // namespace ns3
