// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ACCESS_LINK_H
#define HMIPV6_ACCESS_LINK_H

#include "router-advertisement-info.h"

#include "ns3/dad-watch.h"
#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <functional>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The mobile node's access link: movement detection (RFC 6275 11.5.1) and the
 *        address formed on the link (SLAAC and DAD, RFC 4862).
 *
 * A Router Advertisement whose source is a new router and that carries no prefix of the
 * current address is a movement; one with the home prefix is the home link. Joining a
 * link looks for the address ns-3 forms from the advertisement and reports it once DAD
 * passed (at once with optimistic DAD, RFC 4429: ns-3 sends and receives with a tentative
 * address). Leaving a link removes that address and the default route through its
 * router: ns-3's static routing would otherwise keep the old default router.
 */
class AccessLink
{
  public:
    /// What an advertisement means for the node.
    enum Movement
    {
        NO_MOVEMENT, //!< the current link, or nothing to move to
        HOME_LINK,   //!< it carries the home prefix
        NEW_LINK,    //!< a new router with a new prefix
    };

    /// Called with a usable address on the joined link.
    using ReadyCallback = std::function<void(Ipv6Address)>;
    /// Called when the address's DAD failed.
    using FailedCallback = std::function<void()>;

    /**
     * \brief Attach to a node's interface.
     * \param node the node
     * \param interface the access interface
     * \param optimisticDad use the address before DAD ends
     * \param ready called with the usable address
     * \param failed called when DAD fails
     */
    void Setup(Ptr<Node> node,
               uint32_t interface,
               bool optimisticDad,
               ReadyCallback ready,
               FailedCallback failed);
    /// Stop watching DAD.
    void Stop();
    /// Stop, and forget the node.
    void Dispose();

    /**
     * \brief Classify an advertisement (11.5.1).
     * \param ra the advertisement
     * \param onHomePrefix whether an address is on the home prefix
     * \param[out] prefix the new link's prefix (NEW_LINK)
     * \return what it means
     */
    Movement Detect(const RouterAdvertisementInfo& ra,
                    const std::function<bool(Ipv6Address)>& onHomePrefix,
                    Ipv6Address& prefix) const;
    /// Remove the current link's address and default route (if any).
    void Leave();
    /**
     * \brief Take a new link: look for the address ns-3 forms from its advertisement.
     * \param router its router
     * \param prefix its prefix
     */
    void Join(Ipv6Address router, Ipv6Address prefix);
    /**
     * \brief Take the home link: no address to form.
     * \param router its router
     */
    void JoinHome(Ipv6Address router);
    /// Send a Router Solicitation (RFC 4861 6.3.7, without the random delay 11.5.1 allows).
    void SendRouterSolicitation();

    /**
     * \return the current default router (:: none)
     */
    Ipv6Address GetRouter() const;
    /**
     * \return the prefix of the link's address (:: none or home)
     */
    Ipv6Address GetPrefix() const;

  private:
    /**
     * \brief Look for the address ns-3 formed for a prefix.
     * \param prefix the prefix
     */
    void FindAddress(Ipv6Address prefix);
    /**
     * \brief DAD of the address is over.
     * \param address the address
     * \param usable whether it passed
     */
    void DadDone(Ipv6Address address, bool usable);

    Ptr<Node> m_node;            //!< the node
    uint32_t m_interface{0};     //!< the access interface
    bool m_optimisticDad{false}; //!< RFC 4429
    ReadyCallback m_ready;       //!< usable address
    FailedCallback m_failed;     //!< DAD failed
    Ipv6Address m_router;        //!< current default router
    Ipv6Address m_prefix;        //!< prefix of the address (:: none)
    DadWatch m_dadWatch;         //!< the address's DAD
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_ACCESS_LINK_H */
