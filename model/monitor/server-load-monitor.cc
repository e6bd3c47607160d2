// SPDX-License-Identifier: GPL-2.0-only
#include "server-load-monitor.h"

#include "ns3/log.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <iomanip>

namespace ns3
{
namespace hmipv6
{

NS_LOG_COMPONENT_DEFINE("ServerLoadMonitor");

NS_OBJECT_ENSURE_REGISTERED(ServerLoadMonitor);

const char* const ServerLoadMonitor::CSV_HEADER =
    "ms,bindings,peak_bindings,signalling_msgs,signalling_per_s,tunnelled_packets,"
    "tunnelled_per_s,seconds";

const char* const ServerLoadMonitor::SAMPLES_HEADER = "time_s,ms,bindings,signalling,tunnelled";

TypeId
ServerLoadMonitor::GetTypeId()
{
    static TypeId tid = TypeId("ns3::hmipv6::ServerLoadMonitor")
                            .SetParent<Object>()
                            .SetGroupName("Hmipv6")
                            .AddConstructor<ServerLoadMonitor>()
                            .AddAttribute("Interval",
                                          "Time between two samples",
                                          TimeValue(Seconds(1)),
                                          MakeTimeAccessor(&ServerLoadMonitor::m_interval),
                                          MakeTimeChecker(MilliSeconds(1)));
    return tid;
}

ServerLoadMonitor::ServerLoadMonitor()
{
}

void
ServerLoadMonitor::DoDispose()
{
    m_tick.Cancel();
    m_servers.clear();
    m_samples = nullptr;
    Object::DoDispose();
}

uint64_t
ServerLoadMonitor::Signalling(Ptr<const MobilityServer> server)
{
    return server->GetRequestsReceived() + server->GetUpdatesReceived() +
           server->GetRefreshesReceived() + server->GetHandoffRequestsReceived() +
           server->GetAcksSent() + server->GetHandoffRequestsSent() + server->GetMobilityInfoSent();
}

void
ServerLoadMonitor::Watch(Ptr<MobilityServer> server, const std::string& name)
{
    NS_LOG_FUNCTION(this << server << name);
    Watched w;
    w.server = server;
    w.name = name;
    w.first = w.last = Simulator::Now();
    w.firstSignalling = w.signalling = Signalling(server);
    w.firstTunnelled = w.tunnelled = server->GetPacketsTunnelled();
    w.bindings = w.peakBindings = server->GetNBindings();
    m_servers.push_back(w);
    if (!m_tick.IsRunning())
    {
        m_tick = Simulator::Schedule(m_interval, &ServerLoadMonitor::Tick, this);
    }
}

void
ServerLoadMonitor::EnableSamples(Ptr<OutputStreamWrapper> stream, bool header)
{
    m_samples = stream;
    if (m_samples && header)
    {
        *m_samples->GetStream() << SAMPLES_HEADER << '\n';
    }
}

void
ServerLoadMonitor::Tick()
{
    Sample();
    m_tick = Simulator::Schedule(m_interval, &ServerLoadMonitor::Tick, this);
}

void
ServerLoadMonitor::Sample()
{
    for (Watched& w : m_servers)
    {
        uint64_t signalling = Signalling(w.server);
        uint64_t tunnelled = w.server->GetPacketsTunnelled();
        w.bindings = w.server->GetNBindings();
        w.peakBindings = std::max(w.peakBindings, w.bindings);
        if (m_samples)
        {
            *m_samples->GetStream()
                << std::fixed << std::setprecision(3) << Simulator::Now().GetSeconds() << ','
                << w.name << ',' << w.bindings << ',' << signalling - w.signalling << ','
                << tunnelled - w.tunnelled << '\n';
        }
        w.signalling = signalling;
        w.tunnelled = tunnelled;
        w.last = Simulator::Now();
    }
}

void
ServerLoadMonitor::WriteCsv(std::ostream& os) const
{
    os << CSV_HEADER << '\n';
    for (const Watched& w : m_servers)
    {
        double seconds = (w.last - w.first).GetSeconds();
        uint64_t signalling = w.signalling - w.firstSignalling;
        uint64_t tunnelled = w.tunnelled - w.firstTunnelled;
        os << w.name << ',' << w.bindings << ',' << w.peakBindings << ',' << signalling << ','
           << std::fixed << std::setprecision(3) << (seconds > 0 ? signalling / seconds : 0) << ','
           << tunnelled << ',' << (seconds > 0 ? tunnelled / seconds : 0) << ',' << seconds << '\n';
        os.unsetf(std::ios::floatfield);
    }
}

} // namespace hmipv6
} // namespace ns3
