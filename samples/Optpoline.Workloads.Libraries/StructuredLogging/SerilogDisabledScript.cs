using Serilog;

namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>
/// Debug and verbose logging left in hot code, below the logger's minimum level: six generic calls an
/// iteration (one to three arguments, value and reference types) that Serilog turns away at its level
/// check, and now and then an event that is written.
/// </summary>
/// <remarks>
/// Each call is a generic virtual call through <see cref="ILogger"/> (<c>Debug&lt;T0, T1&gt;</c> and
/// so on): the runtime's generic-dictionary lookup on every call, the case the JIT's guarded
/// devirtualization does not cover. The value-type arguments are never boxed: a disabled call
/// allocates nothing.
/// </remarks>
internal sealed class SerilogDisabledScript : ILibraryScript
{
    private const int Iterations = 20_480;

    /// <summary>One iteration in this many also writes an Information event, one in 4 × this many a Warning.</summary>
    private const int EnabledEvery = 32;

    private static readonly string[] s_regions = ["eu-west", "us-east", "ap-south"];
    private static readonly Sku[] s_skus = [new("CHAIR", 1), new("DESK", 2), new("LAMP", 3)];

    private readonly CountingLogger _logger = new();

    public int Operations => Iterations * 6 + Iterations / EnabledEvery + Iterations / (4 * EnabledEvery);

    public ulong Run()
    {
        _logger.Reset();
        var log = _logger.Log;
        for (var i = 0; i < Iterations; i++)
        {
            var region = s_regions[i % s_regions.Length];
            var sku = s_skus[i % s_skus.Length];
            log.Debug("Cache miss for {Key}", i);
            log.Verbose("Entering {Region}", region);
            log.Debug("Cache miss for {Key} in {Region}", i, region);
            log.Verbose("Trace {TraceId} span {Span}", new Guid(i, 7, 7, 0, 0, 0, 0, 0, 0, 0, 0), (long)i << 20);
            log.Debug("Request {Method} {Path} took {Elapsed} ms", "GET", "/api/orders", i * 0.25);
            log.Verbose("Picked {Quantity} of {Sku} (backorder: {Backorder})", i & 15, sku, (i & 1) == 0);
            if (i % EnabledEvery == 0)
            {
                log.Information("Checkpoint {Iteration} in {Region}", i, region);
            }

            if (i % (4 * EnabledEvery) == 0)
            {
                log.Warning("Slow lookup of {Sku}", sku);
            }
        }

        return _logger.Checksum;
    }

    public void Dispose() => _logger.Dispose();
}
