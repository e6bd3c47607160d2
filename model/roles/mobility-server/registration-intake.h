// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_REGISTRATION_INTAKE_H
#define HMIPV6_REGISTRATION_INTAKE_H

#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/registration-refresh-header.h"
#include "ns3/registration-request-header.h"
#include "ns3/registration-update-header.h"

#include <cstdint>
#include <functional>
#include <string>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief A Mobility Server's side of the host's registration messages
 *        (draft-castelluccia-mobileip-hmipv6-00 4.3.2 to 4.3.4): reads a Registration
 *        Request, Update or Refresh and checks what can be checked without the binding
 *        cache, and sends the Binding Acknowledgements that answer them.
 *
 * What the message asks of the bindings is the MobilityServer's (with its
 * hmipv6::Registrar).
 */
class RegistrationIntake
{
  public:
    /// Which registration message.
    enum Kind
    {
        REQUEST, //!< Registration Request
        UPDATE,  //!< Registration Update
        REFRESH, //!< Registration Refresh
    };

    /// A message read: the header of its kind and the common view of it.
    struct Message
    {
        Message() = default;
        Message(const Message&) = delete;            //!< `message` points into this
        Message& operator=(const Message&) = delete; //!< `message` points into this

        Kind kind{REQUEST};                             //!< which message
        RegistrationRequestHeader request;              //!< set for a REQUEST
        RegistrationUpdateHeader update;                //!< set for an UPDATE
        RegistrationRefreshHeader refresh;              //!< set for a REFRESH
        const RegistrationHeaderBase* message{nullptr}; //!< the one of `kind`
        Ipv6Address previousMs;                         //!< a Request's previous MS, or ::
    };

    /// What the intake needs of the MS.
    struct Hooks
    {
        std::function<Ipv6Address()> self;   //!< MS address
        std::function<Ipv6Address()> domain; //!< the Mobility Network prefix (names the keys)
        std::function<void(Ptr<const Packet>, DropReason, const std::string&)> drop; //!< a drop
        /// a well-formed message arrived (the message, its source)
        std::function<void(const RegistrationHeaderBase&, Ipv6Address)> received;
        /// an acknowledgement was sent (home, destination, status, sequence, lifetime)
        std::function<void(Ipv6Address, Ipv6Address, uint8_t, uint16_t, Time)> acked;
    };

    /**
     * \brief Configure.
     * \param node the node
     * \param types the option types of the Request, Update and Refresh (in Kind order)
     * \param hooks the MS
     */
    void Setup(Ptr<Node> node, const uint8_t (&types)[3], Hooks hooks);
    /// Forget the node.
    void Dispose();

    /**
     * \brief Read a registration message, check its addresses (draft 4.3.2: the LCoA is
     *        the source; RFC 6275 9.5.1's address rules) and its authentication (draft
     *        5.2.1, when the node's key chain requires it); count and trace a drop. A
     *        message that fails is not answered: an answer would tell an unauthenticated
     *        sender the host's sequence number.
     * \param kind which message the option type stands for
     * \param payload the IPv6 payload (extension headers first)
     * \param header the IPv6 header
     * \param out filled with the message
     * \return whether the message is to be processed
     */
    bool Read(Kind kind, Ptr<const Packet> payload, const Ipv6Header& header, Message& out);

    /**
     * \brief Build and send a Binding Acknowledgement (draft 4.3.2: "the same format than
     *        MIP acknowledgment packets"), authenticated with the host's key (RFC 4285's
     *        option) when the key chain requires it.
     * \param home the home address (traces)
     * \param destination the IPv6 destination (the message's source, the LCoA)
     * \param status the Status
     * \param sequence the Sequence Number
     * \param lifetime the Lifetime
     */
    void SendAck(Ipv6Address home,
                 Ipv6Address destination,
                 uint8_t status,
                 uint16_t sequence,
                 Time lifetime);

    /**
     * \param kind which message
     * \return its name, e.g. "Registration Request"
     */
    static const char* GetName(Kind kind);
    /**
     * \param kind which message
     * \return messages of that kind read (well-formed)
     */
    uint64_t GetReceived(Kind kind) const;
    /**
     * \return acknowledgements sent
     */
    uint64_t GetAcksSent() const;

  private:
    Ptr<Node> m_node;         //!< the node
    uint8_t m_types[3]{};     //!< option types, in Kind order
    Hooks m_hooks;            //!< the MS
    uint64_t m_received[3]{}; //!< well-formed messages, in Kind order
    uint64_t m_acksSent{0};   //!< acknowledgements sent
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_REGISTRATION_INTAKE_H */
