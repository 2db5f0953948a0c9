using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>A logger of <see cref="TallyingLoggerProvider"/>: formats each event as a console logger would, and tallies it.</summary>
internal sealed class TallyingLogger(string category, EventTally tally) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            tally.Add(category, logLevel, eventId, formatter(state, exception));
        }
    }
}
