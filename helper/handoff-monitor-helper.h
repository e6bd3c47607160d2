// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HANDOFF_MONITOR_HELPER_H
#define HMIPV6_HANDOFF_MONITOR_HELPER_H

#include "ns3/attribute.h"
#include "ns3/handoff-monitor.h"
#include "ns3/net-device-container.h"
#include "ns3/object-factory.h"
#include "ns3/object.h"
#include "ns3/ptr.h"

#include <functional>
#include <string>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Creates HandoffMonitors and connects them to the trace sources of a scenario.
 *
 * Everything is done by trace name, so any mobile node role with Mipv6MobileNode's trace
 * names and signatures ("MovementDetected", "CareOfAddressReady", "BindingUpdateSent",
 * "BindingAckReceived", "LinkUp", "LinkDown"), any link model with LinkSwitchHandoff's
 * ("LinkDown"/"LinkUp", with an access point index or without arguments), and any
 * source/sink application whose packet trace takes (packet), (packet, address) or
 * (packet, address, address) can be monitored. Missing trace sources are skipped; a
 * trace with another signature stops the program with a message.
 */
class HandoffMonitorHelper
{
  public:
    HandoffMonitorHelper();

    /**
     * \brief Set an attribute of the monitors created next ("Protocol", "Move",
     *        "HaDelay", "RegistrationTarget", "LossLead", "PacketIdentifier").
     * \param name the attribute's name
     * \param value its value
     */
    void SetMonitorAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Create a monitor for one mobile node.
     * \param mobileNode the mobile node's role (e.g. a Mipv6MobileNode)
     * \param linkModel the layer-2 handoff model (e.g. a LinkSwitchHandoff) whose
     *        "LinkDown"/"LinkUp" give the layer-2 times; nullptr takes the mobile node's
     *        own "LinkDown"/"LinkUp" triggers
     * \return the monitor
     */
    Ptr<hmipv6::HandoffMonitor> Install(Ptr<Object> mobileNode,
                                        Ptr<Object> linkModel = nullptr) const;

    /**
     * \brief Create a monitor for one mobile node and one flow.
     * \param mobileNode the mobile node's role
     * \param linkModel the layer-2 handoff model, or nullptr
     * \param source the flow's source (e.g. an OnOffApplication)
     * \param sink the flow's sink on the mobile node (e.g. a PacketSink)
     * \return the monitor
     */
    Ptr<hmipv6::HandoffMonitor> Install(Ptr<Object> mobileNode,
                                        Ptr<Object> linkModel,
                                        Ptr<Object> source,
                                        Ptr<Object> sink) const;

    /**
     * \brief Monitor a flow: the source's sent and the sink's received packets.
     * \param monitor the monitor
     * \param source the source
     * \param sink the sink
     * \param txTrace the source's trace of sent packets
     * \param rxTrace the sink's trace of received packets
     */
    void MonitorFlow(Ptr<hmipv6::HandoffMonitor> monitor,
                     Ptr<Object> source,
                     Ptr<Object> sink,
                     const std::string& txTrace = "Tx",
                     const std::string& rxTrace = "Rx") const;

    /**
     * \brief Count the mobility signalling that crosses these devices as "internet".
     * \param monitor the monitor
     * \param devices border-router devices
     */
    void WatchDevices(Ptr<hmipv6::HandoffMonitor> monitor, const NetDeviceContainer& devices) const;

  private:
    ObjectFactory m_factory; //!< HandoffMonitor factory
};

} // namespace ns3

#endif /* HMIPV6_HANDOFF_MONITOR_HELPER_H */
