namespace Optpoline.Workloads.Pipeline.Results;

public sealed class NoContentResult : IActionResult
{
    public static readonly NoContentResult Instance = new();

    public int StatusCode => 204;

    public void Execute(RequestContext context) => context.Response.StatusCode = StatusCode;
}
