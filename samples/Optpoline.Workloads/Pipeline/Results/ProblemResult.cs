using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Results;

/// <summary>An error status with a problem-details body.</summary>
public sealed class ProblemResult(int statusCode, string title, string? detail = null) : IActionResult
{
    public static readonly ProblemResult NotFound = new(404, "Not Found");

    public int StatusCode { get; } = statusCode;

    public void Execute(RequestContext context)
    {
        context.Response.StatusCode = StatusCode;
        context.Services.Formatter.Write(context, new ProblemDetails(StatusCode, title, detail));
        context.Response.Headers.Set("Content-Type", "application/problem+json");
    }
}
