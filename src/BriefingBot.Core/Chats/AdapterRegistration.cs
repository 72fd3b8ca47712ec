namespace BriefingBot.Core.Chats;

/// <summary>
/// Registered (as a singleton) by every platform adapter's Add... method, so the host knows which platforms this build
/// can serve; <paramref name="Section"/> is the adapter's configuration section ("Telegram", "Discord").
/// </summary>
public sealed record AdapterRegistration(string Section);
