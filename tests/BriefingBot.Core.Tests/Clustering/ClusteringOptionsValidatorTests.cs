using BriefingBot.Core.Clustering;
using BriefingBot.Testing;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Clustering;

public sealed class ClusteringOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new ClusteringOptionsValidator().Validate(null, new ClusteringOptions()).Succeeded);
    }

    [Theory]
    [InlineData("00:30:00", 0.35, "Clustering:Window")]
    [InlineData("15.00:00:00", 0.35, "Clustering:Window")]
    [InlineData("2.00:00:00", 0, "Clustering:Threshold")]
    [InlineData("2.00:00:00", 1.5, "Clustering:Threshold")]
    public void Validate_OutOfRange_NamesTheKey(string window, double threshold, string key)
    {
        var result = new ClusteringOptionsValidator().Validate(null, new ClusteringOptions { Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture), Threshold = threshold });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBriefingCore_BadThreshold_FailsWhenOptionsAreRead()
    {
        using var services = new CoreTestServices(DateTimeOffset.UnixEpoch, new Dictionary<string, string?> { ["Clustering:Threshold"] = "2" });

        var error = Assert.Throws<OptionsValidationException>(() => services.Get<IOptions<ClusteringOptions>>().Value);

        Assert.Contains("Clustering:Threshold", error.Message, StringComparison.Ordinal);
    }
}
