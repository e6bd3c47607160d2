// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIPV6_DESTINATION_EXTENSION_H
#define HMIPV6_HMIPV6_DESTINATION_EXTENSION_H

#include "ns3/hmipv6-option-handler.h"
#include "ns3/ipv6-extension.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief ns-3's Destination Options processing, plus the stops that option handlers
 *        cannot make themselves.
 *
 * ns-3 3.37's Ipv6Extension::ProcessOptions lets an option mark a packet dropped but not
 * stop it, and gives options no way to stop a packet they consumed. Installed in place of
 * the node's Ipv6ExtensionDestination (Install), this class runs ns-3's processing and
 * then:
 * - a packet whose Home Address option handler re-injected a copy (VERDICT_REINJECTED):
 *   stopped silently (the copy carries it on);
 * - a packet the home address check refused (VERDICT_DISCARDED): stopped, dropped with
 *   DROP_UNKNOWN_OPTION;
 * - any other packet an option marked dropped without stopping it (a truncated option):
 *   stopped, dropped with DROP_MALFORMED_HEADER (instead of ns-3's uninitialized reason).
 * Hmipv6 correspondent nodes install it. Another ns-3 release may fix ProcessOptions; this
 * class then only adds the verdicts.
 */
class Hmipv6DestinationExtension : public Ipv6ExtensionDestination
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Hmipv6DestinationExtension();
    ~Hmipv6DestinationExtension() override;

    /**
     * \brief Put an Hmipv6DestinationExtension in place of the node's Destination
     *        Options processing, or find the one it has.
     * \param node a node with ns-3's IPv6 stack (null is returned otherwise)
     * \param homeAddressHandler the node's Home Address option handler (may be null)
     * \return the node's Hmipv6DestinationExtension
     */
    static Ptr<Hmipv6DestinationExtension> Install(Ptr<Node> node,
                                                   Ptr<Hmipv6OptionHandler> homeAddressHandler);

    /**
     * \brief Set the Home Address option handler whose verdicts this class applies.
     * \param handler the handler (null: none)
     */
    void SetHomeAddressHandler(Ptr<Hmipv6OptionHandler> handler);

    /**
     * \brief Process a Destination Options header (see the class documentation).
     * \param packet the packet after the IPv6 header
     * \param offset where the header starts
     * \param ipv6Header the IPv6 header
     * \param dst destination address of the packet
     * \param nextHeader set to the header's Next Header
     * \param stopProcessing set to true when the packet goes no further
     * \param isDropped set to true when the packet is dropped
     * \param dropReason why
     * \return the size of the header
     */
    uint8_t Process(Ptr<Packet>& packet,
                    uint8_t offset,
                    const Ipv6Header& ipv6Header,
                    Ipv6Address dst,
                    uint8_t* nextHeader,
                    bool& stopProcessing,
                    bool& isDropped,
                    Ipv6L3Protocol::DropReason& dropReason) override;

  protected:
    void DoDispose() override;

  private:
    Ptr<Hmipv6OptionHandler> m_handler; //!< the Home Address option handler
};

} // namespace ns3

#endif /* HMIPV6_HMIPV6_DESTINATION_EXTENSION_H */
