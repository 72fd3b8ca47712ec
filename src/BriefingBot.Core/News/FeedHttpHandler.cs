using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Core.News;

/// <summary>
/// Builds the primary handler for feed fetching. The SSRF guard runs in the connect callback, after DNS resolution and
/// for every connection (redirect targets included), so neither a redirect nor DNS rebinding can reach a private address.
/// </summary>
public static class FeedHttpHandler
{
    public const int MaxRedirects = 5;

    public static SocketsHttpHandler Create(NewsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(options, options.AllowPrivateAddresses ? (_, _) => true : (address, _) => AddressGuard.IsPublic(address));
    }

    /// <summary>Builds the handler with a custom address check (tests use it to play "public" and "private" on loopback).</summary>
    internal static SocketsHttpHandler Create(NewsOptions options, Func<IPAddress, int, bool> isAllowed)
    {
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.FetchTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // A proxy would be the only address the guard sees; feeds are fetched directly.
            UseProxy = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, isAllowed, cancellationToken),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, Func<IPAddress, int, bool> isAllowed, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        foreach (var address in addresses)
        {
            if (!isAllowed(address, endPoint.Port))
            {
                throw new BlockedAddressException(endPoint.Host, address);
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
