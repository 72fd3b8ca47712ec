using System.Net;
using System.Text;
using System.Text.Json;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Interactions;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>The signed HTTP endpoint, with a key pair made here playing Discord's part.</summary>
public sealed class DiscordInteractionsEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _http = new();
    private FakeDiscordServer _server = null!;
    private CoreTestServices _services = null!;
    private WebApplication _app = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync();
        _services = DiscordTestServices.Create(_server);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var publicKey = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        _app.MapDiscordInteractions(new InteractionSignature(publicKey), _services.Get<DiscordInteractionHandler>(), CancellationToken.None);
        await _app.StartAsync();
        _endpoint = new Uri(_app.Urls.First() + DiscordInteractionsEndpoint.Path);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _services.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task Post_ValidSignedPing_AnswersPong()
    {
        using var response = await PostAsync("""{"id":"1","application_id":"900","type":1,"token":"t"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Post_TamperedBody_Unauthorized()
    {
        using var response = await PostAsync("""{"id":"1","application_id":"900","type":1,"token":"t"}""", tamper: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignature_Unauthorized()
    {
        using var content = new StringContent("""{"type":1}""", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(_endpoint, content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedSlashHelp_AnsweredInline()
    {
        using var response = await PostAsync("""{"id":"2","application_id":"900","type":2,"token":"t","channel_id":"77","user":{"id":"7","username":"ann"},"data":{"name":"help"}}""");

        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.Contains("/help", answer.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool tamper = false)
    {
        const string timestamp = "1772431200";
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
        var sent = tamper ? body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal) : body;
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(sent, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _http.SendAsync(request);
    }
}
