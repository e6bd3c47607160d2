// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_DAD_WATCH_H
#define HMIPV6_DAD_WATCH_H

#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/node.h"
#include "ns3/ptr.h"

#include <cstdint>

namespace ns3
{

class Icmpv6L4Protocol;

namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief Tells when ns-3's Duplicate Address Detection of one address ends.
 *
 * From ns-3.43 Icmpv6L4Protocol has "DadSuccess" and "DadFailure" trace sources: the
 * watch listens to them, and answers in the same instant, once ns-3 has set the
 * address's state (the traces fire just before). Earlier releases have neither: the
 * watch looks at the address's state when the DAD timeout has passed, then every
 * millisecond until ns-3's own timer has fired. Which one a run uses is found at run
 * time (IsTraced), so the module builds alike against every release.
 *
 * On every release the watch gives up twice the DAD timeout after Start: ns-3's DAD
 * ends one timeout after its probe, which leaves within a few milliseconds (its
 * solicitation jitter), so an address still without a result is in a state that no
 * DAD will leave (e.g. DEPRECATED, its preferred lifetime over, RFC 4862 5.5.4) and
 * would otherwise be polled for ever. It is reported not usable, as a duplicate is.
 */
class DadWatch
{
  public:
    /**
     * \brief How DAD ended: the address, and whether it is now usable (PREFERRED) or
     *        not (INVALID: a duplicate was found).
     */
    typedef Callback<void, Ipv6Address, bool> DoneCallback;

    DadWatch();
    ~DadWatch();

    DadWatch(const DadWatch&) = delete;
    DadWatch& operator=(const DadWatch&) = delete;

    /**
     * \brief Watch the DAD of an address that ns-3 has just started (any earlier
     *        watch is cancelled).
     * \param node the node
     * \param interface the interface that holds the address
     * \param address the tentative address
     * \param done called once when DAD ends, or with false when the watch gives up
     *        (twice the DAD timeout); not called if the address disappears
     */
    void Start(Ptr<Node> node, uint32_t interface, Ipv6Address address, DoneCallback done);

    /// Stop watching; done is not called.
    void Cancel();

    /**
     * \brief Whether a watch is running.
     * \return true between Start and done (or Cancel)
     */
    bool IsRunning() const;

    /**
     * \brief Whether this ns-3 release traces DAD results (3.43 on).
     * \return true if Icmpv6L4Protocol has a "DadSuccess" trace source
     */
    static bool IsTraced();

  private:
    /**
     * \brief ns-3 traced "DadSuccess".
     * \param address the address
     */
    void Succeeded(const Ipv6Address& address);
    /**
     * \brief ns-3 traced "DadFailure".
     * \param address the address
     */
    void Failed(const Ipv6Address& address);
    /**
     * \brief A DAD result traced by ns-3.
     * \param address the address
     * \param success DadSuccess or DadFailure
     */
    void Traced(const Ipv6Address& address, bool success);
    /// Look at the address's state (releases without the traces).
    void Poll();
    /// No result in time: end the watch, the address is not usable.
    void GiveUp();
    /**
     * \brief End the watch and call done.
     * \param success the result
     */
    void Finish(bool success);
    /// Disconnect from the traces.
    void Disconnect();

    Ptr<Node> m_node;               //!< the node watched
    Ptr<Icmpv6L4Protocol> m_icmpv6; //!< set while connected to its traces
    uint32_t m_interface;           //!< the interface of the address
    Ipv6Address m_address;          //!< the address
    DoneCallback m_done;            //!< null when no watch runs
    EventId m_event;                //!< the next poll, or the answer
    EventId m_deadline;             //!< when the watch gives up
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_DAD_WATCH_H */
