using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Rendering;

/// <summary>One message ready for sendMessage: HTML text (already escaped), optional buttons, link previews on or off.</summary>
public sealed record TelegramMessage(string Html, InlineKeyboardMarkup? Keyboard = null, bool DisableLinkPreview = false);
