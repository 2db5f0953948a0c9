using System.CommandLine;

namespace Optpoline.Cli;

/// <summary><c>--all</c>, shared by <c>weave</c> and <c>run</c>: weave every call, not only the ones that pay.</summary>
internal static class AllOption
{
    public static Option<bool> Create() => new("--all")
    {
        Description = "Weave every virtual, interface, generic virtual and delegate call (with a profile, stable sites still get baked guards). By default only calls that pay are woven: with a profile of this build, what it shows pays; without one, generic virtual calls alone. Weaving every call costs throughput where the JIT already serves a call well.",
    };
}
