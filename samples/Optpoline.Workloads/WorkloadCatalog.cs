using Optpoline.Workloads.KeyValue;
using Optpoline.Workloads.KeyValue.Net;
using Optpoline.Workloads.KeyValue.Ycsb;
using Optpoline.Workloads.FileSystem;
using Optpoline.Workloads.Ledger;
using Optpoline.Workloads.Pipeline;

namespace Optpoline.Workloads;

/// <summary>The workloads by name.</summary>
public static class WorkloadCatalog
{
    private static readonly Dictionary<string, Func<Workload>> s_factories = new(StringComparer.Ordinal)
    {
        ["kv-ycsb-a"] = () => new KeyValueWorkload("kv-ycsb-a", YcsbWorkload.A(KeyValueWorkload.Records)),
        ["kv-ycsb-b"] = () => new KeyValueWorkload("kv-ycsb-b", YcsbWorkload.B(KeyValueWorkload.Records)),
        [TcpKeyValueWorkload.WorkloadName] = () => new TcpKeyValueWorkload(),
        [FileSystemWorkload.WorkloadName] = () => new FileSystemWorkload(),
        [PipelineWorkload.WorkloadName] = () => new PipelineWorkload(),
        [LedgerWorkload.WorkloadName] = () => new LedgerWorkload(),
    };

    /// <summary>Every workload's name.</summary>
    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    /// <summary>Creates the workload called <paramref name="name"/>, or returns null when there is none.</summary>
    public static Workload? Create(string name) => s_factories.TryGetValue(name, out var factory) ? factory() : null;
}
