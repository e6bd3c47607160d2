// SPDX-License-Identifier: GPL-2.0-only
#include "auth-sub-options.h"

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
