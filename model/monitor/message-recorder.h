// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_MESSAGE_RECORDER_H
#define HMIPV6_MESSAGE_RECORDER_H

#include "ns3/ipv6.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ns3
{

class Ipv6Header;

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Records every mobility and Neighbour Discovery message that reaches a watched
 *        node, with its sender, its receiver and whether it crossed a border router: the
 *        message sequence of the draft's figures, as it really happened.
 *
 * For each watched node the recorder listens to ns-3's IPv6 traces only:
 * - "Tx": the node sends a packet on an interface; the first node to send a UID, and
 *   when, are its origin (so neither a router nor a tunnel entry point is taken for the
 *   sender of what it forwards or encapsulates; ns-3's own DAD and address resolution
 *   bypass "SendOutgoing", hence "Tx");
 * - "Rx": a packet reaches the node for one of its addresses or a multicast group. An
 *   IPv6-in-IPv6 packet is skipped (its inner packet comes through the tunnel
 *   interface's own "Rx"); anything else is classified: Mobility Header messages by MH
 *   Type, the draft's messages by destination option type (AddOptionType; the draft's
 *   defaults are known), ICMPv6 Router/Neighbour Discovery by type. Data packets are not
 *   messages.
 *
 * The sender is the node that originated the packet (else the node owning its source
 * address); the receiver is the watched node. Border devices (WatchBorder) mark the
 * packets that cross them: such a message's scope is "internet", any other's "domain".
 * A packet re-injected by the receiving node itself (type 2 routing header, Home
 * Address option) is not recorded twice.
 */
class MessageRecorder : public Object
{
  public:
    /// One message.
    struct Record
    {
        Time sent;            //!< when its sender originated it (received if unknown)
        Time received;        //!< when the receiver got it
        std::string sender;   //!< the sender's name
        std::string receiver; //!< the receiver's name
        std::string message;  //!< the message's name
        bool internet{false}; //!< it crossed a border device
    };

    /// Header of WriteCsv.
    static const char* const CSV_HEADER;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// Constructor.
    MessageRecorder();
    /// Destructor.
    ~MessageRecorder() override;

    /**
     * \brief Record what reaches a node and what it originates.
     * \param node the node (with IPv6)
     * \param name its name in the records
     */
    void Watch(Ptr<Node> node, const std::string& name);
    /**
     * \brief Mark packets that cross a device as crossing a border router.
     * \param device a border router's device toward the Internet (its node needs IPv6)
     */
    void WatchBorder(Ptr<NetDevice> device);
    /**
     * \brief Name the draft message carried by a destination option type.
     * \param type the option type
     * \param name the message's name
     */
    void AddOptionType(uint8_t type, const std::string& name);
    /**
     * \brief The message an IPv6 packet carries.
     * \param packet the packet, IPv6 header first
     * \return its name, "" for a data packet or something unrecognised
     */
    std::string Classify(Ptr<const Packet> packet) const;
    /**
     * \brief The records, in order of reception.
     * \return them
     */
    const std::vector<Record>& GetRecords() const;
    /**
     * \brief Write CSV_HEADER and one line per record.
     * \param os where
     */
    void WriteCsv(std::ostream& os) const;

    /**
     * \brief TracedCallback signature of "Message".
     * \param record the message
     */
    typedef void (*MessageCallback)(const Record& record);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief A watched node sends a packet.
     * \param name the node's name
     * \param packet the packet, IPv6 header first
     * \param ipv6 the node's IPv6
     * \param interface the outgoing interface
     */
    void Originated(std::string name, Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t interface);
    /**
     * \brief A watched node receives a packet.
     * \param name the node's name
     * \param packet the packet, IPv6 header first
     * \param ipv6 the node's IPv6
     * \param interface the incoming interface
     */
    void Received(std::string name, Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t interface);
    /**
     * \brief A packet on a border router's IPv6 interface.
     * \param interface the border interface
     * \param packet the packet
     * \param ipv6 the router's IPv6
     * \param at the interface it was sent or received on
     */
    void Border(uint32_t interface, Ptr<const Packet> packet, Ptr<Ipv6> ipv6, uint32_t at);
    /**
     * \brief Who sent a DAD probe (source ::).
     * \param packet the Neighbor Solicitation, IPv6 header first
     * \return the name of the node running DAD for its target
     */
    std::string DadSender(Ptr<const Packet> packet) const;
    /**
     * \brief The name of the watched node that owns an address.
     * \param address the address
     * \return the name, or the address as text
     */
    std::string Owner(Ipv6Address address) const;

    /// Where a packet came from.
    struct Origin
    {
        Time at;          //!< when
        std::string name; //!< which node
    };

    std::vector<std::pair<Ptr<Node>, std::string>> m_nodes; //!< watched nodes
    std::map<uint8_t, std::string> m_optionTypes;           //!< draft option types
    std::unordered_map<uint64_t, Origin> m_origins;         //!< by packet UID
    std::set<uint64_t> m_crossed;                           //!< UIDs seen on a border
    std::vector<Record> m_records;                          //!< the messages
    TracedCallback<const Record&> m_messageTrace;           //!< "Message"
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_MESSAGE_RECORDER_H */
