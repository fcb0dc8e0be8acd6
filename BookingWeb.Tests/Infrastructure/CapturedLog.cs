using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>Every log line the app writes, as an operator would read it: category, message, exception and scopes.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogLine> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            log._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            log._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), exception?.ToString(), scopes,
                values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}

/// <param name="Values">The message template's named values ({AccountId} …), so a test can check what an operator can filter on.</param>
public sealed record LogLine(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<string> Scopes,
    IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>Everything the line would put in a log file.</summary>
    public string Text => string.Join(" ", [Category, Message, Exception ?? "", .. Scopes, .. Values.Select(v => $"{v.Key}={v.Value}")]);
}
