// SPDX-License-Identifier: GPL-2.0-only
#include "internet-checksum.h"

#include "ns3/packet.h"

#include <algorithm>
#include <vector>

namespace ns3
{
namespace hmipv6
{

uint16_t
UpperLayerChecksum(Ipv6Address src,
                   Ipv6Address dst,
                   uint8_t nextHeader,
                   Buffer::Iterator message,
                   uint32_t length)
{
    Buffer pseudo;
    pseudo.AddAtStart(40);
    Buffer::Iterator p = pseudo.Begin();
    uint8_t address[16];
    src.Serialize(address);
    p.Write(address, 16);
    dst.Serialize(address);
    p.Write(address, 16);
    p.WriteHtonU32(length);
    p.WriteU8(0, 3);
    p.WriteU8(nextHeader);
    p = pseudo.Begin();
    // CalculateIpChecksum returns the complement of the folded sum and takes a 16-bit
    // length: chain it over even-sized chunks, passing the sum so far each time.
    uint16_t sum = ~p.CalculateIpChecksum(40);
    const uint32_t chunk = 0xfffe;
    while (length > chunk)
    {
        sum = ~message.CalculateIpChecksum(chunk, sum);
        length -= chunk;
    }
    uint16_t checksum = message.CalculateIpChecksum(static_cast<uint16_t>(length), sum);
    // ns-3 sums little-endian words; swap to the value whose high octet goes first.
    return static_cast<uint16_t>((checksum >> 8) | (checksum << 8));
}

uint16_t
UpperLayerChecksum(Ipv6Address src,
                   Ipv6Address dst,
                   uint8_t nextHeader,
                   const uint8_t* message,
                   uint32_t length)
{
    Buffer buffer;
    buffer.AddAtStart(length);
    buffer.Begin().Write(message, length);
    return UpperLayerChecksum(src, dst, nextHeader, buffer.Begin(), length);
}

uint16_t
UpperLayerChecksum(Ipv6Address src, Ipv6Address dst, uint8_t nextHeader, Ptr<const Packet> message)
{
    std::vector<uint8_t> octets(message->GetSize());
    message->CopyData(octets.data(), octets.size());
    return UpperLayerChecksum(src, dst, nextHeader, octets.data(), octets.size());
}

} // namespace hmipv6
} // namespace ns3
