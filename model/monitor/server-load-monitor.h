// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_SERVER_LOAD_MONITOR_H
#define HMIPV6_SERVER_LOAD_MONITOR_H

#include "ns3/event-id.h"
#include "ns3/mobility-server.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/output-stream-wrapper.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief The load of Mobility Servers over a run: bindings, signalling messages and
 *        packets tunnelled, sampled every "Interval" from the servers' counters.
 *
 * Signalling messages are the draft's messages the server received (Registration
 * Requests, Updates, Refreshes, Handoff Requests) plus those it sent (Binding
 * Acknowledgements, Handoff Requests, Mobility Information). Each sample can be written
 * to a stream as it is taken (EnableSamples); WriteCsv writes one line per server for
 * the whole run, from the first sample to the last.
 */
class ServerLoadMonitor : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    ServerLoadMonitor();

    /// The header of WriteCsv.
    static const char* const CSV_HEADER;
    /// The header of the samples' stream.
    static const char* const SAMPLES_HEADER;

    /**
     * \brief Watch a server from now on (a sample is taken at once, then every
     *        "Interval").
     * \param server the server
     * \param name how the CSV names it (e.g. its node's name)
     */
    void Watch(Ptr<MobilityServer> server, const std::string& name);

    /**
     * \brief Write every sample as it is taken: time_s, ms, bindings, signalling and
     *        tunnelled (both counted since the previous sample).
     * \param stream the stream
     * \param header whether to write the header line first
     */
    void EnableSamples(Ptr<OutputStreamWrapper> stream, bool header = true);

    /**
     * \brief Write the header and one line per server: its name, the bindings at the last
     *        sample and their peak, and the signalling and tunnelled packets since the
     *        first sample, in all and per second.
     * \param os the stream
     */
    void WriteCsv(std::ostream& os) const;

    /**
     * \brief Take a sample of every server now (also the last one, before WriteCsv).
     */
    void Sample();

  protected:
    void DoDispose() override;

  private:
    /// One server watched.
    struct Watched
    {
        Ptr<MobilityServer> server; //!< the server
        std::string name;           //!< its name
        Time first;                 //!< its first sample
        Time last;                  //!< its last sample
        uint64_t firstSignalling;   //!< signalling count at the first sample
        uint64_t firstTunnelled;    //!< tunnelled count at the first sample
        uint64_t signalling;        //!< at the last sample
        uint64_t tunnelled;         //!< at the last sample
        uint32_t bindings;          //!< at the last sample
        uint32_t peakBindings;      //!< the most at a sample
    };

    /**
     * \brief A server's signalling counter.
     * \param server the server
     * \return messages received and sent
     */
    static uint64_t Signalling(Ptr<const MobilityServer> server);

    /// Sample, then schedule the next one.
    void Tick();

    std::vector<Watched> m_servers;     //!< the servers
    Time m_interval;                    //!< "Interval"
    EventId m_tick;                     //!< the next sample
    Ptr<OutputStreamWrapper> m_samples; //!< EnableSamples
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_SERVER_LOAD_MONITOR_H */
