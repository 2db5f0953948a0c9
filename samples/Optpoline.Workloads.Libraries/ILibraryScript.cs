namespace Optpoline.Workloads.Libraries;

/// <summary>
/// A library set up the way an application sets it up (a logger with its sinks, a serializer with
/// its resolver, a mediator with its handlers, a resilience pipeline), and the fixed batch of calls
/// a workload makes on it.
/// </summary>
/// <remarks>
/// The script is the same every run: <see cref="Run"/> starts from the same inputs, so every run of
/// one script returns the same checksum, whatever ran before it.
/// </remarks>
internal interface ILibraryScript : IDisposable
{
    /// <summary>How many operations (library calls: log events, round trips, sends, executions) one run makes.</summary>
    int Operations { get; }

    /// <summary>Runs the batch once and returns a checksum of everything it produced.</summary>
    ulong Run();
}
