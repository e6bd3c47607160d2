// SPDX-License-Identifier: GPL-2.0-only
#include "auth-sub-options.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

void
AuthSubOption::Write(Buffer::Iterator& i, uint8_t type) const
{
    i.WriteU8(type);
    i.WriteU8(LENGTH);
    i.WriteU8(0, 2);
    i.WriteHtonU32(spi);
    i.Write(authenticator.data(), AUTHENTICATOR_LENGTH);
}

WireError
AuthSubOption::Read(Buffer::Iterator data, uint8_t length)
{
    if (length != LENGTH)
    {
        return WireError::BAD_FIXED_LENGTH;
    }
    data.Next(2); // reserved
    spi = data.ReadNtohU32();
    data.Read(authenticator.data(), AUTHENTICATOR_LENGTH);
    return WireError::NONE;
}

uint64_t
TimestampSubOption::FromTime(Time time)
{
    int64_t ns = std::max<int64_t>(time.GetNanoSeconds(), 0);
    uint64_t seconds = static_cast<uint64_t>(ns) / 1000000000u;
    uint64_t fraction = ((static_cast<uint64_t>(ns) % 1000000000u) << 32) / 1000000000u;
    return (seconds << 32) | fraction;
}

Time
TimestampSubOption::ToTime(uint64_t timestamp)
{
    uint64_t seconds = timestamp >> 32;
    uint64_t fraction = timestamp & 0xffffffffu;
    return NanoSeconds(
        static_cast<int64_t>(seconds * 1000000000u + ((fraction * 1000000000u) >> 32)));
}

void
TimestampSubOption::Write(Buffer::Iterator& i, uint8_t type) const
{
    i.WriteU8(type);
    i.WriteU8(LENGTH);
    i.WriteU8(0, 2);
    i.WriteHtonU64(timestamp);
}

WireError
TimestampSubOption::Read(Buffer::Iterator data, uint8_t length)
{
    if (length != LENGTH)
    {
        return WireError::BAD_FIXED_LENGTH;
    }
    data.Next(2); // reserved
    timestamp = data.ReadNtohU64();
    return WireError::NONE;
}

} // namespace hmipv6
} // namespace ns3
