// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HANDOFF_MONITOR_H
#define HMIPV6_HANDOFF_MONITOR_H

#include "ns3/ipv6-address.h"
#include "ns3/ipv6.h"
#include "ns3/net-device.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/output-stream-wrapper.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief One registration (Binding Update or equivalent) sent during a handoff.
 */
struct HandoffRegistration
{
    Ipv6Address destination; //!< home agent, mobility server or correspondent
    uint16_t sequence{0};    //!< its sequence number
    Time sent;               //!< when it was sent
    Time acked{-1};          //!< when its acknowledgement arrived (negative: never)
    uint8_t status{0};       //!< the acknowledgement's status
};

/**
 * \ingroup hmipv6
 * \brief What a HandoffMonitor recorded about one handoff. Times are absolute simulation
 *        times; a negative time means "not observed".
 */
struct HandoffRecord
{
    std::string protocol;           //!< scenario label ("mipv6", "hmipv6")
    std::string move;               //!< label: "intra", "inter"; "none" for a link back
                                    //!< without a new care-of address
    double haDelayMs{0};            //!< scenario label: one-way delay to the home agent (ms)
    uint32_t handoff{0};            //!< 1 for the first handoff of the run
    Time l2Down{-1};                //!< layer-2 link lost
    Time l2Up{-1};                  //!< layer-2 link to the new access point up
    Time ra{-1};                    //!< first Router Advertisement showing the move
    Time coaReady{-1};              //!< new care-of address usable
    Ipv6Address coa;                //!< the new care-of address
    Time regSent{-1};               //!< first registration to the target after coaReady
    Time regAcked{-1};              //!< its acknowledgement
    Time firstPacket{-1};           //!< first monitored-flow packet received on the new link
    Time lastOldPacket{-1};         //!< last flow packet received before l2Down (old path)
    bool homeRegistered{false};     //!< the home agent had accepted a registration at l2Down
    Ipv6Address ms;                 //!< the MS of the first registration after coaReady
    uint32_t lostPackets{0};        //!< flow packets of this handoff's window never received
    uint32_t flowSent{0};           //!< flow packets sent in this handoff's window
    uint32_t internetSignalling{0}; //!< signalling packets that crossed a watched device
    uint32_t signalling{0};         //!< registrations sent plus acknowledgements received
    std::vector<HandoffRegistration> registrations; //!< every registration, by destination

    /**
     * \brief Handoff latency: first packet on the new path minus layer-2 down.
     * \return it, or a negative time if either end was not observed
     */
    Time GetLatency() const;

    /**
     * \brief The first registration to an address after the care-of address was ready.
     * \param destination e.g. the home agent
     * \return it, or null if none was sent
     */
    const HandoffRegistration* FindRegistration(Ipv6Address destination) const;
};

/**
 * \ingroup hmipv6
 * \brief Records, per handoff of one mobile node, the times of its steps, the loss of a
 *        monitored flow and the mobility signalling that crossed the Internet.
 *
 * The monitor learns everything through its Notify* methods, which
 * HandoffMonitorHelper connects to trace sources (link model, mobile node, the flow's
 * source and sink), and through the IPv6 "Tx"/"Rx" traces of watched devices
 * (WatchDevice). It never reads another object's state.
 *
 * A handoff starts at a layer-2 down and lasts until the next one. Within it, each time
 * is the first occurrence after the previous step: layer-2 up, movement detection
 * (first Router Advertisement of the new router), care-of address ready, first
 * registration sent to "RegistrationTarget" (by default the destination of the first
 * registration sent after the care-of address is ready), its acknowledgement, and the
 * first flow packet received after layer-2 up (the old link is gone by then, so the
 * packet took the new path).
 *
 * Loss: a flow packet sent but never received is attributed to the handoff k whose
 * window [down_k - LossLead, down_{k+1} - LossLead) holds its send time; the lead takes
 * in the packets already on their way to the old care-of address when the link went
 * down. Packets still in flight when the records are read count as lost, so stop the
 * flow some time before reading.
 *
 * Signalling: a packet is mobility signalling if it carries a Mobility Header (135), or
 * a Destination Options header with an option of a type given to
 * AddSignallingOptionType (the draft's registration and Handoff Request messages, whose
 * default types are there from the start), possibly inside an IPv6-in-IPv6
 * tunnel. One that IPv6 sent or received on a watched device counts once (by packet
 * UID) in internet_signalling_packets of the handoff in progress.
 */
