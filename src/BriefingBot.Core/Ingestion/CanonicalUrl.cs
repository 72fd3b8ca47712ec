using System.Text;

namespace BriefingBot.Core.Ingestion;

/// <summary>
/// One spelling per article URL, so the same article from two feeds is stored once: lower-case scheme and host,
/// no "www.", no default port, no fragment, no tracking parameters (utm_*, fbclid, gclid ...), no trailing slash.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "ref_src", "at_medium", "at_campaign", "CMP", "ito",
    };

    public static bool TryCanonicalize(Uri uri, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(uri);
        canonical = string.Empty;
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var builder = new StringBuilder("https://").Append(host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath;
        builder.Append(path.Length > 1 ? path.TrimEnd('/') : string.Empty);
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (query.Count > 0)
        {
            builder.Append('?').AppendJoin('&', query);
        }

        canonical = builder.ToString();
        return true;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
