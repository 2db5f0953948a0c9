using Optpoline.Workloads.Jint;
using Optpoline.Workloads.Libraries;

namespace Optpoline.Workloads.Runner;

/// <summary>Every workload the runner can run: the systems of <c>Optpoline.Workloads</c>, Jint on each of its programs, and the library workloads.</summary>
internal static class Catalog
{
    public static IEnumerable<string> Names => WorkloadCatalog.Names.Concat(JintPrograms.WorkloadNames).Concat(LibraryWorkloads.Names);

    /// <summary>Creates the workload called <paramref name="name"/>, or returns null when there is none.</summary>
    public static Workload? Create(string name) => WorkloadCatalog.Create(name) ?? JintPrograms.Create(name) ?? LibraryWorkloads.Create(name);
}
