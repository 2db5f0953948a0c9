using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Optpoline.Workloads.Libraries.ResiliencePipelines;

/// <summary>
/// A Polly <see cref="ResiliencePipeline"/> of four strategies (retry, circuit breaker, timeout, and
/// one of our own) around small synchronous callbacks: <c>Execute</c> with a result, <c>Execute</c>
/// without one, and <c>ExecuteAsync</c> whose <see cref="ValueTask{TResult}"/> completes
/// synchronously.
/// </summary>
/// <remarks>
/// <para>
/// Nothing here depends on time. The retry waits zero between attempts and retries the reads the
/// sensor makes transient (every seventh); the breaker handles exceptions only, and none is thrown,
/// so it never opens; the timeout's 30 s never elapse. The checksum covers the results, the reads
/// and calibrations, and the attempts and retries counted; never a duration.
/// </para>
/// <para>
/// The indirect calls: Polly runs a pipeline as a chain of components, each calling the next
/// through <c>PipelineComponent.ExecuteCore&lt;TResult, TState&gt;</c> and each strategy through
/// <c>ResilienceStrategy.ExecuteCore&lt;TResult, TState&gt;</c>, both generic virtual methods with a
/// different receiver type at every link; the callbacks and the retry's predicate and event are
/// delegates.
/// </para>
/// </remarks>
internal sealed class PollyScript : ILibraryScript
{
    private const int Iterations = 512;

    private readonly ExecutionAudit _audit = new();
    private readonly SensorReading _reading = new();
    private readonly ResiliencePipeline _pipeline;

    public PollyScript()
    {
        var audit = _audit;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Result is SensorReading.Transient),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.Zero,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                OnRetry = args =>
                {
                    audit.Retries += args.AttemptNumber + 1;
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 1.0,
                MinimumThroughput = 100,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(30),
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddStrategy(_ => new ExecutionAuditStrategy(audit))
            .Build();
    }

    public int Operations => Iterations * 3;

    public ulong Run()
    {
        _audit.Reset();
        _reading.Reads = 0;
        _reading.Calibration = 0;
        var hash = default(Fnv1a);
        for (var i = 0; i < Iterations; i++)
        {
            _reading.Sensor = i % 13;
            hash.Add(_pipeline.Execute(static (reading, _) => reading.Read(), _reading));
            _pipeline.Execute(static (reading, _) => reading.Calibrate(), _reading);
            hash.Add(_pipeline.ExecuteAsync(static (reading, _) => new ValueTask<int>(reading.Read()), _reading).GetAwaiter().GetResult());
        }

        hash.Add(_reading.Reads);
        hash.Add(_reading.Calibration);
        hash.Add(_audit.Executions);
        hash.Add(_audit.Retries);
        return hash.Value;
    }

    public void Dispose()
    {
    }
}
