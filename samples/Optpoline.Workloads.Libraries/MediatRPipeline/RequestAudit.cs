namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>What the pipeline behaviours saw: how many requests went through them.</summary>
internal sealed class RequestAudit
{
    public long Requests { get; set; }
}
