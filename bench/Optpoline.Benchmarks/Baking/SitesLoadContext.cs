using System.Reflection;
using System.Runtime.Loader;

namespace Optpoline.Benchmarks.Baking;

/// <summary>
/// A context holding one build of <c>Optpoline.Benchmarks.Sites</c>, and nothing else: every
/// dependency (the receivers, the Optpoline runtime, the framework) comes from the default context,
/// so all builds in a process share one set of receiver types and one Optpoline patcher.
/// </summary>
/// <remarks>
/// Not collectible: a BenchmarkDotNet case runs in its own process and exits, and code in a
/// collectible context is compiled under restrictions (statics, inlining across the boundary)
/// the measured loop must not be subject to.
/// </remarks>
internal sealed class SitesLoadContext(string name) : AssemblyLoadContext(name, isCollectible: false)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
