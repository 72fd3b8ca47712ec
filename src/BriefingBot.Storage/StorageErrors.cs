using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace BriefingBot.Storage;

/// <summary>Tells database failures (server down, refused, timed out, locked) from bugs, and words them in one line.</summary>
public static class StorageErrors
{
    /// <summary>True when <paramref name="exception"/> or an inner one is a database or connection failure.</summary>
    public static bool IsDatabaseFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException or TimeoutException or SocketException or StorageUnavailableException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason in one line: the server's own message, else the innermost cause (for example "Connection refused").</summary>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres)
            {
                return $"{postgres.MessageText} ({postgres.SqlState})";
            }
        }

        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var text = ReferenceEquals(innermost, exception) || exception.Message.Contains(innermost.Message, StringComparison.Ordinal)
            ? exception.Message
            : $"{exception.Message} ({innermost.Message})";
        return text.ReplaceLineEndings(" ").Trim();
    }
}
