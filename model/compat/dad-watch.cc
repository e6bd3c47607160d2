// SPDX-License-Identifier: GPL-2.0-only
#include "dad-watch.h"

#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Hmipv6DadWatch");

namespace hmipv6
{

DadWatch::DadWatch()
    : m_interface(0)
{
}

DadWatch::~DadWatch()
{
    Cancel();
}

bool
DadWatch::IsTraced()
{
    return Icmpv6L4Protocol::GetTypeId().LookupTraceSourceByName("DadSuccess") != nullptr;
}

void
DadWatch::Start(Ptr<Node> node, uint32_t interface, Ipv6Address address, DoneCallback done)
{
    NS_LOG_FUNCTION(this << node << interface << address);
    Cancel();
    m_node = node;
    m_interface = interface;
    m_address = address;
    m_done = done;
    Ptr<Icmpv6L4Protocol> icmpv6 = node->GetObject<Icmpv6L4Protocol>();
    m_deadline = Simulator::Schedule(2 * icmpv6->GetDadTimeout(), &DadWatch::GiveUp, this);
    if (IsTraced())
    {
        m_icmpv6 = icmpv6;
        m_icmpv6->TraceConnectWithoutContext("DadSuccess",
                                             MakeCallback(&DadWatch::Succeeded, this));
        m_icmpv6->TraceConnectWithoutContext("DadFailure", MakeCallback(&DadWatch::Failed, this));
    }
    else
    {
        m_event = Simulator::Schedule(icmpv6->GetDadTimeout(), &DadWatch::Poll, this);
    }
}

void
DadWatch::Cancel()
{
    Disconnect();
    m_event.Cancel();
    m_deadline.Cancel();
    m_done = DoneCallback();
    m_node = nullptr;
}

bool
DadWatch::IsRunning() const
{
    return !m_done.IsNull();
}

void
DadWatch::Disconnect()
{
    if (m_icmpv6)
    {
        m_icmpv6->TraceDisconnectWithoutContext("DadSuccess",
                                                MakeCallback(&DadWatch::Succeeded, this));
        m_icmpv6->TraceDisconnectWithoutContext("DadFailure",
                                                MakeCallback(&DadWatch::Failed, this));
        m_icmpv6 = nullptr;
    }
}

void
DadWatch::Succeeded(const Ipv6Address& address)
{
    Traced(address, true);
}

void
DadWatch::Failed(const Ipv6Address& address)
{
    Traced(address, false);
}

void
DadWatch::Traced(const Ipv6Address& address, bool success)
{
    if (address != m_address || m_event.IsRunning())
    {
        return;
    }
    NS_LOG_LOGIC(address << (success ? " passed" : " failed") << " DAD");
    // The trace fires just before ns-3 sets the address's state: answer after it.
    m_event = Simulator::ScheduleNow(&DadWatch::Finish, this, success);
}

void
DadWatch::Poll()
{
    Ptr<Ipv6Interface> iface = m_node->GetObject<Ipv6L3Protocol>()->GetInterface(m_interface);
    for (uint32_t i = 0; i < iface->GetNAddresses(); ++i)
    {
        Ipv6InterfaceAddress address = iface->GetAddress(i);
        if (address.GetAddress() != m_address)
        {
            continue;
        }
        if (address.GetState() == Ipv6InterfaceAddress::PREFERRED)
        {
            Finish(true);
        }
        else if (address.GetState() == Ipv6InterfaceAddress::INVALID)
        {
            Finish(false);
        }
        else
        {
            // ns-3's own timer (DAD timeout after the jittered first probe) is still due.
            m_event = Simulator::Schedule(MilliSeconds(1), &DadWatch::Poll, this);
        }
        return;
    }
    NS_LOG_LOGIC(m_address << " is gone: no DAD result");
    Cancel();
}

void
DadWatch::GiveUp()
{
    NS_LOG_LOGIC(m_address << ": no DAD result after twice the DAD timeout, not usable");
    Finish(false);
}

void
DadWatch::Finish(bool success)
{
    DoneCallback done = m_done;
    Ipv6Address address = m_address;
    Cancel();
    done(address, success);
}

} // namespace hmipv6
} // namespace ns3
