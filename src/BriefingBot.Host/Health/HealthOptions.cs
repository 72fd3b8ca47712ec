namespace BriefingBot.Host.Health;

/// <summary>The "Health" section: where the health endpoint listens (unset: no endpoint).</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>For example http://0.0.0.0:8080; GET /healthz answers 200 when every check is healthy, 503 otherwise.</summary>
    public string? ListenUrl { get; set; }
}
