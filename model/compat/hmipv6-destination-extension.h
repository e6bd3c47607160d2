// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIPV6_DESTINATION_EXTENSION_H
#define HMIPV6_HMIPV6_DESTINATION_EXTENSION_H

#include "ns3/hmipv6-option-handler.h"
#include "ns3/ipv6-extension-demux.h"
#include "ns3/ipv6-extension.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-option.h"

#include <cstdint>
#include <map>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Whether an extension header at an offset is whole: its first two octets, and
 *        the (Hdr Ext Len + 1) * 8 octets they announce, are in the packet.
 *
 * ns-3's extension headers (3.37 to 3.48: Ipv6ExtensionDestinationHeader, the routing
 * headers) read what they announce without looking at the packet's end: a truncated
 * header is read past the end of the buffer (an assertion in debug builds, a read of
 * other memory in optimised ones). Found by fuzzing.
 * \param packet the packet, from its first extension header on
 * \param offset the header's offset in it
 * \return whether it fits
 */
bool ExtensionHeaderFits(Ptr<const Packet> packet, uint32_t offset);

/**
 * \ingroup hmipv6
 * \brief Stop a packet as malformed, from an extension's Process.
 * \param stopProcessing set
 * \param isDropped set
 * \param dropReason set to DROP_MALFORMED_HEADER
 * \return 0, what Process returns then
 */
inline uint8_t
DropMalformed(bool& stopProcessing, bool& isDropped, Ipv6L3Protocol::DropReason& dropReason)
{
    stopProcessing = true;
    isDropped = true;
    dropReason = Ipv6L3Protocol::DROP_MALFORMED_HEADER;
    return 0;
}

/**
 * \ingroup hmipv6
 * \brief Put an extension of the module in a node's Ipv6ExtensionDemux in place of
 *        ns-3's for the same header (idempotent).
 * \tparam T the module's extension class
 * \param node a node with an IPv6 stack
 * \param number the extension header's number
 * \return the node's, or null without an Ipv6ExtensionDemux
 */
template <class T>
Ptr<T>
ReplaceExtension(Ptr<Node> node, uint8_t number)
{
    Ptr<Ipv6ExtensionDemux> demux = node ? node->GetObject<Ipv6ExtensionDemux>() : nullptr;
    if (!demux)
    {
        return nullptr;
    }
    Ptr<Ipv6Extension> current = demux->GetExtension(number);
    Ptr<T> extension = DynamicCast<T>(current);
    if (!extension)
    {
        extension = CreateObject<T>();
        extension->SetNode(node);
        if (current)
        {
            demux->Remove(current); // GetExtension returns the first match: replace it
        }
        demux->Insert(extension);
    }
    return extension;
}

/**
 * \ingroup hmipv6
 * \brief The Destination Options processing of a node with the module's glue: ns-3's,
 *        with the module's options and the stops that options cannot make themselves.
 *
 * Why it replaces ns-3's Ipv6ExtensionDestination (3.37 to 3.48 alike):
 * - ns-3 looks options up in the node's Ipv6OptionDemux, whose header it does not
 *   install, so no module can add an option there without re-declaring the class. This
 *   extension keeps the module's options itself (AddOption) and processes Pad1 and
 *   PadN itself: ns-3's own PadN, Jumbogram and Router Alert options answer to types
 *   60, 44 and 43 (instead of 1, 0xC2 and 5), and the last two belong to Hop-by-Hop
 *   Options only (RFC 2675, RFC 2711). The demux is left as ns-3 built it, for the
 *   Hop-by-Hop Options header.
 * - ns-3's Ipv6Extension::ProcessOptions lets an option mark a packet dropped but not
 *   stop it (Ipv6L3Protocol then traces an uninitialized drop reason and goes on), and
 *   reads past the header for an option whose length overruns it. Here the walk is
 *   bounded by the header, and:
 *   - an option marked dropped, or an option that overruns its header: the packet is
 *     stopped and dropped with DROP_MALFORMED_HEADER;
 *   - an unknown option: RFC 8200 4.2 by the two high-order bits of its type (skip;
 *     discard; discard with an ICMPv6 Parameter Problem, code 2, pointing at the
 *     option in the invoking packet (RFC 4443 3.4); the same unless the destination is
 *     multicast), dropped with DROP_UNKNOWN_OPTION.
 * - a truncated header (ExtensionHeaderFits) is dropped with DROP_MALFORMED_HEADER
 *   before ns-3 reads it;
 * - the Home Address option handler's verdicts (Hmipv6OptionHandler::TakeVerdict): a
 *   packet whose copy was re-injected stops silently (the copy carries it on); a packet
 *   the home address check refused stops, dropped with DROP_UNKNOWN_OPTION.
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
     * \return the node's Hmipv6DestinationExtension
     */
    static Ptr<Hmipv6DestinationExtension> Install(Ptr<Node> node);

    /**
     * \brief The node's Hmipv6DestinationExtension.
     * \param node the node
     * \return it, or null if Install was not called for the node
     */
    static Ptr<Hmipv6DestinationExtension> Get(Ptr<Node> node);

    /**
     * \brief Accept an option type (the option's GetOptionNumber).
     * \param option the option; ignored if its type is already handled
     * \return whether it was added
     */
    bool AddOption(Ptr<Ipv6Option> option);

    /**
     * \brief The option that processes a type.
     * \param optionNumber the option type
     * \return the module's option, or null (Pad1, PadN and unknown types)
     */
    Ptr<Ipv6Option> GetOption(uint8_t optionNumber);

    /**
     * \brief Number of option types added with AddOption.
     * \return the count
     */
    uint32_t GetNOptions() const;

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

    /**
     * \brief Walk the options of the header (see the class documentation).
     * \param packet the packet after the IPv6 header
     * \param offset where the first option starts
     * \param length the options' octets
     * \param ipv6Header the IPv6 header
     * \param dst destination address of the packet
     * \param nextHeader the header's Next Header
     * \param stopProcessing set to true when the packet goes no further
     * \param isDropped set to true when the packet is dropped
     * \param dropReason why
     * \return the octets processed
     */
    uint8_t ProcessOptions(Ptr<Packet>& packet,
                           uint8_t offset,
                           uint8_t length,
                           const Ipv6Header& ipv6Header,
                           Ipv6Address dst,
                           uint8_t* nextHeader,
                           bool& stopProcessing,
                           bool& isDropped,
                           Ipv6L3Protocol::DropReason& dropReason) override;

  protected:
    void DoDispose() override;

  private:
    std::map<uint8_t, Ptr<Ipv6Option>> m_options; //!< the module's, by type
};

} // namespace ns3

#endif /* HMIPV6_HMIPV6_DESTINATION_EXTENSION_H */
