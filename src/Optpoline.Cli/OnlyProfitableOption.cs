using System.CommandLine;
using System.CommandLine.Parsing;

namespace Optpoline.Cli;

/// <summary><c>--only-profitable</c>, shared by <c>weave</c> and <c>run</c>: with a profile, weave only what it shows pays.</summary>
internal static class OnlyProfitableOption
{
    public static Option<bool> Create() => new("--only-profitable")
    {
        Description = "With --profile: weave only the calls the profile shows Optpoline helps (baked guards, a dispatcher published while recording, generic virtual calls); leave every other call of the profiled assemblies as compiled, to the JIT. Implies --leave-monomorphic.",
    };

    /// <summary>The option means nothing without a profile: say so rather than weave everything.</summary>
    public static void Validate(CommandResult result, Option<bool> onlyProfitable, Option<string?> profile)
    {
        if (result.GetValue(onlyProfitable) && result.GetValue(profile) is null)
        {
            result.AddError("--only-profitable needs --profile: it weaves only what the profile shows pays.");
        }
    }
}
