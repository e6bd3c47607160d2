// SPDX-License-Identifier: GPL-2.0-only
#include "hmipv6-option-handler.h"

#include "received-home-address-tag.h"

#include "ns3/log.h"

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
                            "A truncated option of this type: the packet is marked dropped",
                            MakeTraceSourceAccessor(&Hmipv6OptionHandler::m_dropTrace),
                            "ns3::Hmipv6OptionHandler::DropCallback");
    return tid;
}

Hmipv6OptionHandler::Hmipv6OptionHandler()
    : m_optionNumber(0x1E),
      m_received(0),
      m_dropped(0)
{
    NS_LOG_FUNCTION(this);
}

Hmipv6OptionHandler::Hmipv6OptionHandler(uint8_t optionNumber)
    : m_optionNumber(optionNumber),
      m_received(0),
      m_dropped(0)
{
    NS_LOG_FUNCTION(this << +optionNumber);
}

Hmipv6OptionHandler::~Hmipv6OptionHandler()
{
    NS_LOG_FUNCTION(this);
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
        ReceivedHomeAddressTag tag;
        packet->RemovePacketTag(tag); // keep what a routing header recorded
        tag.SetHomeAddressOption(Ipv6Address::Deserialize(data.data()));
        packet->AddPacketTag(tag);
    }
    return static_cast<uint8_t>(size);
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
