namespace Optpoline.Evaluation;

/// <summary>Which child program measures a workload.</summary>
internal enum WorkloadHost
{
    /// <summary><c>Optpoline.Workloads.Runner</c>: plain with <c>dotnet</c>, woven under <c>optpoline run</c>.</summary>
    Runner,

    /// <summary><c>Optpoline.JintBench child</c>: stock Jint, or Jint woven by the rewriter beforehand.</summary>
    Jint,
}
