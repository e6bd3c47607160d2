// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_OPTION_TLV_H
#define HMIPV6_OPTION_TLV_H

#include "wire-error.h"

#include "ns3/buffer.h"

#include <cstdint>
#include <functional>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Type-length-value helpers shared by IPv6 destination options (RFC 8200 4.2)
 * and mobility options (RFC 6275 6.2).
 *
 * Both formats use the same Pad1 (0) and PadN (1) options and the same one-octet
 * type and length fields, so one walker serves every option area of the module.
 */
class OptionTlv
{
  public:
    static constexpr uint8_t PAD1 = 0; //!< Pad1 option type
    static constexpr uint8_t PADN = 1; //!< PadN option type

    /**
     * \brief Padding needed before an option that must start at factor*n + offset.
     * \param position where the option would start, counted from the start of the
     *        enclosing header
     * \param factor the alignment factor (1, 2, 4 or 8)
     * \param offset the alignment offset (below factor)
     * \return the number of padding octets (0 to factor-1)
     */
    static uint32_t PaddingFor(uint32_t position, uint8_t factor, uint8_t offset);

    /**
     * \brief Write n octets of padding: one Pad1, or one PadN whose data are zeros.
     * \param i where to write; advanced by n
     * \param n number of octets (0 writes nothing)
     */
    static void WritePadding(Buffer::Iterator& i, uint32_t n);

    /**
     * \brief Called for every option that is not padding.
     *
     * The iterator covers the option data only: its GetRemainingSize() is the option's
     * length field, so a visitor that checks it cannot read past the option.
     * Return WireError::NONE to go on, anything else to stop the walk with that error.
     */
    using Visitor = std::function<WireError(uint8_t type, uint8_t length, Buffer::Iterator data)>;

    /**
     * \brief Walk the options in the next `length` octets of `start`.
     * \param start the first octet of the option area
     * \param length the size of the option area
     * \param visitor called for each non-padding option
     * \return NONE, TRUNCATED if the area is shorter than `length` or an option runs past
     *         its end, or the visitor's error
     */
    static WireError Walk(Buffer::Iterator start, uint32_t length, const Visitor& visitor);

    /// A Visitor that is also told where the option data start, from the area's start.
    using OffsetVisitor = std::function<
        WireError(uint8_t type, uint8_t length, Buffer::Iterator data, uint32_t offset)>;

    /**
     * \brief Walk as Walk() does, telling the visitor where each option's data start
     *        (to find an authenticator in the octets as received).
     * \param start the first octet of the option area
     * \param length the size of the option area
     * \param visitor called for each non-padding option
     * \return as Walk()
     */
    static WireError WalkWithOffsets(Buffer::Iterator start,
                                     uint32_t length,
                                     const OffsetVisitor& visitor);
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_OPTION_TLV_H */
