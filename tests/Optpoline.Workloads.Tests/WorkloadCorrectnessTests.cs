using System.Text.Json;
using Optpoline.Reporting;
using Optpoline.Workloads.Jint;
using Optpoline.Workloads.Libraries;

namespace Optpoline.Workloads.Tests;

/// <summary>
/// Each workload's correctness check: the plain build and the same binaries woven by Optpoline
/// (under <c>optpoline run</c>, with learning fast enough to promote within the test) verify to the
/// same checksum, computed after the measurement, while the woven sites are promoted.
/// </summary>
public sealed class WorkloadCorrectnessTests
{
    public static TheoryData<string> RunnerWorkloads => ["kv-ycsb-a", "kv-ycsb-b", "kv-tcp", "pipeline", "fs", "phase-change"];

    /// <summary>Two Jint programs: one of objects and prototypes, one of closures.</summary>
    public static TheoryData<string> JintWorkloads => ["jint-objects", "jint-functional"];

    public static TheoryData<string> LibraryWorkloadNames => [.. LibraryWorkloads.Names];

    /// <summary>
    /// Every library workload, with the start of the key of a site expected to be promoted in it under
    /// fast learning: one in the library's own code where the library makes the indirect calls.
    /// </summary>
    public static TheoryData<string, string> LibraryWorkloadSites => new()
    {
        // Serilog's own code for an event below the minimum level is a level check and a return: no
        // indirect call of its own. What the workload exercises is the caller's generic virtual calls
        // (ILogger.Debug<T0, T1> and the like), which are promoted in the script.
        { "log-serilog-disabled", "Optpoline.Workloads.Libraries.StructuredLogging.SerilogDisabledScript::" },
        { "log-serilog-enabled", "Serilog." },
        { "log-mel", "Microsoft.Extensions.Logging." },
        { "msgpack", "MessagePack." },
        { "mediator-mediatr", "MediatR." },
        // The mediator that Mediator.SourceGenerator writes into the workload's own assembly (namespace Mediator).
        { "mediator-sourcegen", "Mediator." },
        { "polly-pipeline", "Polly." },
    };

    [Theory]
    [MemberData(nameof(RunnerWorkloads))]
    public void Workload_PlainAndWoven_VerifyToTheSameChecksum(string workload) =>
        AssertPlainAndWovenAgree(workload, promotedIn: "Optpoline.Workloads.");

    /// <summary>Jint is a workload like the others: the runner runs it plain and under <c>optpoline run</c>, which weaves Jint as it loads.</summary>
    [Theory]
    [MemberData(nameof(JintWorkloads))]
    public void Jint_PlainAndWoven_VerifyToTheSameChecksum(string workload) =>
        AssertPlainAndWovenAgree(workload, promotedIn: "Jint.");

    /// <summary>
    /// Libraries are workloads like the others: <c>optpoline run</c> weaves their packages as they load
    /// (the framework's own assemblies stay plain), and both builds compute the same results.
    /// </summary>
    [Theory]
    [MemberData(nameof(LibraryWorkloadSites))]
    public void Library_PlainAndWoven_VerifyToTheSameChecksum(string workload, string promotedIn) =>
        AssertPlainAndWovenAgree(workload, promotedIn);

    /// <summary>
    /// System.Text.Json is part of the shared framework, which <c>optpoline run</c> leaves alone: the
    /// workload's indirect calls are the framework's, so no site of the library can be promoted, and
    /// only the checksums are compared.
    /// </summary>
    [Fact]
    public void Json_PlainAndWoven_VerifyToTheSameChecksum() => AssertPlainAndWovenAgree("json-stj", promotedIn: null);

    [Theory]
    [MemberData(nameof(RunnerWorkloads))]
    [MemberData(nameof(JintWorkloads))]
    [MemberData(nameof(LibraryWorkloadNames))]
    public void Workload_VerifiedTwice_GivesTheSameChecksum(string name)
    {
        using var workload = WorkloadCatalog.Create(name) ?? JintPrograms.Create(name) ?? LibraryWorkloads.Create(name)!;
        for (var i = 0; i < 50; i++)
        {
            workload.EnterPhase(i / 10);
            workload.RunBatch();
        }

        Assert.Equal(workload.Verify(), workload.Verify());
    }

    /// <summary>
    /// The plain run and the woven run (fast learning) verify to the same checksum, and a site whose
    /// key starts with <paramref name="promotedIn"/> is promoted in the woven run (when given).
    /// </summary>
    private static void AssertPlainAndWovenAgree(string workload, string? promotedIn)
    {
        var report = Path.Combine(Path.GetTempPath(), $"optpoline-{workload}-{Environment.ProcessId}.json");
        SiteReport sites = null!;
        try
        {
            // Long enough for the fast patcher to promote; a loaded machine gets a second, longer try.
            foreach (var seconds in new[] { "0.6", "3" })
            {
                string[] args = [workload, "--warmup", seconds, "--seconds", seconds, "--phase-seconds", "0.3"];
                var plain = Child.Dotnet([Child.Runner, .. args]);
                var woven = Child.Dotnet([Child.Command, "run", Child.Runner, "--all", "--no-store", "--report", report, "--", .. args], Child.FastLearning);

                Assert.True(plain.ExitCode == 0, plain.Error);
                Assert.True(woven.ExitCode == 0, woven.Error);
                var plainChecksum = Checksum(plain);
                Assert.Matches("^[0-9a-f]{16}$", plainChecksum);
                Assert.Equal(plainChecksum, Checksum(woven));
                sites = SiteReport.FromJson(File.ReadAllText(report));
                if (promotedIn is null || sites.Sites.Any(s => s.State == SiteState.Promoted && s.Key.StartsWith(promotedIn, StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
        finally
        {
            File.Delete(report);
        }

        if (promotedIn is not null)
        {
            Assert.Contains(sites.Sites, s => s.State == SiteState.Promoted && s.Key.StartsWith(promotedIn, StringComparison.Ordinal));
        }
    }

    private static string Checksum(Child child) => JsonDocument.Parse(child.Line("RESULT ")).RootElement.GetProperty("checksum").GetString()!;
}
