namespace Optpoline.Workloads.Libraries.ResiliencePipelines;

/// <summary>What the pipeline's own strategy and the retry's callback saw.</summary>
internal sealed class ExecutionAudit
{
    public long Executions { get; set; }

    public long Retries { get; set; }

    public void Reset()
    {
        Executions = 0;
        Retries = 0;
    }
}
