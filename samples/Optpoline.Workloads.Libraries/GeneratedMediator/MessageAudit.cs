namespace Optpoline.Workloads.Libraries.GeneratedMediator;

/// <summary>What the pipeline behaviours saw: how many messages went through them.</summary>
internal sealed class MessageAudit
{
    public long Messages { get; set; }
}
