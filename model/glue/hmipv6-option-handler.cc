// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-option-handler.h"

#include "received-home-address-tag.h"

#include "ns3/ipv6-extension-demux.h"
#include "ns3/log.h"
#include "ns3/net-device.h"
#include "ns3/packet-reinjection.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6OptionHandler");

NS_OBJECT_ENSURE_REGISTERED(Hmipv6OptionHandler);

namespace
{
constexpr uint8_t HOP_BY_HOP = 0;      //!< Hop-by-Hop Options header
constexpr uint8_t ROUTING = 43;        //!< Routing header
constexpr uint8_t FRAGMENT = 44;       //!< Fragment header
constexpr uint8_t AUTHENTICATION = 51; //!< Authentication Header (RFC 4302)
constexpr uint8_t DESTINATION = 60;    //!< Destination Options header
constexpr uint8_t MOBILITY = 135;      //!< Mobility Header (RFC 6275 6.1)
constexpr uint8_t PAD1 = 0;            //!< Pad1 option (RFC 8200 4.2)
constexpr uint8_t PADN = 1;            //!< PadN option (RFC 8200 4.2)

/**
 * \param nextHeader a Next Header value
 * \param octets the header's first two octets, or null
 * \return the length of that extension header (1 if octets is null), or 0 if it is not
 *         one this walker knows
 */
uint32_t
ExtensionLength(uint8_t nextHeader, const uint8_t* octets)
{
    // With octets null: 1 for an extension header this walker knows, 0 otherwise.
    switch (nextHeader)
    {
    case HOP_BY_HOP:
    case ROUTING:
    case DESTINATION:
        return octets ? (static_cast<uint32_t>(octets[1]) + 1) * 8 : 1;
    case FRAGMENT:
        return octets ? 8 : 1;
    case AUTHENTICATION:
        return octets ? (static_cast<uint32_t>(octets[1]) + 2) * 4 : 1;
    default:
        return 0;
    }
}
} // namespace

TypeId
Hmipv6OptionHandler::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Hmipv6OptionHandler")
            .SetParent<Ipv6Option>()
            .SetGroupName("Hmipv6")
            .AddConstructor<Hmipv6OptionHandler>()
            // "OptionNumber" is Ipv6Option's (read-only, it calls GetOptionNumber):
            // the number is fixed at construction, as the demux looks options up by it.
            .AddTraceSource("Rx",
                            "An option of this type was accepted",
                            MakeTraceSourceAccessor(&Hmipv6OptionHandler::m_rxTrace),
                            "ns3::Hmipv6OptionHandler::RxCallback")
            .AddTraceSource("Drop",
                            "A truncated option of this type, or a Home Address option the "
                            "home address check refused: the packet is marked dropped",
                            MakeTraceSourceAccessor(&Hmipv6OptionHandler::m_dropTrace),
                            "ns3::Hmipv6OptionHandler::DropCallback")
            .AddTraceSource("Reinject",
                            "A copy with the home address as source was re-injected "
                            "(RFC 6275 9.3.1)",
                            MakeTraceSourceAccessor(&Hmipv6OptionHandler::m_reinjectTrace),
                            "ns3::Hmipv6OptionHandler::ReinjectCallback");
    return tid;
}

Hmipv6OptionHandler::Hmipv6OptionHandler()
    : m_optionNumber(0x1E),
      m_received(0),
      m_dropped(0),
      m_reinjected(0),
      m_unverified(0),
      m_verdict(VERDICT_NONE)
{
    NS_LOG_FUNCTION(this);
}

Hmipv6OptionHandler::Hmipv6OptionHandler(uint8_t optionNumber)
    : m_optionNumber(optionNumber),
      m_received(0),
      m_dropped(0),
      m_reinjected(0),
      m_unverified(0),
      m_verdict(VERDICT_NONE)
{
    NS_LOG_FUNCTION(this << +optionNumber);
}

Hmipv6OptionHandler::~Hmipv6OptionHandler()
{
    NS_LOG_FUNCTION(this);
}

void
Hmipv6OptionHandler::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_homeAddressCheck.Nullify(); // it usually holds the role that owns the node
    m_verdictPacket = nullptr;
    m_node = nullptr;
    Ipv6Option::DoDispose();
}

uint8_t
Hmipv6OptionHandler::GetOptionNumber() const
{
    return m_optionNumber;
}

uint32_t
Hmipv6OptionHandler::OptionsEnd(const std::vector<uint8_t>& octets,
                                uint32_t offset,
                                uint8_t firstNextHeader)
{
    // Walk the extension headers from the start of the payload to the one holding
    // offset: ns-3 gives options only the packet and the offset.
    uint32_t size = octets.size();
    uint8_t nextHeader = firstNextHeader;
    uint32_t position = 0;
    while (position + 2 <= size && position <= offset)
    {
        uint32_t length = 0;
        switch (nextHeader)
        {
        case HOP_BY_HOP:
        case ROUTING:
        case DESTINATION:
            length = (static_cast<uint32_t>(octets[position + 1]) + 1) * 8;
            break;
        case FRAGMENT:
            length = 8;
            break;
        case AUTHENTICATION:
            length = (static_cast<uint32_t>(octets[position + 1]) + 2) * 4;
            break;
        default:
            return size; // an upper layer: offset is not inside a known header
        }
        if (offset < position + length)
        {
            return std::min(position + length, size);
        }
        nextHeader = octets[position];
        position += length;
    }
    return size;
}

