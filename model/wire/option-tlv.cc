// SPDX-License-Identifier: GPL-2.0-only
#include "option-tlv.h"

#include "ns3/assert.h"

namespace ns3
{
namespace hmipv6
{

uint32_t
OptionTlv::PaddingFor(uint32_t position, uint8_t factor, uint8_t offset)
{
    NS_ASSERT(factor > 0 && offset < factor);
    return (factor + offset - position % factor) % factor;
}

void
OptionTlv::WritePadding(Buffer::Iterator& i, uint32_t n)
{
    if (n == 0)
    {
        return;
    }
    if (n == 1)
    {
        i.WriteU8(PAD1);
        return;
    }
    NS_ASSERT(n - 2 <= 255);
    i.WriteU8(PADN);
    i.WriteU8(static_cast<uint8_t>(n - 2));
    i.WriteU8(0, n - 2);
}

WireError
OptionTlv::Walk(Buffer::Iterator start, uint32_t length, const Visitor& visitor)
{
    return WalkWithOffsets(
        start,
        length,
        [&visitor](uint8_t type, uint8_t optionLength, Buffer::Iterator data, uint32_t) {
            return visitor(type, optionLength, data);
        });
}

WireError
OptionTlv::WalkWithOffsets(Buffer::Iterator start, uint32_t length, const OffsetVisitor& visitor)
{
    if (start.GetRemainingSize() < length)
    {
        return WireError::TRUNCATED;
    }
    Buffer::Iterator i = start;
    uint32_t left = length;
    while (left > 0)
    {
        uint8_t type = i.ReadU8();
        --left;
        if (type == PAD1)
        {
            continue;
        }
        if (left < 1)
        {
            return WireError::TRUNCATED;
        }
        uint8_t optionLength = i.ReadU8();
        --left;
        if (optionLength > left)
        {
            return WireError::TRUNCATED;
        }
        if (type != PADN)
        {
            // Copy the data into a buffer of its own so the visitor's iterator ends
            // exactly where the option does.
            Buffer data;
            data.AddAtStart(optionLength);
            Buffer::Iterator end = i;
            end.Next(optionLength);
            data.Begin().Write(i, end);
            WireError error = visitor(type, optionLength, data.Begin(), length - left);
            if (error != WireError::NONE)
            {
                return error;
            }
        }
        i.Next(optionLength);
        left -= optionLength;
    }
    return WireError::NONE;
}

} // namespace hmipv6
} // namespace ns3
