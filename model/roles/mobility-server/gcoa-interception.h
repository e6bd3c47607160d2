// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_GCOA_INTERCEPTION_H
#define HMIPV6_GCOA_INTERCEPTION_H

#include "ns3/binding-cache.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-tunnel-net-device.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <map>
#include <vector>

namespace ns3
{

namespace hmipv6
{
class NdProxy;
}

namespace hmipv6
{
class MobilityRoutingProtocol;
}

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A Mobility Server's interception of its GCoAs
 *        (draft-castelluccia-mobileip-hmipv6-00 4.3.5): proxy Neighbour Discovery for
 *        each bound GCoA on the Mobility Network (with takeover announcements), a divert
 *        of what is routed to it into the tunnel, the tunnel exit (the LCoA, or the new
 *        GCoA while forwarding after a handoff) and the check of reverse-tunnelled
 *        packets (their outer source must be the LCoA bound to their inner source).
 */
class GcoaInterception
{
  public:
    /// What the MS keeps per GCoA besides the BindingCache entry.
    struct Binding
    {
        Ipv6Address home;       //!< the home address
        Ipv6Address lcoa;       //!< the last LCoA registered
        bool forwarding{false}; //!< the tunnel exit is a new GCoA (after a handoff)
    };

    /**
     * \brief Take the tunnel's exit and accept decisions.
     * \param proxy the node's NdProxy
     * \param routing the node's mobility routing
     * \param tunnel the MS's tunnel
     * \param interface the Mobility Network interface
     * \param tunnelInterface the tunnel's interface
     * \param cache the registrar's binding cache (tunnel exits)
     */
    void Setup(Ptr<hmipv6::NdProxy> proxy,
               Ptr<hmipv6::MobilityRoutingProtocol> routing,
               Ptr<hmipv6::Ipv6TunnelNetDevice> tunnel,
               uint32_t interface,
               uint32_t tunnelInterface,
               const hmipv6::BindingCache* cache);
    /// Give the tunnel's decisions back and forget everything.
    void Dispose();

    /**
     * \brief A registration was bound (draft 4.3.3, 4.3.4).
     * \param gcoa the GCoA
     * \param home the home address
     * \param lcoa the LCoA
     * \param created whether the binding is new (interception starts)
     * \param refresh whether a Refresh (keeps the LCoA or the forwarding)
     * \return the GCoA's state
     */
    const Binding& Bind(Ipv6Address gcoa,
                        Ipv6Address home,
                        Ipv6Address lcoa,
                        bool created,
                        bool refresh);
    /**
     * \brief A binding ended: interception stops.
     * \param gcoa the GCoA
     * \return its home address (:: if unknown)
     */
    Ipv6Address Unbind(Ipv6Address gcoa);
    /**
     * \brief The tunnel exit of a GCoA is now a new GCoA (the binding cache's).
     * \param gcoa the GCoA
     */
    void SetForwarding(Ipv6Address gcoa);
    /**
     * \param gcoa a GCoA
     * \return its state, or null if not bound here
     */
    const Binding* Find(Ipv6Address gcoa) const;
    /**
     * \return the bound GCoAs
     */
    std::vector<Ipv6Address> GetGcoas() const;

  private:
    /**
     * \brief Exit-point lookup of the tunnel device.
     * \param inner the inner header
     * \return the tunnel exit bound to its destination (a GCoA), or ::
     */
    Ipv6Address ExitPoint(const Ipv6Header& inner) const;
    /**
     * \brief Decapsulation filter of the tunnel device.
     * \param outerSrc the tunnel header's source
     * \param inner the inner header
     * \return true if outerSrc is the LCoA bound to the inner source (a GCoA)
     */
    bool AcceptReverse(Ipv6Address outerSrc, const Ipv6Header& inner) const;

    Ptr<hmipv6::NdProxy> m_proxy;                   //!< proxy ND
    Ptr<hmipv6::MobilityRoutingProtocol> m_routing; //!< diverts
    Ptr<hmipv6::Ipv6TunnelNetDevice> m_tunnel;      //!< the tunnel
    uint32_t m_interface{0};                        //!< Mobility Network interface
    uint32_t m_tunnelInterface{0};                  //!< the tunnel's interface
    const hmipv6::BindingCache* m_cache{nullptr};   //!< tunnel exits
    std::map<Ipv6Address, Binding> m_bindings;      //!< by GCoA
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_GCOA_INTERCEPTION_H */
