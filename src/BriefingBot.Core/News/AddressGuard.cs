using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Core.News;

/// <summary>Decides whether an address is on the public internet (the SSRF guard for feed fetching).</summary>
internal static class AddressGuard
{
    /// <summary>False for loopback, private, link-local, CGNAT, unspecified, multicast, broadcast and reserved addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return !(b[0] == 0                                   // 0.0.0.0/8 "this network"
                || b[0] == 10                                    // 10.0.0.0/8
                || b[0] == 127                                   // loopback
                || (b[0] == 100 && (b[1] & 0xC0) == 64)          // 100.64.0.0/10 CGNAT
                || (b[0] == 169 && b[1] == 254)                  // link-local
                || (b[0] == 172 && (b[1] & 0xF0) == 16)          // 172.16.0.0/12
                || (b[0] == 192 && b[1] == 168)                  // 192.168.0.0/16
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // 192.0.0.0/24 IETF protocol assignments
                || b[0] >= 224);                                 // multicast, reserved, broadcast
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        return !(address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.IPv6Loopback)
            || (v6[0] & 0xFE) == 0xFC                            // fc00::/7 unique local
            || (v6[0] == 0xFE && (v6[1] & 0xC0) == 0x80)         // fe80::/10 link-local
            || (v6[0] == 0xFE && (v6[1] & 0xC0) == 0xC0)         // fec0::/10 deprecated site-local
            || v6[0] == 0xFF);                                   // multicast
    }
}
