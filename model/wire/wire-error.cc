// SPDX-License-Identifier: GPL-2.0-only
#include "wire-error.h"

namespace ns3
{
namespace hmipv6
{

std::string
WireErrorToString(WireError error)
{
    switch (error)
    {
    case WireError::NONE:
        return "NONE";
    case WireError::TRUNCATED:
        return "TRUNCATED";
    case WireError::LENGTH_MISMATCH:
        return "LENGTH_MISMATCH";
    case WireError::BAD_FIXED_LENGTH:
        return "BAD_FIXED_LENGTH";
    case WireError::BAD_TYPE:
        return "BAD_TYPE";
    case WireError::BAD_PREFIX_LENGTH:
        return "BAD_PREFIX_LENGTH";
    case WireError::UNKNOWN_SUB_OPTION:
        return "UNKNOWN_SUB_OPTION";
    case WireError::UNKNOWN_OPTION:
        return "UNKNOWN_OPTION";
    case WireError::DUPLICATE_OPTION:
        return "DUPLICATE_OPTION";
    case WireError::MISSING_OPTION:
        return "MISSING_OPTION";
    case WireError::BAD_VALUE:
        return "BAD_VALUE";
    }
    return "UNKNOWN";
}

std::ostream&
operator<<(std::ostream& os, WireError error)
{
    return os << WireErrorToString(error);
}

} // namespace hmipv6
} // namespace ns3
