using Serilog;
using Serilog.Core;

namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>The logger both Serilog workloads log to: minimum level Information, the sequence enricher, the counting sink.</summary>
internal sealed class CountingLogger : IDisposable
{
    private readonly Logger _logger;
    private readonly SequenceEnricher _enricher = new();
    private readonly CountingSink _sink = new();

    public CountingLogger()
    {
        _logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.With(_enricher)
            .WriteTo.Sink(_sink)
            .CreateLogger();
    }

    /// <summary>The logger as applications hold it: the <see cref="ILogger"/> interface, whose generic methods are generic virtual calls.</summary>
    public ILogger Log => _logger;

    /// <summary>The checksum of the events since <see cref="Reset"/>.</summary>
    public ulong Checksum => _sink.Checksum;

    public void Reset()
    {
        _sink.Reset();
        _enricher.Reset();
    }

    public void Dispose() => _logger.Dispose();
}
