using System.Net;

namespace BriefingBot.Core.News;

/// <summary>Thrown from the connect callback when a feed host resolves to an address the SSRF guard refuses.</summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlockedAddressException(string host, IPAddress address)
        : base($"The host {host} resolves to {address}, a loopback, private or otherwise non-public address, which feeds may not use.")
    {
    }
}
