// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_NEAREST_ACCESS_POINT_SWITCH_H
#define HMIPV6_NEAREST_ACCESS_POINT_SWITCH_H

#include "ns3/event-id.h"
#include "ns3/link-switch-handoff.h"
#include "ns3/mobility-model.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/vector.h"

#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Drives a LinkSwitchHandoff from an ns-3 MobilityModel: the host is attached to
 *        the nearest access point in range, so a random waypoint (or any) mobility model
 *        makes the moves without a radio.
 *
 * Every "CheckInterval" the model reads the host's position. Detached, it attaches to
 * the nearest access point within "Range". Attached, it switches (with the link
 * switch's outage) when another access point is nearer by more than "Hysteresis", or
 * when the current one is out of range and another is in range; out of every range it
 * detaches. A switch in progress (the outage) is left to finish. The check interval
 * bounds how late a move is seen, as a Wi-Fi station's missed beacons do.
 */
class NearestAccessPointSwitch : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    NearestAccessPointSwitch();

    /**
     * \brief Drive a host's link switch from a mobility model; the first check is now.
     * \param handoff the host's link switch (its access points already added)
     * \param mobility the host's mobility model
     */
    void Start(Ptr<LinkSwitchHandoff> handoff, Ptr<MobilityModel> mobility);

    /**
     * \brief Place an access point.
     * \param accessPoint its LinkSwitchHandoff index
     * \param position where it is
     */
    void AddAccessPoint(uint32_t accessPoint, const Vector& position);

    /// \return the switches (and first attachments) made so far
    uint64_t GetNSwitches() const;

  protected:
    void DoDispose() override;

  private:
    /// Read the position and act on it; schedules the next check.
    void Check();

    /// An access point and where it is.
    struct Place
    {
        uint32_t accessPoint; //!< its index
        Vector position;      //!< its position
    };

    Ptr<LinkSwitchHandoff> m_handoff; //!< the host's link switch
    Ptr<MobilityModel> m_mobility;    //!< the host's mobility
    std::vector<Place> m_places;      //!< the access points
    uint32_t m_target;                //!< the access point last asked for
    uint64_t m_switches;              //!< switches asked for
    EventId m_check;                  //!< the next check
    Time m_interval;                  //!< "CheckInterval"
    double m_range;                   //!< "Range" (m; 0: unlimited)
    double m_hysteresis;              //!< "Hysteresis" (m)
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_NEAREST_ACCESS_POINT_SWITCH_H */
