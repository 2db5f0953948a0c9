using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>
/// A second provider that filters differently: the factory's rule gives it Warning and above only
/// (<see cref="MelScript"/>), and its loggers keep only the money-related categories.
/// </summary>
internal sealed class AuditLoggerProvider : ILoggerProvider
{
    public EventTally Tally { get; } = new();

    public ILogger CreateLogger(string categoryName) => new AuditLogger(categoryName, Tally);

    public void Dispose()
    {
    }
}
