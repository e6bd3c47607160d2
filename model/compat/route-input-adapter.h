// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROUTE_INPUT_ADAPTER_H
#define HMIPV6_ROUTE_INPUT_ADAPTER_H

// ns-3.39 changed the signature of Ipv6RoutingProtocol::RouteInput: its four callbacks
// are taken by const reference instead of by value (3.37 and 3.38). A routing protocol
// of this module derives from Hmipv6RouteInputAdapter and implements DoRouteInput,
// which takes const references whatever the release.

#include "ns3/ipv6-header.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/net-device.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <type_traits>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Whether this ns-3 passes the callbacks of Ipv6RoutingProtocol::RouteInput by
 *        const reference (ns-3.39 on) rather than by value (up to ns-3.38).
 * \return true for const references
 */
constexpr bool
Hmipv6RouteInputTakesConstRefs()
{
    using R = Ipv6RoutingProtocol;
    return std::is_same_v<decltype(&R::RouteInput),
                          bool (R::*)(Ptr<const Packet>,
                                      const Ipv6Header&,
                                      Ptr<const NetDevice>,
                                      const R::UnicastForwardCallback&,
                                      const R::MulticastForwardCallback&,
                                      const R::LocalDeliverCallback&,
                                      const R::ErrorCallback&)>;
}

/**
 * \ingroup hmipv6
 * \brief Overrides RouteInput with the signature of the ns-3 it is built against and
 *        hands it to DoRouteInput, so that the routing protocols of this module build
 *        on ns-3.37 and on later releases alike.
 *
 * Only the specialization that matches is instantiated, so its `override` is checked
 * against the right signature.
 * \tparam Base the routing protocol class to derive from
 * \tparam ConstRefs whether RouteInput takes its callbacks by const reference
 */
template <typename Base, bool ConstRefs = Hmipv6RouteInputTakesConstRefs()>
class Hmipv6RouteInputAdapter;

/// RouteInput taking its callbacks by value (ns-3.37, ns-3.38).
template <typename Base>
class Hmipv6RouteInputAdapter<Base, false> : public Base
{
  public:
    bool RouteInput(Ptr<const Packet> p,
                    const Ipv6Header& header,
                    Ptr<const NetDevice> idev,
                    typename Base::UnicastForwardCallback ucb,
                    typename Base::MulticastForwardCallback mcb,
                    typename Base::LocalDeliverCallback lcb,
                    typename Base::ErrorCallback ecb) override
    {
        return DoRouteInput(p, header, idev, ucb, mcb, lcb, ecb);
    }

  protected:
    /**
     * \brief RouteInput, whatever the ns-3 release.
     * \param p the packet
     * \param header its IPv6 header
     * \param idev the device it came in on
     * \param ucb forward it
     * \param mcb forward it as multicast
     * \param lcb deliver it locally
     * \param ecb report an error (may be null)
     * \return true if this protocol took the packet
     */
    virtual bool DoRouteInput(Ptr<const Packet> p,
                              const Ipv6Header& header,
                              Ptr<const NetDevice> idev,
                              const typename Base::UnicastForwardCallback& ucb,
                              const typename Base::MulticastForwardCallback& mcb,
                              const typename Base::LocalDeliverCallback& lcb,
                              const typename Base::ErrorCallback& ecb) = 0;
};

/// RouteInput taking its callbacks by const reference (ns-3.39 on).
template <typename Base>
class Hmipv6RouteInputAdapter<Base, true> : public Base
{
  public:
    bool RouteInput(Ptr<const Packet> p,
                    const Ipv6Header& header,
                    Ptr<const NetDevice> idev,
                    const typename Base::UnicastForwardCallback& ucb,
                    const typename Base::MulticastForwardCallback& mcb,
                    const typename Base::LocalDeliverCallback& lcb,
                    const typename Base::ErrorCallback& ecb) override
    {
        return DoRouteInput(p, header, idev, ucb, mcb, lcb, ecb);
    }

  protected:
    /**
     * \brief RouteInput, whatever the ns-3 release.
     * \param p the packet
     * \param header its IPv6 header
     * \param idev the device it came in on
     * \param ucb forward it
     * \param mcb forward it as multicast
     * \param lcb deliver it locally
     * \param ecb report an error (may be null)
     * \return true if this protocol took the packet
     */
    virtual bool DoRouteInput(Ptr<const Packet> p,
                              const Ipv6Header& header,
                              Ptr<const NetDevice> idev,
                              const typename Base::UnicastForwardCallback& ucb,
                              const typename Base::MulticastForwardCallback& mcb,
                              const typename Base::LocalDeliverCallback& lcb,
                              const typename Base::ErrorCallback& ecb) = 0;
};

} // namespace ns3

#endif /* HMIPV6_ROUTE_INPUT_ADAPTER_H */
