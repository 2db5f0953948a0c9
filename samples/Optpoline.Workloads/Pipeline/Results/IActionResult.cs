namespace Optpoline.Workloads.Pipeline.Results;

/// <summary>What a handler decided to answer; executing it writes the response.</summary>
public interface IActionResult
{
    int StatusCode { get; }

    void Execute(RequestContext context);
}
