// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_DROP_REASON_H
#define HMIPV6_DROP_REASON_H

#include <array>
#include <cstdint>
#include <ostream>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Why a role dropped a message (the first argument of its "Drop" trace; the text
 *        that follows says which message and what was wrong with it).
 */
enum class DropReason : uint8_t
{
    MALFORMED,         //!< does not parse, or fails a validity check (length, checksum, ...)
    MISADDRESSED,      //!< not for this node or role (wrong sender, destination, routing)
    INVALID_ADDRESS,   //!< carries an address the binding rules refuse
    UNEXPECTED,        //!< matches no outstanding exchange or binding
    UNAUTHENTICATED,   //!< carries no authentication, or comes from an untrusted sender
    STALE,             //!< sequence number not newer, or an expired nonce
    NOT_SUPPORTED,     //!< asks for a function this node has off
    NO_ROUTE,          //!< could not be sent
    DAD_FAILED,        //!< an address the node formed is a duplicate
    UNKNOWN_SPI,       //!< authenticated with an SPI of no association with the sender
    BAD_AUTHENTICATOR, //!< the authenticator does not verify
    REPLAYED,          //!< authentic, but a replay (timestamp not newer or out of window)
    TABLE_FULL,        //!< would create state beyond a configured limit
    COUNT,             //!< the number of reasons (not a reason)
};

/**
 * \param reason a reason
 * \return its name ("MALFORMED", ...)
 */
const char* DropReasonName(DropReason reason);

/**
 * \param os a stream
 * \param reason a reason
 * \return the stream, with the reason's name
 */
std::ostream& operator<<(std::ostream& os, DropReason reason);

/// Drops counted by reason.
class DropCounts
{
  public:
    /**
     * \param reason count one drop for it
     */
    void Count(DropReason reason);
    /**
     * \param reason a reason
     * \return the drops for it
     */
    uint64_t Get(DropReason reason) const;
    /**
     * \return every drop
     */
    uint64_t Total() const;

  private:
    std::array<uint64_t, static_cast<size_t>(DropReason::COUNT)> m_counts{}; //!< by reason
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_DROP_REASON_H */
