using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Results;

public sealed class JsonResult(IJsonModel model, int statusCode = 200) : IActionResult
{
    public int StatusCode { get; } = statusCode;

    public IJsonModel Model { get; } = model;

    public void Execute(RequestContext context)
    {
        context.Response.StatusCode = StatusCode;
        context.Services.Formatter.Write(context, Model);
    }
}