uint8_t
Hmipv6OptionHandler::Drop(Ptr<Packet> packet,
                          uint32_t offset,
                          uint32_t end,
                          const Ipv6Header& ipv6Header,
                          bool& isDropped,
                          const std::string& reason)
{
    NS_LOG_FUNCTION(this << packet << offset << end << ipv6Header << reason);
    NS_LOG_LOGIC("Option " << +m_optionNumber << " from " << ipv6Header.GetSource() << ": "
                           << reason);
    ++m_dropped;
    isDropped = true;
    m_dropTrace(packet->Copy(), ipv6Header, m_optionNumber, reason);
    // The rest of the header holding the option: ns-3 then stays on the header chain.
    uint32_t left = end > offset ? end - offset : 0;
    return static_cast<uint8_t>(std::min<uint32_t>(left, 255));
}

uint8_t
Hmipv6OptionHandler::Process(Ptr<Packet> packet,
                             uint8_t offset,
                             const Ipv6Header& ipv6Header,
                             bool& isDropped)
{
    NS_LOG_FUNCTION(this << packet << +offset << ipv6Header << isDropped);

    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    uint32_t end = OptionsEnd(octets, offset, ipv6Header.GetNextHeader());
    if (static_cast<uint32_t>(offset) + 2 > end)
    {
        return Drop(packet, offset, end, ipv6Header, isDropped, "option type/length truncated");
    }

    uint8_t type = octets[offset];
    uint32_t size = 2 + static_cast<uint32_t>(octets[offset + 1]);
    if (type != m_optionNumber)
    {
        NS_LOG_WARN("Handler of option " << +m_optionNumber << " called for option " << +type);
    }
    if (static_cast<uint32_t>(offset) + size > end)
    {
        std::ostringstream reason;
        reason << "option of " << size << " octets at offset " << +offset
               << " overruns its header (ends at " << end << ")";
        return Drop(packet, offset, end, ipv6Header, isDropped, reason.str());
    }
    if (size > 255)
    {
        // ns-3's option interface returns sizes as uint8_t.
        std::ostringstream reason;
        reason << "option of " << size << " octets exceeds ns-3's 255-octet limit";
        return Drop(packet, offset, end, ipv6Header, isDropped, reason.str());
    }

    std::vector<uint8_t> data(octets.begin() + offset + 2, octets.begin() + offset + size);

    ++m_received;
    m_rxTrace(packet->Copy(), ipv6Header, type, data);

    if (type == HOME_ADDRESS_OPTION && data.size() == HOME_ADDRESS_LENGTH)
    {
        // Recorded, not swapped: see the class documentation.
        hmipv6::ReceivedHomeAddressTag tag;
        packet->RemovePacketTag(tag); // keep what a routing header recorded
        Ipv6Address home = Ipv6Address::Deserialize(data.data());
        tag.SetHomeAddressOption(home);
        packet->AddPacketTag(tag);
        if (!m_homeAddressCheck.IsNull())
        {
            CheckHomeAddress(packet, octets, offset, ipv6Header, home, isDropped);
        }
    }
    return static_cast<uint8_t>(size);
}

bool
Hmipv6OptionHandler::Locate(const std::vector<uint8_t>& octets,
                            uint32_t offset,
                            uint8_t firstNextHeader,
                            HeaderPosition& position)
{
    uint32_t size = octets.size();
    uint8_t nextHeader = firstNextHeader;
    uint32_t start = 0;
    int32_t field = -1;
    bool found = false;
    position = HeaderPosition{0, 0, -1, 0, false};
    while (true)
    {
        if (ExtensionLength(nextHeader, nullptr) == 0)
        {
            position.upperLayer = nextHeader; // the chain ends with an upper layer
            position.upperLayerKnown = true;
            break;
        }
        if (start + 2 > size)
        {
            break; // truncated chain
        }
        uint32_t length = ExtensionLength(nextHeader, &octets[start]);
        if (!found && offset >= start && offset < start + length)
        {
            found = true;
            position.start = start;
            position.end = std::min(start + length, size);
            position.nextHeaderField = field;
        }
        field = static_cast<int32_t>(start);
        nextHeader = octets[start];
        start += length;
    }
    return found;
}

