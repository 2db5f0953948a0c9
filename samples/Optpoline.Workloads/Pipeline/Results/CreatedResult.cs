using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Results;

/// <summary>201 with a Location header and the created resource.</summary>
public sealed class CreatedResult(string location, IJsonModel model) : IActionResult
{
    public int StatusCode => 201;

    public void Execute(RequestContext context)
    {
        context.Response.StatusCode = StatusCode;
        context.Response.Headers.Set("Location", location);
        context.Services.Formatter.Write(context, model);
    }
}
