using System.Globalization;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>Records every change in the audit log: who, what, the outcome, when.</summary>
public sealed class AuditFilter : IEndpointFilter
{
    public IActionResult? OnExecuting(RequestContext context) => null;

    public void OnExecuted(RequestContext context, IActionResult result) =>
        context.Services.Audit.Record(string.Create(CultureInfo.InvariantCulture, $"{context.Services.Clock.Milliseconds} {context.User.Name} {context.Request.Method} {context.Request.Path} {result.StatusCode}"));
}