class HandoffMonitor : public Object
{
  public:
    /// How flow packets are identified between source and sink.
    enum PacketIdentifier
    {
        UID,         //!< the ns-3 packet UID (kept by copies, tunnels and forwarding)
        SEQ_TS,      //!< sequence number of a SeqTsHeader at the front (UdpClient)
        SEQ_TS_SIZE, //!< sequence number of a SeqTsSizeHeader at the front (OnOff)
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    HandoffMonitor();
    ~HandoffMonitor() override;

    /// The CSV header WriteCsv writes.
    static const char* const CSV_HEADER;

    /// Layer 2 lost the link: starts a new handoff.
    void NotifyLinkDown();
    /// Layer 2 is attached to the new access point.
    void NotifyLinkUp();
    /// A Router Advertisement showed a new router (movement detection).
    void NotifyMovementDetected();
    /**
     * \brief The mobile node sent a registration to a Mobility Server (HmipMobileNode
     *        "RegistrationSent"): the first after the care-of address is ready names the
     *        handoff's MS.
     * \param ms the server
     */
    void NotifyMobilityServerRegistration(Ipv6Address ms);
    /**
     * \brief The mobile node found what kind of move this handoff is: the "move" label
     *        of the handoff in progress, when "Move" is empty (the first one counts).
     * \param move e.g. "intra" (HmipMobileNode "IntraDomainMove") or "inter"
     *        ("DomainEntered")
     */
    void NotifyMove(const std::string& move);
    /**
     * \brief The new care-of address is usable.
     * \param coa the address
     */
    void NotifyCareOfAddressReady(Ipv6Address coa);
    /**
     * \brief A registration (Binding Update) was sent.
     * \param destination its destination
     * \param sequence its sequence number
     */
    void NotifyRegistrationSent(Ipv6Address destination, uint16_t sequence);
    /**
     * \brief A registration acknowledgement arrived.
     * \param source its sender
     * \param sequence its sequence number
     * \param status its status (below 128: accepted)
     */
    void NotifyRegistrationAcked(Ipv6Address source, uint16_t sequence, uint8_t status);
    /**
     * \brief A monitored-flow packet was sent.
     * \param id its identifier
     */
    void NotifyPacketSent(uint64_t id);
    /**
     * \brief A monitored-flow packet was received.
     * \param id its identifier
     */
    void NotifyPacketReceived(uint64_t id);
    /**
     * \brief A monitored-flow packet was sent (identified by "PacketIdentifier").
     * \param packet the packet as the source's trace gives it
     */
    void NotifyFlowTx(Ptr<const Packet> packet);
    /**
     * \brief A monitored-flow packet was received (identified by "PacketIdentifier").
     * \param packet the packet as the sink's trace gives it
     */
    void NotifyFlowRx(Ptr<const Packet> packet);

    /**
     * \brief Count the mobility signalling that IPv6 sends or receives on a device (a
     *        border router's Internet-side device, say). Connects to the IPv6 "Tx" and
     *        "Rx" traces of the device's node.
     * \param device the device (its node must have IPv6 and an interface on it)
     */
    void WatchDevice(Ptr<NetDevice> device);
    /**
     * \brief Also count, as signalling, packets whose Destination Options header holds
     *        an option of this type (e.g. the draft's Registration Request, 0x9E).
     * \param type the option type
     */
    void AddSignallingOptionType(uint8_t type);
    /**
     * \brief Whether a packet (starting with its IPv6 header) is mobility signalling.
     * \param packet the packet
     * \return true if it is
     */
    bool IsSignalling(Ptr<const Packet> packet) const;
    /**
     * \brief The identifier of a flow packet under "PacketIdentifier".
     * \param packet the packet
     * \return its identifier
     */
    uint64_t GetPacketId(Ptr<const Packet> packet) const;

