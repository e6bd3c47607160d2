// SPDX-License-Identifier: GPL-2.0-only
#include "registration-policy.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

Time
GrantLifetime(Time requested, Time max)
{
    if (!requested.IsStrictlyPositive())
    {
        return Seconds(0);
    }
    Time granted = std::min(requested, max);
    int64_t units = granted.GetSeconds() / LIFETIME_UNIT_S;
    units = std::clamp<int64_t>(units, 1, MAX_LIFETIME_UNITS);
    return Seconds(static_cast<double>(units * LIFETIME_UNIT_S));
}

bool
IsBindableUnicast(Ipv6Address address)
{
    return !address.IsMulticast() && !address.IsLinkLocal() && !address.IsLocalhost() &&
           !address.IsAny();
}

} // namespace hmipv6
} // namespace ns3
