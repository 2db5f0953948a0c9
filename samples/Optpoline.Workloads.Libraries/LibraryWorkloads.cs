using Optpoline.Workloads.Libraries.ExtensionsLogging;
using Optpoline.Workloads.Libraries.GeneratedMediator;
using Optpoline.Workloads.Libraries.JsonSerialization;
using Optpoline.Workloads.Libraries.MediatRPipeline;
using Optpoline.Workloads.Libraries.MessagePackSerialization;
using Optpoline.Workloads.Libraries.ResiliencePipelines;
using Optpoline.Workloads.Libraries.StructuredLogging;

namespace Optpoline.Workloads.Libraries;

/// <summary>The library workloads by name: the libraries .NET applications run, each driven by a fixed script.</summary>
public static class LibraryWorkloads
{
    private static readonly Dictionary<string, Func<ILibraryScript>> s_scripts = new(StringComparer.Ordinal)
    {
        ["log-serilog-disabled"] = () => new SerilogDisabledScript(),
        ["log-serilog-enabled"] = () => new SerilogEnabledScript(),
        ["log-mel"] = () => new MelScript(),
        ["msgpack"] = () => new MessagePackScript(),
        ["mediator-mediatr"] = () => new MediatRScript(),
        ["mediator-sourcegen"] = () => new GeneratedMediatorScript(),
        ["polly-pipeline"] = () => new PollyScript(),
        ["json-stj"] = () => new JsonScript(),
    };

    /// <summary>Every library workload's name, in the order the result tables list them.</summary>
    public static IReadOnlyCollection<string> Names => s_scripts.Keys;

    /// <summary>Creates the workload called <paramref name="name"/>, or returns null when there is none.</summary>
    public static Workload? Create(string name) => s_scripts.TryGetValue(name, out var start) ? new ScriptedWorkload(name, start) : null;
}
