namespace Optpoline.Rewriter.Tests;

/// <summary>
/// <c>dotnet build</c>, <c>pack</c>, <c>publish</c> or an app, run in a folder as a user runs them,
/// with MSBuild's node reuse off (no build node outlives the test). A non-zero exit fails the test
/// with everything the command printed.
/// </summary>
internal sealed class DotnetCommand(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(5);

    public string Run(params string[] args) => RunProgram("dotnet", args);

    /// <summary>Runs another program (a tool's launcher, say) in the same folder and environment.</summary>
    public string RunProgram(string program, params string[] args)
    {
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        var (exitCode, output, error) = DotnetProcess.Run(program, args, settings, s_limit, workingDirectory);
        Assert.True(exitCode == 0, $"{program} {string.Join(' ', args)}: exit {exitCode}\n{output}\n{error}");
        return output;
    }
}
