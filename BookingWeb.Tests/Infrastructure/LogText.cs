using Microsoft.Extensions.Logging.Testing;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

public static class LogText
{
    /// <summary>Everything a captured line would put in a log file: category, message, exception, scopes and named values.</summary>
    public static string Of(FakeLogRecord record) => string.Join(" ",
        [record.Category ?? "", record.Message, record.Exception?.ToString() ?? "",
            .. record.Scopes.Select(s => s?.ToString() ?? ""), .. (record.StructuredState ?? []).Select(v => $"{v.Key}={v.Value}")]);
}
