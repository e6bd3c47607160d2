// SPDX-License-Identifier: GPL-2.0-only
#include "drop-reason.h"

#include <numeric>

namespace ns3
{
namespace hmipv6
{

const char*
DropReasonName(DropReason reason)
{
    switch (reason)
    {
    case DropReason::MALFORMED:
        return "MALFORMED";
    case DropReason::MISADDRESSED:
        return "MISADDRESSED";
    case DropReason::INVALID_ADDRESS:
        return "INVALID_ADDRESS";
    case DropReason::UNEXPECTED:
        return "UNEXPECTED";
    case DropReason::UNAUTHENTICATED:
        return "UNAUTHENTICATED";
    case DropReason::STALE:
        return "STALE";
    case DropReason::NOT_SUPPORTED:
        return "NOT_SUPPORTED";
    case DropReason::NO_ROUTE:
        return "NO_ROUTE";
    case DropReason::DAD_FAILED:
        return "DAD_FAILED";
    case DropReason::UNKNOWN_SPI:
        return "UNKNOWN_SPI";
    case DropReason::BAD_AUTHENTICATOR:
        return "BAD_AUTHENTICATOR";
    case DropReason::REPLAYED:
        return "REPLAYED";
    case DropReason::TABLE_FULL:
        return "TABLE_FULL";
    default:
        return "?";
    }
}

std::ostream&
operator<<(std::ostream& os, DropReason reason)
{
    return os << DropReasonName(reason);
}

void
DropCounts::Count(DropReason reason)
{
    if (reason < DropReason::COUNT)
    {
        ++m_counts[static_cast<size_t>(reason)];
    }
}

uint64_t
DropCounts::Get(DropReason reason) const
{
    return reason < DropReason::COUNT ? m_counts[static_cast<size_t>(reason)] : 0;
}

uint64_t
DropCounts::Total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), uint64_t(0));
}

} // namespace hmipv6
} // namespace ns3
