using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>The application's main provider: every category, at the factory's minimum level (Information).</summary>
internal sealed class TallyingLoggerProvider : ILoggerProvider
{
    public EventTally Tally { get; } = new();

    public ILogger CreateLogger(string categoryName) => new TallyingLogger(categoryName, Tally);

    public void Dispose()
    {
    }
}
