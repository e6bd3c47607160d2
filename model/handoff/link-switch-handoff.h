// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_LINK_SWITCH_HANDOFF_H
#define HMIPV6_LINK_SWITCH_HANDOFF_H

#include "link-switch-channel.h"

#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/simple-channel.h"
#include "ns3/simple-net-device.h"
#include "ns3/traced-callback.h"

#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Deterministic layer-2 handoff: a mobile host's interface moves between access
 *        links at set times, with a set outage.
 *
 * The mobile host and every access router's access interface are SimpleNetDevices on
 * one SimpleChannel. The model keeps the channel black-listed so that the mobile host
 * hears, and is heard by, only the access link it is attached to, and access links never
 * hear each other. An access link is an access point and the devices added to it with
 * AddLinkMember (a home agent on the home link, say): they hear each other always. A switch cuts
 * the current link (LinkDown), waits the outage, then attaches to the new access point (LinkUp).
 * Frames already on the wire when the link goes down are still delivered, as on a real medium.
 *
 * Several hosts: give each its own LinkSwitchHandoff, with the same access points added
 * in the same order, on a LinkSwitchChannel (which HmipTopologyHelper builds). That
 * channel keeps the links apart itself, so hosts on one access link hear each other and
 * nobody else, at a cost per frame of the devices of one link only. On a plain
 * SimpleChannel the model black-lists the pairs, which serves one host.
 *
 * Because nothing is random, handoff latency and loss can be compared exactly with the
 * reference model. The mobile host learns of the switch through the traces, as a host
 * that listens to its link layer's triggers would.
 */
class LinkSwitchHandoff : public Object
{
  public:
    /// Means "attached to no access point".
    static constexpr uint32_t NONE = UINT32_MAX;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    LinkSwitchHandoff();

    /**
     * \brief Set the mobile host's device; it must be on the same channel as the access
     *        points. Starts detached.
     * \param device the mobile host's access device
     */
    void SetMobileDevice(Ptr<SimpleNetDevice> device);

    /**
     * \brief Add an access point (an access router's interface on the shared channel).
     * \param device the access point's device
     * \return its index, used by AttachNow and ScheduleSwitch
     */
    uint32_t AddAccessPoint(Ptr<SimpleNetDevice> device);

    /**
     * \brief Add another device to an access point's link (a home agent on the home link):
     *        it hears that access point, and the mobile host while attached there, and
     *        nothing else on the channel.
     * \param accessPoint an index returned by AddAccessPoint
     * \param device the device, on the mobile host's channel
     */
    void AddLinkMember(uint32_t accessPoint, Ptr<SimpleNetDevice> device);

    /**
     * \brief Attach to an access point at once, without outage (initial placement).
     * \param accessPoint an index returned by AddAccessPoint, or NONE to detach
     */
    void AttachNow(uint32_t accessPoint);

    /**
     * \brief Schedule a handoff: link down at `at`, up on `accessPoint` after the outage.
     * \param at absolute simulation time of the link-down
     * \param accessPoint the access point to attach to
     */
    void ScheduleSwitch(Time at, uint32_t accessPoint);

    /**
     * \brief The access point the mobile host is attached to.
     * \return its index, or NONE during an outage or before the first attachment
     */
    uint32_t GetCurrentAccessPoint() const;

    /**
     * \brief The number of access points.
     * \return how many AddAccessPoint calls were made
     */
    uint32_t GetNAccessPoints() const;

    /**
     * TracedCallback signature for link changes.
     * \param accessPoint the access point left (LinkDown) or joined (LinkUp)
     */
    typedef void (*LinkCallback)(uint32_t accessPoint);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Black-list or allow the mobile host and one access link both ways.
     * \param accessPoint the access point index
     * \param connected whether frames pass
     */
    void Connect(uint32_t accessPoint, bool connected);

    /**
     * \brief Put a new device on an access link: it stops hearing every other link.
     * \param link the access point index
     * \param device the device
     */
    void Join(uint32_t link, Ptr<SimpleNetDevice> device);

    /**
     * \brief Cut the current link and schedule the attachment.
     * \param accessPoint the access point to attach to after the outage
     */
    void DoLinkDown(uint32_t accessPoint);

    /**
     * \brief Attach to an access point.
     * \param accessPoint its index
     */
    void DoLinkUp(uint32_t accessPoint);

    Ptr<SimpleChannel> m_channel;                           //!< the shared channel
    Ptr<LinkSwitchChannel> m_switch;                        //!< it, if divided into links
    Ptr<SimpleNetDevice> m_mobile;                          //!< the mobile host's device
    std::vector<std::vector<Ptr<SimpleNetDevice>>> m_links; //!< access point, then members
    uint32_t m_current;                                     //!< attached access point or NONE
    Time m_outage;                                          //!< layer-2 outage of a switch
    EventId m_pendingUp;                                    //!< attachment after an outage
    TracedCallback<uint32_t> m_linkDownTrace;               //!< link to an access point lost
    TracedCallback<uint32_t> m_linkUpTrace;                 //!< link to an access point up
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_LINK_SWITCH_HANDOFF_H */
