using System.Globalization;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// The guild side of the fake: GET /users/@me (the bot, <see cref="BotUserId"/>), GET /channels/{id}, GET /guilds/{id} and
/// GET /guilds/{id}/members/{user}. Channels, guilds and members the test did not set up exist with defaults: a text
/// channel of <see cref="DefaultGuildId"/> without overwrites, a guild whose @everyone role may view, send and embed, a
/// member with no roles. So the bot may post anywhere unless a test says otherwise.
/// </summary>
public sealed partial class FakeDiscordServer
{
    public const string BotUserId = "4242";
    public const string DefaultGuildId = "5";

    /// <summary>View Channel, Send Messages, Embed Links and Read Message History: what @everyone has in a default guild.</summary>
    public const ulong DefaultEveryonePermissions = (1UL << 10) | (1UL << 11) | (1UL << 14) | (1UL << 16);

    private readonly Dictionary<string, (string? GuildId, int Type, FakeOverwrite[] Overwrites)> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string OwnerId, FakeRole[] Roles)> _guilds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Guild, string User), string[]> _members = [];
    private readonly Dictionary<(string Guild, string User), DateTimeOffset> _timeouts = [];

    /// <summary>A channel (type 0 text, 2 voice, 5 announcement, ...) of <paramref name="guildId"/> with these overwrites.</summary>
    public void SetChannel(string channelId, string guildId, int type = 0, params FakeOverwrite[] overwrites)
    {
        lock (_gate)
        {
            _channels[channelId] = (guildId, type, overwrites);
        }
    }

    /// <summary>A guild owned by <paramref name="ownerId"/>; include the @everyone role (id = <paramref name="guildId"/>) among the roles.</summary>
    public void SetGuild(string guildId, string ownerId, params FakeRole[] roles)
    {
        lock (_gate)
        {
            _guilds[guildId] = (ownerId, roles);
        }
    }

    /// <summary>The roles <paramref name="userId"/> holds in <paramref name="guildId"/>.</summary>
    public void SetMember(string guildId, string userId, params string[] roleIds)
    {
        lock (_gate)
        {
            _members[(guildId, userId)] = roleIds;
        }
    }

    /// <summary>A timeout on <paramref name="userId"/> in <paramref name="guildId"/> until <paramref name="until"/> (communication_disabled_until).</summary>
    public void SetMemberTimeout(string guildId, string userId, DateTimeOffset until)
    {
        lock (_gate)
        {
            _timeouts[(guildId, userId)] = until;
        }
    }

    /// <summary>The answer to a GET on the guild routes, or null when the path is not one of them. Under the lock.</summary>
    private FakeDiscordResponse? GuildRoute(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["users", "@me"] => FakeDiscordResponse.Json($$"""{"id":"{{BotUserId}}","username":"briefingbot","bot":true}"""),
            ["channels", var channel] => FakeDiscordResponse.Json(ChannelJson(channel)),
            ["guilds", var guild] => FakeDiscordResponse.Json(GuildJson(guild)),
            ["guilds", var guild, "members", var user] => FakeDiscordResponse.Json(MemberJson(guild, user)),
            _ => null,
        };
    }

    private string MemberJson(string guild, string user)
    {
        var roles = string.Join(',', _members.GetValueOrDefault((guild, user), []).Select(r => $"\"{r}\""));
        var timeout = _timeouts.TryGetValue((guild, user), out var until) ? $"\"{until.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffff}+00:00\"" : "null";
        return $$"""{"user":{"id":"{{user}}","username":"user{{user}}"},"roles":[{{roles}}],"communication_disabled_until":{{timeout}}}""";
    }

    private string ChannelJson(string id)
    {
        var (guild, type, overwrites) = _channels.GetValueOrDefault(id, (DefaultGuildId, 0, []));
        var list = string.Join(',', overwrites.Select(o => $$"""{"id":"{{o.Id}}","type":{{o.Type}},"allow":"{{Bits(o.Allow)}}","deny":"{{Bits(o.Deny)}}"}"""));
        var guildField = guild is null ? string.Empty : $",\"guild_id\":\"{guild}\"";
        return $$"""{"id":"{{id}}","type":{{type}}{{guildField}},"permission_overwrites":[{{list}}]}""";
    }

    private string GuildJson(string id)
    {
        var (owner, roles) = _guilds.GetValueOrDefault(id, ("1", [new FakeRole(id, DefaultEveryonePermissions)]));
        var list = string.Join(',', roles.Select(r => $$"""{"id":"{{r.Id}}","name":"role{{r.Id}}","permissions":"{{Bits(r.Permissions)}}"}"""));
        return $$"""{"id":"{{id}}","name":"guild{{id}}","owner_id":"{{owner}}","roles":[{{list}}]}""";
    }

    private static string Bits(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
