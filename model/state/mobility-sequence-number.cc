// SPDX-License-Identifier: GPL-2.0-only
#include "mobility-sequence-number.h"

namespace ns3
{
namespace hmipv6
{

bool
MobilitySequenceNumber::IsNewer(uint16_t received, uint16_t last)
{
    uint16_t ahead = static_cast<uint16_t>(received - last);
    return ahead >= 1 && ahead <= 32767;
}

bool
MobilitySequenceNumber::IsSameOrNewer(uint16_t received, uint16_t last)
{
    return received == last || IsNewer(received, last);
}

uint16_t
MobilitySequenceNumber::Next(uint16_t current)
{
    return static_cast<uint16_t>(current + 1);
}

} // namespace hmipv6
} // namespace ns3
