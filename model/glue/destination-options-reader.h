// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_DESTINATION_OPTIONS_READER_H
#define HMIPV6_DESTINATION_OPTIONS_READER_H

#include "ns3/ipv6-header.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/wire-error.h"

#include <cstdint>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Find a draft message (a whole Destination Options header) in a received payload.
 *
 * The draft's messages other than the RA option are Destination Options headers
 * (MobilityInfoHeader, the RegistrationHeaderBase family). An option handler's "Rx" trace
 * gives the IPv6 payload as received, starting with the first extension header; this walks
 * the extension-header chain from there and deserializes each Destination Options header
 * into \p message until one parses without error.
 *
 * \tparam H a header class with Deserialize and GetError (its option type already set)
 * \param payload the IPv6 payload (extension headers first)
 * \param firstNextHeader the IPv6 header's Next Header field
 * \param message filled with the message found
 * \param raw if not null, filled with the octets of the header found (to check its
 *        authenticator)
 * \return whether a well-formed message was found
 */
template <class H>
bool
ReadDestinationOptionsMessage(Ptr<const Packet> payload,
                              uint8_t firstNextHeader,
                              H& message,
                              std::vector<uint8_t>* raw = nullptr)
{
    std::vector<uint8_t> octets(payload->GetSize());
    payload->CopyData(octets.data(), octets.size());
    uint8_t nextHeader = firstNextHeader;
    uint32_t position = 0;
    while (position + 2 <= octets.size())
    {
        uint32_t length = 0;
        switch (nextHeader)
        {
        case Ipv6Header::IPV6_EXT_HOP_BY_HOP:
        case Ipv6Header::IPV6_EXT_ROUTING:
        case Ipv6Header::IPV6_EXT_DESTINATION:
            length = (static_cast<uint32_t>(octets[position + 1]) + 1) * 8;
            break;
        case Ipv6Header::IPV6_EXT_FRAGMENTATION:
            length = 8;
            break;
        default:
            return false; // an upper layer: no more extension headers
        }
        if (position + length > octets.size())
        {
            return false;
        }
        if (nextHeader == Ipv6Header::IPV6_EXT_DESTINATION)
        {
            Ptr<Packet> header = Create<Packet>(&octets[position], length);
            H candidate = message;
            if (header->RemoveHeader(candidate) == length &&
                candidate.GetError() == hmipv6::WireError::NONE)
            {
                message = candidate;
                if (raw)
                {
                    raw->assign(octets.begin() + position, octets.begin() + position + length);
                }
                return true;
            }
        }
        nextHeader = octets[position];
        position += length;
    }
    return false;
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_DESTINATION_OPTIONS_READER_H */
