using BriefingBot.Core.Extraction;
using BriefingBot.Core.News;
using BriefingBot.Testing.Http;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class PageFetcherTests
{
    private static PageFetcher Fetcher(bool allowPrivate = true, long maxBytes = 1024 * 1024)
    {
        var options = new NewsOptions { AllowPrivateAddresses = allowPrivate, MaxPageBytes = maxBytes, FetchTimeout = TimeSpan.FromSeconds(10) };
        return new PageFetcher(new HttpClient(FeedHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan },
            Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);
    }

    [Fact]
    public async Task FetchAsync_HtmlPage_ReturnsBodyAndContentType()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html; charset=utf-8"));

        var result = await Fetcher().FetchAsync(server.Url("story"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.False(result.Truncated);
        Assert.StartsWith("text/html", result.ContentType, StringComparison.Ordinal);
        Assert.Equal(server.Url("story"), result.FinalUri);
        Assert.StartsWith("BriefingBot/", server.Requests[0].Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_PageOverLimit_CutAtLimitAndFlagged()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog() + new string(' ', 5000), "text/html"));

        var result = await Fetcher(maxBytes: 2000).FetchAsync(server.Url("story"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.Truncated);
        Assert.Equal(2000, result.Content.Length);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWhenPrivateNotAllowed_Refused()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html"));

        var result = await Fetcher(allowPrivate: false).FetchAsync(server.Url("story"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(404, "404")]
    [InlineData(500, "500")]
    public async Task FetchAsync_ErrorStatus_FailsWithStatus(int status, string expected)
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Empty(status));

        var result = await Fetcher().FetchAsync(server.Url("story"), CancellationToken.None);

        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_PdfDocument_FailsAsNotHtml()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text("%PDF-1.4", "application/pdf"));

        var result = await Fetcher().FetchAsync(server.Url("story.pdf"), CancellationToken.None);

        Assert.Contains("not HTML", result.Error, StringComparison.Ordinal);
    }
}
