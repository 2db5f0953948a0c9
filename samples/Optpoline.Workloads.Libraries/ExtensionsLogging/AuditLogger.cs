using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>A logger of <see cref="AuditLoggerProvider"/>: the payment and order categories only.</summary>
internal sealed class AuditLogger(string category, EventTally tally) : ILogger
{
    private readonly bool _audited = category.StartsWith("Shop.Payments", StringComparison.Ordinal) || category.StartsWith("Shop.Orders", StringComparison.Ordinal);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => _audited && logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            tally.Add(category, logLevel, eventId, formatter(state, exception));
        }
    }
}
