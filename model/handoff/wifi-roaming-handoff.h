// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_WIFI_ROAMING_HANDOFF_H
#define HMIPV6_WIFI_ROAMING_HANDOFF_H

#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device-container.h"
#include "ns3/node-container.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-net-device.h"
#include "ns3/yans-wifi-channel.h"
#include "ns3/yans-wifi-helper.h"

#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Realistic layer-2 handoff: a Wi-Fi station roams between access points of one
 *        ESS, and its StaWifiMac association events become link triggers.
 *
 * The model watches the station's StaWifiMac "Assoc" / "DeAssoc" / "BeaconArrival"
 * traces and fires "LinkDown"(ap) and "LinkUp"(ap) with the meaning of
 * LinkSwitchHandoff's traces: `ap` is the position of the access point's BSSID in the
 * AddAccessPoint order. A Mipv6MobileNode connects to either model the same way
 * (NotifyLinkUpAp / NotifyLinkDownAp).
 *
 * Nothing is scheduled by the model: when the station leaves an access point's
 * coverage, ns-3's StaWifiMac declares the link lost after "MaxMissedBeacons" beacon
 * intervals without a beacon, scans (actively: a Probe Request, then
 * "ProbeRequestTimeout" of listening; passively: "WaitBeaconTimeout"), and
 * (re)associates with the best access point heard. Down-to-up time is therefore
 * scanning time plus one association exchange, if a new access point is in range.
 *
 * Install() builds the access points and the station with the attributes of this
 * object (802.11a, constant rate, one SSID, one channel) so that scenarios stay short;
 * devices built elsewhere can be given with SetStation() and AddAccessPoint() instead.
 * The nodes need a MobilityModel (the Wi-Fi channel computes distances).
 */
class WifiRoamingHandoff : public Object
{
  public:
    /// Means "associated with no (known) access point".
    static constexpr uint32_t NONE = UINT32_MAX;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    WifiRoamingHandoff();

    /**
     * \brief Build one Wi-Fi access point on each node of `apNodes` and one station on
     *        `staNode`, all on one YansWifiChannel, and register them (AddAccessPoint in
     *        the order of `apNodes`, then SetStation).
     * \param apNodes the access points' nodes (access routers)
     * \param staNode the mobile host's node
     * \return the devices: the access points in order, then the station last
     */
    NetDeviceContainer Install(NodeContainer apNodes, Ptr<Node> staNode);

    /**
     * \brief Build one more station on this model's channel (after Install), watched by
     *        a new model with this one's attributes and access points (the same indices),
     *        so that many hosts roam among one set of access points.
     * \param staNode the other mobile host's node
     * \return the new host's model (GetStation() is its device)
     */
    Ptr<WifiRoamingHandoff> InstallStation(Ptr<Node> staNode) const;

    /**
     * \brief Watch a station: connects to its StaWifiMac's traces.
     * \param device a WifiNetDevice whose MAC is a StaWifiMac
     */
    void SetStation(Ptr<WifiNetDevice> device);

    /**
     * \brief Add an access point; its BSSID is its MAC address.
     * \param device a WifiNetDevice whose MAC is an ApWifiMac
     * \return its index, reported by the traces
     */
    uint32_t AddAccessPoint(Ptr<WifiNetDevice> device);

    /**
     * \brief The access point the station is associated with.
     * \return its index, or NONE while not associated
     */
    uint32_t GetCurrentAccessPoint() const;

    /**
     * \brief The number of access points.
     * \return how many AddAccessPoint calls were made
     */
    uint32_t GetNAccessPoints() const;

    /**
     * \brief The station's device.
     * \return it, or null before SetStation / Install
     */
    Ptr<WifiNetDevice> GetStation() const;

    /**
     * \brief An access point's device.
     * \param accessPoint its index
     * \return the device
     */
    Ptr<WifiNetDevice> GetAccessPoint(uint32_t accessPoint) const;

    /**
     * \brief Associations completed (StaWifiMac "Assoc").
     * \return the count
     */
    uint64_t GetAssociations() const;

    /**
     * \brief Associations lost (StaWifiMac "DeAssoc").
     * \return the count
     */
    uint64_t GetDisassociations() const;

    /**
     * \brief Time of the last beacon received from the associated access point.
     * \return it (0 if none yet); at LinkDown, the last beacon of the lost link
     */
    Time GetLastBeaconTime() const;

    /**
     * TracedCallback signature for link changes.
     * \param accessPoint the access point left (LinkDown) or joined (LinkUp)
     */
    typedef void (*LinkCallback)(uint32_t accessPoint);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief The standard, rate manager and channel of every device built here.
     * \param wifi the Wi-Fi helper to configure
     * \param phy the PHY helper to configure
     */
    void ConfigureWifi(WifiHelper& wifi, YansWifiPhyHelper& phy) const;

    /**
     * \brief Build a station on the channel, with the StaWifiMac attributes.
     * \param staNode its node
     * \return its device
     */
    Ptr<WifiNetDevice> BuildStation(Ptr<Node> staNode) const;

    /**
     * \brief StaWifiMac "Assoc".
     * \param bssid the access point's BSSID
     */
    void Associated(Mac48Address bssid);

    /**
     * \brief StaWifiMac "DeAssoc".
     * \param bssid the access point's BSSID
     */
    void Disassociated(Mac48Address bssid);

    /**
     * \brief Fire LinkUp once the MAC is in its associated state.
     * \param accessPoint the access point's index
     */
    void ReportLinkUp(uint32_t accessPoint);

    /**
     * \brief StaWifiMac "BeaconArrival".
     * \param when the arrival time
     */
    void BeaconArrived(Time when);

    /**
     * \brief The index of a BSSID.
     * \param bssid the BSSID
     * \return its index, or NONE if unknown
     */
    uint32_t IndexOf(Mac48Address bssid) const;

    Ptr<YansWifiChannel> m_channel;                 //!< the channel Install built
    Ptr<WifiNetDevice> m_station;                   //!< the station's device
    std::vector<Ptr<WifiNetDevice>> m_accessPoints; //!< access point devices
    std::vector<Mac48Address> m_bssids;             //!< their BSSIDs
    uint32_t m_current;                             //!< associated access point or NONE
    uint64_t m_associations;                        //!< "Assoc" count
    uint64_t m_disassociations;                     //!< "DeAssoc" count
    Time m_lastBeacon;                              //!< last beacon of the current AP
    EventId m_pendingUp;                            //!< LinkUp not yet reported
    std::string m_ssid;                             //!< "Ssid"
    Time m_beaconInterval;                          //!< "BeaconInterval"
    uint32_t m_maxMissedBeacons;                    //!< "MaxMissedBeacons"
    bool m_activeProbing;                           //!< "ActiveProbing"
    Time m_probeRequestTimeout;                     //!< "ProbeRequestTimeout"
    Time m_waitBeaconTimeout;                       //!< "WaitBeaconTimeout"
    Time m_assocRequestTimeout;                     //!< "AssocRequestTimeout"
    double m_range;                                 //!< "Range" (m), 0: log-distance
    std::string m_dataMode;                         //!< "DataMode"
    std::string m_controlMode;                      //!< "ControlMode"
    TracedCallback<uint32_t> m_linkDownTrace;       //!< link to an access point lost
    TracedCallback<uint32_t> m_linkUpTrace;         //!< link to an access point up
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_WIFI_ROAMING_HANDOFF_H */