    /**
     * \brief The records, with loss computed from what was seen so far.
     * \return one record per handoff, in order
     */
    std::vector<HandoffRecord> GetRecords() const;
    /**
     * \brief Number of handoffs started.
     * \return the count
     */
    uint32_t GetNHandoffs() const;
    /**
     * \brief Number of handoffs whose first packet on the new path was received.
     * \return the count
     */
    uint32_t GetNCompleted() const;
    /**
     * \brief Monitored-flow packets sent (distinct identifiers).
     * \return the count
     */
    uint64_t GetPacketsSent() const;
    /**
     * \brief Monitored-flow packets received (distinct identifiers that were sent).
     * \return the count
     */
    uint64_t GetPacketsReceived() const;
    /**
     * \brief Lost packets sent before the first handoff's window.
     * \return the count
     */
    uint64_t GetUnattributedLost() const;
    /**
     * \brief Signalling packets on watched devices before the first handoff.
     * \return the count
     */
    uint64_t GetUnattributedInternetSignalling() const;
    /**
     * \brief Write the header and one line per handoff.
     * \param os the stream
     * \param header whether to write the header (false: append the lines of another
     *        host's monitor to one file)
     */
    void WriteCsv(std::ostream& os, bool header = true) const;

    /**
     * \brief Add a column of the same value to every line WriteCsv writes (a study's
     *        parameters: the rate, the speed...). The header names it after the
     *        monitor's own columns, which end with seed and run.
     * \param name its header
     * \param value its value
     */
    void AddColumn(const std::string& name, const std::string& value);

    /**
     * \brief Write one line per flow packet received (the first copy) to a stream, as it
     *        arrives: host, id, t_sent_s, t_received_s, handoff (the number of handoffs
     *        started by then), coa (the care-of address the host had then: the path).
     *        For sequence-number-versus-time plots; packets never received have no line.
     * \param stream the stream (e.g. AsciiTraceHelper::CreateFileStream)
     * \param header whether to write the header line first
     */
    void EnableArrivals(Ptr<OutputStreamWrapper> stream, bool header = true);

    /// The header line EnableArrivals writes.
    static const char* const ARRIVALS_HEADER;

    /**
     * \brief TracedCallback signature of "FlowPacketReceived".
     * \param id the packet's identifier
     * \param delay its one-way delay
     * \param handoff the number of handoffs started when it arrived
     */
    typedef void (*ArrivalCallback)(uint64_t id, Time delay, uint32_t handoff);

    /**
     * \brief TracedCallback signature of "HandoffComplete".
     * \param handoff the handoff's number (1 for the first)
     * \param latency its latency
     */
    typedef void (*CompleteCallback)(uint32_t handoff, Time latency);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief IPv6 "Tx"/"Rx" of a node with a watched device.
     * \param packet the packet with its IPv6 header
     * \param ipv6 the node's IPv6
     * \param interface the interface
     */
    void WatchedPacket(Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t interface);
    /**
     * \brief The handoff in progress.
     * \return it, or nullptr before the first layer-2 down
     */
    HandoffRecord* Current();

    std::string m_protocol;                                  //!< "Protocol"
    std::string m_move;                                      //!< "Move"
    Time m_haDelay;                                          //!< "HaDelay"
    Ipv6Address m_target;                                    //!< "RegistrationTarget"
    Ipv6Address m_homeAgent;                                 //!< "HomeAgent"
    std::string m_host;                                      //!< "Host"
    bool m_homeRegistered{false};                            //!< the home agent accepted one
    Time m_start;                                            //!< "Start"
    Time m_lossLead;                                         //!< "LossLead"
    PacketIdentifier m_idMode;                               //!< "PacketIdentifier"
    std::vector<HandoffRecord> m_records;                    //!< the handoffs
    Ipv6Address m_currentTarget;                             //!< target of the handoff in progress
    std::map<uint64_t, Time> m_sent;                         //!< flow packets sent: id -> time
    std::set<uint64_t> m_received;                           //!< flow packets received
    std::set<uint8_t> m_optionTypes;                         //!< signalling destination options
    std::set<std::pair<Ipv6*, uint32_t>> m_watched;          //!< watched IPv6 interfaces
    std::vector<Ptr<Ipv6>> m_watchedNodes;                   //!< IPv6 objects connected
    std::set<uint64_t> m_signallingUids;                     //!< signalling packets already counted
    uint64_t m_unattributedSignalling;                       //!< before the first handoff
    TracedCallback<uint32_t, Time> m_completeTrace;          //!< "HandoffComplete"
    TracedCallback<uint64_t, Time, uint32_t> m_arrivalTrace; //!< "FlowPacketReceived"
    Time m_lastRx{-1};                                       //!< last flow packet received
    Ipv6Address m_coa;                                       //!< last care-of address ready
    Ptr<OutputStreamWrapper> m_arrivals;                     //!< EnableArrivals
    std::vector<std::pair<std::string, std::string>> m_columns; //!< AddColumn
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_HANDOFF_MONITOR_H */