void
Hmipv6OptionHandler::CheckHomeAddress(Ptr<Packet> packet,
                                      const std::vector<uint8_t>& octets,
                                      uint32_t offset,
                                      const Ipv6Header& ipv6Header,
                                      Ipv6Address home,
                                      bool& isDropped)
{
    NS_LOG_FUNCTION(this << packet << offset << ipv6Header << home);
    HeaderPosition position;
    if (!Locate(octets, offset, ipv6Header.GetNextHeader(), position) || !position.upperLayerKnown)
    {
        return; // cannot be rewritten: goes up as received, with the tag
    }
    if (position.upperLayer == MOBILITY)
    {
        // A Binding Update carries the option before any binding exists (RFC 6275 9.5.1):
        // the Mobility Header's receiver checks it, with the tag.
        return;
    }
    Ptr<Ipv6L3Protocol> ipv6 = m_node ? m_node->GetObject<Ipv6L3Protocol>() : nullptr;
    int32_t interface = ipv6 ? ipv6->GetInterfaceForAddress(ipv6Header.GetDestination()) : -1;
    if (interface < 0)
    {
        return; // e.g. multicast: nowhere to re-inject, goes up as received
    }
    if (!m_homeAddressCheck(home, ipv6Header))
    {
        // RFC 6275 9.3.1: no binding, the packet is discarded (the check answered it).
        ++m_unverified;
        isDropped = true;
        m_verdictPacket = packet;
        m_verdict = VERDICT_DISCARDED;
        std::ostringstream reason;
        reason << "no binding for home address " << home << " at " << ipv6Header.GetSource();
        NS_LOG_LOGIC(reason.str());
        m_dropTrace(packet->Copy(), ipv6Header, m_optionNumber, reason.str());
        return;
    }
    Ptr<Packet> copy = BuildHomeSourcePacket(packet, offset, ipv6Header, home);
    if (!copy)
    {
        return;
    }
    ++m_reinjected;
    m_verdictPacket = packet;
    m_verdict = VERDICT_REINJECTED;
    NS_LOG_LOGIC("Re-injecting " << ipv6Header.GetSource() << " -> " << home << " on interface "
                                 << interface);
    m_reinjectTrace(hmipv6::Reinject(ipv6, interface, packet, copy), ipv6Header.GetSource(), home);
}

Ptr<Packet>
Hmipv6OptionHandler::BuildHomeSourcePacket(Ptr<const Packet> payload,
                                           uint32_t optionOffset,
                                           const Ipv6Header& header,
                                           Ipv6Address home)
{
    std::vector<uint8_t> octets(payload->GetSize());
    payload->CopyData(octets.data(), octets.size());
    HeaderPosition position;
    if (!Locate(octets, optionOffset, header.GetNextHeader(), position) ||
        optionOffset + 2 + HOME_ADDRESS_LENGTH > position.end)
    {
        return nullptr;
    }
    // The option becomes a PadN of the same size: alignment of the rest is unchanged.
    octets[optionOffset] = PADN;
    octets[optionOffset + 1] = HOME_ADDRESS_LENGTH;
    std::fill(octets.begin() + optionOffset + 2,
              octets.begin() + optionOffset + 2 + HOME_ADDRESS_LENGTH,
              0);
    uint8_t nextHeader = header.GetNextHeader();
    bool onlyPadding = true;
    for (uint32_t i = position.start + 2; i < position.end && onlyPadding;)
    {
        if (octets[i] == PAD1)
        {
            ++i;
        }
        else if (octets[i] == PADN && i + 1 < position.end)
        {
            i += 2 + octets[i + 1];
        }
        else
        {
            onlyPadding = false;
        }
    }
    if (onlyPadding)
    {
        // Nothing left in the header: remove it and link its Next Header in its place.
        uint8_t inner = octets[position.start];
        if (position.nextHeaderField < 0)
        {
            nextHeader = inner;
        }
        else
        {
            octets[position.nextHeaderField] = inner;
        }
        octets.erase(octets.begin() + position.start, octets.begin() + position.end);
    }
    Ptr<Packet> packet = Create<Packet>(octets.data(), octets.size());
    Ipv6Header rewritten = header;
    rewritten.SetSource(home);
    rewritten.SetNextHeader(nextHeader);
    rewritten.SetPayloadLength(octets.size());
    packet->AddHeader(rewritten);
    return packet;
}

void
Hmipv6OptionHandler::SetHomeAddressCheck(HomeAddressCheckCallback check, Ptr<Node> node)
{
    NS_LOG_FUNCTION(this << node);
    m_homeAddressCheck = check;
    m_node = node;
}

bool
Hmipv6OptionHandler::HasHomeAddressCheck() const
{
    return !m_homeAddressCheck.IsNull();
}

Hmipv6OptionHandler::Verdict
Hmipv6OptionHandler::TakeVerdict(Ptr<const Packet> packet)
{
    Verdict verdict = VERDICT_NONE;
    if (m_verdictPacket && m_verdictPacket == packet)
    {
        verdict = m_verdict;
    }
    m_verdictPacket = nullptr;
    m_verdict = VERDICT_NONE;
    return verdict;
}

uint64_t
Hmipv6OptionHandler::GetReinjectedCount() const
{
    return m_reinjected;
}

uint64_t
Hmipv6OptionHandler::GetUnverifiedCount() const
{
    return m_unverified;
}

uint64_t
Hmipv6OptionHandler::GetReceivedCount() const
{
    return m_received;
}

uint64_t
Hmipv6OptionHandler::GetDroppedCount() const
{
    return m_dropped;
}

} // namespace ns3
