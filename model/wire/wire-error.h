// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_WIRE_ERROR_H
#define HMIPV6_WIRE_ERROR_H

#include <cstdint>
#include <ostream>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Why a wire parser rejected its input.
 *
 * Every header of this module reports a failed Deserialize by returning 0 and keeping
 * the reason, so that the node that received the packet can count and trace the drop.
 */
enum class WireError : uint8_t
{
    NONE = 0,           //!< parsed successfully
    TRUNCATED,          //!< the buffer ends before the message does
    LENGTH_MISMATCH,    //!< a length field disagrees with the data it describes
    BAD_FIXED_LENGTH,   //!< a field whose length is fixed by the format has another one
    BAD_TYPE,           //!< the message or option type is not the one expected
    BAD_PREFIX_LENGTH,  //!< a prefix length above 128
    UNKNOWN_SUB_OPTION, //!< a sub-option this message cannot carry
    UNKNOWN_OPTION,     //!< an option whose type says "do not skip" (RFC 8200 4.2)
    DUPLICATE_OPTION,   //!< an option that may appear once appears twice
    MISSING_OPTION,     //!< a mandatory option is absent
    BAD_VALUE,          //!< a field holds a value the format forbids
};

/**
 * \brief A short, stable name for a WireError (used in traces and logs).
 * \param error the error
 * \return its name, e.g. "TRUNCATED"
 */
std::string WireErrorToString(WireError error);

/**
 * \brief Print a WireError by name.
 * \param os the stream
 * \param error the error
 * \return the stream
 */
std::ostream& operator<<(std::ostream& os, WireError error);

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_WIRE_ERROR_H */
