using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Delivery;

/// <summary>Which Bot API errors mean "this chat is gone for the bot" (stop sending there) rather than "try later".</summary>
internal static class TelegramSendError
{
    private static readonly string[] PermanentDescriptions =
    [
        "bot was blocked by the user",
        "user is deactivated",
        "bot was kicked",
        "bot is not a member",
        "chat not found",
        "group chat was deleted",
        "bot can't initiate conversation",
        "have no rights to send",
        "not enough rights to send",
    ];

    public static bool IsPermanent(ApiRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ErrorCode == 403
            || PermanentDescriptions.Any(d => exception.Message.Contains(d, StringComparison.OrdinalIgnoreCase));
    }
}
