using System.Text.Json;
using Optpoline.Evaluation;
using Optpoline.Reporting;

namespace Optpoline.Workloads.Tests;

/// <summary>
/// Each workload's correctness check: the plain build and the same binaries woven by Optpoline
/// (under <c>optpoline run</c>, with learning fast enough to promote within the test) verify to the
/// same checksum, computed after the measurement, while the woven sites are promoted.
/// </summary>
public sealed class WorkloadCorrectnessTests
{
    public static TheoryData<string> RunnerWorkloads => ["kv-ycsb-a", "kv-ycsb-b", "kv-tcp", "pipeline", "fs", "phase-change"];

    [Theory]
    [MemberData(nameof(RunnerWorkloads))]
    public void Workload_PlainAndWoven_VerifyToTheSameChecksum(string workload)
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
                var woven = Child.Dotnet([Child.Command, "run", Child.Runner, "--report", report, "--", .. args], Child.FastLearning);

                Assert.True(plain.ExitCode == 0, plain.Error);
                Assert.True(woven.ExitCode == 0, woven.Error);
                var plainChecksum = Checksum(plain);
                Assert.Matches("^[0-9a-f]{16}$", plainChecksum);
                Assert.Equal(plainChecksum, Checksum(woven));
                sites = SiteReport.FromJson(File.ReadAllText(report));
                if (sites.Sites.Any(s => s.State == SiteState.Promoted))
                {
                    break;
                }
            }
        }
        finally
        {
            File.Delete(report);
        }

        Assert.Contains(sites.Sites, s => s.State == SiteState.Promoted && s.Key.StartsWith("Optpoline.Workloads.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("objects")]
    [InlineData("functional")]
    public void Jint_StockAndWoven_ReturnTheSameResult(string program)
    {
        var weave = JintPreparation.Weave(new ChildPaths(Child.Command, Child.Runner, Child.JintBench));
        Assert.True(weave.SitesRewritten > 0);

        string[] args = ["--program", program, "--warmup", "0.5", "--seconds", "1"];
        var stock = Child.Dotnet([Child.JintBench, "child", "--variant", "stock", .. args]);
        var woven = Child.Dotnet([Child.JintBench, "child", "--variant", "woven", .. args], Child.FastLearning);

        var stockResult = JsonDocument.Parse(stock.Line("RESULT ")).RootElement;
        var wovenResult = JsonDocument.Parse(woven.Line("RESULT ")).RootElement;
        Assert.True(stockResult.GetProperty("consistent").GetBoolean());
        Assert.True(wovenResult.GetProperty("consistent").GetBoolean());
        Assert.Equal(stockResult.GetProperty("result").GetString(), wovenResult.GetProperty("result").GetString());
        Assert.True(wovenResult.GetProperty("states").GetProperty("Promoted").GetInt32() > 0, woven.Output);
    }

    [Theory]
    [MemberData(nameof(RunnerWorkloads))]
    public void Workload_VerifiedTwice_GivesTheSameChecksum(string name)
    {
        using var workload = WorkloadCatalog.Create(name)!;
        for (var i = 0; i < 50; i++)
        {
            workload.EnterPhase(i / 10);
            workload.RunBatch();
        }

        Assert.Equal(workload.Verify(), workload.Verify());
    }

    private static string Checksum(Child child) => JsonDocument.Parse(child.Line("RESULT ")).RootElement.GetProperty("checksum").GetString()!;
}
